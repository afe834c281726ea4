package org.nonji.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nonji.corpus.Sentence;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.PosTag;

/**
 * A rule-based dependency parser for Korean over the analyser's morphemes. Korean is head-final and marks roles
 * with particles and endings, so a word's head is found to its right:
 *
 * <ul>
 *   <li>a bare noun, a genitive (X의), a determiner or a relative clause (…하는, …한) modifies the next noun;</li>
 *   <li>a noun with a case particle is an argument of the nearest predicate to its right, except that a topic
 *       (X는) skips relative clauses, a subject or object skips a predicate that already has one nearer, and an
 *       agent before a reported clause (정부는 [규제 완화가 필요하다]고 밝혔다) belongs to the speech verb;</li>
 *   <li>a clause ending (…하고, …지만, …다고) joins its predicate to the next one; a final ending (…다) makes the
 *       root;</li>
 *   <li>auxiliary constructions (해야 한다, 하지 않다, 할 수 있다) join their main predicate as one unit with a
 *       modality (data: {@code ontology/grammar/auxiliaries.tsv});</li>
 *   <li>a quotation is parsed on its own, and its last predicate hangs from the word glued to the closing mark
 *       ("…"라고, '…'이), which takes its place outside.</li>
 * </ul>
 *
 * <p>Sentences that one quotation spans are parsed together. The parser is a heuristic, measured through the
 * extraction it feeds; it never fails: what it cannot attach becomes a root.
 */
public final class HeadFinalParser {
    private static final Pattern PIECE = Pattern.compile("(.+?)/([A-Z]+)(?:\\+|$)");
    private static final String TRAILING_PUNCT = ".?!…;:~。";
    private static final int MAX_PAREN = 120;
    private static final int MAX_UNIT_SENTENCES = 8;
    /** Suffixes that only make a verb of a noun: the noun is the lemma (필요하다 → 필요, 우려되다 → 우려). */
    private static final java.util.Set<String> LIGHT_SUFFIXES = java.util.Set.of("하", "되", "시키", "받", "당하");
    /**
     * Nouns that only tell the relative clause before them as a thing (…하는 것이, …하는 편이 낫다, …하는 쪽이):
     * closed-class grammar, not clause-nouns.tsv (which closes an adverbial clause: …하는 사이).
     */
    public static final Set<String> NOMINALISERS = Set.of("것", "편", "쪽");
    /** The imperative endings reported speech keeps (closed-class grammar: 하라, 하라고, 하라며, 하라는, 잡으라고). */
    private static final Set<String> IMPERATIVE = Set.of("라", "라고", "라며", "라는", "으라", "으라고", "으라며", "으라는");

    private final Grammar grammar;
    /** The marks of a noun phrase that is a verb's argument (subject, topic, object). */
    private static final Set<Role> ARGUMENT_MARKS = EnumSet.of(Role.OBJECT, Role.SUBJECT, Role.TOPIC);

    /** The auxiliary constructions by the link they follow, so each word tries only its own. */
    private final Map<String, List<Grammar.Auxiliary>> auxiliariesByLink = new HashMap<>();
    /** Pieces by morpheme analysis: the same few thousand analyses recur in every essay. */
    private final Map<String, List<Piece>> piecesByAnalysis = new java.util.concurrent.ConcurrentHashMap<>();

    public HeadFinalParser(Grammar grammar) {
        this.grammar = Objects.requireNonNull(grammar, "grammar");
        for (Grammar.Auxiliary a : grammar.auxiliaries()) {   // kept in the grammar's order (longest first)
            auxiliariesByLink.computeIfAbsent(a.link(), k -> new ArrayList<>()).add(a);
        }
    }

    /** {@link #pieces(Morpheme)}, remembered (bounded, so a hostile corpus cannot grow it without end). */
    private List<Piece> cachedPieces(Morpheme m) {
        List<Piece> single = singlePiece(m);
        if (single != null) {
            return single;
        }
        // an analysis with pieces decides them alone; only a bare one needs the surface and tag too
        String key = m.analysis().indexOf('/') >= 0 ? m.analysis()
                : m.analysis() + '\u0000' + m.surface() + '\u0000' + m.tag();
        List<Piece> p = piecesByAnalysis.get(key);
        if (p == null) {
            p = List.copyOf(pieces(m));
            if (piecesByAnalysis.size() > 100_000) {
                piecesByAnalysis.clear();
            }
            piecesByAnalysis.put(key, p);
        }
        return p;
    }

    /**
     * Parses the sentences of a text.
     *
     * @param text      the analysis text all offsets point into
     * @param morphemes the analyser's morphemes of the whole text
     * @param names     names found before parsing (gazetteer entities, candidates), in any order
     * @param agentive  whether a word names someone who can speak or act (an official, 관계자): with the agentive
     *                  names, decides whether a subject before a reported clause is the speaker's
     */
    public List<Parse> parse(String text, List<Sentence> sentences, List<Morpheme> morphemes, List<Name> names,
                             java.util.function.Predicate<Word> agentive) {
        return parse(text, sentences, morphemes, names, agentive, () -> { });
    }

    /** As above, running {@code checkpoint} before each unit (a sentence, or the sentences a quotation spans). */
    public List<Parse> parse(String text, List<Sentence> sentences, List<Morpheme> morphemes, List<Name> names,
                             java.util.function.Predicate<Word> agentive, Runnable checkpoint) {
        Map<Integer, Name> byBegin = new HashMap<>();   // only looked up by offset: no tree to walk
        Map<Integer, Name> byEnd = new HashMap<>();
        for (Name n : names) {
            Name b = byBegin.get(n.begin());
            if (b == null || n.end() > b.end()) {
                byBegin.put(n.begin(), n);
            }
            Name e = byEnd.get(n.end());
            if (e == null || n.begin() < e.begin()) {
                byEnd.put(n.end(), n);
            }
        }
        NamesAt namesAtBegin = new NamesAt(byBegin);
        NamesAt namesAtEnd = new NamesAt(byEnd);
        List<Morpheme> tokens = topLevel(morphemes);
        List<QuoteSpans.Quote> quotes = QuoteSpans.find(text);
        List<Parse> out = new ArrayList<>();
        int s = 0;
        int t = 0;
        int q = 0;   // the first quotation opening at or after the unit: quotes are in opening order
        while (s < sentences.size()) {
            int last = s;
            // a quotation that crosses a sentence end keeps the sentences together
            while (last + 1 < sentences.size() && last - s < MAX_UNIT_SENTENCES
                    && crosses(quotes, sentences.get(last).end(), sentences.get(last + 1).begin())) {
                last++;
            }
            List<Sentence> unit = sentences.subList(s, last + 1);
            while (t < tokens.size() && tokens.get(t).begin() < unit.get(0).begin()) {
                t++;
            }
            while (q < quotes.size() && quotes.get(q).open() < unit.get(0).begin()) {
                q++;
            }
            int qEnd = q;
            while (qEnd < quotes.size() && quotes.get(qEnd).open() < unit.get(unit.size() - 1).end()) {
                qEnd++;
            }
            checkpoint.run();
            out.add(new Unit(text, unit, tokens, t, quotes.subList(q, qEnd), agentive, namesAtBegin, namesAtEnd)
                    .parse());
            s = last + 1;
        }
        return out;
    }

    /** Names by one of their offsets. Every word asks, and at nearly every offset there is none: a bit says so. */
    private static final class NamesAt {
        private final Map<Integer, Name> byOffset;
        private final BitSet offsets = new BitSet();

        NamesAt(Map<Integer, Name> byOffset) {
            this.byOffset = byOffset;
            byOffset.keySet().forEach(offsets::set);
        }

        /** The name at the offset, or null. */
        Name get(int offset) {
            return offset >= 0 && offsets.get(offset) ? byOffset.get(offset) : null;
        }
    }

    private static boolean crosses(List<QuoteSpans.Quote> quotes, int end, int nextBegin) {
        for (QuoteSpans.Quote q : quotes) {
            if (q.open() >= end) {
                break;   // in opening order: none after opens before the end
            }
            if (q.close() >= nextBegin) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outermost morphemes: a compound or an inflected form with its reading (하/XSV+아야/E) rather than the
     * parts Nori's MIXED mode also emits.
     */
    static List<Morpheme> topLevel(List<Morpheme> morphemes) {
        List<Morpheme> sorted = morphemes;
        if (!inOrder(morphemes)) {   // the analyser's list usually is; a stable sort of it would change nothing
            sorted = new ArrayList<>(morphemes);
            sorted.sort(Comparator.comparingInt(Morpheme::begin).thenComparing(Comparator.comparingInt(Morpheme::end)
                    .reversed()));
        }
        List<Morpheme> out = new ArrayList<>();
        int lastEnd = -1;
        for (Morpheme m : sorted) {
            if (m.begin() >= lastEnd) {
                out.add(m);
                lastEnd = m.end();
            }
        }
        return out;
    }

    /**
     * {@link #pieces(Morpheme)} of a one-piece reading (반도체/NNG), the common case, read directly: a map lookup
     * keyed by a fresh string costs more than this, mostly in cache misses. Null for any other reading.
     */
    static List<Piece> singlePiece(Morpheme m) {
        String a = m.analysis();
        // one pass: the form up to the first slash has no + and no line end (the pattern's . would not match one:
        // such a reading is left to pieces()), and the tag after it is all A-Z (so no second slash and no +)
        int n = a.length();
        int slash = -1;
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            if (c == '/') {
                slash = i;
                break;
            }
            if (c <= '\u2029' && (c == '+' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029')) {
                return null;
            }
        }
        if (slash <= 0 || slash == n - 1) {
            return null;
        }
        for (int i = slash + 1; i < n; i++) {
            char c = a.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        String s = m.surface();
        String form = slash == s.length() && a.startsWith(s) ? s : a.substring(0, slash);
        String tagName = m.tag().name();
        PosTag tag = a.length() - slash - 1 == tagName.length() && a.startsWith(tagName, slash + 1) ? m.tag()
                : PosTag.of(a.substring(slash + 1));
        return List.of(new Piece(Jamo.compatible(form), tag));
    }

    /** Whether the morphemes are sorted by begin, longest first. */
    private static boolean inOrder(List<Morpheme> ms) {
        for (int i = 1; i < ms.size(); i++) {
            Morpheme a = ms.get(i - 1);
            Morpheme b = ms.get(i);
            if (a.begin() > b.begin() || a.begin() == b.begin() && a.end() < b.end()) {
                return false;
            }
        }
        return true;
    }

    /** The pieces of a morpheme's reading: 하/XSV+아야/E → 하/XSV, 아야/E. */
    static List<Piece> pieces(Morpheme m) {
        List<Piece> out = new ArrayList<>();
        String a = m.analysis();
        if (a.indexOf('/') < 0) {
            out.add(new Piece(Jamo.compatible(m.surface()), m.tag()));
            return out;
        }
        Matcher x = PIECE.matcher(a);
        int at = 0;
        while (at < a.length() && x.find(at) && x.start() == at) {
            out.add(new Piece(Jamo.compatible(x.group(1)), PosTag.of(x.group(2))));
            at = x.end();
        }
        if (out.isEmpty()) {
            out.add(new Piece(Jamo.compatible(m.surface()), m.tag()));
        }
        return out;
    }

    /** The work on one parse unit (a sentence, or sentences one quotation spans). */
    private final class Unit {
        private final String text;
        private final List<Sentence> sentences;
        private final List<Morpheme> tokens;
        private final int tokenFrom;
        private final List<QuoteSpans.Quote> quotes;
        private final java.util.function.Predicate<Word> agentive;
        private final NamesAt namesByBegin;
        private final NamesAt namesByEnd;
        private final List<Word> words = new ArrayList<>();
        /** Per-word scratch space, reused: a word's morphemes, its pieces (Word keeps a copy) and their offsets. */
        private final List<Morpheme> scratchMorphemes = new ArrayList<>();
        private final List<Piece> scratchPieces = new ArrayList<>();
        private int[] scratchBegins = new int[16];
        private final Map<Integer, Integer> exitOf = new HashMap<>();   // quote id -> exit word
        private final Map<Integer, Integer> closeOf = new HashMap<>();  // quote id -> closing offset
        private int[] heads;
        private Parse.Dep[] deps;
        private final Map<Integer, Predicate> predicates = new TreeMap<>();
        /** The same predicates by word, for the attachment rules' many lookups. */
        private Predicate[] predicateOf;
        private BitSet consumed;
        /**
         * {@link #isPredicateUnit} and {@link #agentive} by word (0: not asked yet, 1: yes, 2: no), remembered once
         * the units are found: words, units and predicates no longer change then, and attachment asks them of the
         * same words again and again.
         */
        private byte[] predicateUnits;
        private byte[] agentives;
        private final java.util.Set<Integer> headlines = new java.util.HashSet<>();

        Unit(String text, List<Sentence> sentences, List<Morpheme> tokens, int tokenFrom,
             List<QuoteSpans.Quote> quotes, java.util.function.Predicate<Word> agentive,
             NamesAt namesByBegin, NamesAt namesByEnd) {
            this.namesByBegin = namesByBegin;
            this.namesByEnd = namesByEnd;
            this.text = text;
            this.sentences = sentences;
            this.tokens = tokens;
            this.tokenFrom = tokenFrom;
            this.quotes = List.copyOf(quotes);   // those opening in the unit, found by the caller's cursor
            this.quotes.forEach(q -> closeOf.put(q.id(), q.close()));
            this.agentive = agentive;
        }

        Parse parse() {
            segment();
            doneByHan();
            predicativeQuotes();
            additiveAdverbs();
            int n = words.size();
            heads = new int[n];
            deps = new Parse.Dep[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(deps, Parse.Dep.ROOT);
            consumed = new BitSet(n);
            predicateOf = new Predicate[n];
            Map<Integer, List<Integer>> bubbles = new TreeMap<>();
            for (Word w : words) {
                bubbles.computeIfAbsent(w.bubble(), k -> new ArrayList<>()).add(w.index());
            }
            headline();
            for (List<Integer> b : bubbles.values()) {
                units(b);
                concessionsInDago(b);
            }
            predicateUnits = new byte[n];
            agentives = new byte[n];
            for (var e : bubbles.entrySet()) {
                attach(e.getValue());
                raiseSubjects(e.getValue());
                raiseGoalSubjects(e.getValue());
                raiseToPredicateNominal(e.getValue());
                raisePastFor(e.getValue());
                raiseTopics(e.getValue());
                raiseFromSameness(e.getValue());
                raiseComparisons(e.getValue());
                objectsOfNamingVerbs(e.getValue());
                notOnly(e.getValue());
                clausesBeforeTopics(e.getValue());
                topicsOfClauseNouns(e.getValue());
                topicsOfFirstConjuncts(e.getValue());
                sourcesOfSaying(e.getValue());
                gappedPairs(e.getValue());
            }
            for (var e : bubbles.entrySet()) {
                hangQuotation(e.getKey(), e.getValue());
            }
            subjectsIntoQuotations();
            alsoWithItsNoun();
            breakCycles();
            return new Parse(words, heads, deps, predicates);
        }

        /**
         * A parse is a tree: every walk up the heads ends at a root. The attachment rules are meant to keep it so;
         * should a combination of them ever close a loop, the word that closes it becomes a root rather than every
         * later walk up its heads running forever.
         */
        private void breakCycles() {
            int n = heads.length;
            byte[] state = new byte[n];   // 0 unvisited, 1 on the current walk, 2 known to reach a root
            for (int start = 0; start < n; start++) {
                int k = start;
                while (k >= 0 && state[k] == 0) {
                    state[k] = 1;
                    int h = heads[k];
                    if (h >= 0 && state[h] == 1) {
                        heads[k] = -1;   // k's head is already on this walk: a loop
                        deps[k] = Parse.Dep.ROOT;
                        h = -1;
                    }
                    k = h;
                }
                for (k = start; k >= 0 && state[k] == 1; k = heads[k]) {
                    state[k] = 2;
                }
            }
        }

        // ----- words -----

        private void segment() {
            List<int[]> parens = new ArrayList<>();
            for (Sentence s : sentences) {
                parens.addAll(parentheses(s));
            }
            int t = tokenFrom;
            for (Sentence s : sentences) {
                int i = s.begin();
                while (i < s.end()) {
                    char c = text.charAt(i);
                    if (commaMark(c)) {
                        markComma();
                        i++;
                        continue;
                    }
                    if (Character.isWhitespace(c) || QuoteSpans.isQuoteMark(c)) {
                        i++;
                        continue;
                    }
                    int start = i;
                    while (i < s.end() && (!boundary(text.charAt(i)) || digitGroup(i))) {
                        i++;
                    }
                    int end = i;
                    boolean question = false;
                    while (end > start && TRAILING_PUNCT.indexOf(text.charAt(end - 1)) >= 0) {
                        question |= text.charAt(end - 1) == '?';
                        end--;
                    }
                    if (end <= start || insideParens(parens, start, end)) {
                        continue;
                    }
                    while (t < tokens.size() && tokens.get(t).begin() < start) {
                        t++;
                    }
                    List<Morpheme> inWord = scratchMorphemes;   // read by word() only, never kept
                    inWord.clear();
                    int k = t;
                    while (k < tokens.size() && tokens.get(k).begin() < end) {
                        Morpheme m = tokens.get(k);
                        if (m.end() <= end && !inParens(parens, m.begin())) {
                            inWord.add(m);
                        }
                        k++;
                    }
                    Word w = word(start, end, s.index(), inWord, question);
                    if (w != null) {
                        words.add(w);
                    }
                }
            }
        }

        /**
         * Whether bare noun w opens the phrase of the determiner next, headed by word head (i-SMR 첫 호기, 세 품목): not
         * a bound, time or
         * clause noun (데 몇 년, 동안 그 전기), not before 한 (국내 한 업체: a certain one, said of the kind) or an
         * amount (지분 약 10%: the share is counted, not named).
         */
        private boolean phraseBeforeDeterminer(Word w, int next, int head) {
            if (w.role() != Role.NONE || w.commaAfter() || !w.isNoun()
                    || w.pieces().stream().anyMatch(x -> x.tag() == PosTag.NNB)
                    || grammar.is(WordSet.CLAUSE_NOUNS, w.lemma()) || grammar.is(WordSet.TIME_NOUNS, w.lemma())) {
                return false;
            }
            Word after = words.get(head);
            boolean amount = !after.pieces().isEmpty() && after.pieces().get(0).tag() == PosTag.SN;
            return !words.get(next).first().equals("한") && !amount;
        }

        /**
         * 기업들이 한 투자 (the investment the firms made): Nori reads 한 as the determiner one, but after a noun marked
         * as subject or object it is 하다's past adnominal form, unless the noun after it is counted (한 해, 한 축:
         * counting-nouns.tsv, or a counter by its tag; 것 after it is what was done).
         */
        private void doneByHan() {
            for (int i = 1; i + 1 < words.size(); i++) {
                Word w = words.get(i);
                Word before = words.get(i - 1);
                Word after = words.get(i + 1);
                if (w.kind() != Word.Kind.DETERMINER || w.pieces().size() != 1 || !w.pieces().get(0).form().equals("한")
                        || w.end() - w.begin() != 1 || !before.isNoun() || before.commaAfter()
                        || (before.role() != Role.SUBJECT && before.role() != Role.OBJECT)
                        || before.sentence() != w.sentence() || before.bubble() != w.bubble()
                        || !after.isNoun() || after.sentence() != w.sentence() || after.bubble() != w.bubble()
                        || grammar.is(WordSet.COUNTING_NOUNS, after.first())
                        || grammar.is(WordSet.COUNTING_NOUNS, after.lemma())) {
                    continue;
                }
                PosTag t = after.pieces().get(0).tag();
                if (t == PosTag.NNBC || t == PosTag.NR || t == PosTag.SN) {
                    continue;
                }
                words.set(i, new Word(i, w.begin(), w.end(), w.end(), w.sentence(), w.bubble(),
                        List.of(new Piece("하", PosTag.VV), new Piece("ㄴ", PosTag.E)), Word.Kind.PREDICATE,
                        Role.NONE, false, ending("ㄴ"), "ㄴ", "하", "하", w.commaAfter(), w.exit()));
            }
        }

        /**
         * A headline without a verb (미 상무부, 대중 수출통제 확대) ends in the verbal noun that is its predicate, an
         * action reported as taken; a first phrase closed by a comma is its subject.
         */
        private void headline() {
            if (words.isEmpty() || words.stream().anyMatch(w -> w.isPredicate() && w.bubble() == 0)) {
                return;
            }
            int last = -1;
            for (Word w : words) {
                if (w.bubble() == 0) {
                    last = w.index();
                }
            }
            if (last < 1 || !bareVerbalNoun(words.get(last))) {
                return;
            }
            headlinePredicate(last);
            // 일본 정부, 라피더스에 1조 엔 추가 지원…TSMC 구마모토 2공장 착공: the bare noun before an ellipsis ends a
            // statement of its own, which takes what is written before it and is no reason for the next
            for (int i = 1; i < last; i++) {
                Word c = words.get(i);
                if (c.bubble() == 0 && bareVerbalNoun(c) && ellipsisAfter(c)) {
                    headlinePredicate(i);
                }
            }
            for (Word w : words) {
                if (w.index() >= last || w.bubble() != 0) {
                    break;
                }
                if (w.commaAfter() && w.isNoun() && w.role() == Role.NONE) {
                    words.set(w.index(), new Word(w.index(), w.begin(), w.end(), w.contentEnd(), w.sentence(),
                            w.bubble(), w.pieces(), Word.Kind.NOUN, Role.SUBJECT, false, EndingType.NONE, "",
                            w.lemma(), w.first(), false, w.exit()));
                    break;
                }
            }
        }

        /** A noun with no particle whose lemma is all it spells (확대, not 확대를 or 2공장). */
        private static boolean bareVerbalNoun(Word w) {
            return w.isNoun() && w.role() == Role.NONE && w.begin() == w.contentEnd() - w.lemma().length();
        }

        /** Word i, a bare verbal noun, read as a headline's predicate: an action reported as taken. */
        private void headlinePredicate(int i) {
            Word v = words.get(i);
            words.set(i, new Word(v.index(), v.begin(), v.end(), v.contentEnd(), v.sentence(), v.bubble(),
                    v.pieces(), Word.Kind.PREDICATE, Role.NONE, false, EndingType.FINAL, "", v.lemma(), v.first(),
                    v.commaAfter(), v.exit()));
            headlines.add(i);
        }

        /**
         * "…패권주의적 행태"라며, "…우리의 원칙"이라고: the copula and the quotative ending are glued to the closing mark,
         * so the quotation's last noun is its predicate; "…최소화하겠다"는 입장: the exit 는 is the adnominal 다는.
         */
        private void predicativeQuotes() {
            for (var e : exitOf.entrySet()) {
                int x = e.getValue();
                Word exit = words.get(x);
                if (exit.kind() != Word.Kind.FUNCTION || x == 0) {
                    continue;
                }
                Word last = words.get(x - 1);
                if (last.bubble() != e.getKey()) {
                    continue;
                }
                boolean quotative = exit.role() == Role.QUOTE || exit.ending() == EndingType.QUOTATIVE;
                // (an adverb glued to the copula is a noun Nori took for one: "…지방 분산이 우선"이라고, "…먼저"라고)
                boolean nominal = last.isNoun() || last.kind() == Word.Kind.ADVERB;
                if (nominal && last.role() == Role.NONE && (quotative || exit.ending().isAdnominal())) {
                    EndingType t = quotative ? EndingType.QUOTATIVE : EndingType.QUOTE_NOUN;
                    words.set(x - 1, new Word(last.index(), last.begin(), last.end(), last.contentEnd(),
                            last.sentence(), last.bubble(), last.pieces(), Word.Kind.PREDICATE, Role.NONE, false, t,
                            "", last.lemma(), last.first(), last.commaAfter(), last.exit()));
                } else if (last.isPredicate() && last.ending().isFinal() && exit.role() == Role.TOPIC
                        && text.startsWith("는", exit.begin())) {
                    words.set(x, new Word(exit.index(), exit.begin(), exit.end(), exit.contentEnd(), exit.sentence(),
                            exit.bubble(), exit.pieces(), Word.Kind.FUNCTION, Role.NONE, false, EndingType.QUOTE_NOUN,
                            "", "", "", exit.commaAfter(), true));
                }
            }
        }

        /** Whether an ellipsis follows the word: a headline's clause ends there (경고…삼성 직격탄), no list goes on. */
        private boolean ellipsisAfter(Word w) {
            int e = w.end();
            while (e < text.length() && Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            return e < text.length() && ellipsis(text.charAt(e));
        }

        /** Whether offset i is the comma of a number's digit groups (3,400억 원): inside the word, no list. */
        private boolean digitGroup(int i) {
            return text.charAt(i) == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
        }

        private boolean boundary(char c) {
            if (c >= 0xAC00 && c <= 0xD7A3) {
                return false;   // a Hangul syllable, most of the text: no whitespace or mark table to consult
            }
            return Character.isWhitespace(c) || QuoteSpans.isQuoteMark(c) || commaMark(c);
        }

        /** A comma, or an ellipsis, which in a headline joins clauses as a comma does (출범…1조원 투자). */
        private static boolean commaMark(char c) {
            return c == ',' || c == '，' || c == '、' || ellipsis(c);
        }

        private static boolean ellipsis(char c) {
            return c == '…' || c == '⋯';
        }

        /**
         * 정부 역시, 기업 또한: a bare noun before "also" is marked as by 도, its particle left out, and like a topic
         * it belongs to the sentence, never to a clause inside it (정부 역시 [규제를 완화하는] 방안을 검토했다).
         */
        private void additiveAdverbs() {
            for (int i = 0; i + 1 < words.size(); i++) {
                Word w = words.get(i);
                Word next = words.get(i + 1);
                if (w.isNoun() && w.role() == Role.NONE && !w.commaAfter() && also(next)
                        && next.sentence() == w.sentence()) {
                    words.set(i, w.asTopic(Role.ADDITIVE));
                }
            }
        }

        /** 역시, 또한: "also" after a noun, standing for the 도 it leaves out. */
        private static boolean also(Word w) {
            return w.kind() == Word.Kind.ADVERB && (w.lemma().equals("역시") || w.lemma().equals("또한"));
        }

        /** 한국 역시 …: the "also" goes where its noun went, so a clause the noun climbed out of does not start with it. */
        private void alsoWithItsNoun() {
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).topic() && words.get(i).role() != Role.NONE && also(words.get(i + 1))
                        && heads[i] != i + 1) {
                    set(i + 1, heads[i], deps[i]);
                }
            }
        }

        private void markComma() {
            if (!words.isEmpty()) {
                Word w = words.get(words.size() - 1);
                words.set(words.size() - 1, new Word(w.index(), w.begin(), w.end(), w.contentEnd(), w.sentence(),
                        w.bubble(), w.pieces(), w.kind(), w.role(), w.topic(), w.ending(), w.link(), w.lemma(),
                        w.first(), true, w.exit()));
            }
        }

        private List<int[]> parentheses(Sentence s) {
            List<int[]> out = new ArrayList<>();
            for (int i = s.begin(); i < s.end(); i++) {
                if (text.charAt(i) == '(' || text.charAt(i) == '（') {
                    int close = -1;
                    for (int j = i + 1; j < s.end() && j - i <= MAX_PAREN; j++) {
                        if (text.charAt(j) == ')' || text.charAt(j) == '）') {
                            close = j;
                            break;
                        }
                    }
                    if (close > 0) {
                        out.add(new int[] {i, close});
                        i = close;
                    }
                }
            }
            return out;
        }

        private boolean insideParens(List<int[]> parens, int b, int e) {
            for (int[] p : parens) {
                if (b >= p[0] && e <= p[1] + 1) {
                    return true;
                }
            }
            return false;
        }

        private boolean inParens(List<int[]> parens, int offset) {
            for (int[] p : parens) {
                if (offset >= p[0] && offset <= p[1]) {
                    return true;
                }
            }
            return false;
        }

        /** A word from its morphemes, or null when it has none that carry grammar. */
        private Word word(int begin, int end, int sentence, List<Morpheme> ms, boolean question) {
            List<Piece> pieces = scratchPieces;
            pieces.clear();
            int[] pieceBegins = scratchBegins;
            for (Morpheme m : ms) {
                List<Piece> read = cachedPieces(m);
                for (int x = 0; x < read.size(); x++) {
                    Piece p = read.get(x);
                    if (!p.isSymbol()) {
                        if (pieces.size() == pieceBegins.length) {
                            pieceBegins = java.util.Arrays.copyOf(pieceBegins, 2 * pieceBegins.length);
                            scratchBegins = pieceBegins;
                        }
                        pieceBegins[pieces.size()] = m.begin();
                        pieces.add(p);
                    }
                }
            }
            int bubble = 0;
            int bubbleOpen = -1;
            boolean exit = false;
            for (QuoteSpans.Quote q : quotes) {
                if (q.open() > end) {
                    break;
                }
                if (q.contains(begin) && q.open() > bubbleOpen) {
                    bubble = q.id();
                    bubbleOpen = q.open();
                }
            }
            if (pieces.isEmpty()) {
                return null;
            }
            for (QuoteSpans.Quote q : quotes) {
                if (q.close() == begin - 1 && !exitOf.containsKey(q.id())) {
                    exitOf.put(q.id(), words.size());
                    exit = true;
                }
            }
            // trailing particles
            int j = pieces.size();
            while (j > 0 && pieces.get(j - 1).tag().isParticle()) {
                j--;
            }
            // content = pieces [0, j), particles = [j, n): indices, not sub-list views, for every word
            int n = pieces.size();
            boolean noParticles = j == n;
            int contentEnd = end;
            if (!noParticles) {
                int pb = pieceBegins[j];
                boolean sharesToken = j > 0 && pieceBegins[j - 1] == pb;
                contentEnd = sharesToken ? end : pb;
                if (sharesToken) {
                    // 붙잡기에 as one token (기/ETN + 에/JKB): the particles are still the surface's tail
                    StringBuilder tail = new StringBuilder();
                    for (int x = j; x < n; x++) {
                        tail.append(pieces.get(x).form());
                    }
                    if (end - tail.length() > pieceBegins[j - 1] && text.startsWith(tail.toString(),
                            end - tail.length())) {
                        contentEnd = end - tail.length();
                    }
                }
            }
            Role role = Role.NONE;
            boolean topic = false;
            for (int x = j; x < pieces.size(); x++) {
                Role r = grammar.particles().get(pieces.get(x).form());
                if (r == Role.TOPIC) {
                    topic = true;
                }
                // (a genitive after another particle makes the phrase a modifier: 조선소와의 협력, 미국에서의 생산)
                if (r != null && (role == Role.NONE || (role == Role.ADDITIVE && r != Role.ADDITIVE)
                        || r == Role.GENITIVE)) {
                    role = r;
                }
            }
            if (role == Role.NONE && !noParticles) {
                // the chain written out is looked up only when no particle alone has a role
                StringBuilder chain = new StringBuilder();
                for (int x = j; x < pieces.size(); x++) {
                    chain.append(pieces.get(x).form());
                }
                if (chain.length() > 0) {
                    role = grammar.particles().getOrDefault(chain.toString(), Role.NONE);
                }
            }
            if (role == Role.NONE && noParticles && j == 1 && pieces.get(0).tag() == PosTag.NP
                    && (text.startsWith(" 역시 ", end) || text.startsWith(" 또한 ", end))) {
                role = Role.TOPIC;   // 나 역시 …라고 생각한다: a bare pronoun before "too" is what the clause is about
                topic = true;
            }
            // the last ending and the stem before it
            int lastE = -1;
            boolean verbal = false;
            boolean nominalPiece = false;
            boolean allEndings = true;
            boolean vcp = false;
            boolean adjectival = false;
            for (int i = 0; i < j; i++) {
                Piece p = pieces.get(i);
                PosTag tag = p.tag();
                if (tag.isEnding()) {
                    lastE = i;
                } else {
                    allEndings = false;
                }
                if (p.isVerbal()) {
                    verbal = true;
                }
                nominalPiece |= p.isNominal();
                vcp |= tag == PosTag.VCP;
                if (tag.isEnding() && i > 0 && pieces.get(i - 1).isNominal()) {
                    vcp = verbal = true;   // a copula dropped after a vowel, as nori-repairs.tsv reads 먼저다
                }
                adjectival |= tag == PosTag.VA || tag == PosTag.XSA;
            }
            // the endings that close the stem, as one (ㄴ다 + 는 = ㄴ다는: Nori may cut an ending in two, which
            // nori-repairs.tsv tags back as endings; 았 + 다 reads as its last known part, 다)
            String endingForm = lastE >= 0 ? pieces.get(lastE).form() : "";
            for (int i = lastE - 1; i >= 0 && pieces.get(i).tag().isEnding(); i--) {
                endingForm = pieces.get(i).form() + endingForm;
            }
            String lemma = lemma(pieces, j);
            String first = "";
            for (int x = 0; x < j; x++) {
                Piece p = pieces.get(x);
                if (!p.tag().isEnding()) {
                    first = p.form();
                    break;
                }
            }
            Word.Kind kind;
            EndingType ending = EndingType.NONE;
            if (verbal && (lastE >= 0 || vcp)) {
                kind = Word.Kind.PREDICATE;
                ending = ending(endingForm);
                if (lemma.isEmpty()) {
                    kind = Word.Kind.FUNCTION;   // '…'이라는, "…"이라고: only a copula and an ending
                }
            } else if (nominalPiece) {
                kind = Word.Kind.NOUN;
            } else if (j > 0 && (pieces.get(0).tag() == PosTag.MAG || pieces.get(0).tag() == PosTag.MAJ)) {
                kind = Word.Kind.ADVERB;
            } else if (j > 0 && pieces.get(0).tag() == PosTag.MM) {
                kind = Word.Kind.DETERMINER;
            } else if (verbal && lastE < 0 && j == pieces.size()) {
                kind = Word.Kind.NOUN;   // 주 52시간: a verb stem with no ending and no particle is no verb
            } else if (j == 0 || allEndings) {
                kind = Word.Kind.FUNCTION;
                ending = endingForm.isEmpty() ? EndingType.NONE : ending(endingForm);
            } else {
                kind = Word.Kind.OTHER;
            }
            if (kind == Word.Kind.ADVERB && role == Role.QUOTE && !lemma.isEmpty()) {
                kind = Word.Kind.PREDICATE;   // "…가 무엇보다 먼저라고": an adverb used as a predicate
                role = Role.NONE;
                ending = EndingType.QUOTATIVE;
            }
            if (exit && kind == Word.Kind.FUNCTION && (role == Role.QUOTE || ending == EndingType.COORDINATE
                    || ending == EndingType.QUOTATIVE || endingForm.equals("고") || endingForm.equals("며"))) {
                // "…"고 밝혔다, "…"며: after a quotation these are quotative, whatever the tag
                role = Role.QUOTE;
                ending = EndingType.QUOTATIVE;
            }
            String compatibleEnding = Jamo.compatible(endingForm);
            if (kind == Word.Kind.PREDICATE && compatibleEnding.equals("게") && noParticles && adjectival) {
                kind = Word.Kind.ADVERB;   // 강하게 반발했다: an adjective made an adverb takes no arguments
            }
            if (question && kind == Word.Kind.PREDICATE && (ending.isFinal() || ending == EndingType.NONE
                    || ending == EndingType.CONCESSIVE || ending == EndingType.EMBEDDED)) {
                ending = EndingType.QUESTION;
            }
            if (kind == Word.Kind.PREDICATE && lemma.equals("아니") && (ending == EndingType.FINAL
                    && endingForm.equals("라") || ending == EndingType.COORDINATE && endingForm.equals("고"))) {
                ending = EndingType.CONTRAST;   // X가 아니라 Y다, X가 아니고 Y다
            }
            String after = particlesAfter(pieces, j, lastE);
            String link = after.isEmpty() ? compatibleEnding : compatibleEnding + after;
            Name name = namesByBegin.get(begin);
            if (name != null && name.end() <= end && kind != Word.Kind.NOUN) {
                // the analyser misread a name (하이탄정밀 as a verb): a name is a noun, its rest particles
                String rest = text.substring(name.end(), end);
                int suffix = rest.startsWith("들") || rest.startsWith("측") ? 1 : 0;
                Role r = particleRole(rest.substring(suffix));
                if (r != null) {
                    return new Word(words.size(), begin, end, name.end() + suffix, sentence, bubble, pieces,
                            Word.Kind.NOUN, r, rest.contains("은") || rest.contains("는"), EndingType.NONE, "",
                            text.substring(begin, name.end()), text.substring(begin, name.end()), false, exit);
                }
            }
            return new Word(words.size(), begin, end, contentEnd, sentence, bubble, pieces, kind, role, topic,
                    ending, link, lemma, first, false, exit);
        }

        /** The role of a particle chain written out (는, 에서는, 와의), NONE for "", null when it is no chain. */
        private Role particleRole(String chain) {
            Role role = Role.NONE;
            int i = 0;
            while (i < chain.length()) {
                String best = null;
                for (String f : grammar.particles().keySet()) {
                    if (chain.startsWith(f, i) && (best == null || f.length() > best.length())) {
                        best = f;
                    }
                }
                if (best == null) {
                    return null;
                }
                Role r = grammar.particles().get(best);
                if (role == Role.NONE || (role == Role.ADDITIVE && r != Role.ADDITIVE) || r == Role.GENITIVE) {
                    role = r == Role.TOPIC && role != Role.NONE ? role : r;
                }
                i += best.length();
            }
            return role;
        }

        /** The forms after the last ending {@code lastE} of the content {@code [0, j)}, then the particles. */
        private String particlesAfter(List<Piece> pieces, int j, int lastE) {
            if (j == pieces.size() && (lastE < 0 || lastE + 1 >= j)) {
                return "";   // most words: nothing after the ending, no builder
            }
            StringBuilder b = new StringBuilder();
            if (lastE >= 0) {
                for (int i = lastE + 1; i < j; i++) {
                    b.append(pieces.get(i).form());
                }
            }
            for (int i = j; i < pieces.size(); i++) {
                b.append(pieces.get(i).form());
            }
            return b.toString();
        }

        private EndingType ending(String form) {
            EndingType t = grammar.endings().get(form);
            if (t != null) {
                return t;
            }
            for (int i = 1; i < form.length(); i++) {
                t = grammar.endings().get(form.substring(i));
                if (t != null) {
                    return t;
                }
            }
            return EndingType.NONE;
        }

        /**
         * What the word says: the nominal part before 하다/되다 (필요하다 → 필요, 불투명하다 → 불투명), the noun before
         * the copula (현실적이다 → 현실적), else the content morphemes up to the first ending (늘려야 → 늘리).
         */
        private String lemma(List<Piece> pieces, int j) {
            StringBuilder b = null;   // built only when two or more forms join: most lemmas are one form
            String one = "";
            for (int i = 0; i < j; i++) {
                Piece p = pieces.get(i);
                boolean light = (p.tag() == PosTag.XSV || p.tag() == PosTag.XSA) && LIGHT_SUFFIXES.contains(p.form());
                boolean any = b != null ? b.length() > 0 : !one.isEmpty();
                if (p.tag().isEnding() || ((light || p.tag() == PosTag.VCP) && any)) {
                    break;   // 필요+하 → 필요; but 해+롭 → 해롭, 우려+스럽 → 우려스럽 keep their suffix
                }
                if (p.tag() == PosTag.VCP) {
                    break;
                }
                if (b != null) {
                    b.append(p.form());
                } else if (i == 0) {
                    one = p.form();
                } else {
                    b = new StringBuilder(one).append(p.form());
                }
            }
            return b != null ? b.toString() : one;
        }

        // ----- predicate units -----

        /** Finds the predicate units of one quotation level, joining auxiliaries, negation adverbs, complements. */
        private void units(List<Integer> level) {
            for (int k = 0; k < level.size(); k++) {
                int i = level.get(k);
                Word w = words.get(i);
                if (!consumed.get(i) && w.isNoun() && w.role() == Role.NONE && auxiliaryAt(level, k) != null) {
                    // 검토 중이다, 투자 계획이다: a bare verbal noun with a bound noun and the copula is a predicate
                    w = new Word(w.index(), w.begin(), w.end(), w.contentEnd(), w.sentence(), w.bubble(), w.pieces(),
                            Word.Kind.PREDICATE, Role.NONE, false, EndingType.NONE, "noun", w.lemma(), w.first(),
                            w.commaAfter(), w.exit());
                    words.set(i, w);
                }
                if (consumed.get(i) || !w.isPredicate()) {
                    continue;
                }
                if (enteringTime(level, k)) {
                    // 올 들어, 하반기 들어: "as the time came", an adverb with no subject of its own
                    words.set(i, w.asAdverb());
                    continue;
                }
                List<Integer> aux = new ArrayList<>();
                Set<Modality> modalities = EnumSet.noneOf(Modality.class);
                int negations = 0;
                int pos = k;
                while (true) {
                    Grammar.Auxiliary a = auxiliaryAt(level, pos);
                    if (a == null) {
                        break;
                    }
                    for (int x = 1; x <= a.words().size(); x++) {
                        int wi = level.get(pos + x);
                        aux.add(wi);
                        consumed.set(wi);
                        heads[wi] = i;
                        deps[wi] = Parse.Dep.AUX;
                    }
                    // (폐지할 것으로 봐야 한다: one ought to expect it, so it is a forecast, not what ought to be)
                    boolean expected = a.modality() == Modality.DEONTIC && modalities.contains(Modality.HEDGE);
                    if (a.modality() != null && !expected) {
                        modalities.add(a.modality());
                    }
                    negations += a.negations();
                    pos += a.words().size();
                }
                if (aux.isEmpty() && (w.link().equals("지도") || w.link().equals("지는"))) {
                    // 현실적이지도, 바람직하지도 않다: the coordinated predicates share the negation
                    int x = k + 1;
                    while (x < level.size() && words.get(level.get(x)).isPredicate()
                            && words.get(level.get(x)).link().equals(w.link())) {
                        x++;
                    }
                    if (x > k + 1 && x < level.size()) {
                        String f = words.get(level.get(x)).first();
                        if (f.equals("않") || f.equals("못하") || f.equals("못")) {
                            negations++;
                        }
                    }
                }
                if (k > 0 && !consumed.get(level.get(k - 1))) {
                    Word before = words.get(level.get(k - 1));
                    if (before.kind() == Word.Kind.ADVERB && (before.lemma().equals("안")
                            || before.lemma().equals("못"))) {
                        negations++;
                        consumed.set(before.index());
                        heads[before.index()] = i;
                        deps[before.index()] = Parse.Dep.NEG;
                    }
                }
                int complement = -1;
                String lemma = w.lemma();
                if ((lemma.equals("아니") || lemma.equals("되")) && k > 0 && !consumed.get(level.get(k - 1))) {
                    Word c = words.get(level.get(k - 1));
                    // ('사망 선고'가 될: a quoted noun's particle stands for it)
                    if ((c.isNoun() || c.exit() && c.kind() == Word.Kind.FUNCTION)
                            && (c.role() == Role.SUBJECT || c.role() == Role.TOPIC && lemma.equals("아니")
                            && subjectBefore(level, k - 1))) {   // X가 능사는 아니다: 능사 is what X is not
                        complement = c.index();
                        consumed.set(complement);
                        heads[complement] = i;
                        deps[complement] = Parse.Dep.COMPLEMENT;
                        lemma = c.lemma().isEmpty() && c.index() > 0 ? words.get(c.index() - 1).lemma() : c.lemma();
                    }
                }
                if (lemma.equals("하") && k > 0 && !consumed.get(level.get(k - 1))
                        && words.get(level.get(k - 1)).kind() == Word.Kind.ADVERB
                        && grammar.is(WordSet.RESULT_ADVERBS, words.get(level.get(k - 1)).lemma())) {
                    lemma = words.get(level.get(k - 1)).lemma() + lemma;   // 입장을 분명히 했다: makes it clear
                }
                if (w.lemma().equals("아니")) {
                    negations++;
                }
                int lastWord = aux.isEmpty() ? i : aux.get(aux.size() - 1);
                Word last = words.get(lastWord);
                EndingType ending = last.isPredicate() ? last.ending() : w.ending();
                if (ending == EndingType.LINK) {
                    ending = EndingType.COORDINATE;   // a link no auxiliary follows: 먹어 보니 → a serial verb
                    int next = k + 1;
                    while ((w.lemma().equals("대하") || w.lemma().equals("관하")) && next + 1 < level.size()
                            && words.get(level.get(next)).kind() == Word.Kind.ADVERB) {
                        next++;   // X에 대해 [대체로] 긍정적인: an adverb between leaves 대해 the postposition it is
                    }
                    if (aux.isEmpty() && next < level.size() && words.get(level.get(next)).isPredicate()
                            && !w.commaAfter() && !necessaryCondition(w, aux)) {
                        // 애써 일군 성과: a verb in 아/어 right before another verb modifies it, like an adverb
                        words.set(i, w.asAdverb());
                        continue;
                    }
                }
                if (headlines.contains(i)) {
                    modalities.add(Modality.DECISION);
                }
                if (ending == EndingType.COORDINATE && necessaryCondition(last, aux)) {
                    modalities.add(Modality.DEONTIC);   // [투자를 늘려야] 경쟁력이 생긴다: only so, so it ought to be
                }
                if (imperative(last)) {
                    modalities.add(Modality.IMPERATIVE);   // X를 철회하라고 촉구했다: what is told to be done ought to be
                    modalities.add(Modality.DEONTIC);
                }
                Predicate unit = new Predicate(i, aux, complement, lemma, ending, modalities, negations, last.end());
                predicates.put(i, unit);
                predicateOf[i] = unit;
            }
        }

        /**
         * Whether a verb in 어야 with no 하다/되다 after it states a necessary condition (국가가 모델을 쥐고 있어야
         * 데이터가 모인다, 기술을 확보해야 살아남는다), which argues for it as 해야 한다 does; not the concessive
         * 해 봐야 (no matter how much one does), nor one after 아무리.
         */
        private boolean necessaryCondition(Word last, List<Integer> aux) {
            boolean ya = last.pieces().stream().anyMatch(x -> x.tag() == PosTag.E
                    && (x.form().endsWith("야") || x.form().endsWith("야만")));
            if (!ya || !aux.isEmpty() && words.get(aux.get(aux.size() - 1)).lemma().equals("보")) {
                return false;
            }
            for (int x = last.index() - 1; x >= 0 && words.get(x).sentence() == last.sentence(); x--) {
                if (words.get(x).lemma().equals("아무리")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * 올 들어, 최근 들어, 2025년 들어, 하반기 들어: 들다 in 어 right after a bare word of time (a determiner, a
         * time noun, a date, a period: no particle, no comma). Nori
         * reads 들어 as 듣다 (ㄷ-irregular verbs spell it alike), so either stem.
         */
        private boolean enteringTime(List<Integer> level, int k) {
            Word w = words.get(level.get(k));
            if (k == 0 || !(w.lemma().equals("들") || w.lemma().equals("듣")) || w.ending() != EndingType.LINK
                    || !w.link().equals("어")) {
                return false;
            }
            Word before = words.get(level.get(k - 1));
            return before.role() == Role.NONE && !before.commaAfter() && (before.kind() == Word.Kind.DETERMINER
                    || before.isNoun() && (when(before) || grammar.is(WordSet.PERIOD_NOUNS, before.lemma())));
        }

        /** Whether a subject (X가) comes before level position k in the same clause, no predicate between. */
        private boolean subjectBefore(List<Integer> level, int k) {
            for (int x = k - 1; x >= 0; x--) {
                Word w = words.get(level.get(x));
                if (w.isPredicate()) {
                    return false;
                }
                if (w.role().isSubjectLike()) {
                    return true;   // X가 능사는, X도 만능은, X는 정답은 아니다
                }
            }
            return false;
        }

        /**
         * 철회하라(고), 잡으라는, 완화해 달라고: a verb stem (or the auxiliary of asking, 달다/주다) right before an
         * imperative ending, not a copula's 이라고.
         */
        private static boolean imperative(Word w) {
            List<Piece> ps = w.pieces();
            for (int j = ps.size() - 1; j > 0; j--) {
                if (ps.get(j).tag() == PosTag.E) {
                    Piece before = ps.get(j - 1);
                    boolean stem = before.tag() == PosTag.VV || before.tag() == PosTag.XSV
                            || before.tag() == PosTag.VX && (before.form().equals("달") || before.form().equals("주"));
                    return stem && IMPERATIVE.contains(ps.get(j).form());
                }
            }
            return false;
        }

        private Grammar.Auxiliary auxiliaryAt(List<Integer> level, int pos) {
            Word w = words.get(level.get(pos));
            if (w.commaAfter()) {
                return null;
            }
            String link = w.isNoun() && w.role() == Role.NONE ? "noun" : w.link();
            for (Grammar.Auxiliary a : auxiliariesByLink.getOrDefault(link, List.of())) {
                if (link.equals("noun") && !w.isNoun() && !w.isPredicate()) {
                    continue;
                }
                if (pos + a.words().size() >= level.size()) {
                    continue;
                }
                boolean ok = true;
                for (int x = 0; x < a.words().size() && ok; x++) {
                    Word next = words.get(level.get(pos + 1 + x));
                    boolean lastWord = x == a.words().size() - 1;
                    // the construction ends in a predicate: 투자할 계획이다, not 투자할 계획을 (밝혔다)
                    ok = !consumed.get(next.index()) && matches(next, a.words().get(x))
                            && (lastWord ? next.isPredicate() : !next.commaAfter());
                }
                if (ok && !compared(level, pos, a)) {
                    return a;
                }
            }
            return null;
        }

        /**
         * …에 나선 것도 같은 맥락이다, …한 것은 같은 이유에서다: a bound noun that is the subject of 같은 before a noun is
         * compared (the same as), and its clause is told, not hedged; …할 것 같은 분위기, …할 것도 같다 stay hedges,
         * and so does …하는 것과 같은 충격 (a likeness to something that did not happen).
         */
        private boolean compared(List<Integer> level, int pos, Grammar.Auxiliary a) {
            int n = a.words().size();
            if (n < 2 || !a.words().get(n - 1).equals("같")) {
                return false;
            }
            Word noun = words.get(level.get(pos + n - 1));
            Word same = words.get(level.get(pos + n));
            return noun.role().isSubjectLike() && same.ending() == EndingType.ADNOMINAL;
        }

        /** Whether a word is the token: its first morpheme, lemma, surface (with or without particles) or stem. */
        private boolean matches(Word w, String token) {
            if (token.equals(w.first()) || token.equals(w.lemma())) {
                return true;
            }
            // compared in place: this runs for every word and auxiliary, so it builds no strings
            int n = token.length();
            if ((w.contentEnd() - w.begin() == n || w.end() - w.begin() == n)
                    && text.regionMatches(w.begin(), token, 0, n)) {
                return true;
            }
            int at = 0;
            List<Piece> pieces = w.pieces();
            for (int i = 0; i < pieces.size(); i++) {   // indexed: an iterator per word and auxiliary adds up
                Piece p = pieces.get(i);
                if (p.tag().isEnding() || p.tag().isParticle()) {
                    break;
                }
                if (!token.startsWith(p.form(), at)) {
                    return false;
                }
                at += p.form().length();
            }
            return at == n;
        }

        // ----- attachment -----

        private boolean isUnit(int i) {
            return !consumed.get(i);
        }

        private boolean isPredicateUnit(int i) {
            if (predicateUnits[i] == 0) {
                predicateUnits[i] = (byte) (isUnit(i) && words.get(i).isPredicate() && !onlyDescribes(i) ? 1 : 2);
            }
            return predicateUnits[i] == 1;
        }

        /**
         * Whether a predicate only describes the word after it and takes no arguments of its own: a manner word
         * (흔들림 없이, 치열하게 경쟁한다) or an adjective on the next noun (큰 도움이 된다, 막대한 보조금).
         */
        private boolean onlyDescribes(int i) {
            return beforeWithout(i) || manner(i) || describesComplement(i) || degree(i);
        }

        /**
         * 삼성전자가 [막대한] 보조금을 요구했다: an adjective of degree right before a noun describes the noun and takes
         * no subject (data: degree-adjectives.tsv).
         */
        private boolean degree(int i) {
            Word w = words.get(i);
            // (not before a bound noun of its own unit: in 규모가 막대할 것으로 보인다 the adjective is the predicate,
            // and its subject had no other word to go to but the unit's own auxiliary, a cycle)
            return w.isPredicate() && w.ending().isAdnominal() && i + 1 < words.size()
                    && words.get(i + 1).isNoun() && words.get(i + 1).sentence() == w.sentence()
                    && (grammar.is(WordSet.DEGREE_ADJECTIVES, w.lemma())
                    || grammar.is(WordSet.TIME_DETERMINERS, w.lemma()) && when(words.get(i + 1)))
                    && (predicateOf[i] == null || !predicateOf[i].auxiliaries().contains(i + 1));
        }

        /**
         * A counted number (6월, 2년간: after 지난 or 오는 any count is of time) or a time noun (time-nouns.tsv): 지난
         * before it places in time.
         */
        private boolean when(Word w) {
            return w.counter() != null || grammar.is(WordSet.TIME_NOUNS, w.lemma());
        }

        /**
         * 큰 도움이 된다, 심각한 위협이 된다: an adjective right before the noun a predicate takes as its complement
         * describes that noun and takes no arguments (국내 생산이 [큰] 도움이 된다: 생산이 is 도움이 되다's).
         */
        private boolean describesComplement(int i) {
            Word w = words.get(i);
            if (!w.isPredicate() || !w.ending().isAdnominal() || i + 2 >= words.size()) {
                return false;
            }
            Predicate next = predicateOf[i + 2];
            if (next == null || next.word() != i + 2 || next.complement() != i + 1
                    || words.get(i + 1).sentence() != w.sentence()) {
                return false;
            }
            return w.adjectival();
        }

        private boolean manner(int i) {
            return mannerVerb(i) >= 0;
        }

        /**
         * 치열하게 경쟁한다, 빠르게 늘린다: an adjective in -게 right before its verb says how, and takes none of the
         * verb's arguments (삼성전자는 마이크론과 [치열하게] 경쟁한다: 마이크론과 is 경쟁's); so before a verb of action and
         * its object ([무리하게] 투자를 늘릴 경우). A verb in -게 is a purpose clause ([살아남게] 돕는다), and so is any
         * -게 before 하다, 만들다 or 되다 (…투자하게 만든다). The verb described, or -1.
         */
        private int mannerVerb(int i) {
            Word w = words.get(i);
            if (!w.isPredicate() || w.ending() != EndingType.PURPOSE || i + 1 >= words.size()
                    || !text.startsWith("게", w.end() - 1)) {
                return -1;
            }
            int v = i + 1;
            while (v < words.size() && v - i <= 3 && words.get(v).isNoun() && words.get(v).sentence() == w.sentence()
                    && (words.get(v).role() == Role.NONE || words.get(v).role() == Role.OBJECT)) {
                v++;
            }
            if (v >= words.size() || v > i + 1 && (words.get(v - 1).role() != Role.OBJECT || !action(v))) {
                return -1;
            }
            Word next = words.get(v);
            if (!next.isPredicate() || next.sentence() != w.sentence() || next.lemma().equals("하")
                    || next.lemma().equals("만들") || next.lemma().equals("되")) {
                return -1;
            }
            List<Piece> ps = w.pieces();
            boolean adjective = ps.stream().anyMatch(x -> x.tag() == PosTag.VA || x.tag() == PosTag.XSA
                    || x.tag() == PosTag.XR);
            // the analyser reads some adjectives as noun + 하 (치열하게 = 치열/NNG + 하/XSV)
            boolean nounHa = ps.size() >= 2 && ps.get(0).isNominal() && ps.get(1).tag() == PosTag.XSV
                    && ps.get(1).form().equals("하");
            return adjective || nounHa ? v : -1;
        }

        /** 체계를 손보며 [인재 붙잡기]에 나섰다: a joined clause goes to the verb the nominal it reached is an argument of. */
        private void pastNominal(int i, EndingType ending) {
            int h = heads[i];
            if (ending == EndingType.COORDINATE && h >= 0 && endingOf(h) == EndingType.NOMINAL
                    && words.get(h).role() != Role.NONE && predicateAbove(h) >= 0) {
                set(i, predicateAbove(h), Parse.Dep.CLAUSE);
            }
        }

        /** Whether the unit at i is a verb of action (제안하며), not an adjective or a copula. */
        private boolean action(int i) {
            Predicate p = predicateOf[i];
            Word w = words.get(p == null ? i : p.word());
            return w.pieces().stream().anyMatch(x -> x.tag() == PosTag.VV || x.tag() == PosTag.XSV) && !w.stative();
        }

        /**
         * Whether the unit at h is an adjective or a copula of a noun (노골적인, 파격적인) in its adnominal form right
         * before the noun it describes, with no argument of its own.
         */
        private boolean describer(int h) {
            Word w = words.get(h);
            if (predicateOf[h] != null && predicateOf[h].word() != h || !endingOf(h).isAdnominal()
                    || h + 1 >= words.size() || !words.get(h + 1).isNoun() || heads[h] != h + 1) {
                return false;
            }
            for (int d = 0; d < h; d++) {
                if (heads[d] == h && deps[d] == Parse.Dep.ARG) {
                    return false;
                }
            }
            return w.stative();
        }

        /**
         * Whether an adverb between a bare noun and a marked one sits inside their phrase (사업 계속 추진을): a plain
         * adverb, not a connective (그리고) nor 없이, which closes its own phrase (기술 없이는 추격을).
         */
        private boolean adverbInPhrase(int i) {
            Word a = words.get(i);
            return a.kind() == Word.Kind.ADVERB && !a.commaAfter() && !isConjunctionAdverb(i)
                    && !a.lemma().startsWith("없이") && a.pieces().size() == 1 && a.pieces().get(0).tag() == PosTag.MAG;
        }

        /** 흔들림 없이, 차질 없이: a verb made a noun by -ㅁ before 없이 is a manner adverb's noun, with no arguments. */
        private boolean beforeWithout(int i) {
            Word w = words.get(i);
            return w.ending() == EndingType.NOMINAL && i + 1 < words.size()
                    && words.get(i + 1).kind() == Word.Kind.ADVERB && words.get(i + 1).lemma().equals("없이")
                    && text.charAt(w.contentEnd() - 1) != '기';   // 차질 없이 has no verb; …하기 없이 is no idiom
        }

        private EndingType endingOf(int i) {
            Predicate p = predicateOf[i];
            return p == null ? words.get(i).ending() : p.ending();
        }

        /**
         * 규제를 푼다고 해서 공장이 돌아오지는 않는다, 규제를 푼다고 공장이 돌아오지는 않는다: a clause in 다고 that no one
         * says is a concession (even if), not a report. So it is when 해서 or 해도 follows it, or when the next
         * predicate is negated, is no verb of thinking, and has a subject or topic of its own between them.
         */
        private void concessionsInDago(List<Integer> bubble) {
            for (int i : bubble) {
                Predicate p = predicateOf[i];
                if (p == null || p.ending() != EndingType.QUOTATIVE || !linkOf(i).endsWith("다고")) {
                    continue;
                }
                int j = -1;
                boolean subject = false;
                for (int x = p.lastWord() + 1; x < words.size() && words.get(x).sentence() == words.get(i).sentence()
                        && words.get(x).bubble() == words.get(i).bubble(); x++) {
                    if (predicateOf[x] != null) {
                        j = x;
                        break;
                    }
                    Role r = words.get(x).role();
                    subject |= r == Role.SUBJECT || r == Role.TOPIC;
                }
                if (j < 0) {
                    continue;
                }
                Predicate q = predicateOf[j];
                String link = linkOf(j);   // (…겠다고 했지만 is said: only 해서 and 해도 concede)
                boolean justBecause = j == p.lastWord() + 1 && q.lemma().equals("하")
                        && (link.endsWith("서") || link.endsWith("도"));
                boolean unsaid = subject && q.negations() > 0 && !grammar.is(WordSet.BELIEF_VERBS, q.lemma());
                if (justBecause || unsaid) {
                    Predicate c = p.withEnding(EndingType.CONCESSIVE);
                    predicateOf[i] = c;
                    predicates.put(i, c);
                }
            }
        }

        /** The last ending (with its particles) of the unit at i: of its last word when it spans several. */
        private String linkOf(int i) {
            Predicate p = predicateOf[i];
            return words.get(p == null ? i : p.lastWord()).link();
        }

        private void attach(List<Integer> level) {
            List<Integer> units = level.stream().filter(this::isUnit).toList();
            for (int k = units.size() - 1; k >= 0; k--) {
                int i = units.get(k);
                Word w = words.get(i);
                int next = k + 1 < units.size() ? units.get(k + 1) : -1;
                EndingType ending = endingOf(i);
                if (onlyDescribes(i)) {
                    // a manner word describes the next unit (its verb, or 없이); an adjective the noun right after
                    set(i, beforeWithout(i) ? next : manner(i) ? mannerVerb(i) : i + 1, Parse.Dep.MOD);
                    continue;
                }
                if (w.isPredicate() && !(ending == EndingType.NOMINAL && w.role() != Role.NONE)) {
                    if (ending.isFinal()) {
                        int j = nextFinal(units, k);
                        set(i, j, j < 0 ? Parse.Dep.ROOT : Parse.Dep.CLAUSE);
                    } else if (ending.isAdnominal()) {
                        int noun = modifiedNoun(units, k);
                        int owner = noun;   // [X에 대한] 현대차 노조의 반대: the genitive ends the compound
                        while (owner >= 0 && words.get(owner).role() == Role.NONE && deps[owner] == Parse.Dep.MOD
                                && heads[owner] == owner + 1 && words.get(owner + 1).kind() == Word.Kind.NOUN) {
                            owner = heads[owner];
                        }
                        if (owner >= 0 && aboutPastOwner(i, owner)) {
                            noun = heads[owner];
                        }
                        if (noun >= 0) {
                            set(i, noun, Parse.Dep.MOD);
                        } else {
                            toPredicate(units, k, Parse.Dep.CLAUSE);
                        }
                    } else if (ending == EndingType.QUOTATIVE) {
                        toPredicate(units, k, Parse.Dep.QUOTE);
                        if (!believedBy(heads[i]) && !saidRightAfter(i)) {
                            climbAdnominals(i);
                        }
                    } else {
                        toPredicate(units, k, Parse.Dep.CLAUSE);
                        pastNominal(i, ending);
                        // a conceded, conditional or causal clause (or one closed by a comma) joins a clause,
                        // not a relative clause inside a noun phrase: 근사하지만, [그 길을 떠받칠] 생태계도 …
                        boolean comma = w.commaAfter() || (predicateOf[i] != null
                                && words.get(predicateOf[i].lastWord()).commaAfter());
                        // [A를 중단하거나, B를 일으킬] 가능성: an alternative stays with the one it is offered with
                        boolean alternative = ending == EndingType.COORDINATE && heads[i] >= 0
                                && endingOf(heads[i]).isAdnominal() && linkOf(i).equals("거나");
                        comma &= !alternative;
                        // …허브를 구축하고 [중소기업도 접근할 수 있는] 생태계를 만들어야: a relative clause with a
                        // subject of its own is not where a joined clause's subject goes
                        // (…보완을 서두르고 [연구소가 역량을 갖추도록] 예산을 주어야: nor is a purpose clause's)
                        boolean ownSubject = (ending == EndingType.COORDINATE || ending == EndingType.LINK)
                                && heads[i] >= 0 && (endingOf(heads[i]).isAdnominal()
                                || endingOf(heads[i]) == EndingType.PURPOSE) && subjectAfter(heads[i], i)
                                // [AI 기본법이 모호하여 해석의 여지가 넓다]는 점: a joined clause with a subject of
                                // its own is part of the content a quote-noun clause tells
                                && !(endingOf(heads[i]) == EndingType.QUOTE_NOUN
                                && (subjectBefore(i) || toldAsSubject(heads[i])));
                        // …을 제안하며 [노골적인] 인재 빼가기에 나섰다: a verb's joined clause is no conjunct of a
                        // bare adjective that describes the noun after it
                        boolean describer = (ending == EndingType.COORDINATE || ending == EndingType.LINK)
                                && action(i) && heads[i] >= 0 && describer(heads[i]);
                        // [X가 끊기면 공장이 멈출 수 있다는] 경고: a condition before a content clause's own subject
                        // is part of what the content tells
                        boolean told = !comma && heads[i] >= 0 && endingOf(heads[i]) == EndingType.QUOTE_NOUN
                                && subjectAfter(heads[i], i);
                        // (a nominal stays: in …하기 위한 it is 위하's object)
                        if (comma || ownSubject || describer || (ending != EndingType.COORDINATE
                                && ending != EndingType.LINK && ending != EndingType.NOMINAL && !told)) {
                            int j = heads[i];
                            while (j >= 0 && isPredicateUnit(j) && (endingOf(j).isAdnominal()
                                    || ownSubject && endingOf(j) == EndingType.PURPOSE)) {
                                j = predicateAbove(j);
                            }
                            if (j >= 0 && j != heads[i]) {
                                set(i, j, Parse.Dep.CLAUSE);
                                pastNominal(i, ending);
                            }
                        }
                    }
                    continue;
                }
                if (w.kind() == Word.Kind.FUNCTION && (w.role() == Role.QUOTE
                        || w.ending() == EndingType.QUOTATIVE)) {
                    toPredicate(units, k, Parse.Dep.QUOTE);
                    if (!saidRightAfter(i)) {
                        climbAdnominals(i);   // "…많다"며 더 강한 규제를 요구했다: said to 요구, not to 강한
                    }
                    continue;
                }
                if (w.kind() == Word.Kind.FUNCTION && w.ending().isAdnominal()) {
                    if (next >= 0 && nominalHead(next)) {
                        set(i, next, Parse.Dep.MOD);
                    } else {
                        toPredicate(units, k, Parse.Dep.CLAUSE);
                    }
                    continue;
                }
                boolean nominal = w.isNominal() || w.kind() == Word.Kind.NOUN;
                if (i == 0 && nominal && w.role() == Role.NONE && w.pieces().size() == 1
                        && grammar.is(WordSet.DISCOURSE_NOUNS, w.lemma())) {
                    toPredicate(units, k, Parse.Dep.ARG);   // 반면 [노동계는]: a connective, not a modifier
                    continue;
                }
                if (i > 0 && nominal && w.role() == Role.NONE && w.pieces().size() == 1
                        && grammar.is(WordSet.ADVERBIAL_NOUNS, w.lemma())) {
                    toPredicate(units, k, Parse.Dep.ARG);   // [원전 대신] 태양광을 늘린다: not 태양광's modifier
                    continue;
                }
                // (Nori reads 한편 as the compound 한 + 편: nouns only, so no particle either way)
                if (i > 0 && nominal && w.role() == Role.NONE && w.pieces().stream().allMatch(Piece::isNominal)
                        && grammar.is(WordSet.CLAUSE_NOUNS, w.lemma()) && words.get(i - 1).isPredicate()
                        && words.get(i - 1).ending().isAdnominal()) {
                    toPredicate(units, k, Parse.Dep.ARG);   // [미국이 쥐고 있는] 이상 [공급망 재편을]: it closes a clause
                    continue;
                }
                if (w.kind() == Word.Kind.DETERMINER || (nominal && (w.role() == Role.NONE
                        || w.role() == Role.GENITIVE))) {
                    if (w.role() == Role.GENITIVE && next >= 0 && words.get(next).isPredicate()
                            && words.get(next).ending().isAdnominal() && k + 2 < units.size()
                            && (words.get(next).pieces().stream().noneMatch(x -> x.tag() == PosTag.VCP)
                            || words.get(next).pieces().stream().anyMatch(x -> x.tag() == PosTag.XSN
                            && x.form().equals("적")))
                            && words.get(units.get(k + 2)).isNominal() && nominalHead(units.get(k + 2))) {
                        // 미국 정부의 [전폭적인] 지원: past the adjective (a -적인 one too, but no other copula:
                        // [X의 최대주주인] 삼성전자)
                        set(i, units.get(k + 2), Parse.Dep.MOD);
                    } else if ((w.role() == Role.GENITIVE || w.role() == Role.NONE && !w.commaAfter()) && next >= 0
                            && predicateOf[next] != null && predicateOf[next].complement() == i + 1) {
                        // [공장의 귀환이] 아니라: of the noun the copula denies; [2대 주주가] 됐다, [AI 패권국이] 되기:
                        // so is a count or a plain noun before it (the copula took the complement out of the units)
                        set(i, i + 1, Parse.Dep.MOD);
                    } else if (next >= 0 && nominalHead(next) && !ellipsisAfter(w)) {
                        boolean list = w.role() == Role.NONE && w.commaAfter() && words.get(next).isNominal();
                        // 전력망, 산업단지, [기술 인력]에: a listed noun is coordinated with the next phrase's head, not
                        // with the modifier that opens it; inside a genitive (제조 AI, 로봇 분야의 표준) it stays put
                        int h = list ? phraseHead(next) : next;
                        boolean toHead = h >= 0 && words.get(h).isNominal() && words.get(h).role() != Role.GENITIVE;
                        for (int x = next; toHead && x != h; x = heads[x]) {
                            toHead = !words.get(x).lemma().equals("등");   // [HBM, CXL] 등 첨단 기술: the list ends at 등
                        }
                        set(i, toHead ? h : next, list ? Parse.Dep.CONJ : Parse.Dep.MOD);
                    } else if (w.role() == Role.NONE && !w.commaAfter() && next >= 0 && adverbInPhrase(next)
                            && k + 2 < units.size() && words.get(units.get(k + 2)).isNominal()
                            && ARGUMENT_MARKS.contains(words.get(units.get(k + 2)).role())
                            && nominalHead(units.get(k + 2))) {
                        // [사업 계속 추진을]: an adverb inside a noun phrase; both are the action's
                        set(i, units.get(k + 2), Parse.Dep.MOD);
                        set(next, units.get(k + 2), Parse.Dep.MOD);
                    } else if (next >= 0 && words.get(next).kind() == Word.Kind.DETERMINER && k + 2 < units.size()
                            && nominalHead(units.get(k + 2))
                            && (w.role() == Role.GENITIVE || phraseBeforeDeterminer(w, next, units.get(k + 2)))) {
                        // 메모리사업부의 한 임원, i-SMR 첫 호기: past the determiner
                        set(i, units.get(k + 2), Parse.Dep.MOD);
                    } else if (next >= 0 && w.role() == Role.NONE && isConjunctionAdverb(next) && k + 2 < units.size()
                            && nominalHead(units.get(k + 2))) {
                        // A 및 B; 산업단지, 그리고 [기술 인력]에: with the head of a phrase of plain nouns
                        int after = units.get(k + 2);
                        int h = namesByBegin.get(words.get(after).begin()) == null ? phraseHead(after) : after;
                        set(i, h >= 0 && words.get(h).isNominal() && words.get(h).role() != Role.GENITIVE ? h : after,
                                Parse.Dep.CONJ);
                    } else {
                        toPredicate(units, k, Parse.Dep.ARG);
                    }
                    continue;
                }
                if (nominal && w.role() == Role.OBJECT && next >= 0 && words.get(next).isNoun()
                        && words.get(next).role() == Role.INSTRUMENT
                        && grammar.is(WordSet.FRAME_NOUNS, words.get(next).lemma())) {
                    set(i, next, Parse.Dep.ARG);   // [개인정보 보호를 전제로]: the object of 전제, not of the verb
                    continue;
                }
                if (nominal && w.role() == Role.ADDITIVE && (w.commaAfter() || w.has("도")) && next >= 0) {
                    int h = phraseHead(next);
                    if (h >= 0 && words.get(h).isNominal() && words.get(h).role() == Role.ADDITIVE
                            && (w.commaAfter() || words.get(h).has("도"))) {
                        // 원전 만능론도, 재생에너지 만능론도 경계해야 한다; 야근조도 조명도 필요 없다: both
                        set(i, h, Parse.Dep.CONJ);
                        continue;
                    }
                }
                if (nominal && w.role() == Role.COMITATIVE && next >= 0) {
                    int conj = conjunctOf(w, next);
                    if (conj >= 0) {
                        set(i, conj, Parse.Dep.CONJ);   // 삼성전자와 SK하이닉스는, 갈륨과 게르마늄 수출
                        continue;
                    }
                }
                if (w.kind() == Word.Kind.ADVERB && isConjunctionAdverb(i) && next >= 0 && nominalHead(next)) {
                    set(i, next, Parse.Dep.MOD);
                    continue;
                }
                toPredicate(units, k, Parse.Dep.ARG);
            }
        }

        /**
         * The word a comitative noun is coordinated with, or -1 when it is an argument (엔비디아와 공급 계약을):
         * the next word when it has a role of its own, or names a thing of the same kind, or the head of the next
         * phrase when that head is the same noun (시안 공장과 우시 공장은).
         */
        private int conjunctOf(Word w, int next) {
            Word n = words.get(next);
            Name a = namesByEnd.get(w.contentEnd());
            Name b = namesByBegin.get(n.begin());
            if (a != null && b != null) {
                int last = next;   // 한국 정부와 [일본 정부]는: the conjunct is the name's last word
                while (last + 1 < words.size() && words.get(last + 1).begin() < b.end()) {
                    last++;
                }
                // 엔비디아와 미국에서: no; but names of two kinds as one subject are both parties (엔비디아와 한국이
                // 계약을 맺었다), as names of one kind are
                boolean things = !a.agentive() && words.get(last).role() == Role.DATIVE
                        && !partnerAhead(last);   // 전력망과 [산업단지]에 투자하다: a thing, then another, both invested in
                // KT와 [산업은행](등)으로부터 투자받았다: two who act, as the source, are listed: no one acts "with"
                // the first from the second
                int source = phraseHead(last);
                boolean sources = a.agentive() && b.agentive() && source >= 0
                        && (words.get(source).has("으로부터") || words.get(source).has("로부터"));
                if (!a.group().equals(b.group()) && !words.get(last).role().isSubjectLike() && !things && !sources) {
                    return -1;
                }
                // …승부처는 칩렛과 [첨단 패키징이다]: the copula's noun is listed with the name before it
                return words.get(last).isNominal() || (words.get(last).isPredicate() && nominalHead(last)) ? last : -1;
            }
            if (a != null && b == null && grammar.is(WordSet.COMITATIVE_VERBS, n.lemma())) {
                return -1;   // 블룸버그와 [인터뷰]를 진행했다, 엔비디아와 [계약]을: a name with a doing it takes part in
            }
            if (n.isNominal() && (n.role().isSubjectLike() || n.role() == Role.OBJECT || n.role() == Role.GENITIVE)) {
                return next;
            }
            if (n.isNominal() && n.role() == Role.NONE && n.commaAfter()) {
                return next;   // 전력망과 [산업단지], (그리고) 기술 인력에: the list goes on after a comma
            }
            if (a == null && n.isNominal() && n.role() == Role.LOCATIVE && n.topic()) {
                return next;   // 업계와 [정치권에서는]: two sources a view comes from
            }
            // 전력망과 [산업단지에] 투자해야 한다: both are invested in; an actor before is more often a partner
            // (엔비디아와 [데이터센터에] 투자한다), and so is anything before a verb that takes one (comitative-verbs.tsv)
            if ((a == null || !a.agentive()) && n.isNominal()
                    && n.role() == Role.DATIVE && !partnerAhead(next)) {
                return next;
            }
            int h = phraseHead(next);
            // 점검과 [당국과의] 협의부터: a noun in 과의 is the partner of the noun after it, and the list goes on
            // past it to that noun
            while (h >= 0 && deps[h] == Parse.Dep.MOD && heads[h] > h
                    && words.get(h).role() == Role.GENITIVE && words.get(h).has("의")
                    && (words.get(h).has("과") || words.get(h).has("와"))) {
                h = phraseHead(heads[h]);
            }
            if (h >= 0 && words.get(h).isNominal() && words.get(h).lemma().equals(w.lemma())) {
                return h;
            }
            // a common noun before a case-marked phrase is listed with it (융합 인재 양성과 [협업 플랫폼]이); a name
            // there is more often a partner (엔비디아와 [공급 계약]을)
            if (a == null && h >= 0 && h != next && words.get(h).isNominal()
                    && (words.get(h).role().isSubjectLike() || words.get(h).role() == Role.OBJECT)) {
                return h;
            }
            // 해법은 규제 완화와 [세제 지원이다]: a common noun is listed with the noun a copula says (but 세제 지원과
            // 별개다: a noun that takes a partner, comitative-verbs.tsv)
            if (a == null && h >= 0 && words.get(h).isPredicate() && words.get(h).hasCopula() && nominalHead(h)
                    && !grammar.is(WordSet.COMITATIVE_VERBS, words.get(h).lemma())) {
                return h;
            }
            // 과도한 규제와 [경직된 노사 관계]가: before a relative clause whose predicate takes no partner in 와/과,
            // a common noun is listed with the noun the clause describes
            if (a == null && n.isPredicate() && n.ending().isAdnominal() && deps[next] == Parse.Dep.MOD
                    && !grammar.is(WordSet.COMITATIVE_VERBS, n.lemma())) {
                int d = phraseHead(heads[next]);
                if (d > next && words.get(d).isNominal()
                        && (words.get(d).role().isSubjectLike() || words.get(d).role() == Role.OBJECT)) {
                    return d;
                }
            }
            return -1;
        }

        /**
         * Whether the first predicate after word j takes a partner in 와/과 (comitative-verbs.tsv): in 미국과 [관세
         * 협상에] 합의했다 the noun before is the partner, not listed with the dative.
         */
        private boolean partnerAhead(int j) {
            for (int x = j + 1; x < words.size(); x++) {
                if (words.get(x).isPredicate()) {
                    return grammar.is(WordSet.COMITATIVE_VERBS, words.get(x).lemma());
                }
            }
            return false;
        }

        /** Whether an amount (a word after a number) is the subject or object between words i and j. */
        private boolean amountBetween(int i, int j) {
            for (int x = i + 1; x < j; x++) {
                Word a = words.get(x);
                boolean counted = !a.pieces().isEmpty() && a.pieces().get(0).tag() == PosTag.SN
                        || words.get(x - 1).sentence() == a.sentence() && !words.get(x - 1).pieces().isEmpty()
                        && words.get(x - 1).pieces().get(0).tag() == PosTag.SN;
                if (counted && (a.role() == Role.SUBJECT || a.role() == Role.OBJECT)) {
                    return true;
                }
            }
            return false;
        }

        /** The head of the phrase that starts at word j: past the bare nouns that modify the one after them. */
        private int phraseHead(int j) {
            int h = j;
            while (h >= 0 && deps[h] == Parse.Dep.MOD && words.get(h).isNoun() && words.get(h).role() == Role.NONE) {
                h = heads[h];
            }
            return h;
        }

        /** Whether word i is a unit attached as an argument with 은/는 or 도 (a topic or X도). */
        private boolean topicArgument(int i) {
            Role r = words.get(i).role();
            return isUnit(i) && deps[i] == Parse.Dep.ARG && (r == Role.TOPIC || r == Role.ADDITIVE);
        }

        /**
         * 삼성전자는 [인재 붙잡기]에 나섰다: a topic (or 도) that the nearest-predicate rule gave to a nominal clause
         * which is itself an argument belongs to the predicate above, when that has no subject.
         */
        private void raiseTopics(List<Integer> level) {
            for (int i : level) {
                if (!topicArgument(i)) {
                    continue;
                }
                int j = heads[i];
                // only 붙잡기에 나서다, 늘리기를 원하다: 짓기로 한 (a decision) keeps its subject
                if (j < 0 || !isPredicateUnit(j) || endingOf(j) != EndingType.NOMINAL || deps[j] != Parse.Dep.ARG
                        || (words.get(j).role() != Role.DATIVE && words.get(j).role() != Role.OBJECT)) {
                    continue;
                }
                int g = heads[j];
                if (g >= 0 && isPredicateUnit(g) && !endingOf(g).isAdnominal() && !hasSubjectLike(g)) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        /**
         * [보조금 확대도] 같은 이유로 바람직하지 않다: a topic or X도 that the nearest-predicate rule gave to an adjective
         * of sameness on a noun (identity-adjectives.tsv) belongs to the predicate that noun is an argument of.
         */
        private void raiseFromSameness(List<Integer> level) {
            for (int i : level) {
                if (!topicArgument(i)) {
                    continue;
                }
                int j = heads[i];
                if (j < 0 || !isPredicateUnit(j) || !endingOf(j).isAdnominal() || deps[j] != Parse.Dep.MOD
                        || !grammar.is(WordSet.IDENTITY_ADJECTIVES, words.get(j).lemma())) {
                    continue;
                }
                int noun = heads[j];
                int g = noun < 0 || deps[noun] != Parse.Dep.ARG ? -1 : heads[noun];
                if (g > noun && isPredicateUnit(g)) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        /**
         * 산업안보국이 [중국으로 향하는] 장비에 대한 수출통제를 강화하는 규정을 발표했다: an agentive subject (or topic,
         * or X도: 황 CEO도 [대만에서 열린] 행사에서 …고 말했다) that the nearest-predicate rule gave to a relative
         * clause belongs to the clause above when that has no subject.
         */
        private void raiseSubjects(List<Integer> level) {
            for (int i : level) {
                Role role = words.get(i).role();
                if (!isUnit(i) || deps[i] != Parse.Dep.ARG || !agentive(words.get(i))
                        || (role != Role.SUBJECT && role != Role.TOPIC && role != Role.ADDITIVE)) {
                    continue;
                }
                int j = heads[i];
                int ruler = controllingVerb(j);
                // [[X를 뺀] 법안을 처리하는] 방안을 추진했다: a ruler may itself be ruled, up to the plan's verb
                for (int r = ruler >= 0 ? controllingVerb(ruler) : -1; r > ruler; r = controllingVerb(r)) {
                    ruler = r;
                }
                // (정부도 [규제를 완화하는] 방안을 검토했다: X도 is a subject of the verb that controls, as X가 is)
                if ((role == Role.SUBJECT || role == Role.ADDITIVE) && ruler >= 0) {
                    set(i, ruler, Parse.Dep.ARG);
                    continue;
                }
                // 지자체마다 [X를 유치하겠다고] 나서면서: a delimited doer before a resolve in 고 is the one who says it,
                // when the saying verb has no subject of its own (…가 before it stays: [기업이 투자하겠다고] 밝혔다)
                if (role != Role.SUBJECT && j >= 0 && isPredicateUnit(j) && endingOf(j) == EndingType.QUOTATIVE
                        && deps[j] == Parse.Dep.QUOTE && heads[j] >= 0 && isPredicateUnit(heads[j])
                        && !hasSubjectLike(heads[j])) {
                    set(i, heads[j], Parse.Dep.ARG);
                    continue;
                }
                if (j < 0 || !isPredicateUnit(j) || !endingOf(j).isAdnominal()) {
                    continue;
                }
                // [행정부가 통제 조치에 나서려는] 가운데 협회가 반대했다: a clause on a clause noun is adverbial, with
                // no gap for the noun to fill; its 가 subject is its own
                if (role == Role.SUBJECT && deps[j] == Parse.Dep.MOD && heads[j] >= 0
                        && grammar.is(WordSet.CLAUSE_NOUNS, words.get(heads[j]).lemma())) {
                    continue;
                }
                // [CXMT가 자체 개발한] HBM: nothing between, the subject stays; [한국이 강점을 가진] 분야: a
                // transitive clause with its object keeps its subject too
                Between between = between(i, j);
                boolean ownArgument = between.argument();
                boolean object = between.object();
                boolean ownSubject = between.subject();
                // 바이든 행정부도 [미국 기업이 장비를 수출하는] 것을 금지했다: X도 before a clause with a subject of its
                // own is above it, as a topic is
                boolean above = role == Role.TOPIC || role == Role.ADDITIVE && ownSubject;
                // …but not when the noun it modifies can act itself: 정부가 [보조금을 받는] 기업에 대한 지분 요구를
                // 확대했다 — the company is the one that receives, so the government acts above
                // a topic (는) is hardly ever inside a relative clause: it goes above whatever lies between
                // 기업이 아무리 [좋은] 뜻으로 …더라도: an adjective on a noun describes that noun; one who acts is
                // no subject of it (품질이 좋은 제품: what is no actor stays)
                // (made of a root too: 국무부가 [더 엄격한] 제한을 요구했다; Nori tags 엄격 XR, but 하 after a verbal
                // noun XSA as well — [정부가 약속한] 고속도로 — so only a root counts)
                List<Piece> ps = words.get(j).pieces();
                boolean describes = (ps.stream().anyMatch(x -> x.tag() == PosTag.VA)
                        || ps.size() >= 2 && ps.get(0).tag() == PosTag.XR && ps.get(1).tag() == PosTag.XSA)
                        && !words.get(j).lemma().equals("있") && !words.get(j).lemma().equals("없");
                // 과기정통부가 [AI 개발의 핵심 기반인] 센터 구축사업을 재검토한다: a copula whose noun is of something
                // (X의) says what the noun after it is, and takes no doer ([삼성전자가 1위인] 시장 keeps its subject)
                boolean genitiveInside = false;
                for (int x = i + 1; x < j; x++) {
                    genitiveInside |= words.get(x).role() == Role.GENITIVE;
                }
                describes |= genitiveInside && ps.stream().anyMatch(x -> x.tag() == PosTag.VCP);
                // 네이버가 [자체 초거대 AI 모델인] 하이퍼클로바X에 투자한다: a copula on a compound of bare nouns names
                // what the noun after it is (an apposition), and takes no doer ([삼성전자가 1위인] 시장: a rank keeps it)
                describes |= ps.stream().anyMatch(x -> x.tag() == PosTag.VCP) && deps[j] == Parse.Dep.MOD
                        && appositive(i, j);
                // 정부도 [매력적인] 지원책을 내놔야 한다: a noun in -적 with the copula is an adjective in all but name
                for (int x = 0; x + 1 < ps.size(); x++) {
                    describes |= ps.get(x).form().endsWith("적") && ps.get(x + 1).tag() == PosTag.VCP;
                }
                if (!above && !describes && (!ownArgument || object && !(deps[j] == Parse.Dep.MOD && heads[j] >= 0
                        && agentivePhrase(heads[j])))) {
                    continue;
                }
                // [중국이 장비에 접근하는] 것을 막기: a clause told by 것 has no gap, its subject is its own; so has
                // one whose likelihood is told ([중국이 희토류 제한으로 맞설] 가능성을 무시할 수 없다)
                if (!above && deps[j] == Parse.Dep.MOD && heads[j] >= 0
                        && (NOMINALISERS.contains(words.get(heads[j]).lemma())
                        || grammar.is(WordSet.LIKELIHOOD_NOUNS, words.get(heads[j]).lemma()))) {
                    continue;
                }
                int g = j;
                while (g >= 0 && isPredicateUnit(g) && endingOf(g).isAdnominal()) {
                    g = predicateAbove(g);
                    // [한국이 [세계적인] AI 강국으로 도약하는] 발판: past the adjective, the next verb without a
                    // subject of its own is the one
                    if (describes && !above && g >= 0 && isPredicateUnit(g) && !hasSubjectLike(g)) {
                        break;
                    }
                }
                if (g >= 0 && !hasSubjectLike(g)) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        /**
         * 원전 확대가 [전력 수요에 대응하는] 가장 현실적인 방안이다: a subject the nearest-predicate rule gave to a
         * relative clause that has an argument of its own but no object, right on a predicate nominal (a noun with the
         * copula) that has no subject, is the copula's: the clause's gap is its subject, filled by the noun it
         * describes. ([정부가 내놓은] 방안이다 and [한국이 강점을 가진] 분야다 keep theirs: nothing between, or an object
         * where the noun is no means that could do the act.)
         */
        private void raiseToPredicateNominal(List<Integer> level) {
            for (int i : level) {
                int j = heads[i];
                if (!isUnit(i) || deps[i] != Parse.Dep.ARG || words.get(i).role() != Role.SUBJECT || j < 0
                        || !isPredicateUnit(j) || !endingOf(j).isAdnominal()) {
                    continue;
                }
                int m = j;   // past stacked modifiers: [수요에 대응하는] [가장 현실적인] 방안
                while (deps[m] == Parse.Dep.CLAUSE && heads[m] > m && isPredicateUnit(heads[m])
                        && endingOf(heads[m]).isAdnominal()) {
                    m = heads[m];
                }
                if (deps[m] != Parse.Dep.MOD) {
                    continue;
                }
                int g = heads[m];
                if (g < 0 || !isPredicateUnit(g) || endingOf(g).isAdnominal() || hasSubjectLike(g)
                        || words.get(g).pieces().stream().noneMatch(x -> x.tag() == PosTag.VCP)
                        || grammar.is(WordSet.CLAUSE_NOUNS, words.get(g).lemma())) {
                    continue;
                }
                Between between = between(i, j);
                // (a means noun is what does the clause's act: 수출 다변화가 [리스크를 줄이는] 해법이다)
                if (between.argument() && (!between.object() && !between.subject()
                        || grammar.is(WordSet.MEANS_NOUNS, words.get(g).lemma()))) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        /** Whether only bare nouns with no number lie between word i and the copula word j, at least one. */
        private boolean appositive(int i, int j) {
            if (j - i < 2) {
                return false;
            }
            for (int x = i + 1; x <= j; x++) {
                Word w = words.get(x);
                if (x < j && (w.role() != Role.NONE || !w.isNominal()) || w.pieces().stream()
                        .anyMatch(p -> p.tag() == PosTag.SN || p.tag() == PosTag.NR || p.tag() == PosTag.NNBC)) {
                    return false;
                }
            }
            return true;
        }

        /** What predicate j has of its own between word i and j: a case-marked argument, an object, a subject. */
        private record Between(boolean argument, boolean object, boolean subject) {
        }

        private Between between(int i, int j) {
            boolean argument = false;
            boolean object = false;
            boolean subject = false;
            for (int x = i + 1; x < j; x++) {
                if (heads[x] != j || deps[x] != Parse.Dep.ARG) {
                    continue;
                }
                argument |= words.get(x).isNominal() && words.get(x).role() != Role.NONE;
                object |= words.get(x).role() == Role.OBJECT;
                subject |= words.get(x).role() == Role.SUBJECT;
            }
            return new Between(argument, object, subject);
        }

        /**
         * 정부가 [예산을 투입해 인재를 육성하는] 방안을 추진한다: a subject the nearest-predicate rule put in a relative
         * clause (or a clause joined below it) on a noun of intent (control-nouns.tsv: 방안, 계획) belongs to the verb
         * that takes that noun as its object, when that verb has no subject of its own; the clause has it by control.
         * The verb, or -1.
         */
        private int controllingVerb(int j) {
            for (int hops = 0; hops < 3 && j >= 0 && isPredicateUnit(j) && !endingOf(j).isAdnominal(); hops++) {
                if (deps[j] != Parse.Dep.CLAUSE || endingOf(j) == EndingType.CONDITIONAL) {
                    return -1;
                }
                j = heads[j];
            }
            if (j < 0 || !isPredicateUnit(j) || !endingOf(j).isAdnominal() || deps[j] != Parse.Dep.MOD) {
                return -1;
            }
            int noun = heads[j];
            // [[X를 뺀] 법안을 지정하는] 방안을 추진하면서: a clause on an argument of the clause on the noun of intent
            for (int up = 0; up < 2 && noun >= 0 && deps[noun] == Parse.Dep.ARG && !grammar.is(WordSet.CONTROL_NOUNS,
                    words.get(noun).lemma()); up++) {
                int k = heads[noun];
                if (k < 0 || !isPredicateUnit(k) || !endingOf(k).isAdnominal() || deps[k] != Parse.Dep.MOD
                        || hasSubjectLike(k)) {
                    return -1;
                }
                noun = heads[k];
            }
            if (noun < 0 || !grammar.is(WordSet.CONTROL_NOUNS, words.get(noun).lemma())
                    || deps[noun] != Parse.Dep.ARG || words.get(noun).role() != Role.OBJECT) {
                return -1;
            }
            int verb = heads[noun];
            return verb >= 0 && isPredicateUnit(verb) && !hasSubjectLike(verb) ? verb : -1;
        }

        /**
         * Whether the noun phrase that starts at word k names one who can act: the word itself ([분야를 주도하는]
         * 오픈AI의 프로젝트) or a bare noun after it up to the phrase's head ([챗GPT를 개발한] 샘 올트먼 오픈AI 대표를:
         * the name before the title).
         */
        private boolean agentivePhrase(int k) {
            while (k >= 0 && words.get(k).isNoun()) {
                if (agentive(words.get(k))) {
                    return true;
                }
                if (words.get(k).role() != Role.NONE || deps[k] != Parse.Dep.MOD) {
                    return false;
                }
                k = heads[k];
            }
            return false;
        }

        /**
         * 삼성전자가 [격차를 좁히기] 위해 X에 사활을 거는 상황에서: a subject the nearest-predicate rule gave to a goal
         * told with 위해 is the subject of the verb the goal serves, when that has none (the goal is its doer's).
         */
        private void raiseGoalSubjects(List<Integer> level) {
            for (int i : level) {
                Role role = words.get(i).role();
                int j = heads[i];
                if (!isUnit(i) || deps[i] != Parse.Dep.ARG || j < 0
                        || (role != Role.SUBJECT && role != Role.TOPIC && role != Role.ADDITIVE)
                        || !isPredicateUnit(j) || endingOf(j) != EndingType.NOMINAL) {
                    continue;
                }
                int k = heads[j];
                if (k < 0 || !isPredicateUnit(k) || !words.get(k).lemma().equals("위하")) {
                    continue;
                }
                // 이번 조치가 [주권을 지키기] 위한 정당한 대응이다: before 위한 a subject of any kind is the one of the
                // predicate the phrase belongs to; before 위해 only a doer is (the goal is its doer's)
                if (!endingOf(k).isAdnominal() && !agentive(words.get(i))) {
                    continue;
                }
                int g = predicateAbove(k);
                if (g >= 0 && !hasSubjectLike(g)) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        /**
         * TSMC가 퀄컴에 [공동 투자를 위한] 합작법인 설립을 제안했다: 위한 takes only what it is for, so a subject or a
         * dative before it belongs to the verb the phrase it modifies is an argument of.
         */
        private void raisePastFor(List<Integer> level) {
            for (int i : level) {
                int j = heads[i];
                Role role = words.get(i).role();
                if (!isUnit(i) || deps[i] != Parse.Dep.ARG || j < 0 || !isPredicateUnit(j)
                        || !words.get(j).lemma().equals("위하") || !endingOf(j).isAdnominal()
                        || (role != Role.SUBJECT && role != Role.TOPIC && role != Role.DATIVE)) {
                    continue;
                }
                int g = predicateAbove(j);
                if (g >= 0) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        private boolean isConjunctionAdverb(int i) {
            String l = words.get(i).lemma();
            if (words.get(i).kind() != Word.Kind.ADVERB) {
                return false;
            }
            if (l.equals("및") || l.equals("또는") || l.equals("혹은")) {
                return true;
            }
            // A와 B, 그리고 C는: 그리고 lists names between two of them in one sentence, and ends a list of plain
            // nouns after a comma; elsewhere it joins sentences and clauses
            if (!l.equals("그리고") || i == 0 || i + 1 >= words.size()) {
                return false;
            }
            Word before = words.get(i - 1);
            Word after = words.get(i + 1);
            // (or after a bare noun and a comma, the last of a list: 전력망과 산업단지, 그리고 기술 인력에)
            return before.sentence() == after.sentence() && before.isNominal() && before.role() == Role.NONE
                    && (namesByEnd.get(before.contentEnd()) != null && namesByBegin.get(after.begin()) != null
                    || before.commaAfter() && after.isNominal() && !argumentOfRelative(i + 1));
        }

        /** 그리고 [CoWoS로] 대표되는 생태계: a case-marked noun right before a relative clause's verb is its argument. */
        private boolean argumentOfRelative(int j) {
            return words.get(j).role() != Role.NONE && j + 1 < words.size() && words.get(j + 1).isPredicate()
                    && words.get(j + 1).ending().isAdnominal();
        }

        /**
         * The noun an adnominal at units[k] modifies: the next unit, or past other adnominals and determiners that
         * modify the same noun ([한국이 가진] [독특한] 강점, [필요한] 모든 조치), else -1.
         */
        private int modifiedNoun(List<Integer> units, int k) {
            int i = units.get(k);
            int after = (predicateOf[i] == null ? i : predicateOf[i].lastWord()) + 1;
            for (int x = k + 1; x < units.size(); x++) {
                int u = units.get(x);
                if (nominalHead(u)) {
                    return u;
                }
                if (x == k + 1 && predicateOf[u] != null && predicateOf[u].complement() == after
                        && words.get(after).sentence() == words.get(i).sentence()) {
                    return after;   // [없어서는 안 될] 존재가 되는 것: the noun 되다 takes, right after the clause
                }
                boolean alsoModifies = isPredicateUnit(u) && endingOf(u).isAdnominal()
                        || words.get(u).kind() == Word.Kind.DETERMINER;
                if (!alsoModifies || words.get(u).sentence() != words.get(units.get(k)).sentence()) {
                    return -1;
                }
            }
            return -1;
        }

        /** A word a modifier can modify: a noun, a quoted name's exit word, a nominalised or copula predicate. */
        private boolean nominalHead(int j) {
            Word w = words.get(j);
            return w.kind() == Word.Kind.NOUN || (w.kind() == Word.Kind.FUNCTION && w.role() != Role.QUOTE
                    && w.role() != Role.NONE) || (w.isPredicate() && w.ending() == EndingType.NOMINAL)
                    || (w.isPredicate() && !w.lemma().isEmpty() && w.pieces().get(0).isNominal()
                    && w.pieces().stream().noneMatch(x -> x.tag() == PosTag.VV || x.tag() == PosTag.VA
                    || x.tag() == PosTag.XSV || x.tag() == PosTag.XSA));
        }

        private int nextFinal(List<Integer> units, int k) {
            for (int x = k + 1; x < units.size(); x++) {
                int j = units.get(x);
                if (isPredicateUnit(j) && endingOf(j).isFinal()) {
                    return j;
                }
            }
            return -1;
        }

        private void toPredicate(List<Integer> units, int k, Parse.Dep dep) {
            int i = units.get(k);
            Word w = words.get(i);
            int j = -1;
            for (int x = k + 1; x < units.size(); x++) {
                if (isPredicateUnit(units.get(x))) {
                    j = units.get(x);
                    break;
                }
            }
            if (j < 0) {
                set(i, -1, Parse.Dep.ROOT);
                return;
            }
            if ((dep == Parse.Dep.QUOTE || dep == Parse.Dep.CLAUSE) && w.isPredicate()
                    || dep == Parse.Dep.QUOTE && w.kind() == Word.Kind.FUNCTION && linkOf(i).endsWith("며")) {
                // [기업들의 제안에 공감한다며] AI 인재 양성을 위해 …, [막기 위해] 장비에 대한 수출통제를 강화했다: nor a
                // saying or joined clause before it, unless it is the one argument; and what is said with 며 goes
                // with the saying, past a quoted clause after it ([X라며] [Y가 필요하다고] 말했다)
                j = pastPostpositions(j, units, k);
                while (dep == Parse.Dep.QUOTE && j >= 0 && linkOf(i).endsWith("며")
                        && endingOf(j) == EndingType.QUOTATIVE && predicateAbove(j) >= 0) {
                    j = predicateAbove(j);
                }
            }
            if (dep == Parse.Dep.ARG) {
                // [정부에] 특별법의 조속한 처리를 요청했다: a relative clause right after a genitive is inside the
                // genitive's noun phrase, so an argument before the genitive cannot be its (arcs never cross)
                while (j >= 0 && endingOf(j).isAdnominal() && genitiveRightBefore(i, j) && predicateAbove(j) >= 0) {
                    j = predicateAbove(j);
                }
                // 라피더스에 [이미 1조 엔이 넘는] 돈을 쏟아부었다: a clause that only measures an amount takes no
                // other argument, so the dative is the verb's the measured noun goes with
                while (j >= 0 && !w.role().isSubjectLike() && w.role() != Role.OBJECT && endingOf(j).isAdnominal()
                        && grammar.is(WordSet.AMOUNT_VERBS, words.get(j).lemma()) && amountBetween(i, j)
                        && predicateAbove(j) >= 0) {
                    j = predicateAbove(j);
                }
                // 산업부는 [협상에서] 보조금 유지에 대한 입장을 밝혔다: a postposition written as a verb takes only
                // the argument right before it
                j = pastPostpositions(j, units, k);
                // 야당은 [특별연장근로를] 꼼수라고 비판했다: a copula takes no object, so the object is the verb's that
                // the copula's quoted judgement goes with (not 검토 중이라고, where the bound noun carries a verbal noun)
                while (j >= 0 && w.role() == Role.OBJECT && units.indexOf(j) == k + 1 && calledAs(j)
                        && predicateAbove(j) >= 0) {
                    j = predicateAbove(j);
                }
                // HD현대중공업이 [미국 최대 군함 건조사인] 헌팅턴잉걸스와 협약을 맺었다: a copula clause right before
                // a name says what the name is; a doer before it does the sentence's verb (삼성전자가 [최대주주인]
                // 회사, before a common noun, keeps it)
                while (j >= 0 && w.role() == Role.SUBJECT && agentive(w) && endingOf(j).isAdnominal()
                        && words.get(j).copular() && j + 1 < words.size()
                        && namesByBegin.get(words.get(j + 1).begin()) != null && predicateAbove(j) >= 0) {
                    j = predicateAbove(j);
                }
                // AMD가 [시장을 두고] 경쟁한다: a postpositional 두고/놓고 ("over") has no subject of its own
                while (j >= 0 && w.role().isSubjectLike() && postpositional(j) && predicateAbove(j) >= 0) {
                    j = predicateAbove(j);
                }
                // (not an adverb with 는: [보조금 없이는] 불가능하다는 것이 keeps it in the clause it qualifies)
                boolean topicLike = w.kind() != Word.Kind.ADVERB
                        && (w.role() == Role.TOPIC || (w.topic() && w.role() != Role.OBJECT));
                // a topic, or a bound noun closing a clause (…쥐고 있는 이상 [독자적인] 개발이 필요하다: 필요하다),
                // belongs to no relative clause after it; after a bare noun it closes none ([TSMC 대신] 삼성전자를 택한)
                boolean closing = w.role() == Role.NONE && grammar.is(WordSet.CLAUSE_NOUNS, w.lemma())
                        && !(i > 0 && words.get(i - 1).isNoun() && words.get(i - 1).role() == Role.NONE
                        && words.get(i - 1).sentence() == w.sentence());
                // (반면 [장기 사업에 맞는] 예산 구조가 필요하다: an opening connective links the sentence to the last)
                boolean connective = i == 0 && w.role() == Role.NONE && grammar.is(WordSet.DISCOURSE_NOUNS, w.lemma());
                if (topicLike || closing || connective) {
                    while (j >= 0 && endingOf(j).isAdnominal() && !aboutView(w, j, topicLike)) {
                        j = predicateAbove(j);
                    }
                }
                if (topicLike) {
                    // a topic is the topic of the clauses that follow it until one has its own subject:
                    // 이는 [현실적이지도], [바람직하지도 않다]; 삼성전자는 [HBM을 공급하고] [엔비디아와 협력한다]
                    while (j >= 0 && deps[j] == Parse.Dep.CLAUSE && endingOf(j) != EndingType.QUOTATIVE
                            && !endingOf(j).isAdnominal() && predicateAbove(j) >= 0
                            && !hasSubjectLike(predicateAbove(j)) && !topicBetween(j, predicateAbove(j))) {
                        j = predicateAbove(j);
                        while (j >= 0 && endingOf(j).isAdnominal() && !aboutView(w, j, true)) {
                            j = predicateAbove(j);   // never into a relative clause: 업체들은 [애써 일군] 성과를…
                        }
                    }
                }
                if (w.kind() != Word.Kind.ADVERB
                        && (w.role() == Role.SUBJECT || w.role() == Role.TOPIC || w.role() == Role.OBJECT)) {
                    Role same = w.role() == Role.OBJECT ? Role.OBJECT : Role.SUBJECT;
                    while (j >= 0 && hasArgument(j, same) && predicateAbove(j) >= 0 && !majorSubject(w, j)) {
                        j = predicateAbove(j);
                    }
                }
                if (j >= 0 && w.role().isSubjectLike() && endingOf(j) == EndingType.QUOTATIVE) {
                    int speech = predicateAbove(j);
                    // (노조는 [회사가 기준을 바꿔야] 한다고 요구했다: a speaker marked 는 before the subject speaks,
                    // and the subject stays in what is said)
                    if (speech >= 0 && !hasSubjectLike(speech) && (hasSubjectLike(j) || agentive(w))
                            && !(w.role() == Role.SUBJECT && speakerBefore(i)) && !majorSubject(w, j)) {
                        j = speech;   // 정부는 [규제 완화가 필요하다]고 밝혔다
                    }
                } else if (j >= 0 && w.role().isSubjectLike() && agentive(w)
                        && !(w.role() == Role.SUBJECT && speakerBefore(i))) {
                    // (SK하이닉스는 [기업들이 투자하면서 수요가 늘었다]고 밝혔다: with a speaker before it, the
                    // subject stays in what is said)
                    // 저는 [리쇼어링은 가능하지도 바람직하지도 않다]고 생각합니다: through the reported clause's own
                    // clauses, a speaker is the subject of the verb of saying
                    int q = j;
                    while (q >= 0 && deps[q] == Parse.Dep.CLAUSE) {
                        q = predicateAbove(q);
                    }
                    // (동맹파는 [망설이지 말고 미국 편에 서야] 한다고 요구한다: with no subject of its own too, as
                    // when the topic meets the quoted verb directly)
                    if (q >= 0 && q != j && deps[q] == Parse.Dep.QUOTE) {
                        int speech = predicateAbove(q);
                        if (speech >= 0 && !hasSubjectLike(speech)) {
                            j = speech;
                        }
                    }
                }
                if (j < 0) {
                    set(i, -1, Parse.Dep.ROOT);
                    return;
                }
            }
            set(i, j, dep);
        }

        /**
         * Whether a topic of its own opens the clause of predicate {@code above} after predicate {@code j} (X는 막아야
         * 하지만 [규제는] 예측 가능하고 …: not yet attached when X climbs, but the clause is 규제's).
         */
        private boolean topicBetween(int j, int above) {
            for (int x = j + 1; x < above; x++) {
                if (words.get(x).role() == Role.TOPIC && words.get(x).bubble() == words.get(j).bubble()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an agentive topic stands before word i in its clause, with no predicate between. */
        private boolean speakerBefore(int i) {
            for (int x = i - 1; x >= 0 && words.get(x).sentence() == words.get(i).sentence(); x--) {
                Word b = words.get(x);
                if (b.isPredicate()) {
                    return false;
                }
                // (or a source in 에서는: 일각에서는 [TSMC가 …생산하고 있어 …쉽지 않다]고 지적한다)
                if ((b.role() == Role.TOPIC || b.role() == Role.LOCATIVE && b.topic()) && agentive(b)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * [지분 요구는 받아들이기 어렵다는] 입장: a topic that is a thing, not a speaker, is what the content clause it
         * opens is about, and stays in it.
         */
        private boolean aboutView(Word w, int j, boolean topicLike) {
            return topicLike && endingOf(j) == EndingType.QUOTE_NOUN && !agentive(w);
        }

        private boolean agentive(Word w) {
            if (agentives[w.index()] == 0) {
                agentives[w.index()] = (byte) (isAgentive(w) ? 1 : 2);
            }
            return agentives[w.index()] == 1;
        }

        private boolean isAgentive(Word w) {
            Name n = namesByEnd.get(w.contentEnd());
            if (n == null && w.contentEnd() > 0 && text.charAt(w.contentEnd() - 1) == ')') {
                n = namesByEnd.get(w.contentEnd() - 1);   // 산업안보국(BIS)이: the name in brackets
            }
            return (n != null && n.agentive()) || agentive.test(w);
        }

        /**
         * 전문가들은 [보조금 정책이 한계가 있다]고 지적했다, [이 전략은 실현 가능성이 낮다]고 본다: a second subject or
         * topic of a descriptive predicate (an adjective, 있다, 없다) that has a subject already is its major subject
         * (what the quality is of), not the speaker of the clause above; one who can speak still climbs (정부가
         * [규제 완화가 필요하다]고 밝혔다).
         */
        private boolean majorSubject(Word w, int j) {
            if (w.role() != Role.SUBJECT && w.role() != Role.TOPIC || agentive(w)) {
                return false;
            }
            String lemma = words.get(j).lemma();
            return lemma.equals("있") || lemma.equals("없") || tagged(j, PosTag.VA);
        }

        /** Whether the predicate at j describes rather than acts: an adjective (과도하다) or a copula (문제다). */
        private boolean descriptive(int j) {
            return tagged(j, PosTag.VA, PosTag.XSA, PosTag.VCP);
        }

        /** Whether a morpheme of the word at j has one of the tags. */
        private boolean tagged(int j, PosTag... tags) {
            List<PosTag> wanted = Arrays.asList(tags);
            return words.get(j).pieces().stream().anyMatch(x -> wanted.contains(x.tag()));
        }

        /** X에 대한, X를 통해: a verb in a relative or linking form that serves as a postposition. */
        private boolean postposition(int j) {
            return isPredicateUnit(j) && !endingOf(j).isFinal()
                    && (grammar.is(WordSet.POSTPOSITION_VERBS, words.get(j).lemma()) || following(j));
        }

        /**
         * 카카오도 [안산에 이어] 건립을 검토 중이다: 이어 after a noun in 에 is "following X", a postposition; 잇다 with
         * an object (A와 B를 잇는 철도) still connects.
         */
        private boolean following(int j) {
            return words.get(j).lemma().equals("잇") && !endingOf(j).isAdnominal() && j > 0
                    && words.get(j - 1).isNominal() && words.get(j - 1).role() == Role.DATIVE;
        }

        /**
         * [규제 완화에 대한] 노동계의 반발: a postposition verb's phrase before the genitive of one who can act names what
         * the noun that genitive owns is about, not the owner (the workers' backlash is about deregulation).
         */
        private boolean aboutPastOwner(int i, int noun) {
            Word g = words.get(noun);
            int owned = heads[noun];
            return postposition(i) && g.role() == Role.GENITIVE && agentive(g) && owned > noun
                    && deps[noun] == Parse.Dep.MOD && words.get(owned).kind() == Word.Kind.NOUN
                    && words.get(owned).sentence() == g.sentence();
        }

        /**
         * 꼼수라고, 실패작이라며: a noun with the copula, quoted, that names what the object is called; or one conceded
         * (예산을 [하루라도] 빨리 마련해야: "even a day", no predicate of the object).
         */
        private boolean calledAs(int j) {
            Word w = words.get(j);
            return isPredicateUnit(j) && (endingOf(j) == EndingType.QUOTATIVE || endingOf(j) == EndingType.CONCESSIVE)
                    && w.hasCopula()
                    && w.pieces().stream().noneMatch(x -> x.tag() == PosTag.NNB || x.isVerbal() && x.tag() != PosTag.VCP);
        }

        /**
         * Predicate j, or the one above it past each postposition verb (X에 대한) that is not right after unit k: such a
         * verb takes only the word right before it.
         */
        private int pastPostpositions(int j, List<Integer> units, int k) {
            while (j >= 0 && postposition(j) && units.indexOf(j) > k + 1 && predicateAbove(j) >= 0) {
                j = predicateAbove(j);
            }
            return j;
        }

        /** X를 두고, X를 놓고: "over X", a postposition written as a verb. */
        private boolean postpositional(int j) {
            Word w = words.get(j);
            return isPredicateUnit(j) && endingOf(j) == EndingType.COORDINATE
                    && (w.lemma().equals("두") || w.lemma().equals("놓")) && hasArgument(j, Role.OBJECT);
        }

        /** […생긴다고] 믿는 것: a relative clause of thinking holds the quoted clause before it. */
        private boolean believedBy(int j) {
            return j >= 0 && isPredicateUnit(j) && endingOf(j).isAdnominal()
                    && grammar.is(WordSet.BELIEF_VERBS, words.get(j).lemma());
        }

        /** Moves word i from a relative clause's predicate to the predicate that relative clause is under. */
        private void climbAdnominals(int i) {
            int j = heads[i];
            while (j >= 0 && isPredicateUnit(j) && endingOf(j).isAdnominal()) {
                j = predicateAbove(j);
            }
            if (j >= 0 && j != heads[i]) {
                set(i, j, deps[i]);
            }
        }

        /**
         * Whether the quotation closed by word i with 고 is said by the relative clause right after it: a verb, or a
         * noun made one, with no object ("…"고 언급한 대목도, "…"라고 밝힌 것은, …제외됐다고 밝힌 반면); a quotation
         * told with 며 may come before an adjective that is not its verb ("…"며 더 강한 규제를).
         */
        private boolean saidRightAfter(int i) {
            int j = heads[i];
            Predicate p = predicateOf[i];
            int last = p == null ? i : p.lastWord();
            String link = words.get(last).link();   // compatible jamo already
            return j == last + 1 && link.endsWith("고") && isPredicateUnit(j)
                    && endingOf(j).isAdnominal() && !hasArgument(j, Role.OBJECT)
                    && words.get(j).pieces().stream().noneMatch(x -> x.tag() == PosTag.VA);
        }

        /** The nearest predicate up the head chain of predicate j, or -1. */
        private int predicateAbove(int j) {
            int h = heads[j];
            while (h >= 0 && !isPredicateUnit(h)) {
                h = heads[h];
            }
            return h;
        }

        /** Whether the words after i up to predicate j are a genitive and what modifies with it (특별법의 [조속한]). */
        private boolean genitiveRightBefore(int i, int j) {
            for (int g = j - 1; g > i; g--) {
                Word w = words.get(g);
                if (w.role() == Role.GENITIVE) {
                    return true;
                }
                if (w.kind() != Word.Kind.ADVERB) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the content clause at h tells the subject of the sentence's own verb ([A하기 어렵고, B는 제한돼 C가
         * 남아 있다]는 지적이 나온다): then clauses joined before it in 고 or 어 are part of what is told, as no one
         * else could do them.
         */
        private boolean toldAsSubject(int h) {
            int last = predicateOf[h] == null ? h : predicateOf[h].lastWord();
            int noun = last + 1;
            return noun < words.size() && words.get(noun).sentence() == words.get(h).sentence()
                    && words.get(noun).isNoun() && words.get(noun).role() == Role.SUBJECT
                    && noun + 1 < words.size() && words.get(noun + 1).isPredicate()
                    && words.get(noun + 1).ending().isFinal();
        }

        /** Whether a 이/가 subject stands between the clause before predicate i and i: a subject of i's own. */
        private boolean subjectBefore(int i) {
            for (int x = i - 1; x >= 0 && words.get(x).sentence() == words.get(i).sentence(); x--) {
                Word w = words.get(x);
                if (w.isPredicate() && !w.ending().isAdnominal() || w.role() == Role.TOPIC) {
                    return false;
                }
                if (w.role() == Role.SUBJECT) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasArgument(int j, Role role) {
            for (int d = 0; d < words.size(); d++) {
                if (heads[d] == j && deps[d] == Parse.Dep.ARG && words.get(d).role() == role) {
                    return true;
                }
            }
            return false;
        }

        /** Whether predicate j has a subject (이/가, 도) of its own written after word i. */
        private boolean subjectAfter(int j, int i) {
            for (int d = i + 1; d < j; d++) {
                if (heads[d] == j && deps[d] == Parse.Dep.ARG && (words.get(d).role() == Role.SUBJECT
                        || words.get(d).role() == Role.ADDITIVE)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 미국은 [관세를 낮추는] 대신, 한국은 투자를 약속했다: of two topics of one verb, the first is the topic of the
         * clause closed by a noun of circumstance between them (대신, 반면, 사이: clause-nouns.tsv), not of the verb.
         */
        private void topicsOfClauseNouns(List<Integer> level) {
            for (int t : level) {
                int g = heads[t];
                if (words.get(t).role() != Role.TOPIC || deps[t] != Parse.Dep.ARG || g < 0) {
                    continue;
                }
                int clause = -1;
                for (int x = t + 1; x < g; x++) {
                    if (clause < 0 && isPredicateUnit(x) && endingOf(x).isAdnominal() && heads[x] == x + 1
                            && grammar.is(WordSet.CLAUSE_NOUNS, words.get(x + 1).lemma())) {
                        clause = x;
                    } else if (clause >= 0 && words.get(x).role() == Role.TOPIC && heads[x] == g
                            && deps[x] == Parse.Dep.ARG && (agentive(words.get(x)) || !agentive(words.get(t))
                            || descriptive(g))) {
                        // (정부는 [X를 외칠] 뿐 [실질적인 투자는] 외면한다: a thing as the second topic is the verb's
                        // object set off; the doer before the clause stays the verb's, as the clause's by control;
                        // but an adjective or copula describes its second topic: PFAS는 [회수되는] 만큼 [일괄 규제는]
                        // 과도하다)
                        set(t, clause, Parse.Dep.ARG);
                        break;
                    }
                }
            }
        }

        /**
         * [관세 부과에 대응하여] 중국 정부는 [희토류에 대한] 수출 제한 조치를 발표했다: a joined clause before a topic
         * belongs to the topic's clause, never to a relative clause after the topic (the nearest-predicate rule gave
         * it to 대한, which put the US in the export restriction).
         */
        private void clausesBeforeTopics(List<Integer> level) {
            for (int j : level) {
                if (!isPredicateUnit(j) || deps[j] != Parse.Dep.CLAUSE || endingOf(j).isAdnominal()) {
                    continue;
                }
                int h = heads[j];
                if (h < 0 || !isPredicateUnit(h) || !endingOf(h).isAdnominal()) {
                    continue;
                }
                for (int t = j + 1; t < h; t++) {
                    int g = heads[t];
                    if (words.get(t).role() == Role.TOPIC && deps[t] == Parse.Dep.ARG && g > h
                            && isPredicateUnit(g)) {
                        set(j, g, Parse.Dep.CLAUSE);
                        break;
                    }
                }
            }
        }

        /**
         * 협회는 "…"고 했고, 연합도 "…"라고 경고했다; 정부는 예산을 늘렸고 기업들이 투자를 확대했다: a topic before a
         * joined clause (…고, …며) is that clause's subject when the verb it was given has a doer of its own after the
         * clause (X가, or X도 naming someone); otherwise a topic is shared (정부는 예산을 늘렸고 인력도 확충했다).
         */
        private void topicsOfFirstConjuncts(List<Integer> level) {
            for (int c : level) {
                if (!isPredicateUnit(c) || deps[c] != Parse.Dep.CLAUSE || endingOf(c) != EndingType.COORDINATE
                        || hasSubjectLike(c)) {
                    continue;
                }
                int v = heads[c];
                if (v < 0 || !isPredicateUnit(v)) {
                    continue;
                }
                // (TSMC는 …늘리기로 했고, 마이크론도 …확대하고 …짓고 있다: the topic went to the last of a chain of
                // joined clauses, the later doer to the one it opens)
                Set<Integer> chain = new HashSet<>();
                for (int u = v; u >= 0 && isPredicateUnit(u); u = heads[u]) {
                    chain.add(u);
                    if (deps[u] != Parse.Dep.CLAUSE || endingOf(u) != EndingType.COORDINATE) {
                        break;
                    }
                }
                int topic = -1;
                boolean second = false;
                for (int x = 0; x < v; x++) {   // (a topic is before c, the later doer before v)
                    if (!chain.contains(heads[x]) || deps[x] != Parse.Dep.ARG) {
                        continue;
                    }
                    Role r = words.get(x).role();
                    if (x < c && r == Role.TOPIC) {
                        topic = x;
                    } else if (x > c && heads[x] == v && (r == Role.SUBJECT
                            || r == Role.ADDITIVE && agentive(words.get(x)))) {
                        second = true;   // (the doer of the very clause c joins: one further on is another's)
                    }
                }
                if (topic >= 0 && second) {
                    set(topic, c, Parse.Dep.ARG);
                }
            }
        }

        /**
         * 엔비디아에 HBM3는 물론 패키징 서비스 공급도 추진하고 있다, HBM3뿐 아니라 …도: "not only X but Y", so X is a
         * conjunct of Y, not a second topic (which read as a second subject: HBM3 supplying Nvidia) nor a clause.
         */
        private void notOnly(List<Integer> level) {
            for (int i : level) {
                if (i + 1 >= words.size() || !words.get(i).isNominal() || deps[i] != Parse.Dep.ARG) {
                    continue;
                }
                // (물론 by its letters: Nori's dictionary reads it as 몰론)
                boolean alongside = words.get(i).role() == Role.TOPIC
                        && text.startsWith("물론", words.get(i + 1).begin());
                // X뿐 아니라 Y도: the 아니라 is no clause of its own; what it took before X is the main verb's
                boolean only = words.get(i).has("뿐") && heads[i] == i + 1 && isPredicateUnit(i + 1)
                        && words.get(i + 1).lemma().equals("아니") && endingOf(i + 1) == EndingType.CONTRAST
                        && heads[i + 1] >= 0;
                if (!alongside && !only) {
                    continue;
                }
                if (only) {
                    int main = heads[i + 1];
                    for (int d = 0; d < i; d++) {
                        if (heads[d] == i + 1 && deps[d] == Parse.Dep.ARG) {
                            set(d, main, Parse.Dep.ARG);
                        }
                    }
                }
                int verb = only ? heads[i + 1] : heads[i];
                for (int x = i + 2; x < words.size(); x++) {
                    if (deps[x] == Parse.Dep.ARG && heads[x] == verb && words.get(x).isNominal()
                            && words.get(x).role() == Role.ADDITIVE) {
                        set(i, x, Parse.Dep.CONJ);
                        break;
                    }
                    if (isPredicateUnit(x)) {
                        break;
                    }
                }
            }
        }

        /**
         * 젠슨 황은 [한국을] AI 시대의 핵심 파트너라고 치켜세웠다: a noun said of X with a dropped copula takes no object,
         * so X is the object of the verb that names it so (부르다, 평가하다, 치켜세우다), not of the quotation.
         */
        private void objectsOfNamingVerbs(List<Integer> level) {
            for (int i : level) {
                if (!isUnit(i) || deps[i] != Parse.Dep.ARG || words.get(i).role() != Role.OBJECT) {
                    continue;
                }
                int j = heads[i];
                if (j < 0 || deps[j] != Parse.Dep.QUOTE || endingOf(j) != EndingType.QUOTATIVE
                        || !isPredicateUnit(j) || !words.get(j).copular()) {
                    continue;
                }
                int g = heads[j];
                if (g >= 0 && isPredicateUnit(g) && !hasArgument(g, Role.OBJECT)) {
                    set(i, g, Parse.Dep.ARG);
                }
            }
        }

        /**
         * [범용 모델보다 특화 모델에 집중하는] 것이 현실적이다, [X를 만들기보다 Y에 집중하는] 편이 낫다: what the
         * nearest-predicate rule gave to a clause told as a noun (것, 편, 쪽) is what the judgement of that noun
         * compares it with, when the judgement has no standard of its own.
         */
        private void raiseComparisons(List<Integer> level) {
            for (int i : level) {
                if (!isUnit(i) || deps[i] != Parse.Dep.ARG || words.get(i).role() != Role.COMPARE) {
                    continue;
                }
                // set off by a comma (간판보다, [고객이 떠날 수 없는] 파트너가 되는 편이 현실적인 목표다), it climbs
                // out of every relative clause on the way to the noun judged
                boolean comma = words.get(i).commaAfter();
                int j = heads[i];
                if (j >= 0 && isPredicateUnit(j) && words.get(j).lemma().equals("같") && endingOf(j).isAdnominal()
                        && deps[j] == Parse.Dep.MOD) {
                    // 보조금보다 [전력과 용수 같은] 인프라 지원이 시급하다: 같은 lists examples and compares nothing;
                    // the standard is the one of the verb the noun phrase is an argument of
                    int noun = heads[j];
                    while (noun >= 0 && deps[noun] == Parse.Dep.MOD && !isPredicateUnit(noun)) {
                        noun = heads[noun];
                    }
                    int g = noun >= 0 && deps[noun] == Parse.Dep.ARG ? heads[noun] : -1;
                    if (g >= 0 && isPredicateUnit(g) && !hasArgument(g, Role.COMPARE)) {
                        set(i, g, Parse.Dep.ARG);
                    }
                    continue;
                }
                if (!comma && j >= 0 && isPredicateUnit(j) && words.get(j).adjectival()
                        && hasArgument(j, Role.SUBJECT)) {
                    // [NPU는 GPU보다 효율이 높다는] 것이 장점이다: an adjective with its own subject measures that
                    // subject by the standard; the clause is a comparison told whole
                    continue;
                }
                for (int steps = 0; steps < 8; steps++) {
                    if (j < 0 || !isPredicateUnit(j) || !endingOf(j).isAdnominal() || deps[j] != Parse.Dep.MOD) {
                        break;
                    }
                    int noun = heads[j];
                    while (noun >= 0 && deps[noun] == Parse.Dep.MOD && !isPredicateUnit(noun)) {
                        noun = heads[noun];   // [떠날 수 없는] 패키징 파트너: up the compound to its head
                    }
                    if (noun < 0) {
                        break;
                    }
                    Role r = words.get(noun).role();
                    if (deps[noun] == Parse.Dep.ARG && (r == Role.SUBJECT || r == Role.TOPIC)
                            && (comma || NOMINALISERS.contains(words.get(noun).lemma()))) {
                        int g = heads[noun];
                        if (g >= 0 && isPredicateUnit(g) && !hasArgument(g, Role.COMPARE)) {
                            set(i, g, Parse.Dep.ARG);
                        }
                        break;
                    }
                    if (!comma) {
                        break;
                    }
                    j = heads[noun];
                }
            }
        }

        private boolean hasSubjectLike(int j) {
            for (int d = 0; d < words.size(); d++) {
                if (heads[d] == j && deps[d] == Parse.Dep.ARG && (words.get(d).role() == Role.SUBJECT
                        || words.get(d).role() == Role.TOPIC)) {
                    return true;
                }
            }
            return false;
        }

        private void set(int i, int head, Parse.Dep dep) {
            heads[i] = head;
            deps[i] = dep;
        }

        /**
         * 네이버는 하이퍼클로바X를, LG AI연구원은 엑사원을, 업스테이지는 솔라를 개발하며: topics each with their own object,
         * the verb said once (gapping). Every pair is the first verb's after them, where the topic rules had sent some
         * topics and objects on to a later clause; which object goes with which topic the order says.
         */
        private void gappedPairs(List<Integer> level) {
            for (int x = 0; x < level.size(); x++) {
                List<Integer> pair = new ArrayList<>();   // positions in level, topic and object in turn
                int y = x;
                while (true) {
                    int t = headOfRun(level, y);
                    int o = t < 0 ? -1 : headOfRun(level, t + 1);
                    if (o < 0 || !pairs(words.get(level.get(t)), words.get(level.get(o)))) {
                        break;
                    }
                    pair.add(t);
                    pair.add(o);
                    y = o + 1;
                    if (!words.get(level.get(o)).commaAfter()) {
                        break;
                    }
                }
                int last = pair.isEmpty() ? -1 : pair.get(pair.size() - 1);
                if (pair.size() < 4 || words.get(level.get(last)).commaAfter()) {
                    continue;
                }
                int v = -1;
                for (int k = last + 1; k < level.size() && v < 0; k++) {
                    v = isPredicateUnit(level.get(k)) ? level.get(k) : -1;
                }
                if (v >= 0 && words.get(v).sentence() == words.get(level.get(last)).sentence()) {
                    for (int k : pair) {
                        set(level.get(k), v, Parse.Dep.ARG);
                    }
                }
                x = last;
            }
        }

        /** Whether two words are a topic and its object of a gapped pair (X는 Y를,). */
        private static boolean pairs(Word t, Word o) {
            return t.isNoun() && o.isNoun() && t.role() == Role.TOPIC && o.role() == Role.OBJECT && !t.commaAfter();
        }

        /** The first position from y on in a level whose word is no bare modifier of the word after it, or -1. */
        private int headOfRun(List<Integer> level, int y) {
            for (int k = y; k < level.size(); k++) {
                int w = level.get(k);
                if (!(words.get(w).isNoun() && words.get(w).role() == Role.NONE && deps[w] == Parse.Dep.MOD
                        && heads[w] == w + 1)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * 일각에서는 [TSMC가 칩을 생산하고 있어 격차를 좁히기 쉽지 않다]고 지적한다: a source in 에서는 that could speak
         * (일각, 업계, 정부) is where the saying comes from, not a place in what is said; the nearest-predicate rule gave
         * it to the reported clause. It goes to the verb of saying when that has no speaker of its own.
         */
        private void sourcesOfSaying(List<Integer> level) {
            for (int i : level) {
                Word w = words.get(i);
                int j = heads[i];
                if (w.role() != Role.LOCATIVE || !w.topic() || deps[i] != Parse.Dep.ARG || j < 0
                        || !isPredicateUnit(j) || !agentive(w)) {
                    continue;
                }
                int q = j;
                while (q >= 0 && deps[q] == Parse.Dep.CLAUSE && endingOf(q) != EndingType.QUOTATIVE
                        && !endingOf(q).isAdnominal()) {
                    q = predicateAbove(q);
                }
                boolean said = q >= 0 && (endingOf(q) == EndingType.QUOTATIVE || deps[q] == Parse.Dep.QUOTE);
                int speech = said ? predicateAbove(q) : -1;
                if (speech > i && !hasSubjectLike(speech)) {
                    set(i, speech, Parse.Dep.ARG);
                }
            }
        }

        /**
         * 전경련은 [반도체특별법이 "과도한 규제"]라고 주장했다: a subject right before a quotation, when the verb of
         * saying has its speaker as topic already, is the subject of what is quoted (the quotation marks had parsed
         * it apart), provided the quotation's root has none of its own.
         */
        private void subjectsIntoQuotations() {
            for (int s = 0; s + 1 < words.size(); s++) {
                Word w = words.get(s);
                int v = heads[s];
                if (w.role() != Role.SUBJECT || deps[s] != Parse.Dep.ARG || v < 0
                        || words.get(s + 1).bubble() == w.bubble()) {
                    continue;
                }
                boolean speaker = false;
                int exit = -1;
                for (int d = 0; d < words.size(); d++) {
                    if (heads[d] != v) {
                        continue;
                    }
                    speaker |= d < s && deps[d] == Parse.Dep.ARG && words.get(d).role() == Role.TOPIC;
                    if (d > s && deps[d] == Parse.Dep.QUOTE && words.get(d).kind() == Word.Kind.FUNCTION
                            && words.get(d).bubble() == w.bubble()) {
                        exit = d;
                    }
                }
                int root = -1;
                for (int d = s + 1; exit >= 0 && d < exit; d++) {
                    if (heads[d] == exit && deps[d] == Parse.Dep.QUOTE) {
                        root = d;
                    }
                }
                if (speaker && root >= 0 && words.get(root).isPredicate() && !hasSubjectLike(root)) {
                    set(s, root, Parse.Dep.ARG);
                }
            }
        }

        /** Hangs a quotation's last root from its exit word, or from the noun right after it ('제3의 길' 전략). */
        private void hangQuotation(int bubble, List<Integer> level) {
            if (bubble == 0) {
                return;
            }
            int root = -1;
            for (int i : level) {
                if (heads[i] < 0 && deps[i] == Parse.Dep.ROOT) {
                    root = i;
                }
            }
            if (root < 0) {
                return;
            }
            Integer exit = exitOf.get(bubble);
            if (exit != null) {
                set(root, exit, Parse.Dep.QUOTE);
                return;
            }
            Integer close = closeOf.get(bubble);
            if (close == null) {
                return;
            }
            for (Word w : words) {
                if (w.begin() > close && w.bubble() != bubble) {
                    if (w.isNoun() && text.substring(close + 1, w.begin()).isBlank()) {
                        set(root, w.index(), Parse.Dep.MOD);
                    }
                    return;
                }
            }
        }
    }
}
