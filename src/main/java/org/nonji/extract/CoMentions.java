package org.nonji.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts pairs of distinct gazetteer entities named in the same sentence, one pair per essay with its count, in
 * bounded space: at most {@link EssayLimits#pairEntitiesPerSentence()} entities of a sentence pair up, each pair
 * keeps {@link EssayLimits#evidencePerPair()} evidence sentences, and the essay keeps
 * {@link EssayLimits#pairs()} pairs.
 */
public final class CoMentions {
    private CoMentions() {
    }

    /** The pairs, sorted by their IRIs, and the limits the essay reached. */
    public record Counted(List<CoMention> pairs, List<LimitHit> limits) {
        public Counted {
            pairs = List.copyOf(pairs);
            limits = List.copyOf(limits);
        }
    }

    /** Co-mentions of {@code mentions} (in document order); candidates are left out (they are not reviewed yet). */
    public static Counted count(List<Mention> mentions, EssayLimits limits) {
        // per sentence, its distinct entities in the order they are first named
        Map<Integer, LinkedHashMap<String, Entity>> bySentence = new TreeMap<>();
        int widest = 0;
        for (Mention m : mentions) {
            if (m.entity().kind() != Kind.CANDIDATE) {
                LinkedHashMap<String, Entity> named = bySentence.computeIfAbsent(m.sentence(),
                        k -> new LinkedHashMap<>());
                named.putIfAbsent(m.entity().iri(), m.entity());
                widest = Math.max(widest, named.size());
            }
        }
        // sorted once at the end, not kept in a tree; keyed by the two IRIs, not by a string joining them (no IRI
        // has a space, so ordering by the first IRI, then the second, is the order of the joined strings)
        Map<Key, Pair> pairs = new java.util.HashMap<>();
        bySentence.forEach((sentence, named) -> {
            List<Entity> list = named.values().stream().limit(limits.pairEntitiesPerSentence())
                    .sorted(Comparator.comparing(Entity::iri)).toList();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Entity a = list.get(i);
                    Entity b = list.get(j);
                    pairs.computeIfAbsent(new Key(a.iri(), b.iri()), k -> new Pair(a, b))
                            .add(sentence, limits.evidencePerPair());
                }
            }
        });
        List<LimitHit> hits = new ArrayList<>();
        if (widest > limits.pairEntitiesPerSentence()) {
            hits.add(new LimitHit("entities of one sentence paired as co-mentions", widest,
                    limits.pairEntitiesPerSentence()));
        }
        List<Pair> kept = pairs.entrySet().stream().sorted(Map.Entry.comparingByKey(Key.ORDER)).map(Map.Entry::getValue)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (kept.size() > limits.pairs()) {
            hits.add(new LimitHit("co-mention pairs", kept.size(), limits.pairs()));
            // the strongest pairs say the most; ties go by IRI so the cut is the same on every run
            kept.sort(Comparator.comparingInt((Pair p) -> -p.count).thenComparing(p -> p.a.iri())
                    .thenComparing(p -> p.b.iri()));
            kept = new ArrayList<>(kept.subList(0, limits.pairs()));
            kept.sort(Comparator.comparing((Pair p) -> p.a.iri()).thenComparing(p -> p.b.iri()));
        }
        return new Counted(kept.stream().map(p -> new CoMention(p.a, p.b, p.count, p.evidence)).toList(), hits);
    }

    /** Counts without limits that any ordinary essay reaches; for tests and tools. */
    public static List<CoMention> count(List<Mention> mentions) {
        return count(mentions, EssayLimits.DEFAULT).pairs();
    }

    /** The IRIs of a pair's entities, in order. */
    private record Key(String a, String b) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::a).thenComparing(Key::b);
    }

    /** A pair being counted: its entities, its count so far and its first evidence sentences. */
    private static final class Pair {
        final Entity a;
        final Entity b;
        final List<Integer> evidence = new ArrayList<>();
        int count;

        Pair(Entity a, Entity b) {
            this.a = a;
            this.b = b;
        }

        void add(int sentence, int maxEvidence) {
            count++;
            if (evidence.size() < maxEvidence) {
                evidence.add(sentence);
            }
        }
    }
}
