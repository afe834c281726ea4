package org.nonji.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts pairs of distinct gazetteer entities named in the same sentence. */
public final class CoMentions {
    private CoMentions() {
    }

    /** Co-mentions sorted by the pair's IRIs; candidates are left out (they are not reviewed yet). */
    public static List<CoMention> count(List<Mention> mentions) {
        Map<Integer, TreeMap<String, Entity>> bySentence = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.entity().kind() != Kind.CANDIDATE) {
                bySentence.computeIfAbsent(m.sentence(), k -> new TreeMap<>()).put(m.entity().iri(), m.entity());
            }
        }
        Map<String, Pair> pairs = new TreeMap<>();
        bySentence.forEach((sentence, entities) -> {
            List<Entity> list = new ArrayList<>(entities.values());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Entity a = list.get(i);
                    Entity b = list.get(j);
                    pairs.computeIfAbsent(a.iri() + " " + b.iri(), k -> new Pair(a, b, new TreeSet<>()))
                            .sentences.add(sentence);
                }
            }
        });
        return pairs.values().stream().map(p -> new CoMention(p.a, p.b, new ArrayList<>(p.sentences))).toList();
    }

    private record Pair(Entity a, Entity b, TreeSet<Integer> sentences) {
    }
}
