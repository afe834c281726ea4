package org.nonji.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nonji.HashedCopies;
import org.nonji.TsvTable;

/**
 * General Korean grammar as data, under {@code ontology/grammar/}: what endings do, what particles mark, which
 * auxiliary constructions add which modality, and the {@link WordSet word sets} that make a construction mean
 * something other than its form says. Nothing here is about any essay or topic.
 */
public record Grammar(Map<String, EndingType> endings, Map<String, Role> particles, List<Auxiliary> auxiliaries,
                      Map<WordSet, Set<String>> wordSets) {
    private static final String DIR = "ontology/grammar/";

    /**
     * An auxiliary construction: after a main word whose link (ending plus particles) is {@code link}, words whose
     * first morphemes are {@code words} add {@code modality} (null: none) and {@code negations} negations.
     */
    public record Auxiliary(String link, List<String> words, Modality modality, int negations) {
        public Auxiliary {
            Objects.requireNonNull(link, "link");
            words = List.copyOf(words);
        }
    }

    public Grammar {
        endings = HashedCopies.map(endings);
        particles = HashedCopies.map(particles);
        auxiliaries = List.copyOf(auxiliaries);
        Map<WordSet, Set<String>> sets = new EnumMap<>(WordSet.class);
        wordSets.forEach((k, v) -> sets.put(k, HashedCopies.set(v)));
        for (WordSet k : WordSet.values()) {
            if (!sets.containsKey(k)) {
                throw new IllegalArgumentException("no word set " + k);
            }
        }
        wordSets = Collections.unmodifiableMap(sets);
    }

    /** The words of a set. */
    public Set<String> words(WordSet set) {
        return wordSets.get(set);
    }

    /** Whether the word is in the set. */
    public boolean is(WordSet set, String word) {
        return wordSets.get(set).contains(word);
    }

    /** The grammar bundled in the jar. */
    public static Grammar bundled() {
        Map<String, EndingType> endings = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "endings.tsv", 2).rows()) {
            try {
                if (endings.put(r.get(0), EndingType.parse(r.get(1))) != null) {
                    throw r.error("ending '" + r.get(0) + "' is listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw r.error("unknown ending type '" + r.get(1) + "'");
            }
        }
        Map<String, Role> particles = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "case-particles.tsv", 2).rows()) {
            try {
                if (particles.put(r.get(0), Role.parse(r.get(1))) != null) {
                    throw r.error("particle '" + r.get(0) + "' is listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw r.error("unknown role '" + r.get(1) + "'");
            }
        }
        List<Auxiliary> aux = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "auxiliaries.tsv", 3).rows()) {
            String m = r.get(2);
            int negations = switch (m) {
                case "negation", "prohibition", "impossibility" -> 1;
                default -> 0;
            };
            String modality = switch (m) {
                case "negation" -> "none";
                case "prohibition" -> "deontic";
                case "impossibility" -> "inability";
                default -> m;
            };
            try {
                aux.add(new Auxiliary(r.get(0), List.of(r.get(1).split(" ")), Modality.parse(modality), negations));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown modality '" + m + "'");
            }
        }
        // longest first, so 것 보이 (hedge) wins over 것 (future), and in words of one length the longer word: 수밖에 없
        // (a must) before 수 없 (cannot), whose 수 is also the first morpheme of 수밖에
        aux.sort(Comparator.comparingInt((Auxiliary a) -> -a.words().size())
                .thenComparingInt(a -> -String.join("", a.words()).length()));
        Map<WordSet, Set<String>> sets = new EnumMap<>(WordSet.class);
        for (WordSet k : WordSet.values()) {
            sets.put(k, new LinkedHashSet<>(TsvTable.load(DIR + k.file(), 1).firstColumn()));
        }
        return new Grammar(endings, particles, aux, sets);
    }
}
