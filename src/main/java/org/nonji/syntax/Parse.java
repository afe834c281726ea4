package org.nonji.syntax;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dependency parse of one sentence (or of sentences a quotation joins): every word points at the word it
 * depends on, Korean being head-final, with a label saying how. Predicates with their auxiliaries are units.
 */
public final class Parse {
    /** How a word depends on its head. */
    public enum Dep {
        /** No head: the sentence's main predicate, or a fragment. */
        ROOT,
        /** An argument or adjunct of a predicate (its role is the word's {@link Word#role()}). */
        ARG,
        /** Modifies a noun: a bare noun, a genitive, a determiner, a relative clause. */
        MOD,
        /** Coordinated with its head (삼성전자와 SK하이닉스는; 현실적이지도, 바람직하지도 않다). */
        CONJ,
        /** An auxiliary of its head predicate (해야 한다, 않다, 수 있다). */
        AUX,
        /** 안/못 before a predicate. */
        NEG,
        /** The noun that 아니다/되다 takes (해법이 아니다). */
        COMPLEMENT,
        /** A clause joined to the next one (…하고, …지만, …면). */
        CLAUSE,
        /** A reported clause or a quotation, under its speech verb or its exit word. */
        QUOTE
    }

    private final List<Word> words;
    private final int[] heads;
    private final Dep[] deps;
    private final Map<Integer, Predicate> predicates;
    private final List<List<Integer>> dependents;
    /** {@link #predicate(int)} by word, made once: the extractors ask it for every word they climb through. */
    private final Optional<Predicate>[] predicateAt;
    /** {@link #subtreeBegin(int)} by word, filled as asked (-1: not yet). */
    private final int[] subtreeBegins;

    Parse(List<Word> words, int[] heads, Dep[] deps, Map<Integer, Predicate> predicates) {
        this.words = List.copyOf(words);
        this.heads = heads.clone();
        this.deps = deps.clone();
        this.predicates = new TreeMap<>(predicates);
        this.dependents = dependentsOf(heads, words.size());
        @SuppressWarnings("unchecked")
        Optional<Predicate>[] at = new Optional[words.size()];
        java.util.Arrays.fill(at, Optional.empty());
        this.predicates.forEach((i, p) -> {
            if (i >= 0 && i < at.length) {
                at[i] = Optional.of(p);
            }
        });
        this.predicateAt = at;
        this.subtreeBegins = new int[words.size()];
        java.util.Arrays.fill(subtreeBegins, -1);
    }

    /**
     * Each word's dependents, left to right: one shared empty list for the many words that have none, and a
     * list of the right size for the others, instead of a growing list per word.
     */
    private static List<List<Integer>> dependentsOf(int[] heads, int n) {
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            if (heads[i] >= 0) {
                counts[heads[i]]++;
            }
        }
        Integer[][] of = new Integer[n][];
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            int h = heads[i];
            if (h >= 0) {
                if (of[h] == null) {
                    of[h] = new Integer[counts[h]];
                }
                of[h][filled[h]++] = i;
            }
        }
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(of[i] == null ? List.of() : List.of(of[i]));
        }
        return out;
    }

    public List<Word> words() {
        return words;
    }

    public Word word(int i) {
        return words.get(i);
    }

    public int size() {
        return words.size();
    }

    /** The head of word i, or -1. */
    public int head(int i) {
        return heads[i];
    }

    public Dep dep(int i) {
        return deps[i];
    }

    /** The words that depend on word i, left to right. */
    public List<Integer> dependents(int i) {
        return dependents.get(i);
    }

    /** The predicate whose main word is i. */
    public Optional<Predicate> predicate(int i) {
        return i >= 0 && i < predicateAt.length ? predicateAt[i] : Optional.ofNullable(predicates.get(i));
    }

    /** What word i ends with as a unit: its predicate's ending (with auxiliaries), else its own. */
    public EndingType endingOf(int i) {
        Predicate p = predicate(i).orElse(null);
        return p != null ? p.ending() : words.get(i).ending();
    }

    /** Every predicate unit, left to right. */
    public Collection<Predicate> predicates() {
        return predicates.values();
    }

    /** The start offset of word i's subtree: where the phrase it heads begins. */
    public int subtreeBegin(int i) {
        int known = subtreeBegins[i];
        if (known >= 0) {
            return known;
        }
        int b = words.get(i).begin();
        for (int d : dependents.get(i)) {
            if (deps[d] != Dep.AUX) {
                b = Math.min(b, subtreeBegin(d));
            }
        }
        subtreeBegins[i] = b;
        return b;
    }

    /** Whether word d lies in the subtree of word i. */
    public boolean dominates(int i, int d) {
        for (int k = d; k >= 0; k = heads[k]) {
            if (k == i) {
                return true;
            }
        }
        return false;
    }

    /** The dependents of i with dependency ARG and the role, left to right (to read, not to change). */
    public List<Integer> arguments(int i, Role role) {
        List<Integer> out = List.of();   // most asks find none: no list for them
        for (int d : dependents.get(i)) {
            if (deps[d] == Dep.ARG && words.get(d).role() == role) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The subject-like arguments of predicate i (subject, topic, then delimited ones), or, when it has none, those
     * of the clause it joins (…하고 → the next clause) or of a clause joined to it that has one: a subject written
     * once serves coordinated clauses (이는 현실적이지도, 바람직하지도 않다).
     */
    public List<Integer> subjectsOf(int i) {
        List<Integer> own = ownSubjects(i);
        if (!own.isEmpty()) {
            return own;
        }
        // 인텔은 [지원을 받고도] [고객을 찾지 못해] 고전하고 있다: the topic of the sentence is the subject of the
        // clauses chained below it, up to three deep
        for (int k = i, hops = 0; deps[k] == Dep.CLAUSE && heads[k] >= 0 && predicate(heads[k]).isPresent()
                && hops < 3; k = heads[k], hops++) {
            List<Integer> up = ownSubjects(heads[k]);
            if (!up.isEmpty() && up.get(0) > i
                    && predicate(k).filter(x -> x.ending() == EndingType.COORDINATE
                    || x.ending() == EndingType.CONCESSIVE).isPresent()) {
                // [A하기 어렵고], B는 C하다; [X를 두도록 했지만] 이 조건에 맞는 기업은 소수다: a topic written after a
                // conjunct in 고 or a concession in 지만 is the next clause's own
                break;
            }
            if (!up.isEmpty()) {
                return up;
            }
        }
        for (int d : dependents.get(i)) {
            Predicate pd = predicate(d).orElse(null);
            if (deps[d] == Dep.CLAUSE && pd != null && !pd.ending().isAdnominal()
                    && pd.ending() != EndingType.CONDITIONAL) {
                List<Integer> down = ownSubjects(d);
                if (!down.isEmpty() && !down.stream().allMatch(x -> words.get(x).role() == Role.SUBJECT)) {
                    return down;
                }
                // 정부는 [X를 지원해왔지만] [성과가 미흡하자] Y를 추진 중이다: a 가 subject stays in its clause of
                // cause or concession; the topic of a clause below it is the sentence's
                List<Integer> topic = pd.ending() == EndingType.CAUSAL || pd.ending() == EndingType.CONCESSIVE
                        ? topicBelow(d, 2) : List.of();
                if (!topic.isEmpty()) {
                    return topic;
                }
                if (!down.isEmpty()) {
                    return down;
                }
            }
        }
        return List.of();
    }

    /** A topic (는, 도) of a clause chained below predicate i, up to {@code depth} clauses down. */
    private List<Integer> topicBelow(int i, int depth) {
        for (int d : dependents.get(i)) {
            Predicate pd = predicate(d).orElse(null);
            if (deps[d] != Dep.CLAUSE || pd == null || pd.ending().isAdnominal()
                    || pd.ending() == EndingType.CONDITIONAL) {
                continue;
            }
            List<Integer> own = ownSubjects(d).stream().filter(x -> words.get(x).role() != Role.SUBJECT).toList();
            if (!own.isEmpty()) {
                return own;
            }
            if (depth > 1) {
                List<Integer> deeper = topicBelow(d, depth - 1);
                if (!deeper.isEmpty()) {
                    return deeper;
                }
            }
        }
        return List.of();
    }

    private List<Integer> ownSubjects(int i) {
        List<Integer> ds = dependents.get(i);
        if (ds.isEmpty()) {
            return List.of();   // most words have no dependents: no list for them (subjectsOf returns no empty one)
        }
        List<Integer> out = new ArrayList<>();
        for (Role r : SUBJECT_ROLES) {
            for (int d : ds) {
                if (deps[d] == Dep.ARG && words.get(d).role() == r) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static final Role[] SUBJECT_ROLES = {Role.SUBJECT, Role.TOPIC, Role.ADDITIVE};

    /** An action reported as done (본격화했다, 투자했다): a past-tense ending on the predicate or its auxiliaries. */
    public boolean past(Predicate pred) {
        List<Integer> ws = new ArrayList<>(pred.auxiliaries());
        ws.add(pred.word());
        for (int i : ws) {
            for (Piece x : word(i).pieces()) {
                if (x.tag().isEnding() && (x.form().startsWith("았") || x.form().startsWith("었")
                        || x.form().startsWith("였") || x.form().equals("ㅆ"))) {
                    return true;
                }
            }
        }
        // 수출통제를 강화하자 중국은 맞불을 놓았다, …를 강화하고 …를 발표했다: a joined clause has its main clause's tense
        int h = head(pred.word());
        return (pred.ending() == EndingType.CAUSAL || pred.ending() == EndingType.COORDINATE) && h >= 0
                && dep(pred.word()) == Dep.CLAUSE && predicate(h).isPresent() && past(predicate(h).get());
    }

    /** The nearest predicate at or above word i (i itself when it is one), or -1 when none governs it. */
    public int predicateAt(int i) {
        int k = i;
        while (k >= 0 && predicate(k).isEmpty()) {
            k = head(k);
        }
        return k;
    }

    /**
     * The head of the noun compound word i is part of: a bare noun modifying the next climbs to the last
     * (차세대 → GPU → '루빈'에), so that a clause on the compound's first word describes the whole compound.
     */
    public int compoundHead(int i) {
        int h = i;
        while (dep(h) == Dep.MOD && word(h).isNoun() && word(h).role() == Role.NONE && head(h) >= 0
                && !word(head(h)).isPredicate()) {
            h = head(h);
        }
        return h;
    }

    /** The word and the words coordinated with it (A와 B와 C는 → A, B, C). */
    public List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        collectConjuncts(i, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collectConjuncts(int i, List<Integer> out) {
        out.add(i);
        for (int d : dependents.get(i)) {
            if (deps[d] == Dep.CONJ) {
                collectConjuncts(d, out);
            }
        }
    }

    /** A readable dump, one word per line: index, text, kind/role/ending, head and label. */
    public String describe(String text) {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            int i = w.index();
            b.append(String.format("%3d %-14s %-9s %-10s %-11s -> %3d %s%s%n", i, text.substring(w.begin(), w.end()),
                    w.kind(), w.role(), w.ending(), heads[i], deps[i],
                    predicates.containsKey(i) ? "  " + predicates.get(i) : ""));
        }
        return b.toString();
    }
}
