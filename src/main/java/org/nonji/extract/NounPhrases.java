package org.nonji.extract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nonji.Namespaces;
import org.nonji.corpus.Essay;
import org.nonji.nlp.PosTag;
import org.nonji.syntax.EndingType;
import org.nonji.syntax.Grammar;
import org.nonji.syntax.HeadFinalParser;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Piece;
import org.nonji.syntax.Predicate;
import org.nonji.syntax.Role;
import org.nonji.syntax.Word;
import org.nonji.syntax.WordSet;

/**
 * The noun phrases of one essay's parses, as stance targets and holders: the entity a phrase is headed by, or the
 * concept it names, or the unnamed source it is.
 *
 * <p>A concept's label is the phrase as written, without its final particle and leading determiners
 * (수출 다변화를 통한 위험 분산); a nominalised clause is told as its nouns and its verbal noun (중국 공장을 당장
 * 철수하는 것 → 중국 공장 철수), or a verb that has none as its -기 noun (짐을 싸는 것 → 짐 싸기); a name is told
 * whole. Concepts with the same label without spaces (Latin letters lower-cased) are one concept across essays:
 * {@code …/id/concept/{label without spaces}}.
 */
final class NounPhrases {
    /** At most this many words make a concept label; a longer phrase keeps its last words. */
    static final int MAX_WORDS = 7;
    private static final String QUOTE_MARKS = "\"'“”″‘’「」『』()[]";
    private static final List<String> HEAD_SUFFIXES = List.of("", "들", "측");
    /** A numbered part or generation of what is named stands for it: 투자기금 3기, 신고리 5호기, 2차 펀드. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(" \\d+(기|호기|호|차)");
    /** A bracketed aside, dropped from what follows a mention (compiled once: headMention runs for every word). */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^)]*\\)");
    /** concept-heads.tsv classes that say how a head behaves, not what kind of concept it names. */
    private static final java.util.Set<String> KINDLESS = java.util.Set.of("none", "anaphoric", "category",
            "use", "transparent");

    private final Essay essay;
    private final String text;
    private final Map<Integer, List<Mention>> bySentence;
    private final Cues cues;
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final Map<String, List<Entity>> pending = new java.util.HashMap<>();
    private final java.util.Set<Integer> auxiliary = new java.util.HashSet<>();
    private final List<Mention> conceptMentions = new ArrayList<>();
    private final Map<String, String> iris = new java.util.HashMap<>();
    /** Phrases and head mentions depend only on the parse and the mentions, and are asked again and again. */
    private final PhraseMemo memo;
    /** Which verbs only carry their noun, which nouns say how things stand or bound a number. */
    private final Grammar grammar;
    /** The parse the memos below are of. */
    private Parse memoOf;
    private Phrase[] phraseMemo;
    private Optional<Mention>[] headMemo;

    NounPhrases(Essay essay, PhraseMemo memo, Cues cues, Grammar grammar) {
        this.essay = essay;
        this.grammar = grammar;
        this.text = essay.analysisText();
        this.memo = memo;
        this.bySentence = memo.bySentence();
        this.cues = cues;
    }

    /** A noun phrase: the span it covers, without its final particle. */
    record Phrase(int begin, int end) {
    }

    private void memoFor(Parse p) {
        if (memoOf != p) {
            memoOf = p;
            PhraseMemo.Words words = memo.of(p);
            phraseMemo = words.phrases;
            headMemo = words.heads;
        }
    }

    /** The span of the phrase word w heads: its modifiers, not its conjuncts. */
    Phrase phrase(Parse p, int w) {
        memoFor(p);
        Phrase ph = phraseMemo[w];
        if (ph == null) {
            ph = computePhrase(p, w);
            phraseMemo[w] = ph;
        }
        return ph;
    }

    private Phrase computePhrase(Parse p, int w) {
        Word word = p.word(w);
        int end = headEnd(word);
        int begin0 = begin(p, w);
        List<Word> inside = new ArrayList<>();
        for (Word x : p.words()) {
            if (x.begin() >= begin0 && x.end() <= word.end()) {
                inside.add(x);
            }
        }
        int begin = begin0;
        // a phrase never reaches back over a clause boundary: …할 수 있고, [기존에 유지하던 시장 접근]
        for (int k = 0; k < inside.size() - 1; k++) {
            Word x = inside.get(k);
            EndingType t = p.endingOf(x.index());
            // a clause ends on a predicate or on a split-off ending ("…결정"이라며 [로봇 투입에] 반대한다)
            boolean clauseEnd = (x.isPredicate() || x.kind() == Word.Kind.FUNCTION) && !t.isAdnominal()
                    && t != EndingType.NOMINAL && t != EndingType.NONE;
            // …키우는 것보다, [각 현장에 맞춘 모델]: a comma after a marked word ends what came before
            if ((clauseEnd || (x.commaAfter() && (x.isPredicate() || x.role() != Role.NONE)))
                    && !insideName(x, inside.get(k + 1))) {
                begin = Math.max(begin, inside.get(k + 1).begin());
            }
            // [안전망으로 확장될] 때만 [진정한 안정]: a clause noun closes an adverbial clause
            if (x.isNoun() && x.index() != w && grammar.is(WordSet.CLAUSE_NOUNS, x.lemma())
                    && p.dependents(x.index()).stream().anyMatch(d -> p.word(d).isPredicate()
                    && p.endingOf(d).isAdnominal())) {
                begin = Math.max(begin, inside.get(k + 1).begin());
            }
            // 측면에서 [한국은] 반도체로 이어지는 공급 능력: a word the head does not govern (the main clause's
            // topic) ends what came before, since a phrase is one unbroken stretch
            if (x.index() != w && !p.dominates(w, x.index()) && x.bubble() >= 0) {
                begin = Math.max(begin, inside.get(k + 1).begin());
            }
        }
        begin = nameStart(word.sentence(), begin);
        int cut = begin;
        inside.removeIf(x -> x.begin() < cut);
        // [미국이냐 중국이냐를] 묻는 양자택일: a relative clause whose arguments the phrase left out is not left
        // dangling at its start
        while (inside.size() > 1 && dangling(p, inside.get(0), begin)) {
            inside.remove(0);
            while (inside.size() > 1 && p.dep(inside.get(0).index()) == Parse.Dep.AUX) {
                inside.remove(0);   // [공정위가 조사] 중인 X: nor its auxiliary
            }
            begin = inside.get(0).begin();
        }
        if (inside.size() > MAX_WORDS) {
            // the cut starts at a noun none of whose modifiers it leaves out: not 원의 in [최대 연 3억] 원의 연구 수당,
            // nor the 한 of [짓기로] 한
            begin = inside.get(inside.size() - MAX_WORDS).begin();
            for (int k = inside.size() - MAX_WORDS; k < inside.size() - 1; k++) {
                Word x = inside.get(k);
                // (nor the 수 of [떠날] 수 없는: a bound noun of a verb before the cut is that verb's)
                if (x.isNoun() && p.subtreeBegin(x.index()) >= x.begin() && p.head(x.index()) > x.index()
                        && p.dep(x.index()) != Parse.Dep.AUX) {
                    begin = nameStart(word.sentence(), x.begin());
                    break;
                }
            }
            // (and not the 위한 of [전력을 위한] 200억 달러 규모의 … 프로젝트 when no noun there qualifies)
            for (int k = inside.size() - MAX_WORDS; k < inside.size() - 1; k++) {
                Word x = inside.get(k);
                if (x.begin() != begin || !dangling(p, x, begin) && p.dep(x.index()) != Parse.Dep.AUX) {
                    break;   // (nor the 중인 of [조사] 중인 구글의 … 사건)
                }
                begin = inside.get(k + 1).begin();
            }
        }
        return new Phrase(begin, Math.max(begin, end));
    }

    /** Never begin inside a name: '안보는 미국, 경제는 중국' is one name, not a clause that ends at 미국. */
    private int nameStart(int sentence, int begin) {
        for (Mention m : bySentence.getOrDefault(sentence, List.of())) {
            if (m.begin() < begin && begin < m.end()) {
                return m.begin();
            }
        }
        return begin;
    }

    /** Whether two words lie in one name ('안보는 미국, 경제는 중국'): what looks like a clause in it is the name's. */
    private boolean insideName(Word a, Word b) {
        for (Mention m : bySentence.getOrDefault(a.sentence(), List.of())) {
            if (m.begin() <= a.begin() && b.begin() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The name a word lies in, if it lies in one with other words. */
    private Mention nameOf(Word w) {
        for (Mention m : bySentence.getOrDefault(w.sentence(), List.of())) {
            if (m.begin() <= w.begin() && w.begin() < m.end() && (m.begin() < w.begin() || m.end() > w.contentEnd())) {
                return m;
            }
        }
        return null;
    }

    /** The phrase's start: the head's modifiers and theirs (with their conjuncts), not the head's own conjuncts. */
    private int begin(Parse p, int w) {
        int b = p.word(w).begin();
        boolean predicate = p.word(w).isPredicate() && p.word(w).ending() != EndingType.NOMINAL;
        for (int d : p.dependents(w)) {
            if (predicate && p.dep(d) != Parse.Dep.MOD) {
                continue;   // a copula's noun phrase is its modifiers, not its clause's arguments
            }
            if (p.dep(d) != Parse.Dep.CONJ && p.dep(d) != Parse.Dep.AUX && p.dep(d) != Parse.Dep.NEG) {
                b = Math.min(b, p.subtreeBegin(d));
            }
        }
        return b;
    }

    /** Where the head's content ends: before its particles, or before the closing mark of a quoted name. */
    private int headEnd(Word w) {
        if (w.kind() == Word.Kind.FUNCTION && w.exit()) {
            return Math.max(0, w.begin() - 1);
        }
        if (w.isPredicate() && !w.lemma().isEmpty() && text.startsWith(w.lemma(), w.begin())
                && w.hasCopula()) {
            return w.begin() + w.lemma().length();   // 결정체다 → 결정체
        }
        return w.contentEnd();
    }

    /** The mentions inside a span. */
    List<Mention> inside(int sentence, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : bySentence.getOrDefault(sentence, List.of())) {
            if (m.begin() >= begin && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** The entity or candidate that heads the phrase of word w: a mention that ends where the head's content ends. */
    /** The mention that spans exactly [begin, end) in a sentence (엔비디아 in 엔비디아향), if any. */
    Optional<Mention> spanning(int sentence, int begin, int end) {
        for (Mention m : bySentence.getOrDefault(sentence, List.of())) {
            if (m.begin() == begin && m.end() == end) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    Optional<Mention> headMention(Parse p, int w) {
        memoFor(p);
        Optional<Mention> m = headMemo[w];
        if (m == null) {
            m = computeHeadMention(p, w);
            headMemo[w] = m;
        }
        return m;
    }

    private Optional<Mention> computeHeadMention(Parse p, int w) {
        Word word = p.word(w);
        int end = headEnd(word);
        Phrase ph = phrase(p, w);
        Mention best = null;
        for (Mention m : bySentence.getOrDefault(word.sentence(), List.of())) {
            if (m.begin() < ph.begin() || m.end() > end) {
                continue;
            }
            String rest = m.end() == end ? "" : text.substring(m.end(), end);
            if (rest.indexOf('(') >= 0) {
                rest = BRACKETED.matcher(rest).replaceAll("");
            }
            // the pattern needs a space and a digit first: most rests are not tried
            boolean numbered = rest.length() >= 3 && rest.charAt(0) == ' ' && NUMBERED.matcher(rest).matches();
            if (m.end() <= word.begin() && !word.exit() && !numbered) {
                continue;
            }
            if ((HEAD_SUFFIXES.contains(rest) || numbered)
                    && (best == null || m.end() - m.begin() > best.end() - best.begin())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the word's lemma is a generic head that names nothing alone (것, 점, 문제 alone). */
    /** Whether a noun names a kind of concept on its own (전략, 위험, 정책): a bare 현장 or 경쟁력 does not. */
    private boolean typed(Word w) {
        String c = cues.conceptHeads().get(w.lemma());
        if (c == null) {
            c = cues.conceptHeads().get(compoundHead(w));   // 특별법, 법제도: the analyser's last part says what kind
        }
        return c != null && !KINDLESS.contains(c) && !c.equals("Technology");   // a bare 기술 or 모듈 names nothing
    }

    /**
     * The last of two or more common-noun parts the analyser split a word into (특별/NNG+법/NNG → 법), a noun suffix
     * counting as one (환급/NNG+제/XSN → 제), or "".
     */
    private static String compoundHead(Word w) {
        String last = "";
        int nouns = 0;
        for (Piece x : w.pieces()) {
            if (x.tag() == PosTag.NNG || x.tag() == PosTag.XSN && nouns > 0) {
                last = x.form();
                nouns++;
            } else if (nouns > 0) {
                break;   // the particle after the noun
            }
        }
        return nouns >= 2 ? last : "";
    }

    /** 방향 자체, 그 문제 자체: a head that only stresses the noun before it, which is the phrase's real head. */
    boolean transparent(Word w) {
        return "transparent".equals(cues.conceptHeads().get(w.lemma()));
    }

    /** 일정, 개발, 확대: a head that says what is done with or to the thing named before it. */
    boolean category(Word w) {
        String c = cues.conceptHeads().get(w.lemma());
        return "category".equals(c) || "Technology".equals(c);   // HBM 기술, 구동 모터의 개발 일정
    }

    boolean generic(Word w) {
        return "none".equals(cues.conceptHeads().get(w.lemma()));
    }

    /** Entity types a Policy head (조치, 정책, 지원책) after one of them stands for; after a field it does not. */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("Policy", "Strategy", "Risk", "Event");

    /** Whether a head of this concept-heads.tsv class, after one named thing, stands for that thing. */
    private static boolean standsFor(String cls) {
        return "category".equals(cls) || "use".equals(cls) || "Strategy".equals(cls) || "Policy".equals(cls)
                || "Technology".equals(cls);
    }

    /**
     * SMR 스타트업, 반도체 산업: a category head with exactly one named thing (not an actor, but for a head of use:
     * 딥시크 사용) right before it stands for that thing.
     */
    Optional<Mention> categoryOf(Parse p, int w) {
        return categoryOf(p, w, phrase(p, w).begin());
    }

    /** As {@link #categoryOf(Parse, int)}, looking only at the phrase from {@code from} on. */
    Optional<Mention> categoryOf(Parse p, int w, int from) {
        Word word = p.word(w);
        String cls = cues.conceptHeads().get(word.lemma());
        if (!standsFor(cls) || cues.evaluation(word.lemma()).filter(e -> e.polarity() == Polarity.OPPOSE).isPresent()) {
            return Optional.empty();   // 반도체 규제 acts against 반도체 (rule action-noun), it does not stand for it
        }
        Mention only = null;
        for (Mention m : inside(word.sentence(), from, word.begin())) {
            if (inRelativeClause(p, w, m)) {
                continue;   // [메모리와 패키징을 한 번에 제공하는] 수직 통합 모델 stands for 수직 통합
            }
            if (onlyMarked(p, w, m)) {
                return Optional.empty();   // [원전에만 기대는] 전략: relying on X alone is not X
            }
            if (undoneByClause(p, w, m)) {
                return Optional.empty();   // [수출 통제를 철회하는] 방안 works against 수출 통제, it is not it
            }
            // 수도권 데이터센터, 이재명 정부의 소버린 AI 전략: a place or owner qualifies, it is not the field
            // (딥시크 사용, 화웨이 접속: before a head of use, an actor is what is used, not who uses it)
            boolean used = "use".equals(cls) && !text.startsWith("의", m.end());
            if (m.entity().kind() == Kind.ACTOR && !used
                    && (!text.startsWith("의", m.end()) || only == null && ownerOf(p, w, m))) {
                continue;
            }
            if (only != null && text.startsWith("(", only.end()) && m.begin() == only.end() + 1
                    && text.startsWith(")", m.end())) {
                only = m;   // 고대역폭메모리(HBM4) 양산: the name in brackets glosses the one before, and is the finer
                continue;
            }
            if (only != null || m.entity().kind() == Kind.ACTOR && !used) {
                return Optional.empty();
            }
            only = m;
        }
        if (only != null && "Policy".equals(cls) && !MEASURES.contains(only.entity().type())) {
            // 반도체 지원책, AI 규제 정책: a measure on a field is the measure, not the field (criticising the support
            // opposes the support, not semiconductors); a law's, a strategy's or a threat's own measure (K-칩스법
            // 세액공제, 중국의 보복 조치) is that thing
            return Optional.empty();
        }
        if (only != null) {
            // HBM 투자 확대 is about HBM; 희토류 비축 확대 is about stockpiling: every noun between the entity and
            // the head must be a category too
            for (int x = w - 1; x >= 0 && p.word(x).begin() >= only.end(); x--) {
                String c = cues.conceptHeads().get(p.word(x).lemma());
                if (p.word(x).isNoun() && !standsFor(c)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(only);
    }

    /**
     * 중국의 반도체 확보, 삼성전자의 파운드리 투자: an action head (a do verb's noun) with an actor's genitive before it
     * names what that actor does with the thing; blocking or praising it is not a side on the thing itself, unless
     * the thing is a measure, a strategy, a risk or an event.
     */
    boolean ownersAction(Parse p, int w, Mention thing) {
        if (MEASURES.contains(thing.entity().type())) {
            return false;   // 미국의 관세 인상: raising a measure is still about the measure
        }
        Word word = p.word(w);
        if (cues.evaluation(word.lemma()).filter(e -> e.frame() == Cues.Frame.DO).isEmpty()) {
            return false;
        }
        return inside(word.sentence(), phrase(p, w).begin(), word.begin()).stream()
                .anyMatch(m -> m.entity().kind() == Kind.ACTOR && text.startsWith("의", m.end()));
    }

    /** Whether mention m, before head w, ends a word marked with the particle 만 ("only": 원전에만, HBM만을). */
    private static boolean onlyMarked(Parse p, int w, Mention m) {
        for (int x = w - 1; x >= 0 && p.word(x).end() >= m.end(); x--) {
            Word word = p.word(x);
            if (word.begin() <= m.begin() && m.end() <= word.end()) {
                return word.pieces().stream().anyMatch(c -> c.tag() == PosTag.J && c.form().equals("만"));
            }
        }
        return false;
    }

    /** Whether mention m lies in a clause on head w whose verb works against its object (철회하는, 줄이는, 피하는). */
    private boolean undoneByClause(Parse p, int w, Mention m) {
        for (int x = w - 1; x >= 0 && p.word(x).end() > m.begin(); x--) {
            if (p.head(x) != w || !p.word(x).isPredicate() || !p.endingOf(x).isAdnominal()
                    || p.predicate(x).isEmpty() || p.arguments(x, Role.OBJECT).isEmpty()) {
                continue;
            }
            int negations = p.predicate(x).get().negations();
            boolean against = cues.evaluation(p.predicate(x).get().lemma()).filter(e -> (e.frame() == Cues.Frame.DO
                    || e.frame() == Cues.Frame.ACT) && e.after(negations) == Polarity.OPPOSE).isPresent();
            for (int y = 0; against && y < x; y++) {
                if (p.word(y).begin() <= m.begin() && m.begin() < p.word(y).end() && p.dominates(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether actor m, in the genitive, owns a named thing that follows it before head w (정부의 소버린 AI 전략). */
    private boolean ownerOf(Parse p, int w, Mention m) {
        Word word = p.word(w);
        return inside(word.sentence(), m.end(), word.begin()).stream()
                .anyMatch(x -> x.entity().kind() != Kind.ACTOR && !inRelativeClause(p, w, x));
    }

    /**
     * Whether a mention before head w lies in a transitive relative clause on a noun of the phrase other than its
     * head: such a clause only describes what the phrase names ([X를 제공하는] 수직 통합 모델). A clause on the head
     * itself defines it ([X를 피하는] 전략), and the clause of 되다 ([파트너가 되는] 전략) names it.
     */
    private static boolean inRelativeClause(Parse p, int w, Mention m) {
        for (int x = w - 1; x >= 0 && p.word(x).end() > m.begin(); x--) {
            if (p.word(x).isPredicate() && p.endingOf(x).isAdnominal() && p.head(x) != w
                    && !p.arguments(x, Role.OBJECT).isEmpty()) {
                for (int y = 0; y < x; y++) {
                    if (p.word(y).begin() <= m.begin() && m.begin() < p.word(y).end() && p.dominates(x, y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Generic actor nouns and the type of actor each points back to with a demonstrative (이 회사, 해당 국가). Bare,
     * they mean the essay's own (정부는 = the Korean government, whichever 정부 was named last): no short form.
     */
    private static final Map<String, String> GENERIC_ACTORS = Map.of("회사", "Company", "기업", "Company",
            "업체", "Company", "그룹", "Company", "동사", "Company", "나라", "Country", "국가", "Country",
            "정부", "Government");

    /**
     * 이 회사, 그 기업, 해당 국가: a demonstrative with a generic actor noun refers to the actor of that type named
     * last before it (rule anaphora); so do a news report's short forms (see shortForm).
     */
    Optional<Mention> corefer(Parse p, int w) {
        Word word = p.word(w);
        Optional<Mention> named = shortForm(p, w);
        if (named.isPresent()) {
            return named;
        }
        String type = GENERIC_ACTORS.get(word.lemma());
        // a news report's bare 회사는 (or 회사 측은) opening a sentence is the company it reports on, as 이 회사는 is
        boolean bare = word.lemma().equals("회사") && p.dependents(w).isEmpty() && word.role().isSubjectLike()
                && opens(p, w);
        if (word.lemma().equals("측") && w > 0 && opens(p, w - 1) && word.role().isSubjectLike()
                && p.word(w - 1).lemma().equals("회사") && p.dependents(w).equals(List.of(w - 1))) {
            type = "Company";
            bare = true;
        }
        if (type == null || !bare && p.dependents(w).stream().noneMatch(d -> demonstrative(p.word(d))
                || p.word(d).lemma().equals("해당"))) {
            return Optional.empty();
        }
        // in its own sentence, the one named last other than as its subject or topic (구글은 CFS에 투자한 데 이어 [이
        // 회사가] 짓는 발전소: CFS; the sentence's own topic would not be called 이 회사), a new name included
        List<Mention> own = bySentence.getOrDefault(word.sentence(), List.of());
        for (int i = own.size() - 1; i >= 0 && !bare; i--) {
            Mention m = own.get(i);
            if (m.end() <= word.begin() && !subjectMarked(m) && (m.entity().type().equals(type)
                    || type.equals("Company") && m.entity().kind() == Kind.CANDIDATE)) {
                return Optional.of(m);
            }
        }
        // else the last one named as a subject or topic (퓨리오사AI는 … LG AI연구원에 공급하고 있다. 이 회사는 …) is the
        // one spoken of; failing that, the last one named at all
        for (boolean subjectOnly : new boolean[] {true, false}) {
            for (int s = word.sentence(); s >= 0 && s >= word.sentence() - 3; s--) {
                List<Mention> ms = bySentence.getOrDefault(s, List.of());
                for (int i = ms.size() - 1; i >= 0; i--) {
                    Mention m = ms.get(i);
                    // (a new name that opened the report as its subject is as good a company: 니시카와화학이 …)
                    boolean kind = m.entity().type().equals(type)
                            || bare && subjectOnly && m.entity().kind() == Kind.CANDIDATE;
                    if (m.end() <= word.begin() && kind && (!subjectOnly || subjectMarked(m))) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether word i opens its sentence, but for adverbs before it (그러나 회사는, 한편 회사 측은). */
    private static boolean opens(Parse p, int i) {
        for (int k = 0; k < i; k++) {
            if (p.word(k).kind() != Word.Kind.ADVERB) {
                return false;
            }
        }
        return true;
    }

    /**
     * A news report's short forms, as subject or topic: a title with at most a surname or a demonstrative before it
     * (최 회장은, 이 대통령은, 황 CEO는) is the person last introduced with that title (and a name with that
     * syllable); a body's generic noun alone (협회는, 위원회는) is the body last named with it (한국무역협회).
     * Anywhere earlier in the essay: a report may come back to its speaker paragraphs later (rule anaphora).
     */
    private Optional<Mention> shortForm(Parse p, int w) {
        Word word = p.word(w);
        Cues.HolderNoun hn = cues.holderNoun(word.lemma());
        List<Integer> deps = p.dependents(w);
        if (hn == null || !word.role().isSubjectLike() || deps.size() > 1 || GENERIC_ACTORS.containsKey(word.lemma())
                || hn.type() != Cues.HolderType.TITLE && hn.type() != Cues.HolderType.GROUP) {
            return Optional.empty();
        }
        String syllable = null;
        if (deps.size() == 1) {
            Word d = p.word(deps.get(0));
            String form = text.substring(d.begin(), d.end());
            boolean surname = form.length() == 1 && Scripts.isHangulSyllable(form.charAt(0));
            if (deps.get(0) != w - 1 || hn.type() != Cues.HolderType.TITLE || !surname && !demonstrative(d)) {
                return Optional.empty();
            }
            syllable = surname ? form : null;
        }
        boolean person = hn.type() == Cues.HolderType.TITLE;
        Mention introduced = null;   // the last one with the title, for a demonstrative (이 대통령 = this president)
        Mention namesake = null;   // the last name with the surname, titled or not (나경원 … 나 의원은)
        for (int s = word.sentence(); s >= 0; s--) {
            List<Mention> ms = bySentence.getOrDefault(s, List.of());
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (m.end() > word.begin()) {
                    continue;
                }
                if (!person) {
                    if (m.entity().kind() == Kind.ACTOR && !m.entity().type().equals("Person")
                            && m.surface().endsWith(word.lemma()) && m.surface().length() > word.lemma().length()) {
                        return Optional.of(m);
                    }
                } else if (m.entity().type().equals("Person") || m.entity().kind() == Kind.CANDIDATE
                        && Scripts.personNameShape(m.surface())) {
                    // (a name the gazetteer lacks counts when it is shaped like one: 안덕근 산업부 장관 … 안 장관은)
                    boolean same = syllable != null && nameSyllable(m.surface(), syllable);
                    if (!titled(m, word.lemma())) {
                        if (namesake == null && same) {
                            namesake = m;
                        }
                        continue;
                    }
                    if (syllable == null || same) {
                        return Optional.of(m.entity().kind() == Kind.CANDIDATE ? bodyAfter(ms, m) : m);
                    }
                    introduced = introduced == null ? m : introduced;
                }
            }
        }
        if (syllable != null && demonstrative(p.word(deps.get(0))) && introduced != null) {
            return Optional.of(introduced);
        }
        // a headline's bare name, the title first given in the body (나경원 … 쓴소리 / 나 의원은 …): the last name
        // with that surname
        return syllable != null ? Optional.ofNullable(namesake) : Optional.empty();
    }

    /**
     * The body named right after a name the gazetteer lacks (안덕근 [산업통상자원부] 장관): the holder its full form
     * gave, as the title-holder rule reads an official of an unknown name; the name itself when no body follows.
     */
    private Mention bodyAfter(List<Mention> sentence, Mention name) {
        for (Mention m : sentence) {
            // (a whole word: 한국 in 한국스타트업포럼 is no body)
            if (m.begin() > name.end() && m.begin() <= name.end() + 1 && m.entity().kind() == Kind.ACTOR
                    && !m.entity().type().equals("Person") && m.end() < text.length()
                    && Character.isWhitespace(text.charAt(m.end()))) {
                return m;
            }
        }
        return name;
    }

    /** Whether the title follows the person's name within the next few words (김정관 산업통상자원부 장관). */
    private boolean titled(Mention m, String title) {
        int end = m.begin();
        for (int words = 0; words < 4 && end < text.length(); words++) {
            int space = text.indexOf(' ', end + 1);
            int stop = space < 0 ? text.length() : space;
            String token = text.substring(end, stop).strip();
            if (end > m.begin() && (token.startsWith(title) || compoundTitle(token, title))) {
                return true;
            }
            if (token.isEmpty() || !Character.isLetterOrDigit(token.charAt(token.length() - 1))
                    && !token.endsWith(title)) {
                return false;   // the sentence or the phrase ended
            }
            end = stop;
        }
        return false;
    }

    /**
     * Whether a word (up to a bracket) is the title with its department glued before it (대외정책분과위원장(코딧 대표),
     * 정책분과위원장은 for 위원장), not a deputy's (부위원장).
     */
    private static boolean compoundTitle(String token, String title) {
        int bracket = token.indexOf('(');
        String word = bracket < 0 ? token : token.substring(0, bracket);
        int at = word.lastIndexOf(title);
        return at >= 2 && word.charAt(at - 1) != '부' && word.length() - at - title.length() <= 2;   // (and a particle)
    }

    /** Whether a word of the name begins with the syllable (이 → 이재명, 황 → 젠슨 황). */
    private static boolean nameSyllable(String name, String syllable) {
        for (String part : name.split(" ")) {
            if (part.startsWith(syllable)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a subject or topic particle follows the mention (퓨리오사AI는, 삼성전자가). */
    private boolean subjectMarked(Mention m) {
        for (String particle : List.of("은", "는", "이", "가")) {
            if (text.startsWith(particle, m.end())) {
                int after = m.end() + particle.length();
                return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
            }
        }
        return false;
    }

    /** Whether the word is a head that, bare, points back at what was just said (방향에는 동의한다, 그 취지는). */
    boolean anaphoric(Word w) {
        return "anaphoric".equals(cues.conceptHeads().get(w.lemma()));
    }

    /** The concept the phrase of word w names, minted once per label; empty for generic or empty phrases. */
    Optional<Mention> concept(Parse p, int w) {
        return concept(p, w, phrase(p, w));
    }

    /** The concept of a span the caller chose (an action with its object: 중국 공장 철수). */
    Optional<Mention> concept(Parse p, int w, Phrase ph0) {
        Word head = p.word(w);
        Phrase ph = new Phrase(nameStart(head.sentence(), ph0.begin()), ph0.end());
        List<Word> words = new ArrayList<>();
        for (Word x : p.words()) {
            if (x.begin() >= ph.begin() && x.begin() < Math.max(ph.end(), head.begin() + 1)
                    && x.bubble() >= 0) {
                words.add(x);
            }
        }
        boolean clause = head.lemma().equals("것") || head.lemma().equals("기") || head.lemma().equals("데")
                || tellsClause(p, head) || (head.isPredicate()
                && head.ending() == EndingType.NOMINAL) || (head.isPredicate() && verbalNoun(head) != null)
                // [X가 Y하게] 해 달라; [X가 관세를 올리자] 반발했다; [X가 보조금을 늘리고] 환영을 받았다
                || p.predicate(w).filter(x -> x.ending() == EndingType.PURPOSE || x.ending() == EndingType.CAUSAL
                || x.ending() == EndingType.COORDINATE && !head.hasCopula()).isPresent();
        int carried = clause ? carriedNoun(p, words) : -1;
        if (carried >= 0) {
            Optional<Mention> noun = concept(p, carried);   // [1년 이상의 계도기간을] 두는 것: the grace period
            if (noun.isPresent()) {
                return noun;
            }
        }
        auxiliary.clear();
        for (Word x : words) {
            if (p.dep(x.index()) == Parse.Dep.AUX || p.dep(x.index()) == Parse.Dep.NEG) {
                auxiliary.add(x.index());
            }
        }
        String label = clause ? clauseLabel(p, words, head) : phraseLabel(ph, words);
        label = Scripts.collapseWhitespace(label.strip());
        // a concept is a phrase (수출 다변화를 통한 위험 분산); one bare word is one only if its head says what kind
        // (counted in the label: determiners and pronouns it drops, 몇 가지, 이들 간, do not make a phrase)
        if (grammar.is(WordSet.CIRCUMSTANCE_NOUNS, head.lemma()) || grammar.is(WordSet.CLAUSE_NOUNS, head.lemma())
                || amount(words)) {
            return Optional.empty();   // [안심할 수 없는] 상황, [삼성까지 합류한] 만큼, 1조 원 이상: no thing
        }
        long named = words.stream().filter(x -> !namesNothing(x)).count();
        boolean generic = generic(head);
        boolean nobody = generic || cues.holderNouns().containsKey(head.lemma());   // (nor a holder noun: 업계)
        if (label.codePointCount(0, label.length()) < 2 || ((named <= 1 || label.indexOf(' ') < 0)
                && (nobody || !typed(head)))
                || cues.conceptHeads().containsKey(label) && generic) {
            return named <= 1 && label.indexOf(' ') < 0 && !nobody ? toldBefore(label, ph) : Optional.empty();
        }
        String key = label.replace(" ", "").toLowerCase(Locale.ROOT);
        String type = cues.conceptHeads().getOrDefault(lastWord(label),
                cues.conceptHeads().getOrDefault(compoundHead(head), "Concept"));
        if (KINDLESS.contains(type)) {
            type = "Concept";
        }
        String iri = iris.computeIfAbsent(key, k -> Namespaces.CONCEPT + URLEncoder.encode(k, StandardCharsets.UTF_8)
                .replace("+", "%20"));   // the same phrases are asked again and again within an essay
        Entity entity = new Entity(iri, type, Kind.CONCEPT, label, "", List.of(label));
        List<Entity> about = new ArrayList<>();
        for (Mention m : inside(head.sentence(), ph.begin(), Math.max(ph.end(), head.contentEnd()))) {
            if (!about.contains(m.entity())) {
                about.add(m.entity());
            }
        }
        Concept c = concepts.get(iri);
        if (c != null) {
            entity = c.entity();
        }
        pending.put(iri, about);
        int end = Math.max(ph.end(), ph.begin() + 1);
        return Optional.of(new Mention(ph.begin(), end, essay.text().substring(ph.begin(), end), entity,
                head.sentence()));
    }

    /**
     * A bare word that names nothing alone, as the head of a phrase a stance took before it ('중' 등급 개방 … 개방에 힘을
     * 실었다): that phrase, told again by its head.
     */
    private Optional<Mention> toldBefore(String label, Phrase ph) {
        for (int i = conceptMentions.size() - 1; i >= 0; i--) {
            Mention m = conceptMentions.get(i);
            String before = m.entity().labelKo();
            if (m.end() <= ph.begin() && before.indexOf(' ') > 0 && lastWord(before).equals(label)) {
                int end = Math.max(ph.end(), ph.begin() + 1);
                return Optional.of(new Mention(ph.begin(), end, essay.text().substring(ph.begin(), end), m.entity(),
                        m.sentence()));
            }
        }
        return Optional.empty();
    }

    /** Whether the words name only an amount: numbers with their counters, and nouns that bound them (이상, 규모). */
    private boolean amount(List<Word> words) {
        boolean number = false;
        for (Word w : words) {
            if (w.isNoun() && grammar.is(WordSet.QUANTITY_NOUNS, w.lemma())) {
                continue;
            }
            for (Piece piece : w.pieces()) {
                PosTag t = piece.tag();
                if (t == PosTag.SN || t == PosTag.NR) {
                    number = true;
                } else if (t != PosTag.NNBC && t != PosTag.NNB && !t.isParticle() && t != PosTag.SY
                        && t != PosTag.SC && t != PosTag.SP && t != PosTag.SSO && t != PosTag.SSC) {
                    return false;
                }
            }
        }
        return number;
    }

    /**
     * The other names that the word of m lists with it by a middle dot (미국·일본을, 삼성·SK가): each stands next to
     * the one before it with only the dot between; empty when m is not in such a list.
     */
    List<Mention> dotListed(Parse p, Mention m) {
        Word word = null;
        for (Word x : p.words()) {
            if (x.begin() <= m.begin() && m.end() <= x.end() && x.bubble() >= 0) {
                word = x;
                break;
            }
        }
        if (word == null) {
            return List.of();
        }
        List<Mention> in = inside(word.sentence(), word.begin(), word.contentEnd()).stream()
                .filter(x -> x.entity().kind() != Kind.CONCEPT).toList();
        if (in.size() < 2 || !in.contains(m)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Mention x = in.get(i);
            boolean dotBefore = i > 0 && dotBetween(in.get(i - 1), x);
            boolean dotAfter = i + 1 < in.size() && dotBetween(x, in.get(i + 1));
            if ((dotBefore || dotAfter) && !x.equals(m)) {
                out.add(x);
            }
        }
        return out;
    }

    /** Whether only a middle dot stands between two names (not overlapping ones: 한·미 names both at once). */
    private boolean dotBetween(Mention a, Mention b) {
        return a.end() + 1 == b.begin() && text.charAt(a.end()) == '·';
    }

    /** Records that a stance targets m: a concept becomes part of the essay's graph only then. */
    void use(Mention m) {
        if (m.entity().kind() != Kind.CONCEPT) {
            return;
        }
        String iri = m.entity().iri();
        List<Entity> about = pending.getOrDefault(iri, List.of());
        Concept c = concepts.get(iri);
        if (c == null) {
            concepts.put(iri, new Concept(m.entity(), about));
        } else {
            List<Entity> merged = new ArrayList<>(c.about());
            about.stream().filter(e -> !merged.contains(e)).forEach(merged::add);
            concepts.put(iri, new Concept(c.entity(), merged));
        }
        if (!conceptMentions.contains(m)) {
            conceptMentions.add(m);
        }
    }

    private static String lastWord(String label) {
        int i = label.lastIndexOf(' ');
        return i < 0 ? label : label.substring(i + 1);
    }

    /** The phrase as a label: see {@link #phraseLabel}. */
    String label(Parse p, int w) {
        Phrase ph = phrase(p, w);
        List<Word> words = new ArrayList<>();
        for (Word x : p.words()) {
            if (x.begin() >= ph.begin() && x.begin() < Math.max(ph.end(), p.word(w).begin() + 1)) {
                words.add(x);
            }
        }
        return Scripts.collapseWhitespace(phraseLabel(ph, words).strip());
    }

    /**
     * The phrase as written: original text, quotation marks removed, leading determiners and adverbs dropped, but
     * not one a bound noun needs (몇 년 뒤의 승자, 이들 간 정책 조율: not 년 뒤의 승자, 간 정책 조율).
     */
    private String phraseLabel(Phrase ph, List<Word> words) {
        int b = ph.begin();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.begin() < b) {
                continue;
            }
            if (namesNothing(w) && w.end() < ph.end()
                    && (!beforeBoundNoun(words, i) || namesNothing(words.get(i + 1)))) {
                b = nextWordStart(w.end(), ph.end());
            } else {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        String span = essay.text().substring(b, Math.max(b, ph.end()));
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            int close = c == '(' ? span.indexOf(')', i) : c == '[' ? span.indexOf(']', i) : -1;
            if (close > i && out.length() > 0) {
                i = close;   // 낸드(NAND) 팹 → 낸드 팹: an aside glossing the word before is no part of the name
                continue;
            }
            if ((c == '(' || c == '[') && close < 0 && out.length() > 0) {
                break;   // …중 1500억달러(약 208조: the phrase ends inside its gloss
            }
            if (QUOTE_MARKS.indexOf(c) < 0) {
                out.append(c == '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether a phrase starting at {@code begin} would start at a relative verb whose arguments it left out. */
    private static boolean dangling(Parse p, Word w, int begin) {
        return w.isPredicate() && p.endingOf(w.index()).isAdnominal() && argumentBefore(p, w, begin);
    }

    /** Whether a predicate has an argument before {@code begin}. */
    private static boolean argumentBefore(Parse p, Word w, int begin) {
        for (int d : p.dependents(w.index())) {
            if (p.dep(d) == Parse.Dep.ARG && p.word(d).begin() < begin) {
                return true;
            }
        }
        return false;
    }

    /**
     * A determiner, an adverb, a word that points back, or a bound noun left over from what came before (A, B
     * 등 참석 기업 관계자; …기 때문에 많은 인재들): a label drops it, a phrase does not count it.
     */
    private boolean namesNothing(Word w) {
        return w.kind() == Word.Kind.DETERMINER || w.kind() == Word.Kind.ADVERB || demonstrative(w)
                || w.isNoun() && !w.pieces().isEmpty() && w.pieces().get(0).tag() == PosTag.NNB
                && (w.lemma().equals("등") || w.lemma().equals("때문")) || when(w);
    }

    /** A word that says when: 최근, 그동안 (time-nouns.tsv), or a day's date (1일, 6월: date-units.tsv). */
    private boolean when(Word w) {
        if (!w.isNoun()) {
            return false;
        }
        String counter = w.counter();
        return counter != null ? grammar.is(WordSet.DATE_UNITS, counter) : grammar.is(WordSet.TIME_NOUNS, w.lemma());
    }

    /** Whether the word after words[i] starts with a bound noun (년, 가지, 간), which needs words[i]. */
    private static boolean beforeBoundNoun(List<Word> words, int i) {
        if (i + 1 >= words.size() || words.get(i + 1).pieces().isEmpty()) {
            return false;
        }
        PosTag tag = words.get(i + 1).pieces().get(0).tag();
        return tag == PosTag.NNB || tag == PosTag.NNBC;
    }

    private int nextWordStart(int from, int limit) {
        int i = from;
        while (i < limit && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the word tells the relative clause on it as a thing (HeadFinalParser.NOMINALISERS): 특화 모델에 집중하는
     * 편 is 특화 모델 집중.
     */
    private static boolean tellsClause(Parse p, Word w) {
        if (!HeadFinalParser.NOMINALISERS.contains(w.lemma())) {
            return false;
        }
        for (int d : p.dependents(w.index())) {
            if (p.predicate(d).isPresent() && p.predicate(d).get().ending().isAdnominal()) {
                return true;
            }
        }
        return false;
    }

    /** Where or by what a clause happens: with a demonstrative (그 안에서, 이 과정에서) it points back. */
    private static final java.util.Set<Role> SETTING = java.util.EnumSet.of(Role.LOCATIVE, Role.INSTRUMENT);

    /** A clause told as a noun phrase: nouns without particles, verbal nouns for verbs, no adverbs, no 것. */
    private String clauseLabel(Parse p, List<Word> words, Word head) {
        List<String> parts = new ArrayList<>();
        Mention lastName = null;
        BitSet standard = comparisonStandard(words);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (standard.get(i)) {
                continue;
            }
            Mention name = nameOf(w);
            if (name != null) {
                if (name != lastName) {
                    parts.add(strip(text.substring(name.begin(), name.end())));   // a name is told whole
                    lastName = name;
                }
                continue;
            }
            if ((namesNothing(w) || auxiliary.contains(w.index())) && !beforeBoundNoun(words, i)) {
                continue;
            }
            if (w.isNoun() && i > 0 && demonstrative(words.get(i - 1)) && SETTING.contains(w.role())) {
                continue;   // 그 안에서 최선의 선택을 하는 것 → 최선 선택: a setting pointed back at names nothing
            }
            // the clause's 것 or 기 is the nominaliser, also when a copula ends the sentence on it (줄이는 것이다)
            if (w == head && (w.lemma().equals("기") || toldAsThing(w.lemma()))) {
                continue;
            }
            if (w.kind() == Word.Kind.FUNCTION && w.ending() == EndingType.QUOTE_NOUN) {
                continue;   // 'X'이라는 공식: the naming copula, not a word of the concept
            }
            // (a determiner kept for the bound noun after it is told too: 몇 년 뒤의 승자를 점치기 → 몇 년 뒤 승자 점치기)
            if (w.isNoun() || (w.kind() == Word.Kind.FUNCTION) || w.kind() == Word.Kind.DETERMINER) {
                String s = essay.text().substring(w.begin(), w.contentEnd());
                if (!s.isBlank()) {
                    parts.add(strip(s));
                }
            } else if (w.isPredicate()) {
                if ((w.lemma().equals("하") || grammar.is(WordSet.DOING_VERBS, w.lemma()) && i > 0
                        && words.get(i - 1).role() == Role.OBJECT) && !parts.isEmpty()) {
                    continue;   // 최선의 선택을 하는 것 → 최선 선택: the noun before a bare 하다 is the action
                }
                Optional<Predicate> negated = p.predicate(w.index()).filter(x -> x.negations() > 0
                        && x.ending().isAdnominal() && !x.auxiliaries().isEmpty());
                int described = p.head(w.index());
                if (negated.isPresent() && w != head && described >= 0 && p.word(described).isNoun()
                        && !HeadFinalParser.NOMINALISERS.contains(p.word(described).lemma())
                        && !p.word(described).pieces().stream().allMatch(x -> x.tag() == PosTag.NNB
                        || x.tag().isParticle())) {
                    // [고객이 떠날 수 없는] 파트너: a negation is part of what is meant, so a relative clause's verb is
                    // told as written (a clause told as a noun keeps its own: 철수하지 않기)
                    int from = w.begin();
                    for (int d : p.dependents(w.index())) {
                        if (p.dep(d) == Parse.Dep.NEG) {
                            from = Math.min(from, p.word(d).begin());
                        }
                    }
                    parts.add(strip(essay.text().substring(from, Math.max(negated.get().end(), w.end()))));
                    continue;
                }
                String noun = verbalNoun(w);
                if (noun == null && (w.ending().isAdnominal() && nominaliser(words, w, head) || w == head
                        && p.predicate(w.index()).filter(x -> x.ending() == EndingType.CAUSAL
                        || x.ending() == EndingType.COORDINATE && !w.hasCopula()).isPresent())) {
                    // 짐을 싸는 것 → 짐 싸기, not 짐 싸는; [관세를 올리자] → 관세 올리기; [보조금을 늘리고] → 보조금 늘리기
                    noun = nominalised(w);
                }
                // the head without its particles (인재 붙잡기에 → 인재 붙잡기), and so a -기 noun inside the clause
                // (시행을 미루기로 한 것 → 시행 미루기, not 미루기로)
                parts.add(noun != null ? noun : strip(essay.text().substring(w.begin(),
                        w == head || w.ending() == EndingType.NOMINAL ? w.contentEnd() : w.end())));
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The words of what a clause measures against ([리튬 배터리보다] 성능이 뛰어나기): the 보다 phrase and the bare nouns
     * before it. A label without them says what the clause is about, not what it is compared with.
     */
    private static BitSet comparisonStandard(List<Word> words) {
        BitSet out = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isNoun() && w.role() == Role.COMPARE && w.has("보다")) {
                out.set(i);
                for (int j = i - 1; j >= 0 && words.get(j).isNoun() && words.get(j).role() == Role.NONE; j--) {
                    out.set(j);
                }
            }
        }
        return out;
    }

    /**
     * The noun a clause's last verb only carries (계도기간을 두기, 파트너가 되는 것): its object or 이/가 complement
     * right before it, when the verb is a support verb; else -1.
     */
    private int carriedNoun(Parse p, List<Word> words) {
        Word verb = null;
        for (Word x : words) {
            if (x.isPredicate() && p.dep(x.index()) != Parse.Dep.AUX) {
                verb = x;   // 두기로 한 것: 한 only marks the decision
            }
        }
        if (verb == null || !grammar.is(WordSet.SUPPORT_VERBS, verb.lemma()) || verb.index() == 0) {
            return -1;
        }
        Word noun = p.word(verb.index() - 1);
        boolean carried = words.contains(noun) && noun.isNoun() && p.head(noun.index()) == verb.index()
                && (noun.role() == Role.OBJECT || noun.role() == Role.SUBJECT);
        return carried ? noun.index() : -1;
    }

    /**
     * Whether a bound noun tells the clause before it as a thing: 것, 편, 쪽, and 데 (…경쟁을 벌이는 데는 동의하기
     * 어렵다 is labelled as …벌이는 것 is).
     */
    private static boolean toldAsThing(String lemma) {
        return HeadFinalParser.NOMINALISERS.contains(lemma) || lemma.equals("데");
    }

    /** Whether w is the verb the clause's 것 nominalises: the last predicate before it. */
    private static boolean nominaliser(List<Word> words, Word w, Word head) {
        if (!toldAsThing(head.lemma())) {
            return false;
        }
        for (Word x : words) {
            if (x.begin() > w.begin() && x != head && x.isPredicate()) {
                return false;
            }
        }
        return true;
    }

    /** A verb as its -기 noun (싸는 → 싸기, 까는 → 깔기), or null when its stem is not plain Hangul. */
    private static String nominalised(Word w) {
        String stem = w.lemma();
        if (stem.isEmpty() || !stem.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
            return null;
        }
        return stem + "기";
    }

    private String strip(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (QUOTE_MARKS.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The Sino-Korean noun of a 하다/되다 verb (철수하는 → 철수), else null. */
    static String verbalNoun(Word w) {
        for (Piece p : w.pieces()) {
            if (p.tag() == PosTag.XSV || p.tag() == PosTag.XSA) {
                return w.lemma().isEmpty() ? null : w.lemma();
            }
        }
        return null;
    }

    /** 이, 그, 이것, 이러한…: words that point back rather than name. */
    static boolean demonstrative(Word w) {
        String l = w.lemma();
        return l.equals("이") || l.equals("그") || l.equals("이것") || l.equals("그것") || l.equals("이들")
                || l.equals("이러하") || l.equals("그러하") || l.equals("이런") || l.equals("그런")
                || l.equals("이러") || l.equals("그러") || l.equals("이같") || l.equals("저");
    }

    /** Concepts minted so far, once each. */
    List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    /** The spans where concepts were named as targets. */
    List<Mention> conceptMentions() {
        List<Mention> out = new ArrayList<>(conceptMentions);
        out.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        return out;
    }
}
