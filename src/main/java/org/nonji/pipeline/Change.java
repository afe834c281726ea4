package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nonji.corpus.CorpusListing;
import org.nonji.corpus.EssaySource;
import org.nonji.store.EssayRecords;

/**
 * What an update must do to bring a store to a directory: essays to process (added or changed text), essay graphs
 * to drop first (changed or removed), and how many stay as they are. Compared by essay id and text checksum, so a
 * file that was only touched, or moved without changing its id, costs nothing.
 */
record Change(List<EssaySource> process, List<String> drop, int added, int changed, int removed, int unchanged) {
    static Change between(EssayRecords stored, CorpusListing now) {
        Map<String, String> before = new HashMap<>();
        stored.all().forEach(e -> before.put(e.id(), e.sha256()));
        List<EssaySource> process = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (EssaySource s : now.sources()) {
            present.add(s.id());
            String sha = before.get(s.id());
            if (sha == null) {
                added++;
                process.add(s);
            } else if (!sha.equals(s.sha256())) {
                changed++;
                process.add(s);
                drop.add(s.id());
            } else {
                unchanged++;
            }
        }
        int removed = 0;
        for (String id : before.keySet().stream().sorted().toList()) {
            if (!present.contains(id)) {
                removed++;
                drop.add(id);
            }
        }
        return new Change(process, drop, added, changed, removed, unchanged);
    }

    boolean isEmpty() {
        return process.isEmpty() && drop.isEmpty();
    }
}
