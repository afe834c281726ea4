package org.nonji.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small operations over lists of mentions, shared by the extractors. */
final class Mentions {
    private Mentions() {
    }

    /** The mentions grouped by sentence index, so per-sentence work stays linear in the essay. */
    static Map<Integer, List<Mention>> bySentence(List<Mention> mentions) {
        Map<Integer, List<Mention>> out = new HashMap<>();
        for (Mention m : mentions) {
            out.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** Whether any of the mentions overlaps the span {@code [b, e)}. */
    static boolean anyOverlaps(List<Mention> mentions, int b, int e) {
        for (Mention m : mentions) {
            if (m.overlaps(b, e)) {
                return true;
            }
        }
        return false;
    }
}
