package org.nonji.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mentions grouped by sentence once, so per-sentence work stays linear in the essay. */
final class Mentions {
    private Mentions() {
    }

    static Map<Integer, List<Mention>> bySentence(List<Mention> mentions) {
        Map<Integer, List<Mention>> out = new HashMap<>();
        for (Mention m : mentions) {
            out.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }
}
