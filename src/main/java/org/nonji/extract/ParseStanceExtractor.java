package org.nonji.extract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.nonji.HashedCopies;
import org.nonji.Namespaces;
import org.nonji.corpus.Essay;
import org.nonji.nlp.PosTag;
import org.nonji.syntax.EndingType;
import org.nonji.syntax.Grammar;
import org.nonji.syntax.Modality;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Piece;
import org.nonji.syntax.Predicate;
import org.nonji.syntax.Role;
import org.nonji.syntax.Word;
import org.nonji.syntax.WordSet;

/**
 * Stances from the dependency parse: a predicate whose lemma is an evaluative word ({@code evaluations.tsv})
 * points at its target through Korean grammar, by the word's frame: an evaluation judges its subject (X가
 * 필요하다), a verb of taking sides its object (X를 반대하다), a directed action what it acts on when it ought to
 * be done (X를 줄여야 한다). The holder is the author, unless the clause is reported (the speech verb's subject)
 * or the verb is its agent's act. Targets are entities when an entity heads the phrase, else concepts.
 *
 * <p>Each step is a rule of {@code ontology/rules/stance-rules.tsv}, switched on or off there, and recorded on
 * the stance it produced.
 */
public final class ParseStanceExtractor implements StanceExtractor {
    /** The rules this extractor implements, all listed in stance-rules.tsv. */
    public static final Set<String> RULES = Set.of("judge-subject", "judge-clause", "attitude-holder", "act-object",
            "do-deontic", "deontic-action", "noun-complement", "copula-identity", "clause-object", "contrast",
            "question-doubt", "adnominal-judge", "excess", "negating-prefix", "reported-speech", "report-noun",
            "source-marker", "agent", "title-holder", "pronoun-holder", "first-person", "author", "head-entity",
            "concept", "coordination", "anaphora", "negation", "hedge", "concession", "net-position", "necessity",
            "genitive-holder", "next-speaker", "received-side", "causes", "apposition", "idiom", "comparison",
            "predicate-nominal", "resolve-action", "denied-belief", "reaction", "become", "change-to", "regarded-as",
            "must-exist", "inevitable-harm", "merely", "harm-done", "effect-done", "depends-on", "nothing-like",
            "conditional-cause", "endorsed-view", "rejected-view", "action-noun", "demanded-clause", "demanded-action",
            "unlikely", "refusal", "hard-to-undo", "insufficient-means", "unnamed-doer", "narrated-deed",
            "weighed-option", "joined-act", "resultative", "goal-owner", "topic-continuity", "purpose", "pair-holder",
            "example", "means", "hardship", "owned-side", "clause-doer", "likely-warned", "feared-question");
    /** Modalities of what is not told as done: ought, told to, worth it, will, decided, planned, wished, tried, may. */
    private static final Set<Modality> UNDONE = EnumSet.of(Modality.DEONTIC, Modality.IMPERATIVE, Modality.WORTH,
            Modality.FUTURE, Modality.DECISION, Modality.INTENTION, Modality.DESIRE, Modality.ATTEMPT,
            Modality.POSSIBILITY);
    /** Endings of a clause whose outcome a judgement follows: if (…하면), because (…해서, …하지 못해). */
    private static final Set<EndingType> CAUSING = EnumSet.of(EndingType.CONDITIONAL, EndingType.CAUSAL,
            EndingType.LINK);

    private final Cues cues;
    private final RuleBook rules;
    private final Set<String> grammarControl;
    private final Set<String> clauseNouns;
    private final Set<String> aspectVerbs;
    private final Set<String> beliefVerbs;
    private final Set<String> comparisonStandards;
    private final Set<String> tendencyAdjectives;
    /** Verbs of falling into a state (침체에 빠지다): a clause with one is about the state. */
    private final Set<String> stateVerbs;
    /** Nouns that after a clause say how likely it is (…할 가능성): the clause is forecast, not judged. */
    private final Set<String> likelihoodNouns;
    private final Grammar grammar;
    /** Every light verb of any slot, and every verb of an idiom: the rules on them skip any other predicate. */
    private final Set<String> lightVerbs;
    private final Set<String> idiomVerbs;

    public ParseStanceExtractor(Cues cues, RuleBook rules, Grammar grammar) {
        this.cues = cues;
        this.rules = rules;
        this.grammarControl = grammar.words(WordSet.CONTROL_NOUNS);
        this.clauseNouns = grammar.words(WordSet.CLAUSE_NOUNS);
        this.aspectVerbs = grammar.words(WordSet.ASPECT_VERBS);
        this.beliefVerbs = grammar.words(WordSet.BELIEF_VERBS);
        this.comparisonStandards = grammar.words(WordSet.COMPARISON_STANDARDS);
        this.tendencyAdjectives = grammar.words(WordSet.TENDENCY_ADJECTIVES);
        this.stateVerbs = grammar.words(WordSet.STATE_VERBS);
        this.likelihoodNouns = grammar.words(WordSet.LIKELIHOOD_NOUNS);
        this.grammar = grammar;
        this.lightVerbs = HashedCopies.set(cues.lightVerbs().values().stream().flatMap(m -> m.keySet().stream())
                .toList());
        this.idiomVerbs = HashedCopies.set(cues.idioms().values().stream().map(Cues.Idiom::verb).toList());
    }

    /** Whether {@link Cues#lightVerb} can find the lemma in some slot (it also tries it without a final 하). */
    private boolean mayBeLightVerb(String lemma) {
        return lightVerbs.contains(lemma) || lemma.length() > 2 && lemma.endsWith("하")
                && lightVerbs.contains(lemma.substring(0, lemma.length() - 1));
    }

    @Override
    public Result extract(Essay essay, List<Parse> parses, List<Mention> mentions, Runnable checkpoint) {
        return extract(essay, parses, new PhraseMemo(mentions), checkpoint);
    }

    /** As {@link #extract(Essay, List, List, Runnable)}, with a memo of the mentions' phrases to share. */
    public Result extract(Essay essay, List<Parse> parses, PhraseMemo memo, Runnable checkpoint) {
        Run run = new Run(essay, memo);
        if (rules.on("report-noun")) {
            for (Parse p : parses) {
                run.attributions(p);
            }
        }
        for (Parse p : parses) {
            checkpoint.run();
            run.parse(p);
        }
        List<Stance> stances = run.stances();
        return new Result(stances, run.phrases.concepts(), run.phrases.conceptMentions(),
                rules.on("net-position") ? Positions.of(essay, stances) : List.of());
    }

    /** Who holds a clause's stances: nobody known, the author (empty mention), or a named or unnamed holder. */
    private record Who(boolean known, Optional<Mention> mention, String rule) {
        static final Who NOBODY = new Who(false, Optional.empty(), "reported-speech");

        static Who author(String rule) {
            return new Who(true, Optional.empty(), rule);
        }

        static Who of(Mention m, String rule) {
            return new Who(true, Optional.of(m), rule);
        }

        /** The one found as a clause's agent holds what they are reported to say or foresee (rule reported-speech). */
        Who reported() {
            return rule.equals("agent") ? new Who(true, mention, "reported-speech") : this;
        }
    }

    /** A target with the rules that found it. */
    private record Target(Mention mention, List<String> rules, boolean turned) {
        Target(Mention mention, List<String> rules) {
            this(mention, rules, false);
        }

        /** This target, its side turned once more when {@code turn} (what lessens or lacks it takes the other). */
        Target turn(boolean turn) {
            return turn ? new Target(mention, rules, !turned) : this;
        }
    }

    /** The work on one essay. */
    private final class Run {
        private final Essay essay;
        private final String text;
        private final Map<Integer, List<Mention>> bySentence;
        private final NounPhrases phrases;
        private final List<Stance> out = new ArrayList<>();
        private final Map<String, Mention> unnamed = new HashMap<>();
        /** The holders found so far by where their word begins: a pronoun points back to the last before it. */
        private final java.util.TreeMap<Integer, Mention> holdersAt = new java.util.TreeMap<>();
        /** Which of those holders a person's word named (a name, a title): 그는, 그녀는 point back to one of them. */
        private final java.util.TreeSet<Integer> peopleAt = new java.util.TreeSet<>();
        private List<Mention> lastTargets = List.of();
        /** The deed the last sentence told as its main verb (착공을 연기했다 → 착공 연기), for 이에 to point back at. */
        private java.util.function.Supplier<Optional<Mention>> lastDeed = Optional::empty;
        private int lastDeedSentence = -1;
        /** The verbal noun of that deed (인상 for 요금을 인상하기로 했다), which a bare 인상 later names again. */
        private String lastDeedNoun = null;
        private List<Mention> sentenceTargets = new ArrayList<>();
        /**
         * A thing an actor's own doing is done to (중국의 [반도체] 확보), with the whole phrase: a side against that
         * doing is against the phrase, not the thing; a side for it still favours the thing.
         */
        private final Map<Mention, Mention> ownedDoing = new java.util.IdentityHashMap<>();
        /**
         * Holders named only by their view noun (…라는 우려가 나온다 → 우려): they let a judged view be endorsed
         * (…라는 지적은 일리가 있다), but hold nothing themselves.
         */
        private final Set<String> viewNounSources = new HashSet<>();
        private int sentence = -1;
        /** The actor the discourse is about: the last sentence's named topic, kept through sentences with none. */
        private final DiscourseTopic topic;
        /** Sentences that only say whose the quotation before them was ("…." 산업부 관계자의 말이다), by index. */
        private final Map<Integer, Who> attributed = new HashMap<>();
        /** Sentences whose main verb reports a quotation of a named speaker (김 교수는 "…"라고 말했다), by index. */
        private final Map<Integer, Who> speakers = new HashMap<>();
        /** Sentences that lie wholly inside a quotation. */
        private final java.util.Set<Integer> quotedSentences = new java.util.HashSet<>();
        private Parse markerParse;
        private boolean markerInParse;

        Run(Essay essay, PhraseMemo memo) {
            this.essay = essay;
            this.text = essay.analysisText();
            this.topic = new DiscourseTopic(text);
            this.bySentence = memo.bySentence();
            this.phrases = new NounPhrases(essay, memo, cues, grammar);
        }

        List<Stance> stances() {
            Map<String, Stance> unique = new LinkedHashMap<>();
            for (Stance s : out) {
                if (s.holder().filter(h -> viewNounSources.contains(h.entity().iri())).isPresent()) {
                    continue;   // a view with no one named for it is nobody's (it served endorse() until now)
                }
                String key = s.holder().map(h -> h.entity().iri()).orElse("") + " " + s.target().entity().iri()
                        + " " + s.cueBegin();
                unique.putIfAbsent(key, s);
            }
            List<Stance> list = new ArrayList<>(unique.values());
            list.sort(Comparator.comparingInt(Stance::sentence).thenComparingInt(Stance::cueBegin)
                    .thenComparingInt(s -> s.target().begin()));
            return list;
        }

        void parse(Parse p) {
            if (rules.on("genitive-holder")) {
                genitiveHolders(p);
            }
            for (Predicate pred : p.predicates()) {
                int s = p.word(pred.word()).sentence();
                if (s != sentence) {
                    if (!sentenceTargets.isEmpty()) {
                        lastTargets = sentenceTargets;
                    }
                    sentenceTargets = new ArrayList<>();
                    if (sentence >= 0 && rules.on("topic-continuity")) {
                        follow(p, sentence);
                    }
                    sentence = s;
                }
                predicate(p, pred);
            }
            if (rules.on("owned-side")) {
                ownedSides(p);
            }
            if (sentence >= 0 && rules.on("topic-continuity")) {
                follow(p, sentence);
            }
        }

        /**
         * 노조의 [로봇 도입에 대한] 반대, 중국의 [X에 대한] 반발: a side noun owned in the genitive says its owner takes
         * that side on what it is about wherever the phrase stands (…반대를 거론했다, …반대에도 불구하고), when no
         * predicate's rule has read the noun already. Not of a side only possible ([중국의 반발] 가능성).
         */
        private void ownedSides(Parse p) {
            for (int n = 0; n < p.size(); n++) {
                // (노조 일각의 반대 목소리: a view noun with the side before it)
                int view = p.word(n).isNoun() && !sideTaken(p.word(n)) ? viewWord(p, n) : -1;
                Word w = p.word(view >= 0 ? view : n);
                int at = w.begin();
                if (!p.word(n).isNoun() || !sideTaken(w) || out.stream().anyMatch(st -> st.cueBegin() == at)) {
                    continue;
                }
                int h = p.head(n);
                if (h >= 0 && p.dep(n) == Parse.Dep.MOD && likelihoodNouns.contains(p.word(h).lemma())) {
                    continue;
                }
                Optional<Who> owner = Optional.empty();
                for (int d : p.dependents(n)) {
                    if (owner.isEmpty() && p.dep(d) == Parse.Dep.MOD && p.word(d).role() == Role.GENITIVE) {
                        owner = agent(p, d).filter(x -> x.mention().isPresent());   // one who can take a side
                    }
                }
                List<Target> ts = complements(p, n);   // (its agent genitive is the owner, never a target)
                if (ts.isEmpty() && view >= 0) {
                    ts = complements(p, view);
                }
                if (owner.isEmpty() || ts.isEmpty()) {
                    continue;
                }
                Predicate pseudo = nounAsPredicate(n, w);
                Who who = new Who(true, owner.get().mention(), "owned-side");
                emitOnly(p, pseudo, who, ts, cues.evaluation(w.lemma()).get().polarity(), w);
            }
        }

        /**
         * Updates the discourse topic after sentence {@code done} (once, whichever parse asks first): its main
         * clause's named actor (topic or subject) becomes the topic; a main clause with a subject that names no actor
         * ends it; one with no subject keeps it.
         */
        private void follow(Parse p, int done) {
            if (topic.keptThrough(done)) {
                return;
            }
            boolean explicit = false;
            Optional<Mention> named = Optional.empty();
            int at = -1;
            // 안 의원은 "중국은 …"이라고 했다: the one quoted is the topic, not who the quotation is about
            boolean unquoted = false;
            for (Predicate pred : p.predicates()) {
                unquoted |= p.word(pred.word()).sentence() == done && p.word(pred.word()).bubble() == 0;
            }
            for (Predicate pred : p.predicates()) {
                int w = pred.word();
                if (p.word(w).sentence() != done || p.head(w) >= 0 && p.dep(w) != Parse.Dep.CLAUSE
                        || unquoted && p.word(w).bubble() != 0) {
                    continue;
                }
                List<Integer> subjects = new ArrayList<>(subjects(p, w));
                for (int q : p.dependents(w)) {
                    if (subjects.isEmpty() && p.dep(q) == Parse.Dep.QUOTE && p.word(q).bubble() == 0
                            && p.predicate(q).isPresent()) {
                        // 네이버가 [X에 투자하겠다고] 밝혔다: the parser leaves a 가 subject in the clause said
                        subjects.addAll(subjects(p, q));
                    }
                }
                for (int a : subjects) {
                    explicit = true;
                    if (named.isEmpty()) {
                        named = actorOf(p, a);
                        at = p.word(a).end();
                    }
                }
            }
            topic.after(done, named, explicit, at);
        }

        /**
         * "…." 한 업계 관계자의 말이다: a sentence that only says whose words the quotation before it were (a copula
         * on a report noun with its owner in the genitive) gives them their holder.
         */
        void attributions(Parse p) {
            Map<Integer, Boolean> allQuoted = new HashMap<>();
            // a run of words of one sentence is merged once, not word by word (a boxed merge per word adds up)
            List<Word> ws = p.words();
            for (int i = 0; i < ws.size(); ) {
                int sentence = ws.get(i).sentence();
                boolean quoted = true;
                for (; i < ws.size() && ws.get(i).sentence() == sentence; i++) {
                    quoted &= ws.get(i).bubble() != 0;
                }
                allQuoted.merge(sentence, quoted, Boolean::logicalAnd);
            }
            allQuoted.forEach((sentence, quoted) -> {
                if (quoted) {
                    quotedSentences.add(sentence);
                }
            });
            for (Predicate pred : p.predicates()) {
                int w = pred.word();
                Cues.HolderNoun hn = cues.holderNouns().get(pred.lemma());
                if (p.head(w) >= 0 || !pred.ending().isFinal() || hn == null || hn.type() != Cues.HolderType.REPORT
                        || p.dependents(w).stream().anyMatch(d -> p.dep(d) == Parse.Dep.ARG)) {
                    continue;
                }
                genitiveOwner(p, w).filter(x -> x.mention().isPresent())
                        .ifPresent(x -> attributed.put(p.word(w).sentence(), x));
            }
            if (rules.on("next-speaker")) {
                for (Predicate pred : p.predicates()) {
                    int w = pred.word();
                    boolean quotes = p.dependents(w).stream().anyMatch(d -> p.dep(d) == Parse.Dep.QUOTE);
                    if (p.head(w) < 0 && quotes) {
                        speaker(p, w, true).filter(x -> x.mention().isPresent() && named(x.mention().get()))
                                .ifPresent(x -> speakers.putIfAbsent(p.word(w).sentence(), x));
                    }
                }
            }
        }

        /** Whether sentence s and the one after it are in one paragraph. */
        private boolean sameParagraph(int s) {
            List<org.nonji.corpus.Sentence> ss = essay.sentences();
            return s >= 0 && s + 1 < ss.size()
                    && text.substring(ss.get(s).end(), ss.get(s + 1).begin()).indexOf('\n') < 0;
        }

        /**
         * The actor a subject names (an entity or a name the gazetteer lacks), or the one its phrase names in the
         * genitive (이재명 정부의 AI 전략은).
         */
        private Optional<Mention> actorOf(Parse p, int a) {
            Optional<Mention> m = agent(p, a).flatMap(Who::mention).filter(this::named);
            for (int x = 0; m.isEmpty() && x < a; x++) {
                // (웨스팅하우스와의 분쟁: a partner, not an owner)
                if (p.word(x).role() == Role.GENITIVE && p.dominates(a, x) && !stackedGenitive(p.word(x))) {
                    m = agent(p, x).flatMap(Who::mention).filter(this::named);
                }
            }
            return m;
        }

        /**
         * Whether a mention names someone: a gazetteer actor or a name the gazetteer lacks, not an unnamed source
         * (업계 관계자, 일각) nor a thing.
         */
        private boolean named(Mention m) {
            return m.entity().kind() == Kind.ACTOR || m.entity().kind() == Kind.CANDIDATE;
        }

        /**
         * 중국은 X를 제안했다. [주어 없이] Y를 내세우지만 …: a verb of taking sides with no subject, in a sentence
         * right after one about a named actor (or after subjectless ones since), is that actor's; same paragraph only.
         */
        private Optional<Who> continued(Parse p, Predicate pred) {
            Optional<Mention> before = topic.before(p.word(pred.word()).sentence());
            if (!rules.on("topic-continuity") || before.isEmpty() || pred.ending().isAdnominal()
                    || topic.paragraphBetween(p.word(pred.word()).begin()) && !opens(p, WordSet.CONTINUATION_OPENERS)
                    || Boolean.TRUE.equals(cues.assentVerbs().get(pred.lemma()))) {   // 방향에는 동의한다: the writer agrees
                return Optional.empty();
            }
            return Optional.of(Who.of(before.get(), "topic-continuity"));
        }

        /** A subjectless predicate the writer would hold goes on from the actor just talked about, if any. */
        private Optional<Who> continuedFromWriter(Parse p, Predicate pred, Who ctx) {
            return ctx.known() && ctx.mention().isEmpty() ? continued(p, pred) : Optional.empty();
        }

        /**
         * Whether a noun names a plan or a claim, which is someone's (전략, 정책, 해법, …론, 주장, 계획, 공약), not a
         * property (경쟁력) that its owner in the genitive merely has.
         */
        private boolean planNoun(Word w) {
            String cls = cues.conceptHeads().get(w.lemma());
            return "Strategy".equals(cls) || "Policy".equals(cls) || w.lemma().endsWith("론")
                    || w.lemma().equals("주장") || w.lemma().equals("계획") || w.lemma().equals("공약");
        }

        /** Whether a noun names a plan, a claim or a goal (목표), which belongs to whoever has it. */
        private boolean goalNoun(Word w) {
            return planNoun(w) || w.lemma().equals("목표");
        }

        /**
         * Whether noun n is what a larger noun is about (EU의 [범용 AI 모델에 대한] 규정): then a genitive before it
         * belongs to that larger noun, not to n.
         */
        private boolean aboutFrame(Parse p, int n) {
            int h = p.head(n);
            return p.word(n).role() == Role.DATIVE && h >= 0 && aboutWord(p.word(h))
                    && p.word(h).ending().isAdnominal();
        }

        /** A cue noun standing as its own predicate, asserted: the evidence and the flags a stance needs from it. */
        private static Predicate nounAsPredicate(int n, Word w) {
            return new Predicate(n, List.of(), -1, w.lemma(), EndingType.FINAL, java.util.Set.of(), 0, w.end());
        }

        /** A genitive after another particle (으로의, 에서의, 과의): it tells a direction or a partner, not an owner. */
        private static boolean stackedGenitive(Word w) {
            return w.pieces().stream().filter(x -> x.tag() == PosTag.J).count() > 1;
        }

        /** 일각의 파운드리 분사론, 이재명 정부의 소버린 AI 전략: a plan or claim in someone's name is theirs. */
        private void genitiveHolders(Parse p) {
            for (int d = 0; d < p.size(); d++) {
                if (p.word(d).role() != Role.GENITIVE || p.dep(d) != Parse.Dep.MOD || stackedGenitive(p.word(d))) {
                    continue;   // (중국으로의 반입 규제, 미국과의 협상: where it goes or who with, not whose)
                }
                int n = p.head(d);   // the genitive hangs on the next noun; the phrase's head is the last one
                while (n >= 0 && p.dep(n) == Parse.Dep.MOD && p.word(n).isNoun() && p.word(n).role() == Role.NONE) {
                    n = p.head(n);
                }
                if (n < 0) {
                    continue;
                }
                Word w = p.word(n);
                if (!planNoun(w) || !(w.isNominal() || w.isNoun()) || aboutFrame(p, n)) {
                    continue;
                }
                Optional<Who> who = holder(p, d, true);
                if (who.isEmpty() || who.get().mention().isEmpty()) {
                    continue;
                }
                if (who.get().mention().get().entity().type().equals("Company") && cues.evaluation(w.lemma())
                        .filter(e -> e.polarity() == Polarity.OPPOSE).isPresent()) {
                    continue;   // 엔비디아의 대중국 수출 규제: a firm is what a regulation falls on, it makes none
                }
                if (who.get().mention().get().entity().type().equals("Company") && w.lemma().endsWith("론")) {
                    continue;   // 삼성전자의 파운드리 분사론: talk about a firm, which is its subject, not its author
                }
                if (who.get().mention().get().entity().type().equals("Company") && w.lemma().equals("모델")) {
                    continue;   // 네이버클라우드의 '하이퍼클로바X' 모델: a firm's model is its product, not a side
                }
                int begin = pastSpace(p.word(d).end());
                int from = begin;
                // a plan for a field or product (SK텔레콤의 AI 전략) is the holder's business, not a side taken on it
                Optional<Mention> m = phrases.categoryOf(p, n, from)
                        .filter(x -> x.entity().kind() == Kind.STRATEGY || x.entity().kind() == Kind.POLICY);
                if (m.isEmpty() && begin >= w.begin()) {
                    continue;   // 중국의 전략: a bare plan noun names no plan
                }
                Optional<Mention> t = m.isPresent() ? m : phrases.concept(p, n,
                        new NounPhrases.Phrase(begin, phrases.phrase(p, n).end()));
                Predicate pseudo = nounAsPredicate(n, w);
                Word cue = w;
                t.ifPresent(x -> emitOnly(p, pseudo, new Who(true, who.get().mention(), "genitive-holder"),
                        List.of(new Target(x, List.of(m.isPresent() ? "head-entity" : "concept"))),
                        Polarity.SUPPORT, cue));
            }
        }

        // ----- cues -----

        private void predicate(Parse p, Predicate pred) {
            int before = out.size();
            predicateRules(p, pred);
            noteDeed(p, pred);
            if (out.size() > before && rules.on("coordination")) {
                // 업계와 정치권에서는 X를 요구하는 목소리가 나온다: a source or speaker named with others speaks with them
                // (a subject's conjuncts were given theirs by act)
                out.subList(before, out.size()).stream().filter(st -> !st.rules().contains("coordination"))
                        .flatMap(st -> st.holder().stream()).distinct().toList()
                        .forEach(m -> holderWord(p, m).ifPresent(a -> shareWithConjuncts(p, a, before)));
            }
        }

        /**
         * SK하이닉스가 인디애나 공장 착공을 연기했다: a sentence whose main verb is a verbal noun done by someone to an
         * object tells a deed (착공 연기), which 이에 in the next sentence may answer when no target was taken.
         */
        private void noteDeed(Parse p, Predicate pred) {
            int v = pred.word();
            if (p.head(v) >= 0 || !pred.ending().isFinal() || pred.negations() > 0
                    || NounPhrases.verbalNoun(p.word(v)) == null) {
                return;
            }
            List<Integer> objects = p.arguments(v, Role.OBJECT);
            if (objects.isEmpty()) {
                return;
            }
            // (minted only when 이에 asks: most sentences' deeds are never pointed back at)
            lastDeed = () -> subjects(p, v).stream().anyMatch(x -> agent(p, x).isPresent()) ? phrases.concept(p, v,
                    new NounPhrases.Phrase(p.subtreeBegin(objects.get(0)), p.word(v).contentEnd())) : Optional.empty();
            lastDeedSentence = p.word(v).sentence();
            lastDeedNoun = NounPhrases.verbalNoun(p.word(v));
        }

        /** The word of this sentence, listed with others, that the holder m was found at (holdersAt), if any. */
        private Optional<Integer> holderWord(Parse p, Mention m) {
            for (int i = 0; i < p.size(); i++) {
                if (m.equals(holdersAt.get(p.word(i).begin())) && p.conjuncts(i).size() > 1) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /** 남은 질문은 '…을 확보할 수 있는가'다: a question in quotation marks that a noun or the copula names. */
        private static boolean named(Parse p, int question) {
            int h = p.head(question);
            return p.dep(question) == Parse.Dep.QUOTE && h >= 0 && p.word(h).kind() == Word.Kind.FUNCTION;
        }

        /** Whether sentence s asks two questions joined by an adverb of alternatives (…것인가, 아니면 …것인가). */
        private boolean choiceAsked(Parse p, int s) {
            boolean alternative = false;
            int questions = 0;
            for (int i = 0; i < p.size(); i++) {
                Word x = p.word(i);
                if (x.sentence() == s) {
                    alternative |= x.kind() == Word.Kind.ADVERB && grammar.is(WordSet.ALTERNATIVE_ADVERBS, x.lemma());
                    questions += p.predicate(i).filter(q -> q.ending() == EndingType.QUESTION).isPresent() ? 1 : 0;
                }
            }
            return alternative && questions >= 2;
        }

        /** The stance rules on one predicate, in their order. */
        private void predicateRules(Parse p, Predicate pred) {
            Word w = p.word(pred.word());
            if (pred.ending() == EndingType.EMBEDDED && p.dep(pred.word()) != Parse.Dep.ROOT
                    && pred.negations() == 0) {
                return;   // [우리가 실력을 갖췄는지]는 따져 볼 일: an embedded question asserts nothing
            }
            if (pred.ending() == EndingType.QUESTION && (choiceAsked(p, w.sentence()) || named(p, pred.word()))) {
                return;   // …늘릴 것인가, 아니면 …풀 것인가; 남은 질문은 '…있는가'다: no side taken
            }
            if (pred.ending() == EndingType.NOMINAL && pred.word() + 1 < p.size()
                    && grammar.is(WordSet.PROSPECT_NOUNS, p.word(pred.word() + 1).lemma())) {
                return;   // [소버린 AI를 외치기] 전에 …부터 점검해야 한다: what has not happened yet takes no side
            }
            int before = out.size();
            Who ctx = contextHolder(p, pred.word());
            if (rules.on("merely") && merely(p, pred, ctx)) {
                return;   // X는 단기 처방일 뿐이다: only that, no more
            }
            if (pred.has(Modality.UNLIKELY)) {
                unlikely(p, pred, ctx);
                return;   // [중국이 보복에 나설] 가능성은 희박하다: what is called unlikely is not asserted
            }
            if (rules.on("resultative") && resultative(p, pred, ctx)) {
                return;   // X를 어렵게 만들다: the verb itself says nothing
            }
            Optional<Cues.Evaluation> eval = cues.evaluation(pred.lemma());
            if (cues.verbHomographs().contains(pred.lemma()) && !w.pieces().isEmpty()
                    && w.pieces().get(0).tag() == PosTag.VV) {
                eval = Optional.empty();   // 최적지로 불린다 (불리다, to be called): not 불리하다
            }
            if (pred.lemma().equals("하")
                    && p.dependents(pred.word()).stream().anyMatch(d -> p.dep(d) == Parse.Dep.QUOTE)) {
                eval = Optional.empty();   // "과잉 규제"라고 했다: 하다 after a quotation says, it does nothing
            }
            String prefixRule = null;
            int negations = pred.negations();
            if (eval.isEmpty() && rules.on("negating-prefix")) {
                Cues.Evaluation e = cues.negatedByPrefix(pred.lemma());
                if (e != null) {
                    eval = Optional.of(e);
                    negations++;
                    prefixRule = "negating-prefix";
                }
            }
            if (w.lemma().equals("아니") && pred.complement() >= 0 && qualified(p, pred.complement())) {
                negations--;   // 먼 미래의 위험이 아니다: what is denied is the qualifier, not the noun
            }
            // 바람직한 X describes X; [X가 필요한] 시점 is a clause with its own subject, which it judges
            if (eval.isPresent() && inchoative(w)) {
                eval = Optional.empty();   // 실적이 좋아지자: a change described, not a judgement
            }
            // a relative clause describes its noun (바람직한 X), unless it has its own subject; a content clause
            // (…를 선호한다는 뜻) and an adverbial one (…를 약속하는 사이) say what they say
            boolean adnominal = pred.ending() == EndingType.ADNOMINAL && p.dep(pred.word()) == Parse.Dep.MOD
                    && (p.arguments(pred.word(), Role.SUBJECT).isEmpty() || judgesAClause(p, pred))
                    && !adverbial(p, pred) && demandOver(p, pred.word()) < 0   // (…할 것을 촉구했다: asked for)
                    && !howThingsStand(p, pred.word());
            if (eval.isPresent() && eval.get().frame() != Cues.Frame.JUDGE && eval.get().frame() != Cues.Frame.ATTITUDE
                    && judgedClause(p, pred)) {
                eval = Optional.empty();   // [규제 완화를 추진하기] 어렵다: the judge says what is held of the act
            }
            if (eval.isPresent() && !adnominal) {
                Cues.Evaluation e = eval.get();
                switch (e.frame()) {
                    case JUDGE -> judge(p, pred, e, negations, ctx, prefixRule);
                    case ATTITUDE -> attitude(p, pred, e, negations, ctx);
                    case ACT -> act(p, pred, e, negations, ctx);
                    case DO, ALLOCATE, ATTEND, HAVE -> directed(p, pred, e, negations, ctx);
                }
            } else if (eval.isPresent() && eval.get().frame() == Cues.Frame.ACT && voiced(p, pred)
                    && rules.on("report-noun")) {
                // 일각에서는 [X 철수를 요구하는] 목소리가 나온다: what a voice demands, its owner demands
                act(p, pred, eval.get(), negations, reportNounHolder(p, p.head(pred.word())));
            } else if (eval.isPresent() && (eval.get().frame() == Cues.Frame.ACT || deedDone(p, pred, eval.get()))
                    && rules.on("agent") && p.arguments(pred.word(), Role.SUBJECT).isEmpty()
                    && describedBy(p, pred.word()).isPresent()) {
                // [반도체 특별법을 추진하는] 정부는, [X에 반대해 온] 노동계는, [물량 공세에 집중했던] 중국이: the one
                // the clause describes does it, or did
                act(p, pred, eval.get(), negations, describedBy(p, pred.word()).get());
            } else if (eval.isPresent() && eval.get().frame() != Cues.Frame.JUDGE
                    && eval.get().frame() != Cues.Frame.ATTITUDE && controlled(p, pred)) {
                // BIS가 [수출통제를 강화하는] 규정을 발표했다: what a rule or plan does, its author does
                act(p, pred, eval.get(), negations, ctx);
            } else if (eval.isPresent() && (eval.get().frame() == Cues.Frame.JUDGE || eval.get().frame()
                    == Cues.Frame.ACT && pred.has(Modality.WORTH)) && quotedBareNoun(p, pred)
                    && rules.on("reported-speech")) {
                // X에 대해 "환영할 만한 일"이라고 평가했다: a quoted noun judged has what the saying is about
                emit(p, pred, ctx, quotedAbout(p, p.head(pred.word())), eval.get().after(negations), w,
                        "judge-subject", "reported-speech");
            } else if (eval.isPresent() && eval.get().frame() == Cues.Frame.JUDGE && p.head(pred.word()) >= 0
                    && !judgesAClause(p, pred)) {   // [빅테크가 확보하기] 어려운 재료: hard to get, not bad
                int head = p.head(pred.word());
                Polarity pol = eval.get().after(negations);
                if (pol == Polarity.SUPPORT && example(p, pred)) {
                    return;   // 조선업이 좋은 예다: a case in point shown, no side on it
                }
                List<Target> predicated = predicatedOf(p, pred.word(), head);
                if (!predicated.isEmpty()) {
                    emit(p, pred, ctx, pol == Polarity.SUPPORT ? predicated : thingsOnly(predicated), pol, w,
                            "predicate-nominal");
                } else if (rules.on("adnominal-judge")) {
                    emit(p, pred, ctx, targets(p, head), eval.get().after(negations), w, "adnominal-judge");
                }
            }
            if (out.size() == before && eval.isEmpty() && grammar.is(WordSet.RECEIVING_VERBS, pred.lemma())
                    && rules.on("received-side")) {
                received(p, pred);
            }
            if (out.size() == before && eval.isEmpty() && !adnominal && w.copular() && rules.on("predicate-nominal")) {
                nounPredicated(p, pred, negations, ctx);
            }
            if (out.size() == before && eval.isEmpty() && !adnominal && negations % 2 == 1
                    && rules.on("predicate-nominal")) {
                selfDenied(p, pred, ctx);
            }
            if (out.size() == before && eval.isPresent() && eval.get().frame() == Cues.Frame.JUDGE && !adnominal
                    && rules.on("conditional-cause")) {
                conditionalCause(p, pred, eval.get().after(negations), ctx, w);
            }
            if (out.size() == before && eval.isEmpty() && !adnominal && rules.on("conditional-cause")
                    && blowTaken(p, pred)) {
                conditionalCause(p, pred, Polarity.OPPOSE, ctx, w);   // [관세가 현실화하면] 타격이 불가피하다
            }
            if (out.size() == before && rules.on("insufficient-means")) {
                insufficientMeans(p, pred, ctx);
            }
            // each of these needs a light verb of its slot: most predicates are none, and are looked up once
            boolean light = mayBeLightVerb(pred.lemma());
            if (out.size() == before && light) {
                lightVerb(p, pred, negations, ctx);
            }
            if (out.size() == before && light) {
                endsAs(p, pred, negations, ctx);
            }
            if (out.size() == before && light) {
                possession(p, pred, negations, ctx);
            }
            if (out.size() == before && light) {
                causes(p, pred, negations, ctx);
            }
            if (out.size() == before && negations == 0 && pred.ending() != EndingType.ADNOMINAL
                    && cues.harmVerbs().contains(pred.lemma()) && rules.on("harm-done")) {   // not …를 위협하는 데
                doerJudgedByEffect(p, pred, ctx, Polarity.OPPOSE, "harm-done");
            }
            if (out.size() == before && negations == 0 && pred.ending() == EndingType.ADNOMINAL
                    && cues.harmVerbs().contains(pred.lemma()) && rules.on("harm-done")) {
                harmPredicated(p, pred, ctx);   // 로봇 도입은 [일자리를 빼앗는] 것이다
            }
            if (out.size() == before && pred.ending() != EndingType.ADNOMINAL && rules.on("effect-done")) {
                effectDone(p, pred, ctx);
            }
            if (out.size() == before && negations == 0 && !pred.ending().isAdnominal()
                    && grammar.is(WordSet.DECISIVE_VERBS, pred.lemma()) && rules.on("depends-on")
                    && subjects(p, pred.word()).stream().anyMatch(s -> grammar.is(WordSet.OUTCOME_NOUNS,
                    p.word(s).lemma()))) {
                // (공급 일정이 그 회사 사정에 달려 있다: a dependence told, no side)
                for (int d : p.arguments(pred.word(), Role.DATIVE)) {   // 승부는 [전략적 협력에] 달려 있다
                    emit(p, pred, ctx, targets(p, d), Polarity.SUPPORT, p.word(pred.word()), "depends-on");
                }
            }
            if (out.size() == before && pred.lemma().equals("없") && pred.negations() == 0
                    && rules.on("nothing-like")) {
                nothingLike(p, pred, ctx);   // 원전만 한 것이 없다
            }
            if (out.size() == before && idiomVerbs.contains(pred.lemma()) && rules.on("idiom")) {
                idiom(p, pred, negations, ctx);
            }
            if (pred.ending() == EndingType.QUOTE_NOUN && p.dep(pred.word()) != Parse.Dep.ROOT && w.copular()
                    && rules.on("apposition")) {
                apposition(p, pred, ctx);
            }
            if (out.size() == before && urged(p, pred) && eval.isEmpty() && !adnominal) {
                deonticAction(p, pred, negations, ctx, demanded(p, pred) ? "demanded-action" : "deontic-action");
            } else if (out.size() == before && eval.isEmpty() && !adnominal && resolved(p, pred, ctx)) {
                deonticAction(p, pred, negations, resolver(p, pred, ctx), "resolve-action");
            }
            // (also when the noun judges by itself, as 해법 does: what it solves is still opposed)
            if ((out.size() == before || eval.filter(x -> x.polarity() == Polarity.SUPPORT).isPresent())
                    && rules.on("means") && w.copular() && negations == 0 && grammar.is(WordSet.MEANS_NOUNS, pred.lemma())) {
                meansToAnEnd(p, pred, ctx);
            }
            if (out.size() == before) {
                copulaIdentity(p, pred, ctx);
            }
            if (out.size() == before && !adnominal && grammar.is(WordSet.EXISTENCE_VERBS, pred.lemma())) {
                liesIn(p, pred, ctx);
            }
            if (rules.on("necessity")) {
                necessity(p, pred, before, ctx);
            }
            if (rules.on("means") && (pred.has(Modality.DEONTIC) || urgedByClause(p, pred)) && negations == 0
                    && !adnominal) {
                means(p, pred, ctx);
            }
            if (out.size() == before && rules.on("regarded-as") && negations == 0 && !adnominal
                    && grammar.is(WordSet.REGARD_VERBS, pred.lemma())) {
                regardedAs(p, pred, ctx);
            }
            if (out.size() == before && rules.on("regarded-as") && negations == 0 && !adnominal
                    && grammar.is(WordSet.RATING_VERBS, pred.lemma())) {
                ratedAs(p, pred, ctx);
            }
            // (없다 is 있다 denied: 정책 혼선은 없어야 한다 = must not be, 원전이 없어서는 안 된다 = must be)
            boolean lacking = pred.lemma().equals("없");
            if (out.size() == before && eval.isEmpty() && !adnominal && rules.on("must-exist")
                    && (grammar.is(WordSet.EXISTENCE_VERBS, pred.lemma()) || lacking && pred.has(Modality.DEONTIC))) {
                if (pred.has(Modality.DEONTIC)) {
                    // 우리가 통제할 수 있는 모델이 반드시 있어야 한다; 그런 선택지는 존재해서도 안 된다
                    emit(p, pred, ctx, subjectTargets(p, pred.word()), (negations + (lacking ? 1 : 0)) % 2 == 1
                            ? Polarity.OPPOSE : Polarity.SUPPORT, w, "must-exist");
                } else if (pred.has(Modality.INABILITY) && negations == 1) {
                    // 중국 시장 포기는 있을 수 없다: what cannot be is what must not be (있어서는 안 된다)
                    emit(p, pred, ctx, subjectTargets(p, pred.word()), Polarity.OPPOSE, w, "must-exist");
                }
            }
            if (rules.on("change-to") && (pred.has(Modality.DEONTIC) || urgedByClause(p, pred)) && negations == 0
                    && !adnominal && grammar.is(WordSet.CHANGE_VERBS, pred.lemma())) {
                changeTo(p, pred, ctx);
            }
            if (rules.on("purpose") && pred.has(Modality.DEONTIC) && negations == 0 && !adnominal
                    && (eval.isEmpty() || eval.get().frame() != Cues.Frame.ACT || out.size() == before)) {
                // [AI 강국 도약을] 위해 민관이 힘을 모아야 한다: whoever urges the means wants the end
                purpose(p, pred, ctx);
            }
            if (pred.ending() == EndingType.CONTRAST && rules.on("contrast")) {
                contrast(p, pred, ctx);
            }
            if (out.size() == before && fears(p, pred) && rules.on("feared-question")
                    && p.dependents(pred.word()).stream().anyMatch(d -> fearedQuestion(p, d))) {
                // 제한이 강화될까 긴장하고 있다: what is feared is against the one who fears it
                emit(p, pred, subjectAgent(p, pred.word()).orElse(ctx), saidTargets(p, pred.word(), Polarity.OPPOSE),
                        Polarity.OPPOSE, p.word(pred.word()), "feared-question");
            }
            boolean feared = fearedQuestion(p, pred.word());
            if (feared && rules.on("feared-question")) {
                out.subList(before, out.size()).clear();   // what is feared takes no side of its own
            }
            if (pred.ending() == EndingType.QUESTION && pred.negations() == 0 && !embeddedQuestion(p, pred)
                    && !feared && rules.on("question-doubt")) {
                question(p, pred, before, ctx);
            }
            if (out.size() > before && rules.on("coordination") && rules.on("reported-speech")) {
                int speech = speechOver(p, pred.word());
                List<Integer> speakers = speech < 0 ? List.of() : subjects(p, speech);
                if (!speakers.isEmpty()) {
                    shareWithConjuncts(p, speakers.get(0), before);   // 네이버와 카카오는 "…"라고 밝혔다: both say it
                }
            }
        }

        /** The predicate of the saying whose quotation holds word i, else -1. */
        private static int speechOver(Parse p, int i) {
            for (int k = i; p.head(k) >= 0; k = p.head(k)) {
                if (p.dep(k) == Parse.Dep.QUOTE) {
                    return p.predicateAt(p.head(k));
                }
            }
            return -1;
        }

        /**
         * [공급 시차를 얼마나 줄이느냐]에 따라 …이 갈린다: a question with a case particle is a noun of the sentence
         * around it, asked of nobody; the rhetorical question that doubts stands on its own (…할 수 있겠는가?).
         */
        private static boolean embeddedQuestion(Parse p, Predicate pred) {
            return pred.ending() == EndingType.QUESTION && p.word(pred.lastWord()).role() != Role.NONE;
        }

        /** Whether a predicate fears (우려하다, 긴장하다, 촉각을 곤두세우다: fear-words.tsv, by itself or its object). */
        private boolean fears(Parse p, Predicate pred) {
            if (grammar.is(WordSet.FEAR_WORDS, pred.lemma())) {
                return true;
            }
            for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                if (grammar.is(WordSet.FEAR_WORDS, p.word(o).lemma())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether word q ends a question told as what the predicate it joins fears (제한이 강화될까 우려한다). */
        private boolean fearedQuestion(Parse p, int q) {
            return p.dep(q) == Parse.Dep.CLAUSE && p.endingOf(q) == EndingType.QUESTION && p.head(q) >= 0
                    && p.predicate(q).filter(x -> x.negations() == 0).isPresent()
                    && p.predicate(p.head(q)).filter(h -> fears(p, h)).isPresent();
        }

        /**
         * X를 어렵게 만들다, X를 쉽게 하다, X를 불가능하게 만든다: what is made hard (or impossible, or worse) is
         * opposed, what is made easy or possible supported, by whoever makes it: the verb's agent, the one a purpose
         * clause's main verb has (미국은 [X를 어렵게 만들기] 위해 규제를 강화했다: the US), else the speaker.
         */
        private boolean resultative(Parse p, Predicate pred, Who ctx) {
            List<Integer> objects = p.arguments(pred.word(), Role.OBJECT);
            if (objects.isEmpty()) {
                return false;
            }
            for (int d : p.dependents(pred.word())) {
                Word a = p.word(d);
                if (a.kind() != Word.Kind.ADVERB || a.ending() != EndingType.PURPOSE || d > pred.word()
                        || d < objects.get(0)) {
                    continue;
                }
                Optional<Cues.Evaluation> made = cues.evaluation(a.lemma())
                        .filter(x -> x.frame() == Cues.Frame.JUDGE || x.frame() == Cues.Frame.ATTITUDE);
                if (made.isEmpty()) {
                    continue;
                }
                Polarity side = made.get().after(pred.negations()) == Polarity.SUPPORT ? Polarity.SUPPORT
                        : Polarity.OPPOSE;
                Who holder = ctx;
                List<Integer> subj = subjects(p, pred.word());
                boolean purpose = p.dep(pred.word()) == Parse.Dep.CLAUSE && p.head(pred.word()) >= 0
                        && p.word(p.head(pred.word())).lemma().equals("위하");
                boolean urged = !purpose && (pred.has(Modality.DEONTIC) || urged(p, pred));
                if (!urged && !purpose && !subj.isEmpty()) {
                    Optional<Who> doer = agent(p, subj.get(0));
                    if (doer.isEmpty()) {
                        return true;   // 이 규제는 X를 어렵게 만든다: what a thing brings about, no one's side
                    }
                    holder = doer.get();
                }
                if (purpose) {
                    holder = goalOwner(p, pred).orElse(holder);
                }
                emit(p, pred, holder, targets(p, objects.get(0)), side, a, "resultative");
                return true;
            }
            return false;
        }

        /**
         * X가 늘면 도움이 된다, 규제가 완화되면 유리하다: a judgement of what follows a directed change judges what
         * changes, turned when the change lessens it (so does one of what a change caused: X를 도입하지 못해 아쉽다;
         * and one told with a bound noun: [X가 완화될] 경우); what comes about (X가 현실화하면) or is pursued (미국이
         * X를 추진한다면) is judged as what grows. Only when the judgement has nothing else to judge.
         */
        private void conditionalCause(Parse p, Predicate pred, Polarity judged, Who ctx, Word cue) {
            int noun = p.head(pred.word());
            if (pred.ending() == EndingType.QUOTE_NOUN && noun >= 0
                    && cues.evaluation(p.word(noun).lemma()).isPresent()) {
                return;   // [X가 현실화하면 타격이 불가피하다는] 우려: the fear reads its condition (warnedCause)
            }
            for (int d : conditions(p, pred.word())) {
                Predicate cond = p.predicate(d).get();
                // (an act that takes a side for its object goes towards it: [미국이 별도 협상을 추진한다면])
                Optional<Polarity> attended = cues.evaluation(cond.lemma())
                        .filter(x -> x.frame() == Cues.Frame.ATTEND).map(x -> x.after(cond.negations()));
                Optional<Polarity> dir = direction(cond).or(() -> attended)
                        .or(() -> cond.negations() == 0 && (grammar.is(WordSet.HAPPEN_VERBS, cond.lemma())
                                || forAct(cond)) ? Optional.of(Polarity.SUPPORT) : Optional.empty());
                if (dir.isEmpty()) {
                    continue;
                }
                Polarity turned = dir.get() == Polarity.OPPOSE ? judged.negate() : judged;
                // [규제를 먼저 도입하면] 한국은 뒤처질 수 있다: with no subject of its own, the condition is its act,
                // not the one the main clause is about
                List<Integer> own = new ArrayList<>(p.arguments(d, Role.SUBJECT));
                own.addAll(p.arguments(d, Role.TOPIC));
                List<Integer> objects = p.arguments(d, Role.OBJECT);
                // (한국이 [워터마크 규제를] 도입하면 뒤처질 수 있다: a doer's act is judged by what it acts on, and
                // without an object by nothing: [중국이 흑연 수출까지 막는다면] 타격을 입는다 is not for China)
                boolean doer = !own.isEmpty() && agent(p, own.get(0)).isPresent();
                List<Target> ts = !own.isEmpty() && !doer ? clauseTargets(p, d)
                        : objects.isEmpty() ? List.of() : targets(p, objects.get(0));
                if (attended.isPresent()) {
                    // [재생에너지 확대를 외면하면] 밀려날 수 있다: what must not be neglected is wanted, and a risk
                    // that must not be (중국의 추격을 간과하면 도태된다) is warned of
                    ts = threatsWarnedOf(p, pred, ctx, ts, turned == Polarity.SUPPORT ? Polarity.OPPOSE
                            : Polarity.DOUBT, cue, "conditional-cause");
                }
                emit(p, pred, ctx, ts, turned, cue, "conditional-cause");
                return;
            }
        }

        /**
         * The clauses that state a condition or a cause of predicate j: one ending so ([X를 도입하지 못해] 아쉽다: the
         * last word's ending, 어, a cause), or one on a bound noun of condition ([투자를 늘릴] 경우 …이 걱정스럽다).
         */
        private List<Integer> conditions(Parse p, int j) {
            List<Integer> cs = new ArrayList<>();
            for (int d : p.dependents(j)) {
                if (p.dep(d) == Parse.Dep.CLAUSE && p.predicate(d).isPresent()
                        && CAUSING.contains(p.word(p.predicate(d).get().lastWord()).ending())) {
                    cs.add(d);
                } else if (p.dep(d) == Parse.Dep.ARG && p.word(d).isNoun() && p.word(d).role() == Role.NONE
                        && grammar.is(WordSet.CONDITION_NOUNS, p.word(d).lemma())) {
                    for (int c : p.dependents(d)) {
                        if (p.dep(c) == Parse.Dep.MOD && p.predicate(c).isPresent() && p.endingOf(c).isAdnominal()) {
                            cs.add(c);
                        }
                    }
                }
            }
            return cs;
        }

        /** Whether a verb is an act for its object (추진, 도입 as an act row of evaluations.tsv with support). */
        private boolean forAct(Predicate verb) {
            return cues.evaluation(verb.lemma()).filter(x -> x.frame() == Cues.Frame.ACT
                    && x.polarity() == Polarity.SUPPORT).isPresent();
        }

        /** Which way a directed verb (a do row of evaluations.tsv) goes, after its own negations; empty if none. */
        private Optional<Polarity> direction(Predicate verb) {
            return cues.evaluation(verb.lemma()).filter(x -> x.frame() == Cues.Frame.DO)
                    .map(x -> x.after(verb.negations()));
        }

        /**
         * Whether an unnegated predicate that judges nothing tells a blow taken (타격이 불가피하다, 큰 피해를 입을 수
         * 있다) or a state of harm met (위기를 맞을 것이다): its subject or object is a noun of harm dealt or of such a
         * state (patient-nouns.tsv, blow or state).
         */
        private boolean blowTaken(Parse p, Predicate pred) {
            if (pred.negations() > 0) {
                return false;
            }
            List<Integer> args = new ArrayList<>(p.arguments(pred.word(), Role.SUBJECT));
            args.addAll(p.arguments(pred.word(), Role.OBJECT));
            args.addAll(p.arguments(pred.word(), Role.ADDITIVE));   // 부담만 커질 것이다, 피해도 불가피하다
            for (int a : args) {
                Cues.Patient harm = cues.patientNouns().get(p.word(a).lemma());
                if (harm == Cues.Patient.BLOW || harm == Cues.Patient.STATE && p.word(a).isNoun()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a judging predicate takes a clause told as a noun (확보하기 어려운): it judges that act. */
        private boolean judgesAClause(Parse p, Predicate pred) {
            return p.dependents(pred.word()).stream().anyMatch(d -> p.dep(d) == Parse.Dep.CLAUSE
                    && p.predicate(d).isPresent() && p.predicate(d).get().ending() == EndingType.NOMINAL);
        }

        /** Whether the predicate is a clause told as a noun that an evaluative predicate judges (…하기 어렵다). */
        private boolean judgedClause(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            return pred.ending() == EndingType.NOMINAL && h >= 0 && p.predicate(h).isPresent()
                    && cues.evaluation(p.predicate(h).get().lemma()).filter(x -> x.frame() == Cues.Frame.JUDGE)
                    .isPresent();
        }

        /**
         * Whether an adnominal predicate describes a plan or rule noun (규정, 방안, 계획) that an agent issued,
         * decided or announced (발표했다, 내놓기로 했다).
         */
        private boolean controlled(Parse p, Predicate pred) {
            int noun = p.head(pred.word());
            int gov = noun >= 0 ? p.head(noun) : -1;
            if (gov < 0 || !grammarControl.contains(p.word(noun).lemma()) || p.predicate(gov).isEmpty()) {
                return false;
            }
            Predicate g = p.predicate(gov).get();
            if (cues.evaluation(g.lemma()).filter(e -> e.after(g.negations()) != Polarity.SUPPORT).isPresent()) {
                return false;   // 노동계는 [근로시간을 늘리는] 정책에 반대했다: what a plan does is not its opponent's
            }
            return (p.past(g) || decided(p, g)) && subjects(p, gov).stream().anyMatch(s -> agent(p, s).isPresent());
        }

        /** Whether an adnominal describes the noun a quotation consists of, with no subject around ("좋은 일"이라고). */
        private boolean quotedBareNoun(Parse p, Predicate pred) {
            int noun = p.head(pred.word());
            return noun >= 0 && p.dep(noun) == Parse.Dep.QUOTE && subjects(p, noun).isEmpty()
                    && subjects(p, pred.word()).isEmpty() && p.arguments(pred.word(), Role.OBJECT).isEmpty();
        }

        /**
         * The act that a clause in -자 (as soon as, when) before verb tells someone did, as a concept ([중국이 희토류
         * 수출을 제한하자] → 희토류 수출 제한), or empty.
         */
        private Optional<Mention> triggeringAct(Parse p, int verb) {
            return actBefore(p, verb, d -> p.predicate(d).get().ending() == EndingType.CAUSAL
                    && p.word(p.predicate(d).get().lastWord()).link().startsWith("자"));
        }

        /**
         * The act with its object, not its doer (희토류 수출 제한), that a clause before verb, linked as the test
         * says, tells someone did, or empty.
         */
        private Optional<Mention> actBefore(Parse p, int verb, IntPredicate linked) {
            for (int d : p.dependents(verb)) {
                if (d > verb || p.dep(d) != Parse.Dep.CLAUSE || p.predicate(d).isEmpty() || !linked.test(d)) {
                    continue;
                }
                List<Integer> doer = subjects(p, d);
                List<Integer> done = p.arguments(d, Role.OBJECT);
                if (!doer.isEmpty() && agent(p, doer.get(0)).isPresent() && !done.isEmpty()) {
                    return phrases.concept(p, d, new NounPhrases.Phrase(phrases.phrase(p, done.get(0)).begin(),
                            p.word(d).contentEnd()));
                }
            }
            return Optional.empty();
        }

        /** The measure last named within an act (a reaction to [미국이 관세를 올리자] is to 관세), else the act. */
        private Mention measureIn(Parse p, int verb, Mention act) {
            return lastMeasure(p, verb).filter(m -> act.begin() <= m.begin() && m.end() <= act.end()).orElse(act);
        }

        /**
         * The last policy, risk or strategy named in verb's sentence or the one before, outside a quoted act of the
         * holder's own: a reaction is to a measure reported, not to one its holder says it takes ("…관세를 적용받기로
         * 했다"며 반박했다; but X에 Y가 빠졌다며 비판했다 is about X).
         */
        private Optional<Mention> lastMeasure(Parse p, int verb) {
            List<int[]> quoted = new ArrayList<>();
            for (int d : p.dependents(verb)) {
                int q = p.dep(d) == Parse.Dep.QUOTE ? quotedPredicate(p, d) : -1;
                if (q >= 0 && ownAct(p, q)) {
                    quoted.add(new int[] {p.subtreeBegin(d), p.word(d).end()});
                }
            }
            int sentence = p.word(verb).sentence();
            for (int s = sentence; s >= sentence - 1; s--) {
                Mention last = null;
                for (Mention m : bySentence.getOrDefault(s, List.of())) {
                    if (measure(m) && quoted.stream().noneMatch(q -> m.overlaps(q[0], q[1]))) {
                        last = m;
                    }
                }
                if (last != null && s < sentence && !sameParagraph(s) && s > 1) {
                    // 중국은 강하게 반발했다 opening a paragraph reacts to the news the piece leads with, not to
                    // the last measure the paragraph before happened to name
                    return Optional.of(leadMeasure().orElse(last));
                }
                if (last != null) {
                    return Optional.of(last);
                }
            }
            return actedOnJustBefore(sentence).or(() -> reactedToJustBefore(sentence));
        }

        /**
         * 한경협은 "환영한다"고 밝혔다. / 반면 민주노총은 반발했다: reactions told one after another, each with nothing
         * named, are to the same measure; the one just before says which.
         */
        private Optional<Mention> reactedToJustBefore(int sentence) {
            return lastHeldTarget(sentence - 1, st -> st.rules().contains("reaction"));
        }

        /**
         * The measure someone named took a side on in the sentence just before, in the same paragraph, when it is a
         * concept of a policy or strategy no gazetteer holds: 여당은 [X를 허용하는 특별법을] 추진하고 있다. 노동계는
         * 강하게 반대한다 reacts to that bill.
         */
        private Optional<Mention> actedOnJustBefore(int sentence) {
            if (!sameParagraph(sentence - 1)) {
                return Optional.empty();
            }
            return lastHeldTarget(sentence - 1, st -> st.rules().contains("act-object")
                    && st.target().entity().kind() == Kind.CONCEPT
                    && ("Policy".equals(st.target().entity().type()) || "Strategy".equals(st.target().entity().type())));
        }

        /** The target of the last stance someone holds in sentence s that the filter takes. */
        private Optional<Mention> lastHeldTarget(int s, java.util.function.Predicate<Stance> filter) {
            Mention last = null;
            for (Stance st : out) {
                if (st.sentence() == s && st.holder().isPresent() && filter.test(st)) {
                    last = st.target();
                }
            }
            return Optional.ofNullable(last);
        }

        /** Whether a mention names a measure a reaction can be to: a policy, a risk or a strategy. */
        private static boolean measure(Mention m) {
            Kind k = m.entity().kind();
            return k == Kind.POLICY || k == Kind.RISK || k == Kind.STRATEGY;
        }

        /** The first policy, risk or strategy of the title, else of the first sentence: what a report leads with. */
        private Optional<Mention> leadMeasure() {
            for (int s = 0; s <= 1; s++) {
                for (Mention m : bySentence.getOrDefault(s, List.of())) {
                    if (measure(m)) {
                        return Optional.of(m);
                    }
                }
            }
            return Optional.empty();
        }

        /** Whether an adnominal predicate describes a report noun (…를 요구하는 목소리, …에 반대하는 의견). */
        private boolean voiced(Parse p, Predicate pred) {
            int noun = p.head(pred.word());
            Cues.HolderNoun hn = noun < 0 ? null : cues.holderNouns().get(p.word(noun).lemma());
            return hn != null && hn.type() == Cues.HolderType.REPORT;
        }

        /** Whether an adnominal predicate heads an adverbial clause (…하는 사이, …하는 상황에서). */
        private boolean adverbial(Parse p, Predicate pred) {
            int head = p.head(pred.word());
            return head >= 0 && clauseNouns.contains(p.word(head).lemma());
        }

        /**
         * The targets that are no doer of a clause (predicatedOf adds those, rule clause-doer): a harm or a judgement
         * against is on the thing, not on who does it.
         */
        private static List<Target> thingsOnly(List<Target> ts) {
            return ts.stream().filter(t -> !t.rules().contains("clause-doer")).toList();
        }

        /**
         * What an adnominal judgement says of the subject when its noun is what a copula says that subject is
         * (X가 가장 현실적인 방법이다, X도 중요한 전략이라고 본다: X is realistic, important); else nothing.
         */
        private List<Target> predicatedOf(Parse p, int adnominal, int noun) {
            if (!rules.on("predicate-nominal")) {
                return List.of();
            }
            int says = noun;
            if (p.predicate(noun).isEmpty() || !p.word(noun).copular()) {
                // X는 [유효한] 수단이 될 것이다: what X is to become, as what a copula says X is
                int h = p.head(noun);
                if (h < 0 || p.dep(noun) != Parse.Dep.COMPLEMENT || !p.word(h).lemma().equals("되")
                        || p.predicate(h).isEmpty()) {
                    return List.of();
                }
                says = h;
            }
            List<Integer> s = subjects(p, says);
            if (s.isEmpty()) {
                s = subjects(p, adnominal);   // the parser may hang the subject on the adnominal
            }
            for (int d = 0; s.isEmpty() && d < p.size(); d++) {
                // …짓는 것이 [송전 부담을 줄이는] 가장 현실적인 방법이다: or on a relative clause of the same noun
                if (p.predicate(d).isPresent() && p.endingOf(d).isAdnominal() && p.dominates(says, d)
                        && !p.arguments(d, Role.OBJECT).isEmpty()) {
                    s = p.arguments(d, Role.SUBJECT);
                }
            }
            for (int x : s) {
                if (agent(p, x).isEmpty()) {
                    List<Target> ts = new ArrayList<>(targets(p, x));
                    ts.addAll(clauseDoers(p, x));
                    return ts;
                }
            }
            return List.of();
        }

        /**
         * The named actors doing what a judged clause told as a noun says ([업스테이지가 문서 처리 시장을 파고드는]
         * 것은 옳은 방향이다: 업스테이지), each conjunct's (A하는 것이나 B하는 것은); kept only when judged good.
         */
        private List<Target> clauseDoers(Parse p, int noun) {
            List<Target> out = new ArrayList<>();
            if (!rules.on("clause-doer")) {
                return out;
            }
            for (int c : p.conjuncts(noun)) {
                if (!org.nonji.syntax.HeadFinalParser.NOMINALISERS.contains(p.word(c).lemma())) {
                    continue;
                }
                for (int d : p.dependents(c)) {
                    if (p.dep(d) != Parse.Dep.MOD || p.predicate(d).filter(x -> x.ending().isAdnominal()).isEmpty()) {
                        continue;
                    }
                    for (int s : p.arguments(d, Role.SUBJECT)) {
                        // (a named one: an unnamed 정부 or 업계 is a source of views, not something to back)
                        agent(p, s).flatMap(Who::mention).filter(this::named)
                                .filter(m -> !"UnnamedSource".equals(m.entity().type()))
                                .ifPresent(m -> out.add(new Target(m, List.of("head-entity", "clause-doer"))));
                    }
                }
            }
            return out;
        }

        /**
         * 인텔은 미국 정부의 지원을 받았다, X는 노동계의 비판을 샀다, X는 업계의 반발에 부딪혔다: whose support or
         * criticism the subject receives or meets, in the genitive of the noun that takes a side, takes that side on
         * the subject, or on the act of a clause before when the subject is that clause's ([A가 X를 추진하면서]
         * 업계의 반발을 사고 있다: the industry opposes pushing X, or X itself when it is a measure).
         */
        private void received(Parse p, Predicate pred) {
            List<Integer> given = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            given.addAll(p.arguments(pred.word(), Role.DATIVE));
            for (int o : given) {
                Optional<Cues.Evaluation> e = cues.evaluation(p.word(o).lemma())
                        .filter(x -> x.frame() == Cues.Frame.ACT || x.frame() == Cues.Frame.DO);
                if (e.isEmpty()) {
                    continue;
                }
                for (int g : p.dependents(o)) {
                    if (p.dep(g) != Parse.Dep.MOD || p.word(g).role() != Role.GENITIVE) {
                        continue;
                    }
                    Optional<Who> giver = agent(p, g).filter(x -> x.mention().isPresent());
                    if (giver.isEmpty()) {
                        continue;
                    }
                    List<Integer> receivers = subjects(p, pred.word());
                    Optional<Mention> act = actBefore(p, pred.word(), d -> p.predicate(d).get().ending()
                            == EndingType.COORDINATE && (receivers.isEmpty() || p.dominates(d, receivers.get(0))));
                    List<Target> on = act.isPresent()
                            ? List.of(new Target(measureIn(p, pred.word(), act.get()), List.of("reaction")))
                            : receivers.isEmpty() ? List.of() : targets(p, receivers.get(0));
                    if (!on.isEmpty()) {
                        Who who = new Who(true, giver.get().mention(), "agent");   // the giver acts
                        emit(p, pred, who, on, e.get().after(pred.negations()), p.word(o), "received-side");
                        return;
                    }
                }
            }
        }

        /**
         * X는 생존 전략이다, X는 핵심 전략이다: a judging noun right before what a copula says X is judges X, as an
         * adnominal one does (predicatedOf).
         */
        private void nounPredicated(Parse p, Predicate pred, int negations, Who ctx) {
            int m = pred.word() - 1;
            if (m < 0 || p.head(m) != pred.word() || p.dep(m) != Parse.Dep.MOD || !p.word(m).isNoun()
                    || p.word(m).role() != Role.NONE || pred.has(Modality.DECISION)) {
                return;   // (a headline's final noun acts, it is no copula: 세액공제 혜택 제외 excludes from benefits)
            }
            Optional<Cues.Evaluation> e = cues.evaluation(p.word(m).lemma())
                    .filter(x -> x.frame() == Cues.Frame.JUDGE && x.polarity() != Polarity.DOUBT);
            if (e.isEmpty()) {
                return;
            }
            for (int x : subjects(p, pred.word())) {
                if (agent(p, x).isEmpty()) {
                    emit(p, pred, ctx, targets(p, x), e.get().after(negations), p.word(m), "predicate-nominal");
                    return;
                }
            }
        }

        private void judge(Parse p, Predicate pred, Cues.Evaluation e, int negations, Who ctx, String extra) {
            if (!rules.on("judge-subject")) {
                return;
            }
            Optional<Cues.Evaluation> deserved = e.lemma().equals("마땅") ? deserved(p, pred) : Optional.empty();
            if (deserved.isPresent()) {
                // X는 비판을 받아 마땅하다: what X deserves is the side taken on X
                emit(p, pred, ctx, subjectTargets(p, pred.word()), deserved.get().after(negations), p.word(pred.word()),
                        "judge-subject");
                return;
            }
            if (e.lemma().equals("문제") && p.dependents(pred.word()).stream().anyMatch(d -> p.dep(d)
                    == Parse.Dep.MOD && p.word(d).role() == Role.GENITIVE)) {
                return;   // 생태계 전체의 문제다: a matter of, not a problem
            }
            if (e.after(negations) == Polarity.SUPPORT && example(p, pred)) {
                return;   // 조선업이 좋은 예다 (the parser hung the subject on the adjective)
            }
            List<Integer> subjects = subjects(p, pred.word());
            if (subjects.size() > 1 && p.word(subjects.get(0)).role() == Role.TOPIC
                    && p.dependents(pred.word()).stream().noneMatch(d -> p.endingOf(d) == EndingType.NOMINAL)) {
                // 이런 공장들은 야근조도 조명도 필요하지 않다: after a topic, what is judged is a noun in 도 (만, 까지)
                // standing where 가 would, as in X는 Y가 필요하다 (but in X 없이는 Y도 [Z하기] 어렵다, Y does Z)
                int topic = subjects.get(0);
                List<Integer> also = subjects.stream()
                        .filter(s -> s > topic && p.word(s).role() == Role.ADDITIVE).toList();
                if (!also.isEmpty()) {
                    subjects = also;
                }
            }
            Word w = p.word(pred.word());
            if ((e.lemma().equals("가능") || e.lemma().equals("불가능")) && pred.ending() == EndingType.ADNOMINAL
                    && p.dep(pred.word()) == Parse.Dep.MOD && !subjects.isEmpty() && p.head(pred.word()) >= 0
                    && !clauseNouns.contains(p.word(p.head(pred.word())).lemma())) {
                return;   // [원격 접속이 가능한] 백도어, [GPU 3만 장 수용이 가능한] 부지: what the noun allows, told
            }
            if ((e.lemma().equals("가능") || e.lemma().equals("불가능")) && p.past(pred)) {
                return;   // 기존에는 승인 없이 장비 반입이 가능했지만: what could be done then, told
            }
            if (e.lemma().equals("의미") && w.copular()) {
                return;   // [인재 유출 규모가 크다는] 의미다: what something means, told (의미가 크다 judges)
            }
            if (e.lemma().equals("기반") && w.copular() && pred.word() > 0 && p.head(pred.word() - 1) == pred.word()
                    && p.dep(pred.word() - 1) == Parse.Dep.MOD && p.word(pred.word() - 1).role() == Role.NONE
                    && cues.evaluation(p.word(pred.word() - 1).lemma()).isEmpty()) {
                // 서버는 GPU 기반이다: built on something, told (X는 경제의 [핵심] 기반이다 judges)
                return;
            }
            int before = pred.word() - 1;
            if (pred.has(Modality.DECISION) && before >= 0 && p.head(before) == pred.word()
                    && p.dep(before) == Parse.Dep.MOD && p.word(before).isNoun() && subjects.size() == 1
                    && essay.analysisText().startsWith(",", p.word(subjects.get(0)).contentEnd())) {
                // 퓨리오사AI, 누적 투자에도 추가 자금 필요: in a headline, what is judged stands right before the
                // judgement; the name set off by a comma is what the headline is about
                subjects = List.of(before);
            }
            Cues.Patient patient = cues.patientNouns().get(e.lemma());
            if (patient != null && !subjects.isEmpty() && (patient == Cues.Patient.STATE
                    || patient == Cues.Patient.SOMEONE && agent(p, subjects.get(0)).isPresent()
                        && p.dependents(pred.word()).stream().noneMatch(d -> p.endingOf(d) == EndingType.NOMINAL)
                    || subjects.get(0) == pred.word() - 1 && p.word(subjects.get(0)).role() == Role.NONE)
                    && !(negations % 2 == 1 && !w.copular())) {
                // 삼성·하이닉스 직격탄, 반도체 산업이 위기다, 한국이 밀리고 있다, 미국보다 한국이 더 위험하다: who
                // suffers it, not what is judged (삼성은 뒤처지지 않았다 defends Samsung; in 한국은 [X가 되기] 어렵다
                // the clause is judged)
                return;
            }
            boolean verb = w.pieces().stream().anyMatch(x -> x.tag() == PosTag.XSV && x.form().equals("하"));
            if (verb && !p.arguments(pred.word(), Role.OBJECT).isEmpty()) {
                return;   // X는 Y를 의미한다: a judging noun made a verb of with an object means, it does not judge
            }
            if (verb && (p.past(pred) || pred.modalities().isEmpty() && !pred.ending().isFinal()
                    && pred.ending() != EndingType.CONDITIONAL && !urged(p, pred))
                    && !subjects.isEmpty() && agent(p, subjects.get(0)).isPresent()) {
                // 삼성전자는 수주에 실패했다, 이재용 회장이 수주에 성공하면서: what an actor did, told; a policy that
                // failed is judged
                return;
            }
            if (e.polarity() == Polarity.DOUBT && negations % 2 == 0 && refusal(p, pred, subjects, ctx, w)) {
                return;
            }
            if (e.polarity() == Polarity.DOUBT && negations % 2 == 0 && hardToUndo(p, pred, subjects, ctx, w, extra)) {
                return;
            }
            if (tendencyAdjectives.contains(e.lemma()) && negations % 2 == 0 && p.dependents(pred.word()).stream()
                    .anyMatch(d -> p.word(d).isPredicate() && p.endingOf(d) == EndingType.NOMINAL)) {
                return;   // [구호로 끝나기] 쉽다: the clause tends to happen; its own words judge
            }
            if (grammar.is(WordSet.CERTAINTY_WORDS, e.lemma()) && negations % 2 == 0 && !subjects.isEmpty()
                    && yetToBe(p, subjects.get(0))) {
                return;   // [중국의 보복이 현실화될] 것이 확실하다: a forecast told with certainty, not an endorsement
            }
            if (grammar.is(WordSet.CERTAINTY_WORDS, e.lemma()) && negations % 2 == 0 && !subjects.isEmpty()
                    && cues.evaluation(p.word(subjects.get(0)).lemma())
                    .filter(x -> x.polarity() == Polarity.SUPPORT).isEmpty()) {
                return;   // 시사점은 분명하다, 도전은 분명하다: clear, not good (성과가 분명하다 still backs)
            }
            if (w.copular() && goalNoun(w) && !pred.has(Modality.DEONTIC)
                    && rules.on("goal-owner")) {
                // YMTC는 [삼성전자를 추격한다는] 목표다, 이번 사업은 X 개발이 목표다: the topic has the goal, it is not
                // what the goal is; the goal is its owner's, and a thing's goal told is nobody's side
                for (int s : subjects) {
                    if (p.word(s).role() != Role.TOPIC) {
                        continue;
                    }
                    Optional<Who> owner = agent(p, s);
                    List<Integer> rest = subjects.stream().filter(x -> x != s && p.word(x).role() == Role.SUBJECT)
                            .toList();
                    if (owner.isPresent() && !rest.isEmpty()) {
                        emit(p, pred, owner.get(), targets(p, rest.get(0)), e.after(negations), w, "judge-subject",
                                "goal-owner");
                    }
                    // (a topic that is no one, with nothing else the goal is of, is what the noun names: 수출
                    // 다변화는 [유일한] 해법이다 judges it)
                    if (owner.isPresent() || !rest.isEmpty() && ctx.mention().isEmpty() && "author".equals(ctx.rule())) {
                        return;
                    }
                }
            }
            if (subjects.isEmpty() && w.copular()) {
                // X가 심각한 약점이다: the parser hung X on the adjective; an evaluative noun is what X is
                for (int d : p.dependents(pred.word())) {
                    // (an evaluative adjective is itself the cue there: rule predicate-nominal)
                    if (p.dep(d) == Parse.Dep.MOD && p.word(d).isPredicate() && p.endingOf(d).isAdnominal()
                            && p.arguments(d, Role.OBJECT).isEmpty() && subjects.isEmpty()
                            && p.predicate(d).filter(x -> cues.evaluation(x.lemma()).isEmpty()).isPresent()) {
                        subjects = p.arguments(d, Role.SUBJECT);
                    }
                }
            }
            if (!subjects.isEmpty() && e.after(negations) != Polarity.SUPPORT && rules.on("insufficient-means")
                    && p.word(subjects.get(0)).isPredicate() && meansAlone(p, subjects.get(0)) >= 0) {
                // [X만으로 Y를 감당하기는] 역부족이다: the means is doubted
                emit(p, pred, ctx, clauseOrPhrase(p, meansAlone(p, subjects.get(0))), Polarity.DOUBT, w,
                        "insufficient-means", extra);
                return;
            }
            if (!subjects.isEmpty() && e.after(negations) == Polarity.SUPPORT
                    && grammar.is(WordSet.COST_NOUNS, p.word(subjects.get(0)).lemma())) {
                return;   // 이를 위해서는 상당한 시간과 비용이 필요하다: the price of something else, no side
            }
            if (subjects.size() == 1 && p.word(subjects.get(0)).role() == Role.TOPIC && rules.on("clause-object")) {
                int topic = subjects.get(0);
                for (int d : p.dependents(pred.word())) {
                    if (d > topic && p.endingOf(d) == EndingType.NOMINAL && becoming(p, d) >= 0
                            && p.arguments(d, Role.SUBJECT).isEmpty() && p.arguments(d, Role.TOPIC).isEmpty()) {
                        // 한국은 [AI 패권국이 되기] 어렵다: the topic is who would become it; what is judged is the
                        // becoming (what is doubted of a named doer's act is the doer, of becoming what it becomes)
                        subjects = List.of(d);
                    }
                }
            }
            if (!subjects.isEmpty()) {
                int s = stressed(p, subjects.get(0));
                if (endorse(p, pred, s, e.after(negations), ctx, w)
                        || rejectedBelief(p, pred, s, e.after(negations), ctx, w)) {
                    return;
                }
                if (clauseObject(p, s, e.after(negations), pred, ctx, w, extra)) {
                    return;
                }
                Cues.Evaluation attitude = cues.evaluations().get(p.word(s).lemma());
                if (attitude != null && (attitude.frame() == Cues.Frame.ACT || attitude.frame() == Cues.Frame.DO)
                        && e.after(negations) == Polarity.SUPPORT) {
                    // 기술 종속에 대한 걱정은 정당하다: oppose 기술 종속; X에 대한 재검토가 필요하다: doubt X
                    List<Target> of = complements(p, s);
                    if (of.isEmpty()) {
                        of = doneToTopic(p, subjects, s);
                    }
                    if (!of.isEmpty()) {
                        emit(p, pred, ctx, of, attitude.polarity(), w, "judge-subject", "noun-complement", extra);
                        return;
                    }
                }
                if (attitude != null && attitude.frame() == Cues.Frame.ACT && e.after(negations) != Polarity.SUPPORT
                        && e.after(negations) != Polarity.NEUTRAL && rules.on("endorsed-view")) {
                    // X에 대한 비판은 지나치다 (support X), X에 대한 우려는 과장됐다 (the risk is doubted), X에 대한
                    // 기대는 섣부르다 (doubt X): faulting a side taken on X takes the other
                    List<Target> of = complements(p, s);
                    for (Target t : of) {
                        Polarity turned = attitude.polarity() == Polarity.SUPPORT ? Polarity.DOUBT
                                : isRisk(t.mention()) ? Polarity.DOUBT : Polarity.SUPPORT;
                        emit(p, pred, ctx, List.of(t), turned, w, "judge-subject", "noun-complement", "endorsed-view",
                                extra);
                    }
                    if (!of.isEmpty()) {
                        return;
                    }
                }
                emit(p, pred, ctx, targets(p, s), e.after(negations), w, "judge-subject", extra);
                return;
            }
            if (rules.on("insufficient-means") && e.after(negations) == Polarity.DOUBT && meansAlone(p, pred.word()) >= 0) {
                // [X만으로는] Y를 해결하기 어렵다: the means is doubted
                emit(p, pred, ctx, clauseOrPhrase(p, meansAlone(p, pred.word())), Polarity.DOUBT, w,
                        "insufficient-means", extra);
                return;
            }
            if (rules.on("judge-clause")) {
                for (int d : p.dependents(pred.word())) {
                    Word dw = p.word(d);
                    // (X를 예측하기 어렵다, 평가하기 힘들다: what is hard to read is uncertain, not doubted)
                    boolean assessed = p.predicate(d).filter(x -> grammar.is(WordSet.ASSESSMENT_VERBS, x.lemma()))
                            .isPresent();
                    if (dw.isPredicate() && (p.endingOf(d) == EndingType.EMBEDDED || p.endingOf(d) == EndingType.NOMINAL)
                            && p.predicate(d).isPresent() && !assessed) {
                        List<Target> ts = clauseTargets(p, d);
                        if (!ts.isEmpty() && e.after(negations) == Polarity.DOUBT
                                && direction(p.predicate(d).get()).filter(x -> x == Polarity.OPPOSE).isPresent()) {
                            // [중국의 보복을 피하기] 어렵다: a harm hard to avoid or lessen is warned of
                            ts = threatsWarnedOf(p, pred, ctx, ts, Polarity.OPPOSE, w, "judge-clause", extra);
                        }
                        if (!ts.isEmpty()) {
                            emit(p, pred, ctx, ts, e.after(negations), w, "judge-clause", extra);
                            return;
                        }
                    }
                }
            }
            if (rules.on("reported-speech") && p.dep(pred.word()) == Parse.Dep.QUOTE) {
                // X에 대해 "시기상조"라고 말했다: a judgement quoted with nothing to judge judges what it is about
                emit(p, pred, ctx, quotedAbout(p, pred.word()), e.after(negations), w, "judge-subject",
                        "reported-speech", extra);
            }
        }

        /**
         * 직접 보조금은 한번 시작하면 멈추기 어렵다: what is hard to stop, cut or withdraw is warned against; the topic
         * (no one who acts) that the clause, with no object of its own, would undo is opposed. True when it applied.
         */
        private boolean hardToUndo(Parse p, Predicate pred, List<Integer> subjects, Who ctx, Word cue, String extra) {
            if (!rules.on("hard-to-undo") || subjects.size() != 1 || p.word(subjects.get(0)).role() != Role.TOPIC
                    || agent(p, subjects.get(0)).isPresent()) {
                return false;
            }
            for (int c : p.dependents(pred.word())) {
                Optional<Predicate> undo = p.predicate(c).filter(x -> x.ending() == EndingType.NOMINAL
                        && x.negations() == 0);
                boolean undoing = undo.flatMap(x -> cues.evaluation(x.lemma())).filter(x -> (x.frame()
                        == Cues.Frame.DO || x.frame() == Cues.Frame.ACT) && x.polarity() == Polarity.OPPOSE)
                        .isPresent();
                if (undoing && p.dep(c) == Parse.Dep.CLAUSE && p.arguments(c, Role.OBJECT).isEmpty()
                        && p.arguments(c, Role.SUBJECT).isEmpty()) {
                    List<Target> ts = targets(p, subjects.get(0));
                    if (!ts.isEmpty()) {
                        emit(p, pred, ctx, ts, Polarity.OPPOSE, cue, "judge-subject", "hard-to-undo", extra);
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * 지분 요구는 받아들이기 어렵다, 그 주장에 동의하기 힘들다: finding assent hard is refusing, so what is not
         * accepted (the clause's object or dative, else the judged topic) is opposed, by the subject when that is
         * someone. True when it applied.
         */
        private boolean refusal(Parse p, Predicate pred, List<Integer> subjects, Who ctx, Word cue) {
            if (!rules.on("refusal")) {
                return false;
            }
            for (int c : p.dependents(pred.word())) {
                if (!p.word(c).isPredicate() || p.endingOf(c) != EndingType.NOMINAL || p.predicate(c).isEmpty()
                        || !cues.assentVerbs().containsKey(p.predicate(c).get().lemma())
                        || p.predicate(c).get().negations() > 0) {
                    continue;
                }
                // hard to accept refuses; hard to deny (X라는 점은 부인하기 어렵다) affirms
                Polarity found = cues.assentVerbs().get(p.predicate(c).get().lemma()) ? Polarity.OPPOSE
                        : Polarity.SUPPORT;
                List<Target> ts = new ArrayList<>();
                for (int o : p.arguments(c, Role.OBJECT)) {
                    ts.addAll(targets(p, o));
                }
                if (ts.isEmpty()) {
                    ts = dativeTargets(p, c);
                }
                if (ts.isEmpty()) {
                    ts = dativeTargets(p, pred.word());   // [X에는] 동의하기 어렵다: a topic dative hangs on the judge
                }
                Who holder = ctx;
                for (int s : subjects) {
                    Optional<Who> agent = agent(p, s);
                    if (agent.isPresent()) {
                        holder = agent.get();   // 정부는 [X를 받아들이기] 어렵다는 입장이다
                    } else if (ts.isEmpty()) {
                        ts = targets(p, s);   // [지분 요구는] 받아들이기 어렵다: the topic is what is not accepted
                    }
                }
                if (ts.isEmpty() && p.arguments(c, Role.OBJECT).isEmpty() && p.arguments(c, Role.DATIVE).isEmpty()
                        && !lastTargets.isEmpty() && rules.on("anaphora")) {
                    // X를 제안한다. 흥미로운 발상이지만 [선뜻 동의하기는] 어렵다: agreeing with nothing named is agreeing
                    // with what the sentence before put forward
                    ts = List.of(new Target(lastTargets.get(lastTargets.size() - 1), List.of("anaphora")));
                }
                if (ts.isEmpty()) {
                    return false;
                }
                emit(p, pred, holder, ts, found, cue, "refusal");
                return true;
            }
            return false;
        }

        /**
         * …해야 한다는 지적은 옳다: approving a view judges what it says, the holder takes the view's stances as its
         * own. A view told by its content and faulted (…라는 주장은 설득력이 없다) is itself the target (rule
         * rejected-view); one faulted without a content clause turns the stances found in it. True when it applied.
         */
        private boolean endorse(Parse p, Predicate pred, int s, Polarity judged, Who ctx, Word cue) {
            if (!viewNoun(p.word(s)) || judged == Polarity.NEUTRAL
                    || !rules.on("endorsed-view") && !rules.on("rejected-view")
                    || cues.holderNoun(p.word(s).lemma()).plan() && cues.evaluation(pred.lemma()).isPresent()) {
                return false;   // a plan judged (투자 확대 계획은 허술하다) is judged as itself; one announced argues
            }
            int from = p.subtreeBegin(s);
            int to = p.word(s).begin();
            List<Stance> held = new ArrayList<>();
            List<Stance> unowned = new ArrayList<>();
            List<Stance> givenOutside = new ArrayList<>();   // the view's content given to someone outside it
            for (Stance st : out) {
                if (st.sentence() != p.word(s).sentence() || st.cueBegin() < from || st.cueEnd() > to) {
                    continue;
                }
                if (st.holder().isPresent() && st.holder().get().begin() >= from
                        && st.holder().get().end() <= p.word(s).end()) {
                    held.add(st);
                } else if (st.holder().isEmpty() && st.rules().contains("report-noun")) {
                    unowned.add(st);   // …하자는 주장에 동의하지 않는다: a view with no owner is not the writer's
                } else if (st.rules().contains("report-noun")) {
                    givenOutside.add(st);
                }
            }
            if (judged != Polarity.SUPPORT && rules.on("rejected-view") && contentClause(p, s) >= 0) {
                // [원전만이 답이라는] 주장은 착각이다: a view faulted is itself the target, as analysts name it; its
                // content, turned, is not the writer's own side (rejecting "curb AI" need not back AI)
                Optional<Mention> view = phrases.concept(p, s, new NounPhrases.Phrase(from, p.word(s).contentEnd()));
                if (view.isPresent()) {
                    // 정부는 [규제를 풀자는] 주장을 일축했다: what the view says is not the side of the one rejecting it
                    out.removeAll(unowned);
                    out.removeAll(givenOutside);
                    emit(p, pred, ctx, List.of(new Target(view.get(), List.of("concept"))), judged, cue,
                            "rejected-view");
                    return true;
                }
            }
            if (!rules.on("endorsed-view")) {
                return false;
            }
            out.removeAll(unowned);
            held.addAll(unowned);
            List<Target> means = judged != Polarity.SUPPORT && grammar.is(WordSet.EXPECTATION_NOUNS,
                    p.word(s).lemma()) ? hopedMeans(p, s) : List.of();
            if (!means.isEmpty()) {
                // [전력난을 소형모듈원전으로 해결하겠다는] 기대는 환상이다: what the hope rests on is doubted; the
                // shortage it would end is not thereby wanted
                out.removeAll(held);
                emit(p, pred, ctx, means, Polarity.DOUBT, cue, "endorsed-view");
                return true;
            }
            if (held.isEmpty() && judged != Polarity.SUPPORT && judged != Polarity.NEUTRAL
                    && grammar.is(WordSet.EXPECTATION_NOUNS, p.word(s).lemma())) {
                // [메모리 가격이 계속 오를 것이라는] 기대는 섣부르다: faulting an expectation doubts what is expected
                int content = contentClause(p, s);
                if (content >= 0) {
                    emit(p, pred, ctx, clauseTargets(p, content), Polarity.DOUBT, cue, "endorsed-view");
                    return true;
                }
            }
            if (held.isEmpty()) {
                // an approved view whose content took no side yields nothing, not a stance on its wording
                return namedView(p, pred, s, judged, ctx, cue)
                        || p.dependents(s).stream().anyMatch(d -> p.endingOf(d) == EndingType.QUOTE_NOUN);
            }
            int[] ev = evidence(p, pred);
            boolean taken = false;
            for (Stance st : held) {
                Polarity pol = switch (judged) {
                    case SUPPORT -> st.polarity();
                    case OPPOSE -> st.polarity() == Polarity.DOUBT ? null : st.polarity().negate();
                    default -> st.polarity() == Polarity.SUPPORT ? Polarity.DOUBT : null;
                };
                if (pol == null) {
                    continue;   // rejecting a doubt does not say what one holds instead
                }
                taken = true;
                List<String> used = new ArrayList<>(List.of("endorsed-view", ctx.rule()));
                st.rules().stream().filter(r -> !used.contains(r) && !r.equals("report-noun")).forEach(used::add);
                phrases.use(st.target());
                out.add(new Stance(ctx.mention(), st.target(), pol, pred.negated(), st.hedged(), st.conceded(),
                        essay.text().substring(cue.begin(), cue.end()), cue.begin(), cue.end(), ev[0], ev[1],
                        cue.sentence(), used));
            }
            int content = taken || judged != Polarity.DOUBT ? -1 : contentClause(p, s);
            if (content >= 0) {
                // [중국 시장을 포기하자는] 주장은 비현실적이다: doubting a call against something says nothing of
                // the thing, but doubts the act called for, as 중국 시장 포기 주장은 비현실적이다 does
                phrases.concept(p, content, new NounPhrases.Phrase(p.subtreeBegin(content),
                        p.word(content).contentEnd())).ifPresent(m -> emit(p, pred, ctx,
                        List.of(new Target(m, List.of("concept"))), Polarity.DOUBT, cue, "endorsed-view"));
            }
            return true;
        }

        /** The predicate of the content clause told before view noun s (…라는, …다는), or -1. */
        /** …다는 비판도 있다, …라는 지적이 많다: view noun s, with what it says, is said to exist or abound. */
        private boolean saidToExist(Parse p, Predicate pred, int s) {
            return (grammar.is(WordSet.EXISTENCE_VERBS, pred.lemma()) || "많".equals(pred.lemma()))
                    && contentClause(p, s) >= 0;
        }

        private static int contentClause(Parse p, int s) {
            for (int d : p.dependents(s)) {
                if (p.dep(d) != Parse.Dep.MOD || p.endingOf(d) != EndingType.QUOTE_NOUN) {
                    continue;
                }
                if (p.predicate(d).isPresent()) {
                    return d;
                }
                for (int q : p.dependents(d)) {
                    if (p.dep(q) == Parse.Dep.QUOTE && p.predicate(q).isPresent()) {
                        return q;
                    }
                }
            }
            return -1;
        }

        /**
         * [X만으로 생태계가 생긴다고 믿는] 것은 순진하다: calling a belief naive or a mistake doubts what is believed
         * (its target found as for …할지 불투명하다), not the believing. True when it applied.
         */
        private boolean rejectedBelief(Parse p, Predicate pred, int s, Polarity judged, Who ctx, Word cue) {
            if (!p.word(s).lemma().equals("것") || judged == Polarity.SUPPORT || judged == Polarity.NEUTRAL
                    || !rules.on("endorsed-view")) {
                return false;
            }
            for (int b : p.dependents(s)) {
                if (p.dep(b) != Parse.Dep.MOD || p.predicate(b).isEmpty()
                        || !beliefVerbs.contains(p.predicate(b).get().lemma())) {
                    continue;
                }
                for (int q : p.dependents(b)) {
                    if (p.dep(q) == Parse.Dep.QUOTE && p.predicate(q).isPresent()) {
                        emit(p, pred, ctx, clauseTargets(p, q), Polarity.DOUBT, cue, "endorsed-view");
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A judged phrase that is a clause with a directed action (X를 늘리는 것이 바람직하다): the action's object
         * gets the judgement turned by the action's direction. True when it applied.
         */
        private boolean clauseObject(Parse p, int s, Polarity polarity, Predicate pred, Who ctx, Word cue,
                                     String extra) {
            return clauseObject(p, s, polarity, pred, ctx, cue, "judge-subject", extra);
        }

        /**
         * As above, for a rule of its own: act-object takes only a clause that works against its object, on a noun that
         * names nothing ([X를 철회하는] 방안을 검토하다 = oppose X).
         */
        private boolean clauseObject(Parse p, int s, Polarity polarity, Predicate pred, Who ctx, Word cue,
                                     String rule, String extra) {
            if (!rules.on("clause-object")) {
                return false;
            }
            boolean act = rule.equals("act-object");
            if (act && phrases.headMention(p, s).isPresent()) {
                return false;   // 정부는 [HBM을 공급하는] SK하이닉스를 지원했다: the clause describes whom
            }
            Word sw = p.word(s);
            int action = -1;
            if (sw.isPredicate() && sw.ending() == EndingType.NOMINAL) {
                action = s;
            } else if (sw.isNoun()) {
                // X를 늘리는 것이, X를 피하는 전략이: the clause that makes the phrase is what is judged
                // …의존을 줄이는 [공급망] 다변화: the clause may sit on a noun inside the phrase
                for (int n : phraseNouns(p, s)) {
                    for (int d : p.dependents(n)) {
                        if (p.word(d).isPredicate() && p.endingOf(d) == EndingType.ADNOMINAL
                                && p.dep(d) == Parse.Dep.MOD && (!p.arguments(d, Role.OBJECT).isEmpty()
                                || sw.lemma().equals("것") && (undergoing(p, d).isPresent()
                                || idiomUse(p, d).filter(u -> sideOfJudgedClause(p, d, u)).isPresent()))) {
                            action = d;
                        }
                    }
                }
            }
            if (action < 0 || p.predicate(action).isEmpty()) {
                return false;
            }
            if (polarity == Polarity.DOUBT && action == s) {
                // 삼성전자가 TSMC를 따라잡기는 쉽지 않다: what is doubted is the named doer's ability, not the one
                // it acts on (as for …할 수 있을지 의문이다); a doer that names no one (정부가 개입하기는 어렵다) leaves
                // the act
                for (int d : p.arguments(action, Role.SUBJECT)) {
                    List<Target> doer = agent(p, d).isPresent() ? targets(p, d) : List.of();
                    if (!doer.isEmpty()) {
                        emit(p, pred, ctx, doer, polarity, cue, rule, "clause-object", extra);
                        return true;
                    }
                }
            }
            List<Integer> passer = p.arguments(action, Role.SUBJECT);
            if (grammar.is(WordSet.PASSAGE_VERBS, p.predicate(action).get().lemma()) && !passer.isEmpty()
                    && agent(p, passer.get(0)).isEmpty() && !p.arguments(action, Role.OBJECT).isEmpty()) {
                // [법안이 국회를 통과한] 것은 다행이다: what passes the hurdle is judged, not the hurdle
                List<Target> ts = targets(p, passer.get(0));
                if (!ts.isEmpty()) {
                    emit(p, pred, ctx, ts, polarity, cue, rule, "clause-object", extra);
                    return true;
                }
            }
            int complement = p.predicate(action).get().complement();
            if (complement >= 0 && p.word(action).lemma().equals("되")) {
                // 고객이 떠날 수 없는 패키징 파트너가 되는 편이 현실적이다: what one would become is judged
                emit(p, pred, ctx, targets(p, complement), polarity, cue, rule, "clause-object", extra);
                return true;
            }
            Optional<Cues.Evaluation> dir = cues.evaluation(p.predicate(action).get().lemma())
                    .filter(x -> x.frame() == Cues.Frame.DO || x.frame() == Cues.Frame.ACT
                            || x.frame() == Cues.Frame.ALLOCATE);
            // [X에 수조 원을 쏟아붓는 것]은 낭비다: what an allocation favours is its dative
            List<Integer> objects = dir.isPresent() && dir.get().frame() == Cues.Frame.ALLOCATE
                    && !p.arguments(action, Role.DATIVE).isEmpty() ? p.arguments(action, Role.DATIVE)
                    : p.arguments(action, Role.OBJECT);
            boolean nominalised = CLAUSE_THINGS.contains(sw.lemma())
                    || (sw.isPredicate() && sw.ending() == EndingType.NOMINAL);
            // [X를 제공하는] 전략 is defined by its clause; [X를 제공하는] 수직 통합 모델 has content of its own,
            // which the clause only describes: it urges nothing of X
            boolean defining = nominalised || p.head(action) == s;
            int actionNegations = p.predicate(action).get().negations();
            if (!act && nominalised && suffered(p, pred, ctx, action, polarity, cue, rule, extra)) {
                return true;
            }
            if (act && dir.filter(x -> x.after(actionNegations) == Polarity.OPPOSE).isEmpty()) {
                return false;   // [X를 육성하는] 방안을 추진하다: a plan for X is found as the plan (and X)
            }
            int acting = action;
            Optional<IdiomUse> idiom = dir.isEmpty() && !act ? idiomUse(p, acting)
                    .filter(u -> sideOfJudgedClause(p, acting, u)) : Optional.empty();
            if (idiom.isPresent()) {
                // [미국 편에 서는] 것은 위험하다: the side the idiom takes, judged (backing the US is risky: oppose)
                List<Target> sided = idiomTargets(p, acting, idiom.get());
                Polarity own = idiom.get().side(actionNegations);
                if (!sided.isEmpty() && own != Polarity.DOUBT) {
                    emit(p, pred, ctx, sided, own == Polarity.OPPOSE ? polarity.negate() : polarity, cue, rule,
                            "clause-object", "idiom", extra);
                    return true;
                }
            }
            if (objects.isEmpty() || (dir.isEmpty() && (!defining
                    || phrases.headMention(p, objects.get(0)).isEmpty()))) {
                return false;   // an undirected action on a concept stays the action (중국 공장 철수)
            }
            if (dir.isEmpty() && grammar.is(WordSet.RIVAL_VERBS, p.predicate(action).get().lemma())) {
                return false;   // [엔비디아를 대체하기]는 쉽지 않다: the replacing is doubted, not the rival
            }
            Polarity turned = dir.isPresent() && dir.get().after(p.predicate(action).get().negations())
                    == Polarity.OPPOSE ? polarity.negate() : polarity;
            List<Target> acted = targets(p, objects.get(0));
            if (acted.isEmpty()) {
                return false;   // 공급처를 찾기는 어렵다: an object that names nothing leaves the action judged
            }
            if (polarity == Polarity.DOUBT && turned == Polarity.SUPPORT) {
                // [중국의 보복을 피하기는] 어렵다: a harm that is hard to avoid or lessen is warned of, not backed
                acted = threatsWarnedOf(p, pred, ctx, acted, Polarity.OPPOSE, cue, rule, "clause-object", extra);
            }
            emit(p, pred, ctx, acted, turned, cue, rule, "clause-object", extra);
            if (!nominalised) {
                // 의존을 줄이는 공급망 다변화는 과제다: the named thing is judged too, not only what it acts on
                emit(p, pred, ctx, targets(p, s), polarity, cue, rule, extra);
            } else if (!act) {
                // [국산 칩의 경쟁력을 깎아내리는] 것은 착각이다 judges the act as well as what it does to its object,
                // when the act is told with that object (not cut to 여럿 만들기)
                int object = p.word(objects.get(0)).begin();
                emit(p, pred, ctx, targets(p, s).stream().filter(t -> t.mention().begin() <= object).toList(),
                        polarity, cue, rule, extra);
            }
            return true;
        }

        /**
         * [보조금 조항이 빠진] 것은 아쉽다, [규제가 완화된] 것은 다행이다: a clause told by 것 whose verb is missing or
         * a directed verbal noun made passive with 되다 has what happens as its subject, which takes the judgement,
         * turned when what happens works against it (missing, eased) — so 포함되지 않은 것은 아쉽다 wants it included.
         */
        private boolean suffered(Parse p, Predicate pred, Who ctx, int action, Polarity polarity, Word cue,
                                 String rule, String extra) {
            Optional<Boolean> against = undergoing(p, action);
            if (against.isEmpty()) {
                return false;
            }
            List<Target> ts = targets(p, p.arguments(action, Role.SUBJECT).get(0));
            if (ts.isEmpty()) {
                return false;
            }
            emit(p, pred, ctx, ts, against.get() ? polarity.negate() : polarity, cue, rule, "clause-object", extra);
            return true;
        }

        /**
         * Whether a clause tells something happening to its subject, which is no one, with no object: a verb of
         * missing (빠지다) or a directed verbal noun made passive (포함되다, 완화되다); present with whether what
         * happens works against the subject, else empty.
         */
        private Optional<Boolean> undergoing(Parse p, int action) {
            Optional<Predicate> done = p.predicate(action);
            List<Integer> subject = p.arguments(action, Role.SUBJECT);
            if (done.isEmpty() || subject.isEmpty() || agent(p, subject.get(0)).isPresent()
                    || !p.arguments(action, Role.OBJECT).isEmpty()) {
                return Optional.empty();
            }
            if (absent(done.get())) {
                return Optional.of(true);
            }
            boolean passive = p.word(action).pieces().stream().anyMatch(x -> x.tag() == PosTag.XSV
                    && x.form().equals("되"));
            return cues.evaluation(done.get().lemma()).filter(x -> passive && (x.frame() == Cues.Frame.DO
                    || x.frame() == Cues.Frame.HAVE)).map(x -> x.after(done.get().negations()) == Polarity.OPPOSE);
        }

        /** A noun and the bare nouns that modify it, outermost first (공급망 다변화 → 다변화, 공급망). */
        private static List<Integer> phraseNouns(Parse p, int head) {
            List<Integer> out = new ArrayList<>(List.of(head));
            for (int k = 0; k < out.size(); k++) {
                for (int d : p.dependents(out.get(k))) {
                    if (p.dep(d) == Parse.Dep.MOD && p.word(d).isNoun() && p.word(d).role() == Role.NONE) {
                        out.add(d);
                    }
                }
            }
            return out;
        }

        private void attitude(Parse p, Predicate pred, Cues.Evaluation e, int negations, Who ctx) {
            Word w = p.word(pred.word());
            for (int s : subjects(p, pred.word())) {
                // [삼성이 TSMC를 따라잡을 수 있을지] 회의적이다: the clause's own subject is what is doubted, not who
                Optional<Who> who = p.head(s) == pred.word() ? agent(p, s) : Optional.empty();
                if (who.isPresent() && rules.on("attitude-holder")) {
                    List<Target> ts = dativeTargets(p, pred.word());
                    for (int other : subjects(p, pred.word())) {
                        if (ts.isEmpty() && other != s && agent(p, other).isEmpty()) {
                            ts = clauseOrPhrase(p, other);   // 라피더스가 양산을 장담하는 것도 나는 회의적이다
                        }
                    }
                    for (int d : p.dependents(pred.word())) {
                        if (ts.isEmpty() && p.dep(d) == Parse.Dep.CLAUSE && p.endingOf(d) == EndingType.EMBEDDED) {
                            ts = clauseTargets(p, d);   // 전문가들은 [삼성이 TSMC를 따라잡을 수 있을지] 회의적이다
                        }
                    }
                    if (!ts.isEmpty()) {
                        emit(p, pred, who.get(), ts, e.after(negations), w, "attitude-holder");
                    }
                    return;
                }
            }
            judge(p, pred, e, negations, ctx, null);
        }

        /**
         * A side taken by a subject's act; coordinated agents take it together (SK하이닉스와 삼성전자도 X에 나섰다:
         * both), each with the same evidence.
         */
        private void act(Parse p, Predicate pred, Cues.Evaluation e, int negations, Who ctx) {
            int before = out.size();
            actOnce(p, pred, e, negations, ctx);
            if (out.size() > before && out.get(before).holder().isPresent() && rules.on("purpose")) {
                purpose(p, pred, Who.of(out.get(before).holder().get(), "agent"));
            }
            List<Integer> subj = subjects(p, pred.word());
            if (out.size() == before || subj.isEmpty() || !rules.on("coordination")) {
                return;
            }
            shareWithConjuncts(p, subj.get(0), before);
        }

        /**
         * The stances found since {@code before} that the agent at word a holds are held by the agents coordinated
         * with it too (SK하이닉스와 삼성전자도 X에 나섰다; 네이버와 카카오는 "…"라고 밝혔다), each with the same evidence.
         */
        private void shareWithConjuncts(Parse p, int a, int before) {
            Optional<Mention> first = agent(p, a).flatMap(Who::mention);
            List<Optional<Mention>> others = new ArrayList<>();
            for (int c : p.conjuncts(a)) {
                others.add(c == a ? Optional.empty() : agent(p, c).flatMap(Who::mention));
            }
            first.ifPresent(m -> phrases.dotListed(p, m).stream().filter(this::holderKind)
                    .forEach(x -> others.add(Optional.of(x))));   // 삼성·SK는 …: each name of a dotted list
            pairedWith(p, a).ifPresent(x -> others.add(Optional.of(x)));   // 양국은 …: both
            for (int x : exampleWords(p, a)) {
                others.add(agent(p, x).flatMap(Who::mention));   // 네이버와 카카오 같은 기업이 …: each example
            }
            for (Optional<Mention> other : others) {
                if (other.isEmpty() || first.isEmpty() || other.equals(first)) {
                    continue;
                }
                for (Stance st : List.copyOf(out.subList(before, out.size()))) {
                    boolean shared = out.subList(before, out.size()).stream().anyMatch(x -> x.holder().equals(other)
                            && x.target().equals(st.target()) && x.cueBegin() == st.cueBegin());
                    if (st.holder().equals(first) && !shared && !st.target().entity().equals(other.get().entity())) {
                        out.add(st.withHolder(other, with(st.rules(), "coordination")));
                    }
                }
            }
        }

        /**
         * 정부는 [AI 데이터센터 건설을 위해] 규제를 완화하기로 했다: what someone acts for, they want (the act's own
         * side is found as any other).
         */
        private void purpose(Parse p, Predicate pred, Who holder) {
            for (int d : p.dependents(pred.word())) {
                if (p.dep(d) == Parse.Dep.CLAUSE && p.word(d).lemma().equals("위하")) {
                    for (int o : p.arguments(d, Role.OBJECT)) {
                        emit(p, pred, holder, targets(p, o), Polarity.SUPPORT, p.word(d), "purpose");
                    }
                }
            }
        }

        /** 규제 유예를 통해 준비 기간을 확보해야 한다: whoever urges an action through a means wants the means. */
        private void means(Parse p, Predicate pred, Who holder) {
            for (int d : p.dependents(pred.word())) {
                if (p.dep(d) == Parse.Dep.CLAUSE && p.word(d).lemma().equals("통하")
                        && !p.endingOf(d).isAdnominal()) {
                    for (int o : p.arguments(d, Role.OBJECT)) {
                        emit(p, pred, holder, targets(p, o), Polarity.SUPPORT, p.word(d), "means");
                    }
                }
            }
        }

        /**
         * X는 [Y를 풀] 수단이다 (means-nouns.tsv): a means to an end told in a relative clause backs X, and takes the
         * end's side on Y (a clause with its own subject, or one acting on an actor, tells no end of X's).
         */
        private void meansToAnEnd(Parse p, Predicate pred, Who ctx) {
            List<Integer> subj = subjects(p, pred.word());
            // (X is a thing: a gazetteer actor or an unnamed source is someone, a candidate name may be either)
            if (subj.isEmpty() || agent(p, subj.get(0)).filter(x -> x.mention().isEmpty()
                    || x.mention().get().entity().kind() != Kind.CANDIDATE).isPresent()) {
                return;
            }
            // (on the noun or on a bare noun compounded with it: [Y를 풀] 시장적 수단)
            List<Integer> modifiers = new ArrayList<>(p.dependents(pred.word()));
            for (int n : p.dependents(pred.word())) {
                if (p.dep(n) == Parse.Dep.MOD && p.word(n).isNoun() && p.word(n).role() == Role.NONE) {
                    modifiers.addAll(p.dependents(n));
                }
            }
            for (int d : modifiers) {
                Optional<Predicate> end = p.predicate(d).filter(x -> x.ending().isAdnominal() && x.negations() == 0);
                Optional<Cues.Evaluation> dir = end.flatMap(x -> cues.evaluation(x.lemma()))
                        .filter(x -> x.frame() == Cues.Frame.DO);
                List<Integer> objects = p.arguments(d, Role.OBJECT);
                if (p.dep(d) != Parse.Dep.MOD || dir.isEmpty() || objects.isEmpty() || !p.arguments(d, Role.SUBJECT).isEmpty()
                        || objects.stream().anyMatch(o -> agent(p, o).isPresent())) {
                    continue;
                }
                emit(p, pred, ctx, targets(p, subj.get(0)), Polarity.SUPPORT, p.word(pred.word()), "means");
                emit(p, pred, ctx, targets(p, objects.get(0)), dir.get().polarity(), p.word(d), "means");
                return;
            }
        }

        /**
         * 엔비디아는 [HBM4를] 높이 평가했다, 나는 [그 가능성을] 낮게 본다: how highly a rating verb's adverb rates the
         * object is its subject's side on it (rating-verbs.tsv, high- and low-rating-adverbs.tsv), else the context's.
         */
        private void ratedAs(Parse p, Predicate pred, Who ctx) {
            List<Integer> objects = p.arguments(pred.word(), Role.OBJECT);
            if (objects.isEmpty()) {
                return;
            }
            for (int d : p.dependents(pred.word())) {
                Word a = p.word(d);
                String written = written(a);
                Polarity side = grammar.is(WordSet.HIGH_RATING_ADVERBS, written) ? Polarity.SUPPORT
                        : grammar.is(WordSet.LOW_RATING_ADVERBS, written) ? Polarity.DOUBT : null;
                if (side == null || d < objects.get(0)) {
                    continue;
                }
                int o = objects.get(0);
                List<Target> ts = targets(p, o);
                if (ts.isEmpty() && o > 0 && cues.holderNoun(p.word(o).lemma()) != null && p.head(o - 1) == o
                        && p.dep(o - 1) == Parse.Dep.MOD && p.word(o - 1).role() == Role.NONE) {
                    ts = targets(p, o - 1);   // [규제 완화] 의지를 높이 평가했다: the will is rated for what it wills
                }
                emit(p, pred, judger(p, pred, ctx), ts, side, a, "regarded-as");
                return;
            }
        }

        /**
         * 야당은 [이번 조치를] [명백한 실책으로] 규정했다: taking X as a judging noun (or as a noun a judging adjective
         * describes: 가장 시급한 과제로 꼽았다) is the subject's judgement of X, else the context's.
         */
        private void regardedAs(Parse p, Predicate pred, Who ctx) {
            List<Integer> as = p.arguments(pred.word(), Role.INSTRUMENT);
            if (as.isEmpty()) {
                return;
            }
            int y = as.get(0);
            List<Integer> objects = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            // (an attitude as the manner of it, X를 긍정적으로 평가했다, says the same)
            Optional<Cues.Evaluation> e = cues.evaluation(p.word(y).lemma())
                    .filter(x -> x.frame() == Cues.Frame.JUDGE || x.frame() == Cues.Frame.ATTITUDE);
            for (int d : p.dependents(y)) {
                if (p.dep(d) == Parse.Dep.MOD && p.endingOf(d).isAdnominal()) {
                    // (the parser gives the object before an adjective to the adjective: X를 [명백한] 실책으로)
                    objects.addAll(p.arguments(d, Role.OBJECT));
                    if (e.isEmpty()) {
                        e = p.predicate(d).filter(x -> x.negations() == 0).flatMap(x -> cues.evaluation(x.lemma()))
                                .filter(x -> x.frame() == Cues.Frame.JUDGE);
                    }
                }
            }
            if (objects.isEmpty() || e.isEmpty() || e.get().polarity() == Polarity.NEUTRAL) {
                return;
            }
            emit(p, pred, judger(p, pred, ctx), targets(p, objects.get(0)), e.get().polarity(), p.word(y),
                    "regarded-as");
        }

        /**
         * Who takes or rates something as judged: the subject when it is someone, else the context (기업들은 X를 자산으로
         * 인식해야 한다: urged, the judgement is the urger's).
         */
        private Who judger(Parse p, Predicate pred, Who ctx) {
            List<Integer> s = pred.has(Modality.DEONTIC) || urgedByClause(p, pred) ? List.of() : subjects(p, pred.word());
            return s.isEmpty() ? ctx : agent(p, s.get(0)).orElse(ctx);
        }

        /**
         * 수출 구조를 [고부가가치 중심으로] 전환해야 한다, [과학 중심의 에너지 정책으로] 전환해야 한다: whoever urges
         * turning something into something else wants what it is to become (not an actor: a partner or place is not
         * what a thing becomes).
         */
        private void changeTo(Parse p, Predicate pred, Who holder) {
            for (int y : p.arguments(pred.word(), Role.INSTRUMENT)) {
                List<Target> ts = targets(p, y).stream()
                        .filter(t -> t.mention().entity().kind() != Kind.ACTOR).toList();
                emit(p, pred, holder, ts, Polarity.SUPPORT, p.word(pred.word()), "change-to");
            }
        }

        /** Whether the clause of predicate i, or the one it is an alternative or a conjunct of, fills a likelihood noun. */
        private boolean forecast(Parse p, int i) {
            int k = i;
            while (p.dep(k) == Parse.Dep.CLAUSE && p.endingOf(k) == EndingType.COORDINATE && p.head(k) >= 0) {
                k = p.head(k);
            }
            int n = p.head(k);
            return p.dep(k) == Parse.Dep.MOD && n >= 0 && p.word(k).ending().isAdnominal()
                    && likelihoodNouns.contains(p.word(n).lemma());
        }

        /**
         * The side taken on what an act named by a noun is on, by one who wants (or not) that act: wanting its
         * scrapping opposes the thing, not wanting its growth doubts it (폐기를 요구했다, 투자를 늘려서는 안 된다).
         */
        private static Polarity onAnAct(Polarity wanted, Polarity act) {
            return wanted == Polarity.SUPPORT ? act : act == Polarity.SUPPORT ? Polarity.DOUBT : act.negate();
        }

        /** [삼성이 주도권을 잡을] 가능성: a likelihood noun told of a clause (not 성장 가능성, a potential). */
        private boolean likelihoodClause(Parse p, int n) {
            return likelihoodNouns.contains(p.word(n).lemma()) && p.dependents(n).stream().anyMatch(d -> p.dep(d)
                    == Parse.Dep.MOD && p.predicate(d).filter(x -> x.ending().isAdnominal()).isPresent());
        }

        /**
         * Taking seriously that a clause may happen ([수출 통제가 강화될] 가능성을 배제할 수 없다, 무시할 수 없다, …에
         * 대비해야 한다) warns of the risk the clause names, and ruling it out doubts that risk; of anything else it is
         * a forecast and takes no side (삼성이 주도권을 되찾을 가능성을 배제할 수 없다).
         */
        private void likelyWarned(Parse p, Predicate pred, int likelihood, Cues.Evaluation e, int negations, Who ctx,
                                  Word w) {
            if (!rules.on("likely-warned")) {
                return;
            }
            List<Target> risks = targets(p, likelihood).stream().filter(t -> riskOrThreat(t.mention())).toList();
            Polarity taken = e.after(negations);
            // (emit turns attention to a risk into a warning itself)
            Polarity pol = e.frame() == Cues.Frame.ATTEND ? taken
                    : taken == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.DOUBT;
            emit(p, pred, ctx, risks, pol, w, "do-deontic", "likely-warned");
        }

        private void actOnce(Parse p, Predicate pred, Cues.Evaluation e, int negations, Who ctx) {
            if (!rules.on("act-object")) {
                return;
            }
            Word w = p.word(pred.word());
            if (forecast(p, pred.word())) {
                return;   // [트럼프가 지원을 중단하거나 갈등을 일으킬] 가능성: what may happen, not what was done
            }
            if (pred.has(Modality.WORTH) && p.arguments(pred.word(), Role.OBJECT).isEmpty()
                    && p.arguments(pred.word(), Role.DATIVE).isEmpty() && p.arguments(pred.word(), Role.ADDITIVE).isEmpty()
                    && !p.arguments(pred.word(), Role.TOPIC).isEmpty() && nonAgentSubject(p, pred)) {
                // X는 환영할 만하다: a thing worth the act is what the act would be on
                emit(p, pred, ctx, subjectTargets(p, pred.word()), e.after(negations), w, "act-object");
                return;
            }
            if (pred.passive(w)) {
                if (cues.passiveAttitudes().contains(pred.lemma()) || pred.has(Modality.DEONTIC)) {
                    judge(p, pred, e, negations, ctx, null);   // X가 우려된다: what is feared is the subject
                }
                return;   // X가 시행된다, 수출이 금지됐다: an act reported, its doer unnamed
            }
            Who holder = ctx;
            // (정부는 X에 참여하여 Y에 기여해야 한다: a joined clause is urged with the clause it joins; 노조는 [정부가
            // X를 철회할] 것을 촉구했다: what is asked of someone is the asker's side, not yet theirs)
            if (!pred.has(Modality.DEONTIC) && !urgedByClause(p, pred) && demandOver(p, pred.word()) < 0
                    && rules.on("agent")) {
                List<Integer> subj = subjects(p, pred.word());
                for (int s : subj) {
                    Optional<Who> who = agent(p, s);
                    if (who.isPresent()) {
                        holder = who.get();
                    } else if (e.frame() == Cues.Frame.ACT && ctx.known()
                            && (ctx.mention().isEmpty() || reportedBy(ctx)) && namesSomeone(p, s)
                            && !genitiveInside(p, s)) {
                        // 엔비디아 협력사 모임은 X를 환영했다: the side is theirs, as written, never the writer's
                        // ([삼성의] 기술 혁신 names someone only as whose the thing is: a thing, no holder)
                        holder = holder(p, s, false).orElse(holder);
                    }
                    break;
                }
                if (subj.isEmpty()) {
                    holder = source(p, pred).orElse(ctx);   // 의회 일각에서는 … 규제를 요구하고 있다
                    if (holder == ctx) {
                        holder = continuedFromWriter(p, pred, ctx).orElse(ctx);
                    }
                }
            }
            if ((holder.mention().isEmpty() && "author".equals(holder.rule()) || reportedBy(holder))
                    && !pred.has(Modality.DEONTIC) && !urgedByClause(p, pred) && rules.on("unnamed-doer")) {
                // 전 세계가 원자력에 주목하는 가운데, 이들은 …에 주목하고 있다: an act whose doer is written is theirs,
                // named or not, never the writer's
                List<Integer> subj = subjects(p, pred.word());
                if (!subj.isEmpty() && someone(p, subj.get(0))) {
                    Optional<Who> doer = doer(p, subj.get(0));
                    if (doer.isEmpty()) {
                        return;
                    }
                    holder = doer.get();
                } else if (!subj.isEmpty() && e.frame() == Cues.Frame.ACT
                        && phrases.headMention(p, subj.get(0)).filter(m -> !holderKind(m)).isPresent()) {
                    return;   // GPU는 대량의 연산을 요구한다, AI 기본법은 X를 금지한다: a named thing takes no side
                }
            }
            if (holder != ctx && e.frame() == Cues.Frame.DO && (grammar.is(WordSet.MAKING_VERBS, pred.lemma())
                    || grammar.is(WordSet.DELAY_VERBS, pred.lemma())) && !pred.has(Modality.DEONTIC)
                    && !urgedByClause(p, pred)) {
                // 딥엑스는 AI 카메라 모듈을 개발하기로 했다: a maker's making is a develops relation, no side; 삼성전자는
                // 가동 시점을 늦췄다: a doer's own delay is a change of schedule
                return;
            }
            if (holder != ctx && (e.frame() == Cues.Frame.DO || e.frame() == Cues.Frame.ALLOCATE)
                    && e.polarity() == Polarity.SUPPORT && pred.negations() == 0
                    && businessDoer(holder) && narrated(p, pred) && !urgedByClause(p, pred)
                    && rules.on("narrated-deed")) {
                // 샤오미는 플립 출하량을 늘렸다, 크래프톤은 GPU 클러스터에 투자했다: a firm's business move, told as
                // done, is a fact (the relations say it), not a side it takes on what it moves (a step back, 계획을
                // 접었다, still is one)
                return;
            }
            String sideless = cues.sidelessActs().get(pred.lemma());
            if (holder != ctx && sideless != null && pred.negations() == 0 && narrated(p, pred)
                    && !urgedByClause(p, pred) && rules.on(sideless)) {
                // X는 Y하는 방안을 검토하고 있다: an option weighed is no side taken yet; X는 수사에 나섰다, Y에
                // 참여했다: a deed, which the relations record
                return;
            }
            List<Integer> objects = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            for (int t : p.arguments(pred.word(), Role.TOPIC)) {
                if (objects.isEmpty() && (e.frame() == Cues.Frame.DO || pred.has(Modality.DEONTIC)
                        || e.frame() == Cues.Frame.ACT && !pred.has(Modality.PASSIVE) && contentClause(p, t) < 0
                        && !someone(p, t) && p.arguments(pred.word(), Role.ADDITIVE).isEmpty()
                        && p.arguments(pred.word(), Role.DATIVE).isEmpty())
                        && agent(p, t).isEmpty()) {
                    // "인력 감축은 하지 않겠다", X에 대한 과잉 투자는 재고해야 한다, "X는 허용하되 Y는 허가하지
                    // 않겠다": a topic that is no one is what is (not) done ([X가 필요하다는] 데는 동의한다: what a
                    // told clause says carries its own side)
                    objects.add(t);
                }
            }
            if (objects.isEmpty() && p.arguments(pred.word(), Role.ADDITIVE).size() == 1
                    && (!p.arguments(pred.word(), Role.TOPIC).isEmpty() || pred.has(Modality.DEONTIC)
                    || pred.has(Modality.WORTH))) {
                // 정부는 공동 개발 사업도 추진하기로 했다; X하는 시각도 경계해야 한다 (the one who ought is the writer);
                // [중소기업에는] 인건비를 지원하는 방안도 검토할 만하다
                objects.addAll(p.arguments(pred.word(), Role.ADDITIVE));
            }
            if (holder == ctx && pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD
                    && subjects(p, pred.word()).isEmpty()) {
                // 미 의회는 X 추가를 요구하는 서한을 보냈다: a document says what its sender wants
                int noun = p.head(pred.word());
                int gov = noun >= 0 ? p.head(noun) : -1;
                if (gov >= 0 && p.predicate(gov).isPresent() && grammarControl.contains(p.word(noun).lemma())) {
                    holder = subjectAgent(p, gov).orElse(holder);
                }
            }
            List<Integer> viewed = new ArrayList<>(objects);
            if (e.frame() == Cues.Frame.ACT && !cues.deedVerbs().contains(pred.lemma())) {
                // X 주장에 반대했다: the view answered; but [X 우려에] 서비스를 중단했다, 시행을 미뤘다: a deed's or
                // an action's reason
                viewed.addAll(p.arguments(pred.word(), Role.DATIVE));
            }
            for (int v : viewed) {
                if (endorse(p, pred, v, e.after(negations), holder, w)) {
                    return;   // …하자는 주장에 동의하지 않는다: agreeing with a view takes its sides
                }
            }
            if (!objects.isEmpty() && bareView(p, objects.get(0)) && !(reaction(p.word(objects.get(0)))
                    && e.after(negations) == Polarity.OPPOSE)) {
                // "…"라며 반대 입장을 분명히 했다: what the view is, the quote says; but 중국의 반발을 우려했다 fears
                // the reaction as an event
                return;
            }
            if (!objects.isEmpty() && e.frame() == Cues.Frame.ACT
                    && nounComplement(p, pred, objects.get(0), negations, holder)) {
                return;   // X의 필요성을 강조했다: the noun is the cue (but X의 불확실성을 최소화하다 acts on it all)
            }
            if (!objects.isEmpty() && askedClauseTakesSides(p, pred.word(), objects.get(0))) {
                return;   // X를 철회할 것을 촉구했다: the clause asked for takes the sides (rule demanded-clause)
            }
            boolean demand = cues.demandVerbs().contains(pred.lemma());
            if (demand && !objects.isEmpty() && grammar.is(WordSet.HARDSHIP_NOUNS, p.word(objects.get(0)).lemma())) {
                // 업계는 [과도한 규제로] 어려움을 호소했다: a hardship pleaded is complained of; its cause is opposed
                if (rules.on("hardship") && negations == 0) {
                    for (int c : p.arguments(pred.word(), Role.INSTRUMENT)) {
                        emit(p, pred, holder, targets(p, c), Polarity.OPPOSE, w, "act-object", "hardship");
                    }
                }
                return;
            }
            int caused = demand ? causedClause(p, pred.word()) : -1;
            if (caused >= 0 && rules.on("concept")) {
                // 미국은 [한국 기업이 부족분을 채우지 않게] 해달라고 요청했다: what is asked for is the clause made to
                // happen (denied: asked not to happen), not its subject
                int from = p.word(caused).begin();   // its own arguments, not a clause of condition before them
                for (int a : p.dependents(caused)) {
                    if (p.dep(a) == Parse.Dep.ARG && a < caused && !clauseNouns.contains(p.word(a).lemma())) {
                        from = Math.min(from, phrases.phrase(p, a).begin());
                    }
                }
                Optional<Mention> c = phrases.concept(p, caused,
                        new NounPhrases.Phrase(from, p.word(caused).contentEnd()));
                if (c.isPresent()) {
                    Polarity pol = e.after(negations);
                    emit(p, pred, holder, List.of(new Target(c.get(), List.of("concept"))),
                            p.predicate(caused).get().negations() % 2 == 1 ? pol.negate() : pol, w, "act-object",
                            "demanded-clause");
                    return;
                }
            }
            if (!objects.isEmpty() && e.frame() != Cues.Frame.ALLOCATE
                    && clauseObject(p, objects.get(0), e.after(negations), pred, holder, w, "act-object", null)) {
                return;   // 정부는 [X를 철회하는] 방안을 검토하고 있다: the plan's own action decides
            }
            // (로봇 '아틀라스'를 울산공장에 투입하다: a named thing put somewhere is what is backed, not the place)
            List<Target> put = e.frame() == Cues.Frame.ALLOCATE && !objects.isEmpty()
                    ? objectTargets(p, pred, objects.get(0)) : null;
            boolean namedPut = put != null && put.stream().anyMatch(t -> named(t.mention()));
            List<Target> ts = objects.isEmpty() || e.frame() == Cues.Frame.ALLOCATE && !namedPut && !dativeTargets(p,
                    pred.word()).isEmpty() ? dativeTargets(p, pred.word())
                    : amount(p, objects.get(0)) ? spentOn(p, pred)
                    : put != null ? put : objectTargets(p, pred, objects.get(0));
            if (ts.isEmpty() && pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD
                    && holder != ctx && !extent(p, p.head(pred.word()))) {
                // 통상교섭본부가 제안한 칩브릿지 펀드 구상: the noun is proposed (the compound's head: 약속한 AI 고속도로)
                int noun = p.compoundHead(p.head(pred.word()));
                ts = targets(p, noun);
                int after = pastSpace(pred.end());
                if (ts.size() == 1 && ts.get(0).mention().entity().kind() == Kind.CONCEPT
                        && ts.get(0).mention().begin() < after) {
                    // 정부가 내세운 논리: what was put forward is the noun after the clause, not the clause's own words
                    // again (a bare 논리 names nothing)
                    Optional<Mention> c = phrases.concept(p, noun,
                            new NounPhrases.Phrase(after, phrases.phrase(p, noun).end()));
                    int head = noun;   // 미국이 요구하는 [3500억달러 규모의 직접 투자]: past an amount, what it measures
                    while (c.isEmpty() && p.dep(head) == Parse.Dep.MOD && p.head(head) >= 0
                            && p.word(p.head(head)).isNoun()) {
                        head = p.head(head);
                    }
                    if (c.isEmpty() && head != noun) {
                        c = phrases.concept(p, head, new NounPhrases.Phrase(after, phrases.phrase(p, head).end()));
                    }
                    ts = c.map(m -> List.of(new Target(m, List.of("concept")))).orElse(List.of());
                }
            }
            if (ts.isEmpty() && demand && objects.size() == 1 && holder.mention().isPresent()
                    && rules.on("reaction")) {
                // 노동계는 즉각 폐기를 요구했다: an act asked for with nothing named is to the measure just reported
                int o = objects.get(0);
                Optional<Cues.Evaluation> act = cues.evaluation(p.word(o).lemma())
                        .filter(x -> x.frame() == Cues.Frame.DO || x.frame() == Cues.Frame.ACT);
                Optional<Mention> measure = act.isPresent() && phrases.phrase(p, o).begin() == p.word(o).begin()
                        ? lastMeasure(p, pred.word()) : Optional.empty();
                if (measure.isPresent()) {
                    emit(p, pred, holder, List.of(new Target(measure.get(), List.of("reaction"))),
                            onAnAct(e.after(negations), act.get().polarity()), w, "act-object", "reaction");
                    return;
                }
            }
            if (ts.isEmpty() && demand && sideTakenWithin(p, pred.word(), holder)) {
                return;   // X 시행을 늦춰 달라고 요청했다: what is asked for took its sides (oppose X), the asking adds none
            }
            if (ts.isEmpty() && objects.isEmpty() && grammar.is(WordSet.PLEA_VERBS, pred.lemma())
                    && p.dependents(pred.word()).stream().noneMatch(d -> p.dep(d) == Parse.Dep.QUOTE
                    && quotedPredicate(p, d) >= 0 && tellsMissing(p, quotedPredicate(p, d)))) {
                return;   // X가 너무 빠르다고 호소했다: a grievance told, its own words take any side (a lack pleaded
                          // still wants what lacks: 전력이 부족하다고 호소했다)
            }
            // (…변함이 없다면서도 부지를 검토하고 있다: an act on a thing named acts on it, even one too plain to be
            // a concept; what is said alongside is no part of it)
            boolean actsOnObject = !objects.isEmpty() && e.frame() == Cues.Frame.ACT
                    && p.head(objects.get(0)) == pred.word() && p.word(objects.get(0)).role() == Role.OBJECT
                    && p.word(objects.get(0)).isNoun() && cues.holderNoun(p.word(objects.get(0)).lemma()) == null;
            if (ts.isEmpty() && (objects.isEmpty() || !demand) && !actsOnObject) {
                // …잠식할 수 있다고 우려한다, "…지방 이전 정책"이라고 비판했다: what is said is the target (but X가
                // 불공정하다며 국정조사를 요구했다: a demand's object is what is asked for, the saying its reason;
                // "X에 반대한다"며 성명을 냈다 still says it)
                boolean says = p.dependents(pred.word()).stream().anyMatch(d -> p.dep(d) == Parse.Dep.QUOTE);
                if (says && holder == ctx) {
                    for (int s : subjects(p, pred.word())) {
                        holder = holder(p, s, false).orElse(ctx);
                        break;
                    }
                }
                Who speaker = holder;
                Polarity said = e.after(negations);
                // "[제3의 길]을 찾아야 한다"고 맞선다: a target the saying itself took a side on keeps that side; the
                // retort is against someone else
                ts = saidTargets(p, pred.word(), said).stream()
                        .filter(t -> !says || !takenOtherwiseWithin(p, pred.word(), speaker, t, said)).toList();
            }
            if (ts.isEmpty() && objects.isEmpty() && p.arguments(pred.word(), Role.DATIVE).isEmpty()
                    && rules.on("reported-speech")) {
                ts = quotedAbout(p, pred.word());   // 외교부는 X에 대해 "강력히 반대한다"고 말했다
            }
            // ("늦었지만 환영한다"며: a named speaker's own reaction in their words is as much theirs)
            boolean ownWords = holder == ctx && (quoted(p, pred.word()) || w.bubble() != 0)
                    && subjects(p, pred.word()).isEmpty();
            if (ts.isEmpty() && (holder != ctx || ownWords) && holder.mention().isPresent()
                    && e.frame() == Cues.Frame.ACT && objects.isEmpty() && rules.on("reaction")
                    && p.arguments(pred.word(), Role.DATIVE).isEmpty() && p.arguments(pred.word(), Role.INSTRUMENT).isEmpty()
                    && !grammar.is(WordSet.JOINING_VERBS, pred.lemma())
                    && !sideTakenWithin(p, pred.word(), holder)) {
                // 중국은 강하게 반발했다: a reaction with nothing named reacts to the measure just reported (but
                // X를 철회하라고 촉구했다 took its side in what it says), or to the act a clause in -자 told
                // ([중국이 희토류 수출을 제한하자] 미국은 반발했다); what one counters with (X로 맞서다) is its own
                // (a measure named in that act is what the reaction is to: [미국이 관세를 올리자] → 관세)
                Optional<Mention> act = triggeringAct(p, pred.word());
                Optional<Mention> measure = act.isPresent() ? Optional.of(measureIn(p, pred.word(), act.get()))
                        : lastMeasure(p, pred.word());
                if (measure.isPresent()) {
                    emit(p, pred, holder, List.of(new Target(measure.get(), List.of("reaction"))), e.after(negations),
                            w, "act-object", "reaction");
                    return;
                }
            }
            if (e.frame() == Cues.Frame.ACT && holder.mention().isEmpty() && "author".equals(holder.rule())
                    && (p.past(pred) || pred.has(Modality.INTENTION) || pred.has(Modality.DECISION)
                        || cues.deedVerbs().contains(pred.lemma()) && !urged(p, pred))
                    && !pred.has(Modality.DEONTIC)) {
                // …에 반대했다, …라고 비난했다, …을 추진할 계획이다, …을 추진하며: the writer reports someone's act,
                // plan or deed, never their own unnamed
                return;
            }
            Polarity side = e.after(negations);
            Who actor = holder;
            ts = ts.stream().map(t -> t.turn(againstAnAct(t, actor, side))).toList();
            emit(p, pred, holder, ts, side, w, "act-object");
        }

        /**
         * 미국은 중국에 대한 HBM 수출을 금지했다. 중국은 이에 반발했다: whether a side taken on what a demonstrative
         * points back at answers another's act on it, so that opposing the act takes the other side on its target
         * (and backing it the act's own): the antecedent is the target of someone else's act before.
         */
        private boolean againstAnAct(Target t, Who holder, Polarity side) {
            if (!t.rules().contains("anaphora") || side == Polarity.DOUBT || side == Polarity.NEUTRAL) {
                return false;
            }
            String own = holder.mention().map(m -> m.entity().iri()).orElse("");
            for (Stance st : out) {
                // (a side taken on the same antecedent is another reaction, not the act: 업계는 이번 조치를 우려했다)
                if (st.target() == t.mention() && st.rules().contains("act-object") && st.holder().isPresent()
                        && !st.rules().contains("anaphora")
                        && !st.holder().get().entity().iri().equals(own)
                        && (st.polarity() == Polarity.SUPPORT || st.polarity() == Polarity.OPPOSE)) {
                    Polarity wanted = side == Polarity.OPPOSE ? st.polarity().negate() : st.polarity();
                    return wanted != side;
                }
            }
            return false;
        }

        /**
         * Whether a noun a relative clause modifies is only how far or where it holds (미국이 허용하는 범위 내에서,
         * 감당할 수 있는 수준): a generic head of concept-heads.tsv, or one a bound noun follows (범위 내, 기간 중).
         */
        private boolean extent(Parse p, int noun) {
            if (noun < 0) {
                return false;
            }
            if ("none".equals(cues.conceptHeads().get(p.word(noun).lemma()))) {
                return true;
            }
            int head = p.compoundHead(noun);
            return head != noun && !p.word(head).pieces().isEmpty()
                    && p.word(head).pieces().get(0).tag() == PosTag.NNB;
        }

        /**
         * The clause a quoted causative asks to be made to happen: [X가 Y를 하지 않게] 해달라고, [X할 수 있도록] 해 달라고
         * (a 하다 whose clause ends in -게 or -도록); -1 when the quotation is no such causative.
         */
        private int causedClause(Parse p, int verb) {
            for (int d : p.dependents(verb)) {
                int q = p.dep(d) == Parse.Dep.QUOTE ? quotedPredicate(p, d) : -1;
                if (q < 0 || !p.predicate(q).get().lemma().equals("하")) {
                    continue;
                }
                for (int x : p.dependents(q)) {
                    if (p.dep(x) == Parse.Dep.CLAUSE
                            && p.predicate(x).filter(c -> c.ending() == EndingType.PURPOSE).isPresent()) {
                        return x;
                    }
                }
            }
            return -1;
        }

        /** Whether the object of a verb of asking is a clause whose own verb takes a side (X를 철회할 것). */
        private boolean askedClauseTakesSides(Parse p, int verb, int object) {
            List<Integer> clauses = new ArrayList<>(List.of(object));
            for (int d : p.dependents(object)) {
                if (p.dep(d) == Parse.Dep.MOD) {
                    clauses.add(d);
                }
            }
            for (int q : clauses) {
                Optional<Cues.Evaluation> v = p.predicate(q).flatMap(x -> cues.evaluation(x.lemma()));
                if (demandOver(p, q) == verb && v.isPresent() && v.get().frame() != Cues.Frame.JUDGE
                        && v.get().frame() != Cues.Frame.ATTITUDE) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the holder took another side on t in what the predicate's clause says, before the predicate. */
        private boolean takenOtherwiseWithin(Parse p, int pred, Who holder, Target t, Polarity polarity) {
            Polarity side = t.turned() ? polarity.negate() : polarity;
            return takenWithin(p, pred, holder).anyMatch(st -> st.polarity() != side
                    && st.target().entity().iri().equals(t.mention().entity().iri()));
        }

        /** Whether the holder already took a side in what the predicate's clause says, before the predicate. */
        private boolean sideTakenWithin(Parse p, int pred, Who holder) {
            return takenWithin(p, pred, holder).findAny().isPresent();
        }

        /** The holder's stances cued in the predicate's clause before the predicate. */
        private Stream<Stance> takenWithin(Parse p, int pred, Who holder) {
            int from = p.subtreeBegin(pred);
            int to = p.word(pred).begin();
            return out.stream().filter(st -> st.cueBegin() >= from && st.cueEnd() <= to
                    && st.holder().equals(holder.mention()));
        }

        /**
         * "[수출통제가 길어지면] 중국 공장은 가치를 잃을 것"이라고 우려했다: what a warning is against is what its
         * condition names (the condition's subject, when that is no one), not what suffers; not when the condition
         * is denied or turns it (규제가 풀리면).
         */
        private List<Target> warnedCause(Parse p, int clause) {
            for (int d : p.dependents(clause)) {
                Optional<Predicate> cond = p.predicate(d);
                if (p.dep(d) != Parse.Dep.CLAUSE || cond.isEmpty() || cond.get().ending() != EndingType.CONDITIONAL) {
                    continue;
                }
                Optional<Cues.Evaluation> dir = cues.evaluation(cond.get().lemma());
                List<Integer> done = p.arguments(d, Role.OBJECT);
                if (cond.get().negations() == 1 && dir.isPresent() && dir.get().frame() == Cues.Frame.DO
                        && !done.isEmpty() && rules.on("conditional-cause")) {
                    // [전력을 제때 확보하지 못하면] 일정을 다시 짜야 한다는 우려: what a feared failure leaves undone
                    // is wanted done (the warning turned on it), and what it leaves unreduced is warned of
                    boolean wanted = dir.get().polarity() != Polarity.OPPOSE;
                    return targets(p, done.get(0)).stream()
                            .map(t -> new Target(t.mention(), with(t.rules(), "conditional-cause"), t.turned())
                                    .turn(wanted)).toList();
                }
                if (cond.get().negations() > 0) {
                    continue;
                }
                if (dir.isPresent() && dir.get().frame() == Cues.Frame.DO && rules.on("conditional-cause")) {
                    // [전력망 확충이 늦어지면] 차질을 빚을 것이라는 우려: what a feared change lessens is wanted
                    List<Integer> s = subjects(p, d);
                    boolean against = dir.get().polarity() == Polarity.OPPOSE;
                    return s.isEmpty() || agent(p, s.get(0)).isPresent() ? List.of() : targets(p, s.get(0)).stream()
                            .map(t -> new Target(t.mention(), with(t.rules(), "conditional-cause"), t.turned())
                                    .turn(against)).toList();
                }
                if (dir.isPresent()) {
                    continue;
                }
                List<Integer> s = subjects(p, d);
                if (!s.isEmpty() && agent(p, s.get(0)).isEmpty()) {
                    // [중국산 장비가 끊기면] 공장이 멈출 수 있다는 경고: what is feared to be missing is wanted
                    return targets(p, s.get(0)).stream().map(t -> t.turn(absent(cond.get()))).toList();
                }
            }
            return List.of();
        }

        /** [미국의 수출통제가 무역 질서를 훼손한다]고 비판했다: a clause in which its subject harms its object. */
        private boolean harms(Parse p, int clause) {
            Predicate c = p.predicate(clause).get();
            if (subjects(p, clause).isEmpty() || p.arguments(clause, Role.OBJECT).isEmpty()) {
                return false;
            }
            if (c.negations() == 0 && cues.harmVerbs().contains(c.lemma())) {
                return true;
            }
            // lessening a thing (경쟁력을 약화시킨다) harms it, and so does growing a harm (부담을 키운다), but not
            // lessening one (부담을 줄인다)
            return direction(c).map(dir -> movesJudged(p, c).map(x -> x == Polarity.OPPOSE)
                    .orElse(dir == Polarity.OPPOSE)).orElse(false);
        }

        private void directed(Parse p, Predicate pred, Cues.Evaluation e, int negations, Who ctx) {
            for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                if (rules.on("idiom") && cues.idiom(pred.lemma(), p.word(o).lemma()) != null) {
                    return;   // "X는 Y에 큰 타격을 준다": the idiom says what it says, not giving a blow
                }
                if (cues.lightVerb(pred.lemma(), Cues.Slot.OBJECT) != null && (cues.evaluation(p.word(o).lemma())
                        .isPresent() || cues.holderNoun(p.word(o).lemma()) != null)) {
                    return;   // 우려를 내놓았다, 반대 입장을 내놓았다: the verb carries a view; the noun says it
                }
            }
            if (embeddedQuestion(p, pred)) {
                return;   // [시차를 얼마나 줄이느냐]에 따라: a question told as a noun asks; it neither urges nor does
            }
            if (pred.lemma().equals("하") && !p.arguments(pred.word(), Role.INSTRUMENT).isEmpty()) {
                return;   // 관세를 15%로 했다, X를 바탕으로 한다: setting X at or on something is not doing X
            }
            if (e.frame() == Cues.Frame.HAVE && grammar.is(WordSet.CHANGE_VERBS, pred.lemma())
                    && !p.arguments(pred.word(), Role.INSTRUMENT).isEmpty()) {
                return;   // 생산 기지를 미국으로 바꿔야 한다: what it turns into says the side (rule change-to)
            }
            if (pred.lemma().equals("하") && p.dependents(pred.word()).stream().anyMatch(d -> p.dep(d)
                    == Parse.Dep.CLAUSE && p.word(d).isPredicate() && p.word(d).link().equals("게"))) {
                return;   // 세계를 놀라게 했다: 하다 makes the clause before it happen; that clause says what is done
            }
            boolean attend = e.frame() == Cues.Frame.ATTEND;   // 무시할 수 없다: attention is a view in itself
            if (attend && pred.passive(p.word(pred.word())) && !urged(p, pred)) {
                return;   // X가 주목된다, X를 주목하게 된다: what draws attention, told; nobody's side
            }
            if (attend && pred.ending().isAdnominal() && !urged(p, pred) && subjects(p, pred.word()).isEmpty()) {
                return;   // [현실을 외면한] 처사: an act of (in)attention described, by no one said, takes no side
            }
            // X를 포기할 수 없다, 투자를 멈출 수 없다: what cannot be stopped or given up is urged on (but with a
            // means, X만으로는 Y를 줄일 수 없다, the means is what falls short: rule insufficient-means)
            boolean unstoppable = pred.has(Modality.INABILITY) && e.polarity() == Polarity.OPPOSE
                    && p.arguments(pred.word(), Role.INSTRUMENT).isEmpty();
            if (unstoppable && grammar.is(WordSet.AVOIDANCE_VERBS, pred.lemma()) && rules.on("inevitable-harm")) {
                // X의 붕괴는 피할 수 없다, 중국의 추격을 막을 수 없다: what cannot be avoided is bound to come, not
                // urged on; of a harm, a warning (of anything else, no side)
                List<Integer> objects = objectsOf(p, pred, true);
                if (!objects.isEmpty()) {
                    emit(p, pred, ctx, targets(p, objects.get(0)).stream().filter(t -> riskOrThreat(t.mention()))
                            .toList(), Polarity.OPPOSE, p.word(pred.word()), "inevitable-harm");
                }
                return;
            }
            if (!attend && !unstoppable && !urged(p, pred) && pred.ending() != EndingType.QUESTION) {
                // not urged: a decision when someone takes it (정부는 X를 강화하기로 했다), else a description;
                // having something (X를 보유하고 있다) is a fact either way
                if (e.frame() == Cues.Frame.HAVE) {
                    return;
                }
                Word dw = p.word(pred.word());
                List<Integer> subj = subjects(p, pred.word());
                boolean agentive = subj.stream().anyMatch(x -> agent(p, x).isPresent());
                // 정부는 X를 확대한다고 발표했다, LG전자는 X 사업을 본격화한다: an act told in the present by or of
                // someone named is what they do or will do
                // (…에 보조금을 쏟아붓고 있다고 밝혔다: with no subject of its own, what a named speaker says is being
                // or was done is their own doing)
                boolean ownReport = subj.isEmpty() && ctx.mention().isPresent() && quoted(p, pred.word());
                boolean announced = pred.modalities().isEmpty() && !p.past(pred) && (agentive
                        || pred.ending() == EndingType.QUOTATIVE && subj.isEmpty() && ctx.mention().isPresent())
                        && (pred.ending() == EndingType.QUOTATIVE || pred.ending() == EndingType.FINAL);
                boolean done = decided(p, pred) || p.past(pred) || pred.has(Modality.PROGRESSIVE) || announced
                        || pastFact(p, pred) || ownReport;
                // "X는 절대 포기하지 않는다": a named speaker's own words in the present say what they will do
                boolean vowed = ctx.mention().isPresent() && dw.bubble() != 0 && pred.ending().isFinal()
                        && pred.modalities().isEmpty() && !p.past(pred) && !agentive
                        && subj.stream().allMatch(x -> agent(p, x).isEmpty());
                if (done && agentive && negations % 2 == 1 && failed(p, pred)) {
                    return;   // 삼성전자는 TSMC와의 격차를 줄이지 못하고 있다: a failure told, not a side
                }
                if ((done || vowed) && !pred.passive(dw) && (agentive || ownReport
                        || (ctx.mention().isPresent() && (decided(p, pred) || vowed || announced)))) {
                    act(p, pred, e, negations, ctx);   // "…최소화하겠다": the speaker's own resolve
                }
                return;
            }
            if (!rules.on("do-deontic")) {
                return;
            }
            if (attend && !urged(p, pred) && rules.on("agent")) {
                // 산업부는 중국의 보복 조치에 대비해 …: attention someone pays is theirs, not the writer's
                List<Integer> subj = subjects(p, pred.word());
                if (!subj.isEmpty()) {
                    // (기업들은 X에 주목하고 있다: people unnamed too, when the writer would otherwise hold it)
                    boolean unnamed = ctx.mention().isEmpty() && "author".equals(ctx.rule())
                            && rules.on("unnamed-doer");
                    Optional<Who> doer = unnamed ? doer(p, subj.get(0)) : agent(p, subj.get(0));
                    if (doer.isEmpty() && unnamed && someone(p, subj.get(0))) {
                        return;
                    }
                    ctx = doer.orElse(ctx);
                }
            }
            if (rules.on("goal-owner")) {
                ctx = goalOwner(p, pred).orElse(ctx);   // 기업들이 [전력을 확보하기] 위해 …: their goal
                int maker = causativeMaker(p, pred);
                if (maker >= 0) {
                    // 정부는 [표시를 하도록] 했다, [X를 늘리려고] 했다: what someone made or tried to happen is theirs;
                    // with no one named, a rule reported as made is nobody's wish, not the writer's
                    Optional<Who> by = subjects(p, maker).stream().findFirst().flatMap(x -> agent(p, x));
                    if (by.isEmpty()) {
                        return;
                    }
                    ctx = new Who(true, by.get().mention(), "goal-owner");
                }
            }
            Word w = p.word(pred.word());
            if (lightDo(p, pred, negations, ctx, w)) {
                return;
            }
            List<Integer> objects = objectsOf(p, pred, attend);
            if (!objects.isEmpty() && likelihoodClause(p, objects.get(0))) {
                likelyWarned(p, pred, objects.get(0), e, negations, ctx, w);
                return;   // [중국이 맞설] 가능성을 배제할 수 없다: a forecast, not a side on the clause
            }
            if (!objects.isEmpty() && clauseObject(p, objects.get(0), e.after(negations), pred, ctx, w,
                    "do-deontic")) {
                return;   // X를 피하는 전략을 세워야 한다: the strategy's own action decides
            }
            if (e.frame() == Cues.Frame.ALLOCATE && !p.arguments(pred.word(), Role.DATIVE).isEmpty()) {
                objects = p.arguments(pred.word(), Role.DATIVE);   // 역량을 협동로봇에 집중해야 한다
            }
            List<Target> ts;
            if (!objects.isEmpty() && amount(p, objects.get(0))) {
                emit(p, pred, ctx, spentOn(p, pred), e.after(negations), w, "do-deontic");
                return;   // HBM에 10조 원을 투자해야 한다
            }
            if (!objects.isEmpty() && rules.on("noun-complement")) {
                // 테일러 공장에 대한 기대를 낮춰야 한다: lowering an expectation of X doubts X
                // AI 반도체에 대한 투자를 확대해야 한다: more investment in X supports X
                String objectLemma = p.word(objects.get(0)).lemma();
                // only nouns of wanting or doing are about their complement; a property (X의 불확실성) is X's own
                Optional<Cues.Evaluation> noun = Optional.ofNullable(cues.evaluations().get(objectLemma))
                        .filter(x -> x.frame() != Cues.Frame.JUDGE && x.frame() != Cues.Frame.ATTITUDE);
                List<Target> of = noun.isPresent() ? complements(p, objects.get(0)) : List.of();
                if (of.isEmpty() && pred.lemma().equals("하") && noun.filter(x -> x.frame() == Cues.Frame.DO).isPresent()
                        && phrases.phrase(p, objects.get(0)).begin() == p.word(objects.get(0)).begin()) {
                    List<Integer> datives = p.arguments(pred.word(), Role.DATIVE);
                    of = datives.isEmpty() ? of : targets(p, datives.get(0));   // 파운드리에 투자를 더 해야 한다
                }
                if (!of.isEmpty()) {
                    emit(p, pred, ctx, of, onAnAct(e.after(negations), noun.get().polarity()), w, "do-deontic",
                            "noun-complement");
                    return;
                }
            }
            if (!objects.isEmpty()) {
                ts = objectTargets(p, pred, objects.get(0));
            } else if (pred.passive(w) || !dativeTargets(p, pred.word()).isEmpty()) {
                ts = pred.passive(w) ? subjectTargets(p, pred.word()) : dativeTargets(p, pred.word());
            } else if (awayFrom(p, pred, e) >= 0) {
                ts = targets(p, awayFrom(p, pred, e));   // 중국 의존에서 벗어나야 한다
            } else if (nonAgentSubject(p, pred)) {
                ts = subjectTargets(p, pred.word());   // 분야별 헤징은 해볼 만하다, 협력이 더 늘어나야 한다
            } else {
                return;
            }
            emit(p, pred, ctx, ts, e.after(negations), w, "do-deontic");
        }

        /**
         * What an amount is spent on (X에 1조 원을 투자하겠다): the dative, unless it names an actor or a name not yet
         * known, where money put is a stake (엔비디아는 오픈AI에 1,000억 달러를 투자하기로 했다: a relation, no side).
         */
        private List<Target> spentOn(Parse p, Predicate pred) {
            return dativeTargets(p, pred.word()).stream()
                    .filter(t -> !named(t.mention())).toList();
        }

        /**
         * What a verb's side on its object is on: the object's targets, or for a verb that reshapes it (공급망을
         * 다변화해야 한다) the act told as a noun with its object (공급망 다변화).
         */
        private List<Target> objectTargets(Parse p, Predicate pred, int object) {
            if (!grammar.is(WordSet.RESHAPE_VERBS, pred.lemma()) || !rules.on("concept")) {
                return targets(p, object);
            }
            NounPhrases.Phrase obj = phrases.phrase(p, object);
            return phrases.concept(p, pred.word(), new NounPhrases.Phrase(obj.begin(), p.word(pred.word())
                    .contentEnd())).map(m -> List.of(new Target(m, List.of("concept")))).orElse(List.of());
        }

        /**
         * What a verb of moving away moves from (X에서 벗어나다, X에서 탈피하다): its 에서 argument that is not a
         * topic, for a directed action against something; -1 otherwise.
         */
        private int awayFrom(Parse p, Predicate pred, Cues.Evaluation e) {
            if (e.frame() == Cues.Frame.DO && e.polarity() == Polarity.OPPOSE) {
                for (int a : p.arguments(pred.word(), Role.LOCATIVE)) {
                    if (!p.word(a).topic() && p.word(a).has("에서")) {
                        return a;
                    }
                }
            }
            return -1;
        }

        /**
         * [X에 끌려다니기]만 해서는 안 된다, [X를 늘리기]만 하면 된다: a bare 하다 after a verb told with -기 only
         * carries it, so that verb says what is urged, of its own object (or dative, for where effort goes).
         */
        private boolean lightDo(Parse p, Predicate pred, int negations, Who ctx, Word w) {
            if (!pred.lemma().equals("하")) {
                return false;
            }
            for (int d : p.dependents(pred.word())) {
                if (p.dep(d) != Parse.Dep.ARG || !p.word(d).isPredicate() || p.endingOf(d) != EndingType.NOMINAL) {
                    continue;
                }
                Optional<Cues.Evaluation> inner = cues.evaluation(p.word(d).lemma()).filter(x ->
                        x.frame() == Cues.Frame.DO || x.frame() == Cues.Frame.ALLOCATE);
                if (inner.isEmpty()) {
                    continue;
                }
                List<Integer> of = p.arguments(d, inner.get().frame() == Cues.Frame.ALLOCATE
                        && !p.arguments(d, Role.DATIVE).isEmpty() ? Role.DATIVE : Role.OBJECT);
                if (!of.isEmpty()) {
                    emit(p, pred, ctx, targets(p, of.get(0)), inner.get().after(negations), w, "do-deontic");
                }
                return true;
            }
            return false;
        }

        /** 중국 공장을 철수해야 한다: the action, object and verbal noun, as a concept the holder supports. */
        /**
         * Whether a named holder resolves to do it (…하겠다, …하기로 했다), said in their own words or done as their
         * decision: 리벨리온 관계자는 "양산을 시작하겠다"고 밝혔다.
         */
        private boolean resolved(Parse p, Predicate pred, Who ctx) {
            if (pred.ending() == EndingType.CONDITIONAL || pred.has(Modality.POSSIBILITY)
                    || pred.has(Modality.HEDGE)) {
                return false;
            }
            boolean resolve = false;
            // 양산을 시작해 … 공급하겠다: a clause joined to a resolve shares it
            for (Predicate q = pred; q != null && !resolve; ) {
                resolve = decided(p, q);
                int k = q.word();
                q = null;
                if (p.dep(k) == Parse.Dep.CLAUSE && (p.endingOf(k) == EndingType.COORDINATE
                        || p.endingOf(k) == EndingType.LINK) && p.head(k) >= 0) {
                    q = p.predicate(p.head(k)).orElse(null);
                }
            }
            if (!resolve) {
                return false;
            }
            return resolver(p, pred, ctx).mention().isPresent();
        }

        /** Who resolves: the agentive subject (퓨리오사AI는 …하기로 했다), else whoever says it ("감축은 하지 않겠다"). */
        private Who resolver(Parse p, Predicate pred, Who ctx) {
            for (int s : subjects(p, pred.word())) {
                Optional<Who> who = agent(p, s);
                if (who.isPresent()) {
                    return who.get();
                }
            }
            return ctx;
        }

        /** 중국 공장을 철수해야 한다, "감축은 하지 않겠다": the action as a concept, for or against. */
        private void deonticAction(Parse p, Predicate pred, int negations, Who ctx, String rule) {
            Word w = p.word(pred.word());
            if (pred.complement() >= 0 && w.lemma().equals("되")) {
                // 대체 불가능한 파트너가 되어야 한다: what one ought to become is supported
                if (rules.on("become")) {
                    emit(p, pred, ctx, targets(p, pred.complement()), negations % 2 == 1 ? Polarity.OPPOSE
                            : Polarity.SUPPORT, w, "become");
                }
                return;
            }
            if (!rules.on(rule)) {
                return;
            }
            String noun = NounPhrases.verbalNoun(w);
            List<Integer> objects = objectsOf(p, pred, rule.equals("resolve-action"));
            if (objects.isEmpty() && pred.has(Modality.WORTH) && nonAgentSubject(p, pred)) {
                emit(p, pred, ctx, subjectTargets(p, pred.word()), negations % 2 == 1 ? Polarity.OPPOSE
                        : Polarity.SUPPORT, w, "deontic-action");   // X는 해볼 만하다
                return;
            }
            // 인력 감축은 하지 않겠다, 양산을 시작하겠다: the object is the action
            boolean bare = !objects.isEmpty() && (w.lemma().equals("하") || noun != null && aspectVerbs.contains(noun));
            if ((noun == null && !bare) || objects.isEmpty()
                    || cues.lightVerb(pred.lemma(), Cues.Slot.OBJECT) != null) {
                return;
            }
            NounPhrases.Phrase obj = phrases.phrase(p, objects.get(0));
            Optional<Mention> c = !rules.on("concept") ? Optional.empty() : bare
                    ? phrases.concept(p, objects.get(0))
                    : phrases.concept(p, pred.word(), new NounPhrases.Phrase(obj.begin(), w.contentEnd()));
            c.ifPresent(m -> emit(p, pred, ctx, List.of(new Target(m, List.of("concept"))),
                    negations % 2 == 1 ? Polarity.OPPOSE : Polarity.SUPPORT, w, rule));
        }

        /** X에 대한 우려가 크다, 필요가 없다: an evaluative noun carried by a light verb judges its complement. */
        private void lightVerb(Parse p, Predicate pred, int negations, Who ctx) {
            Cues.LightVerb subjectSlot = cues.lightVerb(pred.lemma(), Cues.Slot.SUBJECT);
            if (subjectSlot != null) {
                for (int s : subjects(p, pred.word())) {
                    // 업계에서는 …라는 우려가 나온다; 업계에서도 [X라는] 우려가 커지고 있다
                    Who holder = source(p, pred).or(() -> viewNoun(p.word(s)) ? contentSource(p, s) : Optional.empty())
                            .orElse(ctx);
                    Optional<Who> owner = holder == ctx && sideTaken(p.word(s)) ? genitiveOwner(p, s) : Optional.empty();
                    if (owner.isPresent() && owner.get().mention().isPresent()) {
                        holder = owner.get();   // [노동계의] 반발이 거세다: a side taken is its genitive's
                    }
                    if ((subjectSlot.arises() || saidToExist(p, pred, s)) && holder == ctx && ctx.mention().isEmpty()
                            && viewNoun(p.word(s)) && rules.on("report-noun")) {
                        // X에 대한 우려가 커지고 있다: a view told as arising is others', never the writer's (but
                        // 위험이 커지고 있다, 가치가 커진다: what grows in the world is the writer's to tell); so is
                        // one said to exist (…다는 비판도 있다, …라는 지적이 많다)
                        holder = new Who(true, Optional.of(unnamedByNoun(p, s)), "report-noun");
                    }
                    if (nounComplement(p, pred, s, negations + (subjectSlot.negates() ? 1 : 0), holder)) {
                        return;
                    }
                }
            }
            Cues.LightVerb objectSlot = cues.lightVerb(pred.lemma(), Cues.Slot.OBJECT);
            if (objectSlot != null) {
                // the one the clause names as having the view, if any
                Optional<Who> voice = rules.on("agent") ? subjectAgent(p, pred.word()) : Optional.empty();
                if (voice.isEmpty()) {
                    voice = source(p, pred);   // 학계에서는 X에 회의적인 시각을 제기한다
                }
                if (voice.isEmpty() && subjects(p, pred.word()).isEmpty()) {
                    voice = continuedFromWriter(p, pred, ctx);   // 삼성전자는 …을 공개했다. 특히 X의 중요성을 강조했다
                }
                for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                    if (nounComplement(p, pred, o, negations + (objectSlot.negates() ? 1 : 0), voice.orElse(ctx))) {
                        return;
                    }
                    // 보조금 확대 의지를 밝혔다, 디커플링 주장을 펼쳤다: a view named by the bare noun before it, voiced
                    // by someone the clause names (…굴기 의지를 보여주는 사례다: whose will, it does not say)
                    if (negations % 2 == 0 && !objectSlot.negates() && voice.isPresent()
                            && cues.holderNoun(p.word(o).lemma()) != null
                            && namedView(p, pred, o, Polarity.SUPPORT, voice.get(), p.word(o))) {
                        return;
                    }
                }
            }
        }

        /**
         * [지분 요구가 한국 기업으로 번질] 가능성은 낮다, …할 공산이 크지 않다: a clause called unlikely is doubted,
         * its target found as for …할지 불투명하다; denied (가능성이 낮지 않다), it says nothing.
         */
        private void unlikely(Parse p, Predicate pred, Who ctx) {
            if (pred.negations() % 2 == 0 && rules.on("unlikely")) {
                // [미국 정부가 중국 수출을 허가해줄] 가능성은 낮다: what is unlikely is the act, not the actor
                List<Integer> s = subjects(p, pred.word());
                List<Integer> o = p.arguments(pred.word(), Role.OBJECT);
                List<Target> ts = !s.isEmpty() && agent(p, s.get(0)).isPresent() && !o.isEmpty()
                        ? targets(p, o.get(0)) : List.of();
                emit(p, pred, source(p, pred).orElse(ctx), ts.isEmpty() ? clauseTargets(p, pred.word()) : ts,
                        Polarity.DOUBT, p.word(pred.word()), "unlikely");
            }
        }

        /**
         * [보조금을 늘리는 것]만으로는 격차를 좁힐 수 없다, 보조금만으로는 부족하다, 범용 모델만으로는 승산이 없다: a
         * means said not to suffice alone, or to leave no chance, is doubted.
         */
        private void insufficientMeans(Parse p, Predicate pred, Who ctx) {
            int means = meansAlone(p, pred.word());
            if (means >= 0 && (pred.has(Modality.INABILITY) || fallsShort(p, pred))) {
                emit(p, pred, ctx, clauseOrPhrase(p, means), Polarity.DOUBT, p.word(pred.word()), "insufficient-means");
            }
        }

        /**
         * Whether a predicate with no doer says that what is done with a means falls short: a lack or a judgement
         * against with no subject (부족하다, 어렵다), or no chance left (승산이 없다, 답이 없다: a good thing said to be missing).
         */
        private boolean fallsShort(Parse p, Predicate pred) {
            List<Integer> subj = subjects(p, pred.word());
            if (subj.isEmpty()) {
                return absent(pred) || cues.evaluation(pred.lemma()).filter(e -> e.frame() == Cues.Frame.JUDGE
                        && e.after(pred.negations()) != Polarity.SUPPORT).isPresent();
            }
            return pred.negations() == 0 && pred.lemma().equals("없") && subj.stream().allMatch(x -> cues
                    .evaluation(p.word(x).lemma()).filter(e -> e.polarity() == Polarity.SUPPORT).isPresent());
        }

        /** The first means of predicate k named as the only one (X만으로), or -1. */
        private static int meansAlone(Parse p, int k) {
            for (int f : p.arguments(k, Role.INSTRUMENT)) {
                if (p.word(f).has("만")) {
                    return f;
                }
            }
            return -1;
        }

        /**
         * [라피더스가 실패하기만을 기다리는] 전략은 전략이 아니다: a thing denied to be what its own head names is no real
         * one, a verdict against it.
         */
        private void selfDenied(Parse p, Predicate pred, Who ctx) {
            // (only a kind of X, told by a clause, denied to be X at all: 이 전략은 새로운 전략이 아니다 and 삼성은
            // 삼성이 아니다 say what kind, or that it changed)
            int c = pred.complement() >= 0 ? pred.complement() : pred.word();
            for (int s : subjects(p, pred.word())) {
                boolean kind = p.dependents(s).stream().anyMatch(d -> p.dep(d) == Parse.Dep.MOD
                        && p.word(d).isPredicate());
                if (p.word(s).isNoun() && p.word(s).lemma().equals(pred.lemma()) && s != pred.word()
                        && s != pred.complement() && kind && p.dependents(c).stream()
                        .noneMatch(d -> p.dep(d) == Parse.Dep.MOD)) {
                    emit(p, pred, ctx, targets(p, s), Polarity.OPPOSE, p.word(pred.word()), "predicate-nominal");
                    return;
                }
            }
        }

        /** X가 구호로 끝나다, X가 구호에 그치다: the subject is judged by what it ends up as. */
        private void endsAs(Parse p, Predicate pred, int negations, Who ctx) {
            if (cues.lightVerb(pred.lemma(), Cues.Slot.COMPLEMENT) == null || !rules.on("noun-complement")) {
                return;
            }
            List<Integer> comp = new ArrayList<>(p.arguments(pred.word(), Role.INSTRUMENT));
            comp.addAll(p.arguments(pred.word(), Role.DATIVE));
            comp.addAll(p.arguments(pred.word(), Role.COMITATIVE));   // 자충수나 다름없다, 자해와 마찬가지다
            for (int c : comp) {
                // 착각에 가깝다, or a judging word right before the noun: [과잉] 반응에 가깝다
                for (int k : List.of(c, c - 1)) {
                    if (k < 0 || (k != c && (p.head(k) != c || !p.word(k).isNoun() || p.word(k).role() != Role.NONE))) {
                        continue;
                    }
                    Optional<Cues.Evaluation> e = cues.evaluation(p.word(k).lemma());
                    // (부정적으로 작용하다: an attitude word in -적 as the manner judges as a judging word does)
                    if (e.isPresent() && (e.get().frame() == Cues.Frame.JUDGE || e.get().frame() == Cues.Frame.ATTITUDE
                            && p.word(k).lemma().endsWith("적"))) {
                        // 한국은 [기술 종속의] 늪에 빠질 수 있다: falling into a state is no verdict on who falls;
                        // the state is warned of when it is named (종속의 늪 → 종속), else nothing is
                        List<Target> ts = stateVerbs.contains(pred.lemma())
                                ? (stressed(p, c) != c ? targets(p, c) : List.of())
                                : subjectTargets(p, pred.word());
                        emit(p, pred, ctx, ts, e.get().after(negations), p.word(k), "noun-complement");
                        return;
                    }
                }
            }
            // X는 기업에 불리하게 작용한다: a judging adjective in -게 right before says how the subject turns out
            int d = pred.word() - 1;
            Word a = d >= 0 && p.head(d) == pred.word() ? p.word(d) : null;
            Optional<Cues.Evaluation> e = a != null && a.isPredicate() && a.link().equals("게")
                    ? cues.evaluation(a.lemma()) : Optional.empty();
            if (e.isPresent() && e.get().frame() == Cues.Frame.JUDGE) {
                emit(p, pred, ctx, subjectTargets(p, pred.word()), e.get().after(negations), a, "noun-complement");
            }
        }

        /** Whether word n is an evaluative noun with a complement; emits the stance on the complement if so. */
        private boolean nounComplement(Parse p, Predicate pred, int n, int negations, Who holder) {
            if (!rules.on("noun-complement")) {
                return false;
            }
            Word nw = p.word(n);
            Optional<Cues.Evaluation> e = cues.evaluation(nw.lemma());
            int view = viewWord(p, n);   // 반대 입장을 밝혔다, 환영의 뜻을 나타냈다: the word before says the view
            boolean viewed = e.isEmpty() && view >= 0;
            if (viewed) {
                e = cues.evaluation(p.word(view).lemma());
                nw = p.word(view);
            }
            if (e.isEmpty() || e.get().frame() == Cues.Frame.DO) {
                return false;
            }
            if (likelihoodClause(p, n)) {
                return false;   // [삼성이 주도권을 잡을] 가능성이 크다 forecasts the clause; it judges nothing
            }
            // (the view word's own complement first: [보조금 축소에 대한] 불만의 목소리, not the whole genitive)
            List<Target> ts = viewed ? complements(p, view) : complements(p, n);
            if (ts.isEmpty() && viewed) {
                ts = complements(p, n);
            }
            Cues.LightVerb arising = cues.lightVerb(pred.lemma(), Cues.Slot.SUBJECT);
            if (ts.isEmpty() && arising != null && arising.arises() && subjects(p, pred.word()).contains(n)
                    && viewNoun(p.word(n))) {
                ts = aboutTargets(p, pred.word(), n);   // X의 실효성에 의문이 제기된다: a view raised about X
            }
            if (ts.isEmpty() && p.arguments(pred.word(), Role.OBJECT).contains(n)
                    && cues.lightVerb(pred.lemma(), Cues.Slot.OBJECT) != null) {
                ts = aboutTargets(p, pred.word(), n);   // X에 대해 우려를 나타냈다, X에 불만을 표시했다
                if (ts.isEmpty() && e.get().frame() == Cues.Frame.ACT && rules.on("endorsed-view")) {
                    // 업계는 [규제 완화] 방침에 환영의 뜻을 밝혔다: a plan or view named by the noun before it,
                    // reacted to as 환영했다 would
                    for (int dat : p.arguments(pred.word(), Role.DATIVE)) {
                        if (namedView(p, pred, dat, e.get().after(negations), holder, nw)) {
                            return true;
                        }
                    }
                }
                boolean says = p.dependents(pred.word()).stream().anyMatch(d -> p.dep(d) == Parse.Dep.QUOTE
                        || p.dep(d) == Parse.Dep.CLAUSE);
                if (ts.isEmpty() && !says && (e.get().frame() != Cues.Frame.ATTITUDE || viewed)
                        && e.get().frame() != Cues.Frame.HAVE && holder.mention().isPresent() && rules.on("reaction")) {
                    // 산업부는 환영 입장을 밝혔다, 업계는 회의적인 반응을 보였다: a reaction with nothing named is to the
                    // measure just reported (…라며 낙관론을 폈다 is about what it says; [장악] 의지를 보였다 tells a
                    // will to have, no reaction)
                    Optional<Mention> measure = lastMeasure(p, pred.word());
                    if (measure.isPresent()) {
                        emit(p, pred, holder, List.of(new Target(measure.get(), List.of("reaction"))),
                                e.get().after(negations), nw, "noun-complement", "reaction");
                        return true;
                    }
                }
            }
            if (ts.isEmpty() && cues.lightVerb(pred.lemma(), Cues.Slot.SUBJECT) != null) {
                // X에는 한계가 있다, X는 문제가 많다: with no complement the noun is said of the other subject
                List<Integer> others = new ArrayList<>(subjects(p, pred.word()));
                if (p.dep(pred.word()) == Parse.Dep.CLAUSE && p.head(pred.word()) >= 0) {
                    // X는 장점이 있지만 결국 위험하다 (a topic written after the clause is the next clause's own:
                    // [불확실성이 크다 보니] 빅테크는 발길을 돌린다)
                    subjects(p, p.head(pred.word())).stream().filter(x -> x < pred.word()).forEach(others::add);
                }
                for (int s : others) {
                    if (s != n && agent(p, s).isEmpty()) {
                        if (endorse(p, pred, s, e.get().after(negations), holder, nw)) {
                            return true;   // …다는 지적은 일리가 있다
                        }
                        ts = targets(p, s);
                        break;
                    }
                }
                for (int d : p.arguments(pred.word(), Role.DATIVE)) {
                    if (ts.isEmpty() && p.word(d).topic()) {
                        ts = targets(p, d);
                    }
                }
            }
            boolean risk = false;
            if (ts.isEmpty() && "Risk".equals(cues.conceptHeads().get(nw.lemma()))
                    && e.get().polarity() == Polarity.OPPOSE && namedBefore(p, n)
                    && cues.lightVerb(pred.lemma(), Cues.Slot.SUBJECT) != null
                    && subjects(p, pred.word()).contains(n)) {   // said to be great, not demanded or acted on
                ts = targets(p, n);   // 기술 유출 위험이 크다: a named risk said to be great is warned of
                risk = true;
            }
            if (ts.isEmpty()) {
                return false;
            }
            Polarity pol = e.get().after(negations);
            if (!viewed && judgedOtherwise(p, n, pol)) {
                return true;   // [회복이 쉽지 않을 것이라는] 우려: the worry is the doubt its clause tells
            }
            // …리스크는 적다, …리스크가 사라졌다: a risk said to be small or gone is doubted, not backed
            emit(p, pred, holder, ts, risk && pol == Polarity.SUPPORT ? Polarity.DOUBT : pol, nw, "noun-complement");
            return true;
        }

        /**
         * Whether a content clause on noun n (…라는 우려, …다는 기대) judges its own subject with another side than the
         * noun's: [경쟁력 회복이 쉽지 않을 것이라는] 우려 fears that recovery is hard, which is a doubt of recovery (read
         * from the clause), not an opposition to it.
         */
        private boolean judgedOtherwise(Parse p, int n, Polarity pol) {
            for (int d : p.dependents(n)) {
                Optional<Predicate> content = p.predicate(d).filter(x -> p.dep(d) == Parse.Dep.MOD
                        && (x.ending() == EndingType.QUOTE_NOUN || x.ending().isAdnominal()));
                Optional<Cues.Evaluation> judged = content.flatMap(x -> cues.evaluation(x.lemma()))
                        .filter(x -> x.frame() == Cues.Frame.JUDGE);
                if (judged.isPresent() && judged.get().after(content.get().negations()) != pol) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The noun right before a view noun (a report noun, holder-nouns.tsv) that says which view it is (반대 입장,
         * 환영의 뜻, 우려의 목소리), or -1.
         */
        private int viewWord(Parse p, int n) {
            if (n == 0 || !viewNoun(p.word(n))) {
                return -1;
            }
            Word before = p.word(n - 1);
            boolean modifies = p.head(n - 1) == n && p.dep(n - 1) == Parse.Dep.MOD && before.isNoun()
                    && (before.role() == Role.NONE || before.role() == Role.GENITIVE);
            // 회의적인 반응을 보였다, 부정적인 입장을 밝혔다: an attitude adjective says the view as well
            boolean describes = p.head(n - 1) == n && p.dep(n - 1) == Parse.Dep.MOD && before.isPredicate()
                    && p.endingOf(n - 1).isAdnominal() && p.predicate(n - 1).filter(x -> x.negations() == 0
                    && cues.evaluation(x.lemma()).filter(e -> e.frame() == Cues.Frame.ATTITUDE).isPresent())
                    .isPresent();
            return modifies || describes ? n - 1 : -1;
        }

        /**
         * What a verb's quoted clause is about, for a cue of this polarity: a quoted noun phrase itself ("…지방 이전
         * 정책"이라고 비판했다), the subject of a quoted harm when warned of, else the clause's target.
         */
        private List<Target> saidTargets(Parse p, int verb, Polarity polarity) {
            List<Target> ts = List.of();   // of several quotes, the last (nearest the verb) says what is meant
            for (int d : p.dependents(verb)) {
                if (p.dep(d) != Parse.Dep.QUOTE && !(polarity == Polarity.OPPOSE && fearedQuestion(p, d))) {
                    continue;   // (a feared question is as a warning said: 제한이 강화될까 우려한다)
                }
                int q = quotedPredicate(p, d);
                if (q >= 0 && polarity == Polarity.OPPOSE && ownAct(p, q)) {
                    continue;   // 중국은 [수출을 통제할 수 있다고] 경고했다: a threat of one's own act, not against it
                }
                if (q >= 0) {
                    boolean bareNoun = p.word(q).pieces().get(0).isNominal() && p.arguments(q, Role.SUBJECT).isEmpty()
                            && p.arguments(q, Role.TOPIC).isEmpty();
                    List<Target> cause = bareNoun || polarity != Polarity.OPPOSE ? List.of() : warnedCause(p, q);
                    Optional<Polarity> effect = bareNoun || polarity == Polarity.DOUBT ? Optional.empty() : effectOf(p, q);
                    ts = bareNoun ? describedSubject(p, q).map(x -> targets(p, x)).orElseGet(() -> targets(p, q))
                            : !cause.isEmpty() ? cause
                            // [세액공제가 기업의 부담을 줄일 것]이라고 기대했다: what moves a judged thing is what
                            // is hoped for or feared, by where it moves it
                            : effect.isPresent() ? targets(p, subjects(p, q).get(0)).stream()
                                    .map(t -> t.turn(effect.get() != polarity)).toList()
                            : polarity == Polarity.OPPOSE && harms(p, q) ? targets(p, subjects(p, q).get(0))
                            : polarity == Polarity.OPPOSE ? culprit(p, q).orElse(clauseTargets(p, q))
                            // [X가 부족하다]고 호소했다: a plea or claim about a lack wants the thing, as it says;
                            // [제재가 중국의 추격을 늦출 것]이라고 기대한다: hoping X is slowed is against X
                            // ["X는 안 된다", "X가 …해서는 안 된다"]고 요구했다: asking that it not be is against it
                            : clauseTargets(p, q).stream().map(t -> t.turn((tellsMissing(p, q)
                            || workedAgainst(p, q)) != forbidden(p, q))).toList();
                }
            }
            return ts;
        }

        /** Whether clause q forbids what it says: …해서는 안 된다, X는 안 된다. */
        private static boolean forbidden(Parse p, int q) {
            return p.predicate(q).filter(v -> v.negations() % 2 == 1
                    && (v.has(Modality.DEONTIC) || v.lemma().equals("되") && v.complement() < 0)).isPresent();
        }

        /**
         * Where a clause whose subject is no one moves the judged thing it acts on (관세가 부담을 키운다: oppose,
         * 세액공제가 부담을 줄인다: support), as effect-done judges it; empty for any other clause.
         */
        private Optional<Polarity> effectOf(Parse p, int clause) {
            Optional<Predicate> v = p.predicate(clause);
            List<Integer> s = subjects(p, clause);
            if (v.isEmpty() || s.isEmpty() || agent(p, s.get(0)).isPresent()) {
                return Optional.empty();
            }
            return movesJudged(p, v.get());
        }

        /**
         * Whether a clause's verb works against its object and the clause's targets are that object (no doer named as
         * its subject): [제재가 중국의 추격을 늦출 것]이라고 기대한다 hopes against the catching up.
         */
        private boolean workedAgainst(Parse p, int clause) {
            Optional<Predicate> v = p.predicate(clause);
            List<Integer> s = subjects(p, clause);
            return v.isPresent() && !p.arguments(clause, Role.OBJECT).isEmpty()
                    && (s.isEmpty() || agent(p, s.get(0)).isEmpty())
                    && cues.evaluation(v.get().lemma()).filter(e -> e.frame() == Cues.Frame.DO
                    && e.after(v.get().negations()) == Polarity.OPPOSE).isPresent();
        }

        /**
         * [규제 완화가 잘못된] 결정이라고 비판했다: the subject of the state a called noun's relative clause tells is
         * what is called so (the parser leaves it in the relative clause, which the copula's noun fills), if any.
         */
        private Optional<Integer> describedSubject(Parse p, int noun) {
            for (int m : p.dependents(noun)) {
                if (p.dep(m) == Parse.Dep.MOD && p.predicate(m).filter(x -> x.ending().isAdnominal()).isPresent()
                        && (p.word(m).adjectival() || cues.evaluation(p.word(m).lemma()).isPresent())) {
                    List<Integer> s = p.arguments(m, Role.SUBJECT);
                    return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
                }
            }
            return Optional.empty();
        }

        /**
         * Whether a quoted clause tells the speaker's own act: a verb with an object and no subject or topic of its
         * own, not urged (…해야 한다고 is a demand): …을 통제하겠다고 경고했다, …시장을 잃을 수 있다고 경고했다.
         */
        private boolean ownAct(Parse p, int q) {
            Optional<Predicate> pred = p.predicate(q);
            return pred.isPresent() && !pred.get().has(Modality.DEONTIC)
                    && !p.arguments(q, Role.OBJECT).isEmpty() && subjects(p, q).isEmpty()
                    && p.arguments(q, Role.TOPIC).isEmpty();
        }

        /**
         * The predicate a quotation attached at word d says: d itself, or past the quotation marks and particles
         * (…"라고) to the innermost quoted predicate; -1 when there is none.
         */
        private static int quotedPredicate(Parse p, int d) {
            int q = d;
            while (q >= 0 && p.predicate(q).isEmpty()) {
                int inner = -1;
                for (int x : p.dependents(q)) {
                    if (p.dep(x) == Parse.Dep.QUOTE) {
                        inner = x;
                    }
                }
                q = inner;
            }
            return q;
        }

        /**
         * [수출통제가 중국의 자립을 앞당긴다]고 반박했다: what a criticised clause blames is its subject when that is a
         * thing, not someone, doing something to an object, and the clause's verb takes no side itself; empty
         * otherwise (in [X가 Y에 빠질 수 있다] X is what is exposed, not the culprit).
         */
        private Optional<List<Target>> culprit(Parse p, int clause) {
            List<Integer> s = subjects(p, clause);
            if (s.isEmpty() || agent(p, s.get(0)).isPresent() || p.arguments(clause, Role.OBJECT).isEmpty()
                    || p.predicate(clause).flatMap(x -> cues.evaluation(x.lemma())).isPresent()) {
                return Optional.empty();
            }
            List<Target> ts = targets(p, s.get(0)).stream()
                    .filter(t -> t.mention().entity().kind() != Kind.ACTOR).toList();
            return ts.isEmpty() ? Optional.empty() : Optional.of(ts);
        }

        /**
         * What a quoted verb with nothing named is about when the verb of saying names it (X에 대해 "…반대한다"고
         * 말했다): the X에 대해/관해 of the nearest verb that reports the clause; empty otherwise.
         */
        private List<Target> quotedAbout(Parse p, int i) {
            for (int k = i; p.head(k) >= 0; k = p.head(k)) {
                if (p.dep(k) != Parse.Dep.QUOTE) {
                    continue;
                }
                int verb = p.predicateAt(p.head(k));
                if (verb < 0) {
                    return List.of();
                }
                for (int d : p.dependents(verb)) {
                    Optional<List<Target>> about = aboutOf(p, d);   // X에 대해, X를 두고 "…"라고 비판했다
                    if (about.isPresent()) {
                        return about.get();
                    }
                }
                for (int o : p.arguments(verb, Role.OBJECT)) {
                    if (o < k) {
                        return targets(p, stressed(p, o));   // X를 "늦었지만 다행"이라고 평가했다: X is judged
                    }
                }
                if (verb != p.head(k)) {
                    continue;   // past a word glued to the closing mark ("…"라며) to the verb itself
                }
                return List.of();
            }
            return List.of();
        }

        /** 그는, 그녀는: a person, never a government or a firm (those are 이 회사, 정부는 again). */
        private static final Set<String> PERSONAL_PRONOUNS = Set.of("그", "그녀");
        /** Bound nouns that tell the clause before them as a thing ([X를 늘리는] 것, [파트너가 되는] 편). */
        private static final Set<String> CLAUSE_THINGS = Set.of("것", "편", "일");

        /** 미국 측, 정부 쪽: the side of someone named before. */
        private static final Set<String> SIDE_NOUNS = Set.of("측", "쪽");

        /**
         * What a view carried as a verb's object is about when the noun names nothing itself: the verb's X에 대해
         * (X를 두고), else its dative unless that is someone the view is told to (미국 측에 우려를 전했다). A dative the parser
         * gave to an adjective on the noun is the verb's too (X에 강한 불만을 표시했다).
         */
        private List<Target> aboutTargets(Parse p, int verb, int noun) {
            for (int d : p.dependents(verb)) {
                List<Target> ts = aboutOf(p, d).orElse(List.of());   // X에 대해, X를 두고 비판의 목소리를 냈다
                if (!ts.isEmpty()) {
                    return ts;
                }
            }
            List<Integer> datives = new ArrayList<>(p.arguments(verb, Role.DATIVE));
            for (int d : p.dependents(noun)) {
                if (p.word(d).isPredicate() && p.endingOf(d).isAdnominal()) {
                    datives.addAll(p.arguments(d, Role.DATIVE));
                }
            }
            for (int d : datives) {
                int named = SIDE_NOUNS.contains(p.word(d).lemma()) && d > 0 && p.head(d - 1) == d ? d - 1 : d;
                boolean someone = cues.holderNoun(p.word(d).lemma()) != null || phrases.headMention(p, named)
                        .filter(m -> m.entity().kind() == Kind.ACTOR).isPresent();
                if (!someone) {
                    return targets(p, d);
                }
            }
            return List.of();
        }

        /** Whether a bare noun before word n names what it is (기술 유출 위험, not 그 위험). */
        private boolean namedBefore(Parse p, int n) {
            for (int d : p.dependents(n)) {
                if (p.dep(d) == Parse.Dep.MOD && p.word(d).isNoun() && p.word(d).role() == Role.NONE) {
                    return true;
                }
            }
            return false;
        }

        /** A noun of taking a side (반발, 비판, 규제: frame act), which someone takes on something. */
        private boolean sideTaken(Word w) {
            return cues.evaluation(w.lemma()).filter(e -> e.frame() == Cues.Frame.ACT).isPresent();
        }

        /** What an evaluative noun is about: its genitive, its 대한/관한 dative, or the clause that modifies it. */
        private List<Target> complements(Parse p, int n) {
            List<Target> ts = new ArrayList<>();
            boolean warning = cues.evaluation(p.word(n).lemma())
                    .filter(e -> e.polarity() == Polarity.OPPOSE).isPresent();
            // a fear someone has (우려: a risk noun of taking a side), not a risk there is (위험, which names itself)
            boolean fear = warning && sideTaken(p.word(n)) && "Risk".equals(cues.conceptHeads().get(p.word(n).lemma()));
            for (int d : p.dependents(n)) {
                Word dw = p.word(d);
                if (p.dep(d) != Parse.Dep.MOD) {
                    continue;
                }
                boolean quoted = false;
                if (!dw.isPredicate() && p.endingOf(d) == EndingType.QUOTE_NOUN) {
                    // "…불가피하다"는 우려: the quoted clause before the split-off 는 is the content
                    for (int q : p.dependents(d)) {
                        if (p.dep(q) == Parse.Dep.QUOTE && p.predicate(q).isPresent()) {
                            d = q;
                            dw = p.word(q);
                            quoted = true;
                        }
                    }
                }
                List<Target> cause;
                if (dw.role() == Role.GENITIVE && dw.isNoun()) {
                    if (cues.patientNouns().containsKey(p.word(n).lemma()) && agent(p, d).isPresent()) {
                        continue;   // 수출 기업의 부담, 한국의 피해: who suffers it, not what is judged
                    }
                    if (sideTaken(p.word(n)) && (agent(p, d).isPresent() || phrases.headMention(p, d)
                            .filter(m -> m.entity().type().equals("Policy")).isPresent())) {
                        continue;   // 중국의 반발, AI 기본법의 규제: who takes the side, or the law that does
                    }
                    ts.addAll(targets(p, d));
                } else if (aboutWord(dw) || resultingFrom(dw)) {
                    ts.addAll(dativeOf(p, d));
                } else if (fear && dw.isNoun() && dw.role() == Role.NONE && agent(p, d).isEmpty()) {
                    ts.addAll(targets(p, d));   // [공급망 붕괴] 우려가 커지고 있다: what is feared, named before
                } else if (warning && dw.isPredicate() && p.predicate(d).isPresent()
                        && (!(cause = warnedCause(p, d)).isEmpty()
                        || p.head(n) >= 0 && p.predicate(p.head(n)).isPresent()
                        && !(cause = warnedCause(p, p.head(n))).isEmpty())) {
                    // [X가 현실화하면 수출 타격이 불가피하다는] 우려: X is what is feared (the parser may hang the
                    // condition on the verb the fear is subject of: the reading is the same)
                    ts.addAll(cause);
                } else if (dw.isPredicate() && (p.endingOf(d).isAdnominal() || quoted) && p.predicate(d).isPresent()) {
                    Optional<Mention> decline = decline(p, d);
                    ts.addAll(decline.isPresent() ? List.of(new Target(decline.get(), List.of("concept")))
                            : clauseTargets(p, d));
                } else if (dw.isNoun() && dw.lemma().equals("데") && dw.role() == Role.NONE
                        && p.dependents(d).stream().anyMatch(c -> p.word(c).isPredicate()
                        && p.endingOf(c).isAdnominal())) {
                    // [인증을 연내 마무리하는] 데 문제가 없다: the action the bound noun 데 (in doing …) names
                    phrases.concept(p, d).ifPresent(m -> ts.add(new Target(m, List.of("concept"))));
                }
            }
            return ts;
        }

        /** X는 공동화를 부를 수 있다, X가 일자리 감소로 이어진다: X is judged by what it brings about. */
        private void causes(Parse p, Predicate pred, int negations, Who ctx) {
            if (cues.lightVerb(pred.lemma(), Cues.Slot.CAUSE) == null || !rules.on("causes")) {
                return;
            }
            List<Integer> effects = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            effects.addAll(p.arguments(pred.word(), Role.INSTRUMENT));
            for (int o : effects) {
                Optional<Polarity> judged = judgedEffect(p, o, negations);
                if (judged.isEmpty()) {
                    continue;
                }
                List<Target> ts = new ArrayList<>();
                for (int s : subjects(p, pred.word())) {
                    if (agent(p, s).isEmpty()) {
                        ts = clauseOrPhrase(p, s);
                        break;
                    }
                }
                emit(p, pred, ctx, ts, judged.get(), p.word(o), "causes");
                return;
            }
        }

        /**
         * How an effect named by noun o is judged: a judging noun by itself (공동화, 혼란); a noun of change by what
         * it moves (경쟁력 약화: a judged thing brought down is bad, 부담 완화 good), as effect-done judges the verb;
         * after the causing verb's negations.
         */
        private Optional<Polarity> judgedEffect(Parse p, int o, int negations) {
            Optional<Cues.Evaluation> e = cues.evaluation(p.word(o).lemma());
            if (e.isPresent() && e.get().frame() == Cues.Frame.JUDGE) {
                return Optional.of(e.get().after(negations));
            }
            if (e.isEmpty() || e.get().frame() != Cues.Frame.DO || e.get().polarity() == Polarity.DOUBT) {
                return Optional.empty();
            }
            for (int d : p.dependents(o)) {
                Optional<Polarity> judged = p.dep(d) == Parse.Dep.MOD && p.word(d).isNoun()
                        && p.word(d).role() == Role.NONE ? moved(e.get().polarity(), p.word(d)) : Optional.empty();
                if (judged.isPresent()) {
                    return judged.map(x -> negations % 2 == 1 ? x.negate() : x);
                }
            }
            return Optional.empty();
        }

        /**
         * What moving a judged thing (a judge row that does not doubt: 경쟁력, 부담) in a direction says: support when
         * it moves the way the thing is judged (경쟁력 강화, 부담 완화), oppose otherwise; empty for any other word.
         */
        private Optional<Polarity> moved(Polarity direction, Word thing) {
            return cues.evaluation(thing.lemma())
                    .filter(e -> e.frame() == Cues.Frame.JUDGE && e.polarity() != Polarity.DOUBT)
                    .map(e -> direction == e.polarity() ? Polarity.SUPPORT : Polarity.OPPOSE);
        }

        /**
         * 생산 능력은 해외 의존도를 낮춘다, 이 규제는 경쟁력을 약화시킨다: what moves a judged thing (a directed verb on
         * an object that judging words name: 의존, 경쟁력, 부담) is judged by where it moves it.
         */
        private void effectDone(Parse p, Predicate pred, Who ctx) {
            List<Integer> objects = p.arguments(pred.word(), Role.OBJECT);
            if (!objects.isEmpty() && cues.idiom(pred.lemma(), p.word(objects.get(0)).lemma()) != null) {
                return;   // (X가 Y에 타격을 준다: the idiom says it)
            }
            movesJudged(p, pred).ifPresent(judged -> doerJudgedByEffect(p, pred, ctx, judged, "effect-done"));
        }

        /**
         * Where a directed verb moves the judged thing that is its object (부담을 키운다: oppose, 경쟁력을 높인다:
         * support); empty for an undirected verb or an object that judges nothing.
         */
        private Optional<Polarity> movesJudged(Parse p, Predicate pred) {
            List<Integer> objects = p.arguments(pred.word(), Role.OBJECT);
            return objects.isEmpty() ? Optional.empty()
                    : direction(pred).flatMap(dir -> moved(dir, p.word(objects.get(0))));
        }

        /**
         * 규제가 경쟁력을 저해한다, 301조 조치는 국제 규범을 훼손한다: what harms something is judged badly (polarity:
         * oppose, or for effect-done where the move goes), when it is a measure, a rule or a trend; an actor doing
         * harm (정부가 혁신을 저해했다) is told of, not judged here.
         */
        /**
         * 로봇 도입은 [일자리를 빼앗는] 것이다, X는 [혁신을 가로막는] 규제다: a harm told in a relative clause with no
         * subject, on the noun a copula says its subject is, is done by that subject, which is judged by it (as X가
         * 혁신을 가로막는다 is); a noun that judges of its own (걸림돌) is read by judge-subject instead.
         */
        private void harmPredicated(Parse p, Predicate pred, Who ctx) {
            int noun = p.head(pred.word());
            if (noun < 0 || p.dep(pred.word()) != Parse.Dep.MOD || !p.arguments(pred.word(), Role.SUBJECT).isEmpty()
                    || cues.evaluation(p.word(noun).lemma()).isPresent() || harmsNoHarm(p, pred.word())) {
                return;
            }
            List<Target> ts = thingsOnly(predicatedOf(p, pred.word(), noun));
            emit(p, pred, ctx, ts, Polarity.OPPOSE, p.word(pred.word()), "harm-done", "predicate-nominal");
        }

        /** X만 한 것이 없다, X만 한 효자가 없다: nothing is as good as X, a side for X (X만 is the 하다's argument). */
        private void nothingLike(Parse p, Predicate pred, Who ctx) {
            for (int s : p.arguments(pred.word(), Role.SUBJECT)) {
                for (int d : p.dependents(s)) {
                    if (p.dep(d) != Parse.Dep.MOD || p.predicate(d).filter(x -> x.lemma().equals("하")
                            && x.ending().isAdnominal() && x.negations() == 0).isEmpty()) {
                        continue;
                    }
                    for (int a : p.dependents(d)) {
                        if (p.dep(a) == Parse.Dep.ARG && p.word(a).isNoun() && p.word(a).has("만")) {
                            emit(p, pred, ctx, targets(p, a), Polarity.SUPPORT, p.word(pred.word()), "nothing-like");
                            return;
                        }
                    }
                }
            }
        }

        /** Whether verb v harms nothing named, or harms a harm (불확실성을 해치다): no judgement of the doer. */
        private boolean harmsNoHarm(Parse p, int v) {
            List<Integer> harmed = p.arguments(v, Role.OBJECT);
            return harmed.isEmpty() || harmed.stream().anyMatch(o -> cues.evaluation(p.word(o).lemma())
                    .map(e -> e.frame() == Cues.Frame.JUDGE && e.polarity() == Polarity.OPPOSE).orElse(false));
        }

        private void doerJudgedByEffect(Parse p, Predicate pred, Who ctx, Polarity polarity, String rule) {
            int head = p.head(pred.word());
            if (head >= 0 && p.word(head).isPredicate() && cues.evaluation(p.word(head).lemma()).isPresent()
                    && p.arguments(head, Role.OBJECT).isEmpty()) {
                // [X가 Y를 훼손한다고] 비판했다: the verb taking the clause judges it (act-object); one with an object
                // of its own gives the clause as its reason ([규제가 혁신을 가로막는다며] 유예를 요청했다)
                return;
            }
            if (rule.equals("harm-done") && harmsNoHarm(p, pred.word())) {
                return;   // harming a harm (불확실성을 해치다) is no judgement of the doer; growing one (부담을 키우다) is
            }
            for (int s : subjects(p, pred.word())) {
                // [X를 줄이는 것은] 고용을 위협한다: a harmful act against X is for X
                if (agent(p, s).isEmpty()
                        && !clauseObject(p, s, polarity, pred, ctx, p.word(pred.word()), rule, null)) {
                    // (an undirected act told as a noun stays the act, as for judge-subject: [X 조성을 흔드는 것])
                    emit(p, pred, ctx, targets(p, s), polarity, p.word(pred.word()), rule);
                }
                return;
            }
        }

        /** X에 속도를 내다, X에 힘을 싣다: a verb and its fixed object take a side on another argument. */
        private void idiom(Parse p, Predicate pred, int negations, Who ctx) {
            Optional<IdiomUse> use = idiomUse(p, pred.word());
            if (use.isEmpty()) {
                return;
            }
            int o = use.get().fixed();
            Cues.Idiom i = use.get().idiom();
            if (i.target().equals("agent")) {
                // X에 발목이 잡혀서는 안 된다: what holds one back is opposed whether or not one ought to let it
                emit(p, pred.affirmed(), ctx, idiomTargets(p, pred.word(), use.get()), i.polarity(), p.word(o),
                        "idiom");
                return;
            }
            if (sideOfJudgedClause(p, pred.word(), use.get())) {
                return;   // [미국 편에 서는] 것은 위험하다: the judgement of the clause takes the idiom's side (clauseObject)
            }
            Who holder = ctx;
            List<Integer> subj = subjects(p, pred.word());
            boolean subjectTaken = i.target().equals("topic") || i.target().equals("subject");
            if (!subjectTaken && !subj.isEmpty() && !urged(p, pred)) {
                holder = agent(p, subj.get(0)).orElse(ctx);
            } else if (!subjectTaken && subj.isEmpty() && i.target().equals("dative")) {
                // [X에 사활을 걸었던] SK하이닉스는; 국회 일각에서는 X에 제동을 걸었다
                holder = describedBy(p, pred.word()).or(() -> source(p, pred)).orElse(ctx);
            }
            Polarity pol = use.get().side(negations);
            if (pol == Polarity.SUPPORT && doubtedClause(p, pred)) {
                pol = Polarity.DOUBT;   // X에 기대를 걸기 어렵다: backing X is judged hard, X is doubted
            }
            emit(p, pred, holder, idiomTargets(p, pred.word(), use.get()), pol, p.word(o), "idiom");
        }

        /** An idiom's fixed noun among a verb's arguments, with the idiom (idioms.tsv). */
        private record IdiomUse(int fixed, Cues.Idiom idiom) {
            /** The side the idiom takes on its verb with so many negations (제동을 걸지 않다: no brake, support). */
            Polarity side(int negations) {
                return negations % 2 == 1 ? idiom.polarity().negate() : idiom.polarity();
            }
        }

        /** The idiom verb v makes with one of its arguments, in the role its row gives the fixed noun. */
        private Optional<IdiomUse> idiomUse(Parse p, int v) {
            Optional<Predicate> pred = p.predicate(v);
            if (pred.isEmpty() || !idiomVerbs.contains(pred.get().lemma())) {
                return Optional.empty();
            }
            List<Integer> nouns = new ArrayList<>(p.arguments(v, Role.OBJECT));
            nouns.addAll(p.arguments(v, Role.DATIVE));
            nouns.addAll(p.arguments(v, Role.SUBJECT));
            nouns.addAll(p.arguments(v, Role.NONE));
            nouns.addAll(p.arguments(v, Role.INSTRUMENT));
            for (int o : nouns) {
                Cues.Idiom i = cues.idiom(pred.get().lemma(), p.word(o).lemma());
                Role role = p.word(o).role();
                boolean subjectNoun = i != null && (i.target().equals("topic") || i.target().equals("agent"));
                boolean objectKind = i != null && i.target().equals("object");
                boolean bareNoun = role == Role.NONE || role == Role.INSTRUMENT;
                // only 편에 서다 has its fixed noun in the dative among the idioms on another argument (X의 손을
                // 들어주다 has it as object), only 길이 멀다 and 발목이 잡히다 as subject; those on the object have it
                // bare or in 로 (X를 문제(로) 삼다) or in the dative (X를 제재 명단에 올리다)
                boolean dativeAllowed = i != null && (i.target().equals("modifier") || objectKind);
                if (i != null && !(role == Role.DATIVE && !dativeAllowed)
                        && (role == Role.SUBJECT) == subjectNoun
                        && (objectKind ? bareNoun || role == Role.DATIVE : !bareNoun)) {
                    return Optional.of(new IdiomUse(o, i));
                }
            }
            return Optional.empty();
        }

        /** What an idiom of verb v takes a side on, by the kind of target its row names. */
        private List<Target> idiomTargets(Parse p, int v, IdiomUse use) {
            int o = use.fixed();
            String kind = use.idiom().target();
            List<Target> ts = new ArrayList<>();
            switch (kind) {
                case "object" -> {
                    // 여당은 X를 문제 삼았다: the fixed noun is bare or in 로, what is judged the object
                    for (int x : p.arguments(v, Role.OBJECT)) {
                        ts.addAll(targets(p, x));
                    }
                }
                case "topic" -> {
                    // 휴머노이드는 갈 길이 멀다: the fixed noun is the subject, what is judged the topic
                    for (int t : p.arguments(v, Role.TOPIC)) {
                        ts.addAll(targets(p, t));
                    }
                    for (int t : p.arguments(v, Role.SUBJECT)) {
                        if (ts.isEmpty() && t < o) {
                            ts.addAll(targets(p, t));   // [X가] 현실성이 떨어진다는 지적: the double subject's first
                        }
                    }
                }
                case "subject" -> {
                    ts.addAll(subjectTargets(p, v));
                    if (ts.isEmpty() && p.dep(v) == Parse.Dep.MOD && p.endingOf(v).isAdnominal() && p.head(v) >= 0) {
                        // 섣부른 규제는 [스타트업의 싹을 자를] 뿐이다: what the copula says X does, X does
                        ts.addAll(thingsOnly(predicatedOf(p, v, p.head(v))));
                    }
                }
                case "modifier", "about" -> {
                    // 미국 편에 서다: whose side it is; X에 대한 기대를 접다: what the hope was for
                    for (int d : p.dependents(o)) {
                        if (p.dep(d) != Parse.Dep.MOD) {
                            continue;
                        }
                        if (kind.equals("modifier") && p.word(d).isNoun()) {
                            ts.addAll(targets(p, d));
                        } else if (kind.equals("about") && aboutWord(p.word(d))) {
                            for (int x : p.arguments(d, Role.DATIVE)) {
                                ts.addAll(targets(p, x));
                            }
                        }
                    }
                    if (ts.isEmpty() && kind.equals("modifier") && p.word(o).role() == Role.OBJECT) {
                        ts.addAll(dativeTargets(p, v));   // X에 손을 들어주다: whose side, in the dative
                    }
                }
                default -> ts.addAll(dativeTargets(p, v));   // dative, agent
            }
            return ts;
        }

        /**
         * Whether verb v's idiom takes a side in a clause told by 것 that a judgement is passed on ([미국 편에 서는]
         * 것은 위험하다): the judgement takes that side, turned (clauseObject), and the idiom asserts nothing itself.
         */
        private boolean sideOfJudgedClause(Parse p, int v, IdiomUse use) {
            int noun = p.head(v);
            if (!Set.of("dative", "modifier", "object").contains(use.idiom().target()) || noun < 0
                    || !p.word(v).ending().isAdnominal() || p.dep(v) != Parse.Dep.MOD
                    || !p.word(noun).lemma().equals("것") || !p.word(noun).role().isSubjectLike()) {
                return false;
            }
            int judge = p.head(noun);
            return judge >= 0 && p.predicate(judge).flatMap(x -> cues.evaluation(x.lemma()))
                    .filter(e -> e.frame() == Cues.Frame.JUDGE).isPresent();
        }

        /**
         * What 마땅하다 says is deserved: the evaluative noun received (비판을 받아 마땅하다) or the verb of receiving made
         * of one (비판받아 마땅하다).
         */
        private Optional<Cues.Evaluation> deserved(Parse p, Predicate pred) {
            for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                Optional<Cues.Evaluation> e = cues.evaluation(p.word(o).lemma());
                if (e.isPresent()) {
                    return e;
                }
            }
            int k = pred.word() - 1;
            String lemma = k >= 0 ? p.word(k).lemma() : "";
            return lemma.length() > 1 && lemma.endsWith("받") && p.head(k) == pred.word()
                    ? cues.evaluation(lemma.substring(0, lemma.length() - 1)) : Optional.empty();
        }

        /** [X하기] 어렵다, [X할지] 의문이다: a clause told as a noun that the predicate over it doubts. */
        private boolean doubtedClause(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            if (pred.ending() != EndingType.NOMINAL || h < 0 || p.predicate(h).isEmpty()) {
                return false;
            }
            Predicate judge = p.predicate(h).get();
            return cues.evaluation(judge.lemma()).filter(e -> e.frame() == Cues.Frame.JUDGE
                    && e.after(judge.negations()) == Polarity.DOUBT).isPresent();
        }

        /**
         * The quoted name a noun is set beside ('제3의 길'이라는 (매력적) 환상 → 길), through modifiers of the noun;
         * -1 when there is none.
         */
        private int apposed(Parse p, int noun) {
            for (int d : p.dependents(noun)) {
                if (p.dep(d) != Parse.Dep.MOD) {
                    continue;
                }
                Word dw = p.word(d);
                if (dw.kind() == Word.Kind.FUNCTION && dw.ending() == EndingType.QUOTE_NOUN) {
                    for (int q : p.dependents(d)) {
                        if (p.dep(q) == Parse.Dep.QUOTE && p.word(q).isPredicate()) {
                            return q;
                        }
                    }
                } else if (dw.isPredicate() && dw.ending() == EndingType.QUOTE_NOUN && dw.hasCopula()) {
                    return d;   // 소부장 육성이라는 방향: the noun the copula names, unquoted
                } else if (dw.isNoun() && dw.role() == Role.NONE) {
                    int inner = apposed(p, d);   // …이라는 매력적 환상: past the modifier in between
                    if (inner >= 0) {
                        return inner;
                    }
                }
            }
            return -1;
        }

        /** A noun (or noun-like word) that judges: 환상, 매력적. */
        private Optional<Cues.Evaluation> judgingNoun(Word w) {
            return w.isNoun() || w.isNominal()
                    ? cues.evaluation(w.lemma()).filter(x -> x.frame() == Cues.Frame.JUDGE) : Optional.empty();
        }

        /** '제3의 길'이라는 매력적 환상: the name beside an evaluative noun is judged by it. */
        private void apposition(Parse p, Predicate pred, Who ctx) {
            int noun = p.head(pred.word());
            if (noun >= 0 && p.word(noun).kind() == Word.Kind.FUNCTION) {
                noun = p.head(noun);   // '제3의 길'이라는: past the word glued to the closing mark
            }
            // up the modifiers (매력적인, 매력적) to the first evaluative noun of the phrase: …이라는 매력적 환상 대신
            for (int hops = 0; noun >= 0 && hops < 4; hops++) {
                Word nw = p.word(noun);
                Optional<Cues.Evaluation> e = judgingNoun(nw);
                boolean modifier = p.dep(noun) == Parse.Dep.MOD && nw.isNoun() && nw.role() == Role.NONE;
                if (e.isPresent() && modifier && p.head(noun) >= 0 && judgingNoun(p.word(p.head(noun))).isPresent()) {
                    e = Optional.empty();   // 매력적 환상: the noun judges, what describes it does not
                }
                if (e.isPresent()) {
                    Who holder = ctx;
                    int gov = p.head(noun) >= 0 ? p.predicateAt(p.head(noun)) : -1;
                    if (goalNoun(nw) && gov >= 0 && rules.on("goal-owner")) {
                        // LG 컨소시엄은 'X'라는 목표를 제시했다: a goal set out is whoever sets it out's
                        // ([X라는 목표를 세운] 정부는: with no subject, the one the clause describes set it out)
                        holder = subjectAgent(p, gov).or(() -> describedBy(p, gov)).orElse(holder);
                    }
                    emit(p, pred, holder, targets(p, pred.word()), e.get().polarity(), nw, "apposition");
                    return;
                }
                if (p.dep(noun) != Parse.Dep.MOD || (nw.isNoun() && nw.role() != Role.NONE)) {
                    return;
                }
                noun = p.head(noun);
            }
        }

        /** X는 모순을 안고 있다, X는 한계를 지닌다: the subject is judged by what it has. */
        private void possession(Parse p, Predicate pred, int negations, Who ctx) {
            if (cues.lightVerb(pred.lemma(), Cues.Slot.POSSESSION) == null || !rules.on("noun-complement")) {
                return;
            }
            for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                Optional<Cues.Evaluation> e = cues.evaluation(p.word(o).lemma());
                if (e.isPresent() && e.get().frame() == Cues.Frame.JUDGE) {
                    if (cues.patientNouns().containsKey(e.get().lemma())) {
                        return;   // 미국은 복합적 부담을 안고 있다: who has a burden suffers it, nobody judges them
                    }
                    // 특화 모델은 [한국이 비교 우위를 가질 수 있는] 분야다: a clause of having that describes what a
                    // copula says its subject is judges that subject; the one who has is only part of the description
                    int noun = p.head(pred.word());
                    List<Target> described = pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD
                            && noun >= 0 && rules.on("predicate-nominal")
                            ? thingsOnly(predicatedOf(p, pred.word(), noun)) : List.of();
                    if (!described.isEmpty()) {
                        emit(p, pred, ctx, described, e.get().after(negations), p.word(o), "noun-complement",
                                "predicate-nominal");
                        return;
                    }
                    emit(p, pred, ctx, subjectTargets(p, pred.word()), e.get().after(negations), p.word(o),
                            "noun-complement");
                    return;
                }
            }
        }

        /**
         * 반대 입장, 현장의 반응: a view noun with no clause of its own says whose view it is, not what it is about
         * (but [해외 투자를 일자리 도둑으로 보는] 시각 is a view one can argue with).
         */
        private boolean bareView(Parse p, int w) {
            return viewNoun(p.word(w)) && !cues.holderNoun(p.word(w).lemma()).plan()   // (a plan is a thing too)
                    && p.dependents(w).stream().noneMatch(d -> p.word(d).isPredicate()
                    && p.dependents(d).stream().anyMatch(x -> p.dep(x) == Parse.Dep.ARG));
        }

        /**
         * 디커플링 주장에 동의하지 않는다, 중국 보복 우려에 공감한다: a view named by the bare noun before it argues for
         * that noun (holder-nouns.tsv's claim: 주장, 견해, 시각, 논리, 의견), or against it when the view is itself
         * a side (우려, 비판); judging the view judges the noun so.
         */
        private boolean namedView(Parse p, Predicate pred, int s, Polarity judged, Who ctx, Word cue) {
            int x = s - 1;
            if (x < 0 || p.head(x) != s || p.dep(x) != Parse.Dep.MOD || !p.word(x).isNoun()
                    || p.word(x).role() != Role.NONE || agent(p, x).isPresent()
                    || cues.holderNoun(p.word(x).lemma()) != null) {
                return false;
            }
            Cues.Evaluation own = cues.evaluations().get(p.word(s).lemma());
            Cues.HolderNoun view = cues.holderNoun(p.word(s).lemma());
            if (view.stand() && view.argues() && phrases.headMention(p, x).isPresent()) {
                return false;   // a plan is for an act it names (투자 확대 계획), not for a thing (반도체 계획)
            }
            Polarity content = own != null && own.frame() == Cues.Frame.ACT ? own.polarity()
                    : view.argues() ? Polarity.SUPPORT : null;
            if (content == null) {
                return false;
            }
            Polarity pol = switch (judged) {
                case SUPPORT -> content;
                case OPPOSE -> content == Polarity.DOUBT ? null : content.negate();
                default -> content == Polarity.SUPPORT ? Polarity.DOUBT : null;
            };
            List<Target> ts = targets(p, x);
            if (pol == null || ts.isEmpty()) {
                return false;
            }
            emit(p, pred, ctx, ts, pol, cue, "endorsed-view");
            return true;
        }

        /** 반발, 반감: a reaction someone has is also an event (reaction-nouns.tsv), which can be feared. */
        private boolean reaction(Word w) {
            return grammar.is(WordSet.REACTION_NOUNS, w.lemma());
        }

        /** 입장, 시각, 반응: a noun that names a view, so that who has it holds what it says. */
        private boolean viewNoun(Word w) {
            Cues.HolderNoun hn = cues.holderNouns().get(w.lemma());
            return hn != null && hn.type() == Cues.HolderType.REPORT;
        }

        /**
         * 해법은 X다, 문제는 X다: the topic noun's polarity goes to what the copula names; X는 가장 현실적인 방법이다:
         * an evaluative modifier of the copula's noun judges the subject.
         */
        private void copulaIdentity(Parse p, Predicate pred, Who ctx) {
            Word w = p.word(pred.word());
            if (!w.copular() || pred.lemma().isEmpty()) {
                return;
            }
            if (viewStated(p, pred)) {
                return;
            }
            for (int d : p.dependents(pred.word())) {
                if (p.dep(d) == Parse.Dep.MOD && p.word(d).isPredicate() && p.predicate(d).isPresent()
                        && rules.on("judge-subject") && p.arguments(d, Role.OBJECT).isEmpty()
                        && !judgesAClause(p, p.predicate(d).get())   // [확보하기] 어려운 재료: hard to get
                        // (한국은 [낡은 시각에서 벗어나야 한다는] 것이다: what is said, no quality of the topic)
                        && p.predicate(d).get().ending() != EndingType.QUOTE_NOUN) {
                    // (a modifier with its own object acts, it does not judge: 해법은 절차를 줄이는 것이다)
                    Optional<Cues.Evaluation> m = cues.evaluation(p.predicate(d).get().lemma());
                    if (m.isPresent() && m.get().frame() == Cues.Frame.DO
                            && p.predicate(d).get().modalities().isEmpty()) {
                        // 지난해보다 10% 증가한 규모다: a directed change describes, it does not judge (but 해볼 만한
                        // 도전이다, worth doing, does)
                        return;
                    }
                    if (m.isPresent() && m.get().frame() == Cues.Frame.ACT && !viewNoun(w)) {
                        return;   // 경영진들은 [X에 동참하는] 모습이다: taking a side is an act told, not a judgement
                    }
                    if (m.isEmpty() && cues.lightVerb(p.predicate(d).get().lemma(), Cues.Slot.SUBJECT) != null) {
                        for (int n : p.arguments(d, Role.SUBJECT)) {   // 의미 있는 시도다, 가치 있는 일이다
                            m = cues.evaluation(p.word(n).lemma()).filter(x -> x.frame() == Cues.Frame.JUDGE);
                        }
                    }
                    List<Integer> subj = subjects(p, pred.word());
                    if (m.isPresent() && !subj.isEmpty() && viewNoun(w) && rules.on("attitude-holder")) {
                        // 두산로보틱스는 X에 대해 신중한 입장이다: the subject's view of X, not a judgement of it
                        Optional<Who> who = agent(p, subj.get(0));
                        List<Target> ts = dativeTargets(p, d);
                        if (ts.isEmpty()) {
                            ts = dativeTargets(p, pred.word());
                        }
                        if (who.isPresent() && !ts.isEmpty()) {
                            emit(p, pred, who.get(), ts, m.get().after(p.predicate(d).get().negations()
                                    + pred.negations()), p.word(d), "attitude-holder");
                        }
                        return;
                    }
                    if (m.isPresent() && !subj.isEmpty() && rules.on("copula-identity")
                            && topicCue(p, pred).filter(c -> c.word() == subj.get(0)).isPresent()) {
                        break;   // 문제는 [모호한] 기준이다: the judging topic says what the named thing is
                    }
                    if (m.isPresent() && !subj.isEmpty()) {
                        int s = subj.get(0);   // 더는 미룰 수 없는 과제다, 가장 현실적인 방법이다
                        if (!clauseObject(p, s, m.get().after(p.predicate(d).get().negations() + pred.negations()),
                                pred, ctx, p.word(d), null)) {
                            emit(p, pred, ctx, targets(p, s), m.get().after(p.predicate(d).get().negations()
                                    + pred.negations()), p.word(d), "judge-subject");
                        }
                        return;
                    }
                }
            }
            // 기술 종속은 [이미 시작된] 현실이다: the topic is said to be real, not what judges the reality (but 문제는
            // [X라는] 현실이다 names X as the problem)
            boolean real = pred.lemma().equals("현실") && p.dependents(pred.word()).stream()
                    .noneMatch(d -> p.endingOf(d) == EndingType.QUOTE_NOUN);
            if (!rules.on("copula-identity") || grammar.is(WordSet.CIRCUMSTANCE_NOUNS, pred.lemma()) || real) {
                return;   // 경쟁력은 [하락하고 있는] 상황이다: how things stand, not what the topic judges
            }
            Optional<TopicCue> cue = topicCue(p, pred);
            if (cue.isPresent()) {
                int word = cue.get().word();
                Who holder = ctx;
                for (int d = word - 1; d >= 0 && p.word(d).isNoun() && p.dep(d) == Parse.Dep.MOD
                        && goalNoun(p.word(word)); d--) {
                    if (p.word(d).role() == Role.GENITIVE && p.dominates(word, d)) {
                        // 미국의 전략적 목표는 중국 봉쇄다: the goal is the US's, whoever reports it
                        holder = agent(p, d).orElse(holder);
                        break;
                    }
                }
                emit(p, pred, holder, targets(p, pred.word()), cue.get().polarity(), p.word(word), "copula-identity");
            }
        }

        /**
         * 업계는 반대 입장이다, 국내 업계는 신중한 반응이다: a view noun said of someone, with the word before it saying
         * which view, is their side on what it names (X에 대해) or, with nothing named, on the measure just reported.
         */
        private boolean viewStated(Parse p, Predicate pred) {
            int view = viewWord(p, pred.word());
            List<Integer> subj = subjects(p, pred.word());
            if (view < 0 || subj.isEmpty() || !rules.on("attitude-holder")) {
                return false;
            }
            Optional<Cues.Evaluation> e = cues.evaluation(p.word(view).lemma())
                    .filter(x -> x.frame() == Cues.Frame.ACT || x.frame() == Cues.Frame.ATTITUDE);
            Optional<Who> who = agent(p, subj.get(0));
            if (e.isEmpty() || who.isEmpty() || who.get().mention().isEmpty()) {
                return false;
            }
            int negations = pred.negations() + p.predicate(view).map(Predicate::negations).orElse(0);
            List<Target> ts = dativeTargets(p, pred.word());
            if (ts.isEmpty() && p.word(view).isPredicate()) {
                ts = dativeTargets(p, view);   // 환급제에 긍정적인 입장이다: what the attitude word itself is about
            }
            if (ts.isEmpty() && rules.on("reaction")) {
                ts = lastMeasure(p, pred.word()).map(m -> List.of(new Target(m, List.of("reaction"))))
                        .orElse(List.of());
            }
            if (ts.isEmpty()) {
                return false;
            }
            emit(p, pred, who.get(), ts, e.get().after(negations), p.word(view), "attitude-holder");
            return true;
        }

        /** The word that makes a topic evaluative, and its polarity after its own and the predicate's negations. */
        private record TopicCue(int word, Polarity polarity) {
        }

        /** What the topic of predicate pred says of what pred names (해법은 X다, 문제는 X에 있다), if it judges. */
        private Optional<TopicCue> topicCue(Parse p, Predicate pred) {
            Optional<Integer> cue = evaluativeTopic(p, pred.word());
            Optional<Cues.Evaluation> e = cue.flatMap(c -> cues.evaluation(p.predicate(c).map(Predicate::lemma)
                    .orElse(p.word(c).lemma())));
            if (e.isEmpty()) {
                return Optional.empty();
            }
            int negations = pred.negations() + p.predicate(cue.get()).map(Predicate::negations).orElse(0);
            return Optional.of(new TopicCue(cue.get(), e.get().after(negations)));
        }

        /**
         * 해법은 [기술 초격차에] 있다, 문제는 [규제에] 있다: what an evaluative topic lies in is what it names, as with
         * the copula (해법은 X다).
         */
        private void liesIn(Parse p, Predicate pred, Who ctx) {
            List<Integer> at = p.arguments(pred.word(), Role.DATIVE);
            if (!rules.on("copula-identity") || at.isEmpty()) {
                return;
            }
            topicCue(p, pred).ifPresent(cue -> emit(p, pred, ctx, targets(p, at.get(0)), cue.polarity(),
                    p.word(cue.word()), "copula-identity"));
        }

        /**
         * The word that makes a copula's subject evaluative: the subject itself (해법은 X다) or its judging modifier
         * (필요한 것은 X다, 현실적인 답은 X다).
         */
        private Optional<Integer> evaluativeTopic(Parse p, int copula) {
            for (int s : subjects(p, copula)) {
                if (p.dependents(s).stream().anyMatch(d -> p.dep(d) == Parse.Dep.MOD
                        && NounPhrases.demonstrative(p.word(d)))) {
                    continue;   // 그 성공은 …시절의 이야기다: a success pointed back to, not what success is
                }
                if (cues.propertyNouns().contains(p.word(s).lemma())) {
                    continue;   // AI 경쟁력은 미래 성장의 핵심요소다: what the property is, not a judgement of it
                }
                Optional<Cues.Evaluation> own = cues.evaluation(p.word(s).lemma())
                        .filter(e -> e.frame() == Cues.Frame.JUDGE);
                if (own.isPresent() && own.get().polarity() == Polarity.OPPOSE && s > 0 && p.head(s - 1) == s
                        && p.dep(s - 1) == Parse.Dep.MOD && p.word(s - 1).isNoun()
                        && p.word(s - 1).role() == Role.NONE) {
                    continue;   // 전력 문제도 발등의 불이다: the compound names a problem, the copula says what it is
                }
                if (own.isPresent()) {
                    return Optional.of(s);
                }
                if (phrases.headMention(p, s).isPresent() || describedThing(p.word(s)) && doing(p, copula)) {
                    // 일방적인 수출통제는 …행태다: a named thing's modifier describes that thing; 섣부른 규제는 [혁신을
                    // 막는] 것이다 tells what the measure does, it fills no slot (필요한 정책은 X다 still does)
                    continue;
                }
                Integer judged = null;
                for (int d : p.dependents(s)) {
                    // [규제가 과도하다는] 게 업계 주장이다: a clause told (…다는 것) is what is said, not a thing judged
                    // (or what ought to be done: [경계해야 할] 것은 X다 = X ought to be guarded against)
                    if (p.dep(d) == Parse.Dep.MOD && p.word(d).isPredicate() && p.predicate(d).isPresent()
                            && p.predicate(d).get().ending() != EndingType.QUOTE_NOUN
                            && cues.evaluation(p.predicate(d).get().lemma()).filter(e -> e.frame() == Cues.Frame.JUDGE
                            || p.predicate(d).get().has(Modality.DEONTIC) || toDo(p, d, s)
                            || toBeTaken(p, d, s, e)).isPresent()) {
                        judged = d;
                    }
                }
                if (judged != null) {
                    return Optional.of(judged);
                }
            }
            return Optional.empty();
        }

        /** Whether a noun heads a phrase that names a measure, a risk, an event or a technology (concept-heads.tsv). */
        private boolean describedThing(Word noun) {
            String cls = cues.conceptHeads().get(noun.lemma());
            return "Policy".equals(cls) || "Risk".equals(cls) || "Event".equals(cls) || "Technology".equals(cls);
        }

        /** Whether a copula names a 것 whose relative clause has no subject: [혁신을 가로막는] 것이다 tells a doing. */
        private static boolean doing(Parse p, int copula) {
            return p.word(copula).lemma().equals("것") && p.dependents(copula).stream().anyMatch(d -> p.dep(d)
                    == Parse.Dep.MOD && p.predicate(d).filter(x -> x.ending().isAdnominal()).isPresent()
                    && p.arguments(d, Role.SUBJECT).isEmpty());
        }

        /**
         * [경계할] 것은 X다, [먼저 버릴] 것은 X다: a side to be taken, told on 것 with no one named to take it, is what
         * ought to be done, as 경계해야 할 것 is.
         */
        private static boolean toBeTaken(Parse p, int d, int noun, Cues.Evaluation e) {
            return e.frame() == Cues.Frame.ACT && p.word(noun).lemma().equals("것") && prospective(p.word(d))
                    && p.arguments(d, Role.SUBJECT).isEmpty() && p.predicate(d).filter(x -> x.negations() == 0
                    && x.modalities().isEmpty()).isPresent();
        }

        /** [정부가 할] 일은 X다: 하다 to come on the noun 일 is what is to be done, as 해야 할 일 is. */
        private static boolean toDo(Parse p, int d, int noun) {
            return p.word(noun).lemma().equals("일") && p.predicate(d).filter(x -> x.lemma().equals("하")
                    && x.negations() == 0 && x.modalities().isEmpty()).isPresent() && prospective(p.word(d));
        }

        /**
         * X가 아니라 Y: X opposed, Y supported, when what follows names Y as what counts: a copula (디리스킹이 우리의
         * 원칙이다) or an evaluation (…가 필요하다). Y is the next clause's subject, or what its copula names.
         */
        private void contrast(Parse p, Predicate pred, Who ctx) {
            Word w = p.word(pred.word());
            int head = p.head(pred.word());
            if (head < 0 || p.predicate(head).isEmpty()) {
                return;
            }
            Predicate hp = p.predicate(head).get();
            if (hp.negations() % 2 == 1) {
                return;   // X도 아니고 Y도 아니다: neither, nothing set against anything
            }
            int before = pred.complement() >= 0 ? pred.complement() : pred.word() - 1;
            if (before >= 0 && (p.word(before).has("뿐") || p.word(before).has("뿐만"))) {
                return;   // X뿐 아니라 Y도: not only X but Y too, nothing set aside
            }
            boolean copula = p.word(head).copular();
            boolean evaluative = cues.evaluation(hp.lemma()).filter(e -> e.frame() == Cues.Frame.JUDGE).isPresent();
            if ((!copula && !evaluative) || (copula && evaluative)) {
                return;   // X는 선택이 아니라 필수다: the evaluation is of X, judged elsewhere
            }
            for (int d : p.dependents(head)) {
                if (copula && d < pred.word() && p.dep(d) == Parse.Dep.ARG && p.word(d).role().isSubjectLike()
                        && (phrases.headMention(p, d).isPresent() || evaluativeTopic(p, head).isEmpty())) {
                    // HBM은 범용 메모리가 아니라 맞춤형 제품이다, 표시 의무는 규제가 아니라 안전벨트다, 가장 자주 나오는
                    // 단어는 GPU가 아니라 전력이다: says what its subject is, takes no side on either name (해법은 X가
                    // 아니라 Y다, [해야 할] 일은 X가 아니라 Y다 do)
                    return;
                }
            }
            if (copula && evaluativeTopic(p, head).isEmpty() && !p.arguments(pred.word(), Role.SUBJECT).isEmpty()
                    && doneAdnominal(p.word(pred.word()))) {
                return;   // 스마트폰이 똑똑해진 것이 아니라 서버가 똑똑해진 것이다: a fact set right, no side taken
            }
            // what counts is the topic's side when it judges (해법은 X가 아니라 Y다: for Y; 문제는 X가 아니라 Y다:
            // against Y, and X is no problem), else for Y; what is set aside gets the other side
            List<Integer> subj = new ArrayList<>();
            for (int d : p.dependents(head)) {
                if (d > pred.word() && p.dep(d) == Parse.Dep.ARG && p.word(d).role().isSubjectLike()) {
                    subj.add(d);
                }
            }
            List<Target> ts = !subj.isEmpty() ? targets(p, subj.get(0)) : copula ? targets(p, head) : List.of();
            Polarity counts = Polarity.SUPPORT;
            if (copula) {
                Optional<Integer> topic = evaluativeTopic(p, head);
                Optional<Cues.Evaluation> e = topic.flatMap(c -> cues.evaluation(p.predicate(c)
                        .map(Predicate::lemma).orElse(p.word(c).lemma())));
                if (e.isPresent()) {
                    counts = e.get().after(hp.negations());
                } else if (!ts.isEmpty() && ts.stream().allMatch(t -> t.mention().entity().kind() == Kind.ACTOR)) {
                    return;   // [위태로운 상황에 놓인] 나라는 미국이 아니라 한국이다: says who it is, takes no side
                }
                if (counts == Polarity.DOUBT) {
                    return;   // 관건은 X가 아니라 Y다 with a doubting topic: copula-identity says it
                }
            }
            Polarity aside = counts.negate();
            if (pred.complement() >= 0) {
                emit(p, pred, ctx, targets(p, pred.complement()), aside, w, "contrast");
            } else if (!pred.auxiliaries().isEmpty() && p.word(pred.auxiliaries().get(0)).lemma().equals("것")) {
                // 규제를 늘리는 것이 아니라: the clause before 것이 아니라 is what is set aside
                int thing = pred.auxiliaries().get(0);
                phrases.concept(p, thing, new NounPhrases.Phrase(p.subtreeBegin(pred.word()),
                        p.word(thing).contentEnd())).ifPresent(m -> emit(p, pred, ctx,
                        List.of(new Target(m, List.of("concept"))), aside, w, "contrast"));
            }
            emit(p, hp, ctx, ts, counts, w, "contrast");
        }

        /**
         * X 없이는 Y가 불가능하다, [초격차 기술] 없이는 추격을 따돌릴 수 없다, [전력] 없이는 AI도 없다: when a clause
         * doubts or rejects something, or is denied itself, what it cannot do without is needed (the denial is part
         * of the construction, not of the stance). X 없이도 된다 says X is not needed, and is left alone.
         */
        private void necessity(Parse p, Predicate pred, int from, Who ctx) {
            if (pred.has(Modality.INABILITY) && p.dependents(pred.word()).stream().anyMatch(x -> without(p, x))) {
                // [초격차 기술 없이는] 추격을 따돌릴 수 없다: a real inability under the condition, not the "must not"
                // that …할 수 없다 says alone (X를 포기할 수 없다)
                out.subList(from, out.size()).removeIf(st -> st.rules().contains("do-deontic"));
            }
            boolean negative = false;
            for (int i = from; i < out.size(); i++) {
                negative |= out.get(i).polarity() == Polarity.DOUBT || out.get(i).polarity() == Polarity.OPPOSE;
            }
            // (…없이는 성장이 불가능하다, 어렵다: a judgement of impossibility with nothing else to judge denies too)
            boolean denied = out.size() == from && (pred.negations() % 2 == 1 || pred.has(Modality.INABILITY)
                    || pred.lemma().equals("없") || pred.negations() == 0 && impossible(pred.lemma()));
            if (!negative && !denied) {
                return;
            }
            int judged = out.size();
            boolean conditioned = false;   // needed for the judgement itself, not inside what it judges
            for (int x = 0; x < p.size(); x++) {
                Word w = p.word(x);
                if (w.begin() < p.word(pred.word()).begin() && without(p, x) && p.dominates(pred.word(), x)
                        && !quotedBelow(p, x, pred.word())
                        && (negative || p.head(x) == pred.word() && p.word(x - 1).role() == Role.NONE)) {
                    // (a denied predicate only when 없이 is its own: not 없이 inside a clause it takes)
                    emit(p, denied ? pred.affirmed() : pred, ctx, targets(p, x - 1), Polarity.SUPPORT, w, "necessity");
                    conditioned |= p.head(x) == pred.word() || w.role() == Role.TOPIC;   // 없이는: a condition
                }
            }
            // a condition on the judgement, or on the clause it judges (…키우지 않고서는 [일본을 이기기] 어렵다)
            List<Integer> conditions = new ArrayList<>(p.dependents(pred.word()));
            for (int d : p.dependents(pred.word())) {
                if (p.dep(d) == Parse.Dep.CLAUSE && p.endingOf(d) == EndingType.NOMINAL) {
                    conditions.addAll(p.dependents(d));
                }
            }
            for (int c : conditions) {
                if (p.dep(c) == Parse.Dep.CLAUSE && notDoing(p, c)) {
                    // [소부장 기업을 키우지 않고서는] 이길 수 없다: what must not be left undone is needed, as 없이는
                    // (or fixed: [유턴법을 손보지 않고서는] … 어렵다 doubts the law as it is, as 손봐야 한다 does)
                    Optional<Cues.Evaluation> dir = cues.evaluation(p.predicate(c).get().lemma())
                            .filter(x -> x.frame() == Cues.Frame.DO || x.frame() == Cues.Frame.HAVE);
                    List<Integer> objects = p.arguments(c, Role.OBJECT);
                    if (dir.isPresent() && !objects.isEmpty()) {
                        emit(p, denied ? pred.affirmed() : pred, ctx, targets(p, objects.get(0)),
                                dir.get().polarity(), p.word(c), "necessity");
                        conditioned = true;
                    }
                }
            }
            for (int c : conditions) {
                if (p.dep(c) == Parse.Dep.CLAUSE && lackCondition(p, c)) {
                    // [정책 조율이 없으면] 전략 추진은 불가능하다: what the clause cannot do without is needed
                    for (int subject : p.arguments(c, Role.SUBJECT)) {
                        emit(p, denied ? pred.affirmed() : pred, ctx, targets(p, subject), Polarity.SUPPORT,
                                p.word(c), "necessity");
                        conditioned = true;
                    }
                }
            }
            if (conditioned) {
                // (조율 없이는 [전략 추진이] 불가능하다 judges the consequence under its condition, not the thing)
                out.subList(from, judged).removeIf(st -> st.rules().contains("judge-subject")
                        || st.rules().contains("judge-clause"));
                Optional<Cues.Evaluation> goal = cues.evaluation(pred.lemma()).filter(x -> x.frame() == Cues.Frame.DO);
                if (denied && goal.isPresent() && pred.has(Modality.INABILITY)) {
                    // 초격차 기술 없이는 [중국의 추격을] 따돌릴 수 없다: what cannot be done without it is wanted done
                    for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                        emit(p, pred.affirmed(), ctx, targets(p, o), goal.get().polarity(), p.word(pred.word()),
                                "necessity");
                    }
                }
            }
            if (negative) {
                // [원전 없는] AI는 허상이다: what is judged badly for lacking something needs it
                for (int subject : subjects(p, pred.word())) {
                    int d = lackedBy(p, subject);
                    if (d >= 0) {
                        emit(p, pred, ctx, targets(p, d - 1), Polarity.SUPPORT, p.word(d), "necessity");
                    }
                }
            }
        }

        /** Whether word x is 없이 or 없이는 after a noun (X 없이는), not 없이도 (X 없이도 된다: X is not needed). */
        private boolean without(Parse p, int x) {
            int b = p.word(x).begin();
            return x > 0 && essay.analysisText().startsWith("없이", b) && !essay.analysisText().startsWith("없이도", b)
                    && p.word(x - 1).isNoun();
        }

        /** Whether clause c is a lack as a condition: X가 없으면, X가 없고서는 (not 없어도). */
        private boolean lackCondition(Parse p, int c) {
            Optional<Predicate> cp = p.predicate(c);
            if (cp.isEmpty() || !cp.get().lemma().equals("없") || cp.get().negations() != 0
                    || !cp.get().auxiliaries().isEmpty()) {
                return false;
            }
            Word last = p.word(cp.get().lastWord());
            String written = essay.text().substring(last.begin(), last.end());
            return written.endsWith("으면") || written.endsWith("고서는") || written.endsWith("고는");
        }

        /** Whether clause c is an act left undone as a condition: …하지 않고서는, …하지 않고는, …하지 않으면. */
        private boolean notDoing(Parse p, int c) {
            Optional<Predicate> cp = p.predicate(c);
            if (cp.isEmpty() || cp.get().negations() != 1 || cp.get().auxiliaries().isEmpty()) {
                return false;
            }
            Word last = p.word(cp.get().auxiliaries().get(cp.get().auxiliaries().size() - 1));
            String written = essay.text().substring(last.begin(), last.end());
            return written.startsWith("않") && (written.endsWith("고서는") || written.endsWith("고는")
                    || written.endsWith("으면"));
        }

        /** 어렵다, 불가능하다: a judgement that doubts, or one of possibility denied by its prefix. */
        private boolean impossible(String lemma) {
            Cues.Evaluation e = cues.negatedByPrefix(lemma);
            return e != null && e.frame() == Cues.Frame.JUDGE && e.polarity() == Polarity.SUPPORT
                    || cues.evaluation(lemma).filter(x -> x.frame() == Cues.Frame.JUDGE
                            && x.polarity() == Polarity.DOUBT).isPresent();
        }

        /**
         * Whether word x lies in a quotation under predicate top ("…성과 없이 소비되고 있다"며 비판했다): what the
         * quotation says is the speaker's, not a part of top's own clause.
         */
        private static boolean quotedBelow(Parse p, int x, int top) {
            for (int k = x; k >= 0 && k != top; k = p.head(k)) {
                if (p.dep(k) == Parse.Dep.QUOTE) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a why-question asks why someone still or needlessly does something (왜 한국은 아직도 X에
         * 집착하는가): a doing, not a judgement, by someone named, with an adverb of persisting; without one (왜
         * 삼성전자는 투자를 늘리는가) a report may only be about to give the reasons.
         */
        private boolean whyTheyDo(Parse p, Predicate pred) {
            Optional<Cues.Evaluation> e = cues.evaluation(pred.lemma());
            return e.isPresent() && e.get().frame() != Cues.Frame.JUDGE && e.get().frame() != Cues.Frame.ATTITUDE
                    && subjects(p, pred.word()).stream().anyMatch(x -> agent(p, x).isPresent())
                    && p.dependents(pred.word()).stream().anyMatch(d -> p.word(d).kind() == Word.Kind.ADVERB
                    && grammar.is(WordSet.INSISTENCE_ADVERBS, written(p.word(d))));
        }

        /** Whether a question asks with an adverb that makes it rhetorical (과연, 정말: grammar/rhetorical-adverbs.tsv). */
        private boolean rhetorical(Parse p, Predicate pred) {
            for (int d = 0; d < pred.word(); d++) {
                if (p.word(d).kind() == Word.Kind.ADVERB && p.dominates(pred.word(), d)
                        && grammar.is(WordSet.RHETORICAL_ADVERBS, written(p.word(d)))) {
                    return true;
                }
            }
            return false;
        }

        /** A question without negation doubts what the clause supports, or, with nothing found, its subject. */
        private void question(Parse p, Predicate pred, int from, Who ctx) {
            if (!pred.has(Modality.DEONTIC) && p.dependents(pred.word()).stream()
                    .anyMatch(d -> p.word(d).first().equals("왜"))) {
                if (whyTheyDo(p, pred)) {
                    // 왜 한국은 아직도 X에 집착하는가: asking why someone does it questions their doing (backing X
                    // doubted, giving X up opposed: backing X), in the writer's voice
                    for (int i = from; i < out.size(); i++) {
                        Stance s = out.get(i);
                        if (s.holder().isEmpty() && (s.polarity() == Polarity.SUPPORT
                                || s.polarity() == Polarity.OPPOSE)) {
                            out.set(i, s.withPolarity(s.polarity() == Polarity.SUPPORT ? Polarity.DOUBT
                                    : Polarity.SUPPORT, "question-doubt"));
                        }
                    }
                }
                return;   // X는 왜 중요한가 asks for reasons and takes the judgement as given; 왜 …해야 하나 doubts
            }
            if (pred.has(Modality.POSSIBILITY) && out.size() > from && meansDoubted(p, pred, from, ctx)) {
                return;
            }
            boolean changed = false;
            boolean rhetorical = rhetorical(p, pred);
            for (int i = from; i < out.size(); i++) {
                Stance s = out.get(i);
                if (s.polarity() == Polarity.SUPPORT || rhetorical && s.polarity() == Polarity.OPPOSE) {
                    out.set(i, asker(s, ctx).withPolarity(Polarity.DOUBT, "question-doubt"));
                    changed = true;
                }
            }
            if (out.size() > from || changed) {
                return;
            }
            if (!(pred.has(Modality.POSSIBILITY) || cues.evaluation(pred.lemma()).isPresent())) {
                return;
            }
            // 오픈AI도 오픈소스 AI 전략 도입할까: who is asked about does not stand in doubt; what they may do does
            List<Target> ts = subjectTargets(p, pred.word()).stream()
                    .filter(t -> t.mention().entity().kind() != Kind.ACTOR).toList();
            List<Integer> means = p.arguments(pred.word(), Role.INSTRUMENT);
            for (int k = means.size() - 1; ts.isEmpty() && k >= 0 && pred.has(Modality.POSSIBILITY); k--) {
                ts = targets(p, means.get(k));   // 전력 수요를 SMR로 메울 수 있을까: what is doubted is the means
            }
            List<Integer> doers = subjects(p, pred.word());
            if (ts.isEmpty() && pred.has(Modality.POSSIBILITY) && !doers.isEmpty() && agent(p, doers.get(0)).isPresent()
                    && cues.evaluation(pred.lemma()).isEmpty()) {
                return;   // 관료가 몇 년 뒤의 승자를 맞힐 수 있을까: the doer's ability is doubted, not what is acted on
            }
            if (ts.isEmpty()) {
                List<Integer> objects = p.arguments(pred.word(), Role.OBJECT);
                ts = objects.isEmpty() ? List.of() : targets(p, objects.get(0));
            }
            emit(p, pred, ctx, ts, Polarity.DOUBT, p.word(pred.word()), "question-doubt");
        }

        /**
         * Who holds a stance asked about: whoever asks (the clause's holder), not the doer the question is about —
         * 기업이 10년짜리 투자를 결정할 수 있을까? is the writer doubting the investment; the firms decided nothing.
         */
        private static Stance asker(Stance s, Who ctx) {
            int agent = s.rules().indexOf("agent");
            if (agent < 0 || !ctx.known()) {
                return s;
            }
            List<String> rules = new ArrayList<>(s.rules());
            rules.set(agent, ctx.rule());
            return s.withHolder(ctx.mention(), rules);
        }

        /**
         * 과연 리쇼어링으로 제조업을 되살릴 수 있을까: asking whether a means can do what is wanted doubts the means,
         * not the goal; the goal's stances the clause made give way to it.
         */
        private boolean meansDoubted(Parse p, Predicate pred, int from, Who ctx) {
            List<Integer> means = p.arguments(pred.word(), Role.INSTRUMENT);
            for (int k = means.size() - 1; k >= 0; k--) {
                List<Target> ts = targets(p, means.get(k));
                if (!ts.isEmpty() && agent(p, means.get(k)).isEmpty()) {
                    out.subList(from, out.size()).clear();
                    emit(p, pred, ctx, ts, Polarity.DOUBT, p.word(pred.word()), "question-doubt");
                    return true;
                }
            }
            return false;
        }

        // ----- arguments and targets -----

        /** Subject-like arguments, shared between coordinated clauses (see {@link Parse#subjectsOf}). */
        private List<Integer> subjects(Parse p, int pred) {
            List<Integer> own = p.subjectsOf(pred);
            int n = p.head(pred);
            if (own.isEmpty() && howThingsStand(p, pred)) {
                // 업계는 [X를 반기는] 분위기다, 정부는 [관망하는] 모양새다: the topic is the clause's doer
                List<Integer> topic = new ArrayList<>(p.arguments(n, Role.TOPIC));
                topic.addAll(p.arguments(n, Role.SUBJECT));
                return topic.stream().filter(t -> t < pred).sorted().toList();
            }
            if (!own.isEmpty() || n < 0 || p.dep(pred) != Parse.Dep.MOD || !p.endingOf(pred).isAdnominal()
                    || p.word(n).role() != Role.NONE || !grammar.is(WordSet.CLAUSE_NOUNS, p.word(n).lemma())
                    || p.dep(n) != Parse.Dep.ARG || p.predicate(p.head(n)).isEmpty()) {
                return own;
            }
            // 정부는 [X를 외칠] 뿐 Y는 외면한다: a clause closed by a clause noun has the verb's topic before it
            return p.arguments(p.head(n), Role.TOPIC).stream().filter(t -> t < pred).toList();
        }

        /**
         * Whether the predicate at word k closes a clause that a copula on a circumstance noun says is how things stand:
         * 업계는 [보조금 도입을 반기는] 분위기다 tells what the industry does, as 업계는 도입을 반기고 있다 would.
         */
        private boolean howThingsStand(Parse p, int k) {
            int n = p.head(k);
            return n >= 0 && p.dep(k) == Parse.Dep.MOD && p.endingOf(k).isAdnominal()
                    && p.predicate(n).filter(c -> grammar.is(WordSet.CIRCUMSTANCE_NOUNS, c.lemma())).isPresent();
        }

        /** Whether the predicate is a goal told with 위해/위한: [X를 줄이기] 위해. */
        private static boolean servesGoal(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            return pred.ending() == EndingType.NOMINAL && h >= 0 && p.word(h).lemma().equals("위하");
        }

        /**
         * Whose goal a clause told with 위해/위한 is: the doer of the verb it serves (정부는 [수출을 늘리기] 위해 …,
         * 바이든 행정부는 [X를 막기] 위한 규제안을 발표했다), named or someone unnamed; and whose a purpose clause is
         * (…하도록, …하려고): the named doer of the verb it is on. Empty when that verb has no such doer (the goal is
         * then the speaker's, as any urged clause).
         */
        private Optional<Who> goalOwner(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            // [금융회사가 AI를 쓸 수 있도록] 규제를 풀기로 했다: a purpose clause on a verb is that verb's doer's aim
            boolean purpose = pred.ending() == EndingType.PURPOSE && p.dep(pred.word()) == Parse.Dep.CLAUSE
                    && h >= 0 && p.predicate(h).isPresent();
            if (!servesGoal(p, pred) && !purpose) {
                return Optional.empty();
            }
            int main = purpose ? h : p.head(h);
            for (int up = 0; up < 4 && main >= 0 && p.predicate(main).isEmpty(); up++) {
                main = p.head(main);   // …를 막기 위한 [수출 규제안을] 발표했다: past the nouns to the verb it serves
            }
            if (main < 0 || p.predicate(main).isEmpty()) {
                return Optional.empty();
            }
            // [X를 막기] 위해서는 정부가 Y를 늘려야 한다: what ought to be done for a goal is urged, the goal the speaker's
            for (int m = main; m >= 0 && p.predicate(m).isPresent();
                    m = p.dep(m) == Parse.Dep.CLAUSE ? p.head(m) : -1) {
                if (p.predicate(m).get().has(Modality.DEONTIC) || urgedItself(p.predicate(m).get())) {
                    return Optional.empty();
                }
            }
            if (purpose) {
                // only a named doer (the clause's own subject, 금융회사가, is whom it is for); and …하려면 is a
                // condition, whoever wants it ([관세를 피하려면] 현지 생산은 피할 수 없는 선택이다)
                boolean condition = p.word(pred.lastWord()).pieces().stream()
                        .anyMatch(x -> x.tag() == PosTag.E && x.form().endsWith("면"));
                if (condition) {
                    return Optional.empty();
                }
                // [빅테크들이 X에 대한 의존을 줄이려고] …: …려고 wants the same subject as its verb, so a subject
                // written in the clause is the doer whose aim it is (unlike …도록's, whom it is for)
                boolean sameSubject = p.word(pred.lastWord()).pieces().stream().anyMatch(Run::aimEnding);
                List<Integer> own = new ArrayList<>(p.arguments(pred.word(), Role.SUBJECT));
                own.addAll(p.arguments(pred.word(), Role.TOPIC));
                if (sameSubject && !own.isEmpty()) {
                    return doer(p, own.get(0));
                }
                return subjects(p, main).stream().findFirst().flatMap(d -> agent(p, d));
            }
            // the nearest-verb rule may have given the doer to the goal itself (기업들이 [전력을 확보하기] 위해 …)
            List<Integer> doers = new ArrayList<>(p.arguments(pred.word(), Role.SUBJECT));
            doers.addAll(p.arguments(pred.word(), Role.TOPIC));
            doers.addAll(subjects(p, main));
            return doers.isEmpty() ? Optional.empty() : doer(p, doers.get(0));
        }

        /**
         * The 하다 a purpose clause is the complement of, when that 하다 tells it done rather than urges it ([표시를
         * 하도록] 했다, [X를 늘리려고] 했다; not [X하도록] 해야 한다), or -1.
         */
        private int causativeMaker(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            if (pred.ending() != EndingType.PURPOSE || p.dep(pred.word()) != Parse.Dep.CLAUSE || h < 0) {
                return -1;
            }
            Optional<Predicate> made = p.predicate(h).filter(x -> x.lemma().equals("하"));
            return made.isPresent() && !made.get().has(Modality.DEONTIC) && !urgedItself(made.get())
                    && !hortative(p, made.get()) && demandOver(p, h) < 0 ? h : -1;
        }

        /**
         * Whether the predicate is urged, itself or as a clause joined to an urged one: X를 구축하고 Y를 만들어야
         * 한다 urges both (rule do-deontic).
         */
        private boolean urged(Parse p, Predicate pred) {
            if (urgedItself(pred) || hortative(p, pred) || pred.ending() == EndingType.PURPOSE
                    || servesGoal(p, pred)) {
                return true;   // …을 줄이려면, …을 줄이기 위해: a goal is wanted
            }
            return urgedByClause(p, pred) || demandOver(p, pred.word()) >= 0;
        }

        /**
         * 기업들에 자료를 제출하라고 명령했다, 정부가 X를 조사해야 한다고 촉구했다, [X를 공개할] 것을 요구했다: a clause
         * that a verb of asking asks for, as its object or told with …하라고 / …해야 한다고.
         */
        private boolean demanded(Parse p, Predicate pred) {
            if (demandOver(p, pred.word()) >= 0) {
                return true;
            }
            int h = p.head(pred.word());
            return h >= 0 && p.dep(pred.word()) == Parse.Dep.QUOTE && demands(p, h)
                    && (pred.has(Modality.IMPERATIVE) || pred.has(Modality.DEONTIC));
        }

        /**
         * The verb of asking (ontology/cues/demand-verbs.tsv) whose clause object the predicate at word k heads, or
         * -1: [X를 철회할] 것을 촉구했다, [규제를 완화하기]를 바란다. Only a clause to come (…할 것): 처리한 것을
         * 비판했다 is about what was done.
         */
        private int demandOver(Parse p, int k) {
            Predicate pr = p.predicate(k).orElse(null);
            int h = p.head(k);
            if (pr == null || h < 0 || !rules.on("demanded-clause")) {
                return -1;
            }
            if (pr.ending() == EndingType.NOMINAL && (p.dep(k) == Parse.Dep.ARG || p.dep(k) == Parse.Dep.CLAUSE)
                    && p.word(pr.lastWord()).role() == Role.OBJECT) {
                return demands(p, h) ? h : -1;   // (…하지 않기를 바란다: the auxiliary carries the 를)
            }
            Word noun = p.word(h);
            if (pr.ending().isAdnominal() && p.dep(k) == Parse.Dep.MOD && noun.lemma().equals("것")
                    && noun.role() == Role.OBJECT && p.dep(h) == Parse.Dep.ARG && prospective(p.word(pr.lastWord()))
                    && p.head(h) >= 0 && demands(p, p.head(h))) {
                return p.head(h);
            }
            return -1;
        }

        /**
         * 정부는 [X 처리에 속도를 내길] 바란다: a wish in the present, quoted by nobody, whose clause has no subject of
         * its own is the writer's, and the topic is whom it is wished of (as in an editorial); told in the past
         * (…바랐다) or with a subject in the clause (정부는 [기업들이 X를 늘리기를] 바란다) the topic wishes.
         */
        private boolean wishedOfTopic(Parse p, int wish, int clause) {
            Optional<Predicate> w = p.predicate(wish);
            return w.isPresent() && grammar.is(WordSet.WISH_VERBS, w.get().lemma()) && w.get().ending().isFinal()
                    && !p.past(w.get()) && p.word(wish).bubble() == 0 && p.head(wish) < 0
                    && p.arguments(clause, Role.SUBJECT).isEmpty() && !p.arguments(wish, Role.TOPIC).isEmpty();
        }

        /** Whether word n is 것 after a clause of what is yet to be ([수출이 줄어들] 것). */
        private boolean yetToBe(Parse p, int n) {
            return p.word(n).lemma().equals("것") && p.dependents(n).stream().anyMatch(d -> p.dep(d) == Parse.Dep.MOD
                    && p.word(d).isPredicate() && p.endingOf(d).isAdnominal() && prospective(p.word(d)));
        }

        /** 철회할, 먹을: a word that ends in the adnominal of what is yet to be (ㄹ/을). */
        private static boolean prospective(Word w) {
            List<Piece> ps = w.pieces();
            for (int j = ps.size() - 1; j >= 0; j--) {
                if (ps.get(j).tag() == PosTag.E) {
                    String f = ps.get(j).form();
                    return f.equals("ᆯ") || f.equals("을") || f.equals("ㄹ");
                }
            }
            return false;
        }

        /** 중국 시장을 포기하자는 주장, …하자고 했다, …하자.: "let us" urges what it says. */
        private boolean hortative(Parse p, Predicate pred) {
            Word last = p.word(pred.lastWord());
            String form = text.substring(last.begin(), last.end());
            return form.endsWith("자는") || form.endsWith("자고")
                    || form.endsWith("자") && (pred.ending().isFinal() || p.head(pred.word()) < 0);
        }

        /** A company the gazetteer knows: not a government, a body or a person (an unknown name may be any). */
        private static boolean businessDoer(Who w) {
            return w.mention().map(m -> m.entity().type().equals("Company")).orElse(false);
        }

        /** Told as done or being done: no ought, plan, decision, will (겠) or wish. */
        private static boolean narrated(Parse p, Predicate pred) {
            for (Modality m : UNDONE) {
                if (pred.has(m)) {
                    return false;
                }
            }
            // 늘리겠다, 나서려는: a will or an aim told by the ending alone
            return p.word(pred.word()).pieces().stream().noneMatch(x -> x.form().equals("겠") || aimEnding(x));
        }

        /** An ending of aim (…려고, …으려는), which wants its verb's subject and tells what is not yet done. */
        private static boolean aimEnding(Piece x) {
            return x.tag() == PosTag.E && (x.form().startsWith("려") || x.form().startsWith("으려"));
        }

        /** Whether a joined (-고, -며, -여) clause is urged by the clause it joins. */
        private boolean urgedByClause(Parse p, Predicate pred) {
            int k = pred.word();
            for (int hops = 0; hops < 4 && p.dep(k) == Parse.Dep.CLAUSE
                    && (pred.ending() == EndingType.COORDINATE || pred.ending() == EndingType.LINK); hops++) {
                k = p.head(k);
                if (k < 0 || p.predicate(k).isEmpty()) {
                    return false;
                }
                pred = p.predicate(k).get();
                if (urgedItself(pred)) {
                    return true;
                }
            }
            return false;
        }

        /** Objects; under urging a delimited argument with no subject role stands for one (전선부터 챙겨야 한다). */
        private List<Integer> objectsOf(Parse p, Predicate pred) {
            return objectsOf(p, pred, false);
        }

        private List<Integer> objectsOf(Parse p, Predicate pred, boolean always) {
            List<Integer> objects = p.arguments(pred.word(), Role.OBJECT);
            if (objects.isEmpty() && (always || urged(p, pred))) {
                // 전선부터 챙겨야 한다, 완전 단절은 해서는 안 된다: a delimited or topical object
                for (Role r : List.of(Role.ADDITIVE, Role.TOPIC)) {
                    for (int a : p.arguments(pred.word(), r)) {
                        if (agent(p, a).isEmpty()) {
                            return List.of(a);
                        }
                    }
                }
            }
            return objects;
        }

        private boolean nonAgentSubject(Parse p, Predicate pred) {
            List<Integer> s = subjects(p, pred.word());
            return !s.isEmpty() && agent(p, s.get(0)).isEmpty();
        }

        private List<Target> subjectTargets(Parse p, int pred) {
            List<Integer> s = subjects(p, pred);
            return s.isEmpty() ? List.of() : targets(p, s.get(0));
        }

        /** Whether the predicate at word i asks for something to be done (ontology/cues/demand-verbs.tsv). */
        private boolean demands(Parse p, int i) {
            return p.predicate(i).filter(x -> cues.demandVerbs().contains(x.lemma())).isPresent();
        }

        /** X에 반대하다, X에 대해 우려했다: the dative, or the dative of 대해/대한. */
        private List<Target> dativeTargets(Parse p, int pred) {
            List<Integer> dat = p.arguments(pred, Role.DATIVE);
            // 국회에 …해 달라고 호소했다: whom one asks is not what one is for
            if (!dat.isEmpty() && !demands(p, pred)) {
                return targets(p, dat.get(dat.size() - 1));
            }
            for (int d : p.dependents(pred)) {
                Optional<List<Target>> about = aboutOf(p, d);   // X를 두고 "…"라고 비판했다: X, not what is said
                if (about.isPresent()) {
                    return about.get();
                }
            }
            return List.of();
        }

        /**
         * What dependent d of a verb says the verb is about: the dative of X에 대해/관해, or the X of X를 두고/놓고,
         * X와 관련해; empty when d is none of these words.
         */
        private Optional<List<Target>> aboutOf(Parse p, int d) {
            if (aboutWord(p.word(d))) {
                return Optional.of(dativeOf(p, d));
            }
            List<Integer> regarded = regarded(p, d);
            return regarded.isEmpty() ? Optional.empty() : Optional.of(targets(p, regarded.get(0)));
        }

        private List<Target> dativeOf(Parse p, int d) {
            List<Integer> dat = p.arguments(d, Role.DATIVE);
            if (!dat.isEmpty()) {
                return targets(p, dat.get(0));
            }
            return clauseBeforeDe(p, d);
        }

        /**
         * [미국이 수출 통제 조치를 내린] 데 대해 (데에, its 에 left out): what the clause before a bare 데 argument of
         * word d (대해, 관해) is about; a doer's act by what it acts on, turned when the act lessens it ([규제를 완화한]
         * 데 대해 환영했다). Empty when d has no such argument. (Read also after the verb itself, [X를 강화한] 데
         * 반발했다, it added a position the frozen test half does not name: left out.)
         */
        private List<Target> clauseBeforeDe(Parse p, int d) {
            for (int a : p.dependents(d)) {
                if (p.dep(a) != Parse.Dep.ARG || !p.word(a).lemma().equals("데") || p.word(a).role() != Role.NONE) {
                    continue;
                }
                for (int c : p.dependents(a)) {
                    if (p.dep(c) != Parse.Dep.MOD || p.predicate(c).isEmpty()) {
                        continue;
                    }
                    List<Integer> subj = subjects(p, c);
                    List<Integer> obj = p.arguments(c, Role.OBJECT);
                    if (!subj.isEmpty() && !obj.isEmpty() && agent(p, subj.get(0)).isPresent()) {
                        boolean lessens = direction(p.predicate(c).get()).orElse(null) == Polarity.OPPOSE;
                        return targets(p, obj.get(0)).stream()
                                .map(t -> t.turn(lessens)).toList();
                    }
                    return clauseTargets(p, c);
                }
            }
            return List.of();
        }

        /** A phrase's targets, or for a clause told as a noun (…하는 것) what that clause is about. */
        private List<Target> clauseOrPhrase(Parse p, int w) {
            if (p.word(w).lemma().equals("것")) {
                for (int d : p.dependents(w)) {
                    if (p.word(d).isPredicate() && p.predicate(d).isPresent() && p.dep(d) == Parse.Dep.MOD) {
                        List<Target> ts = clauseTargets(p, d);
                        if (!ts.isEmpty()) {
                            return ts;
                        }
                    }
                }
            }
            return targets(p, w);
        }

        /**
         * [반도체 공급망이 약화될] 우려: what a feared or hoped-for clause of a directed change against its subject
         * (약화, 감소) names is that change, minted from the subject on ([격차 확대로] 협상력이 약화될 위험 fears 협상력
         * 약화, not its cause with it), not the subject, which it is on the side of.
         */
        private Optional<Mention> decline(Parse p, int clause) {
            boolean against = p.predicate(clause).flatMap(x -> cues.evaluation(x.lemma()))
                    .filter(x -> x.frame() == Cues.Frame.DO && x.polarity() == Polarity.OPPOSE).isPresent();
            List<Integer> s = p.arguments(clause, Role.SUBJECT);
            if (!against || s.isEmpty() || !p.arguments(clause, Role.OBJECT).isEmpty()
                    || NounPhrases.verbalNoun(p.word(clause)) == null) {
                return Optional.empty();
            }
            return phrases.concept(p, clause,
                    new NounPhrases.Phrase(p.subtreeBegin(s.get(0)), p.word(clause).contentEnd()));
        }

        /** What a clause is about: its object when it has one, else its subject (삼성이 점유율을 되찾을지 → 삼성). */
        private List<Target> clauseTargets(Parse p, int clause) {
            boolean possible = p.predicate(clause).map(x -> x.has(Modality.POSSIBILITY)).orElse(false);
            // (with a subject of its own, 으로 is where the subject goes: [보복이 조선업 전반으로 번질 수 있다는] 우려)
            boolean meansAsked = possible && p.arguments(clause, Role.SUBJECT).isEmpty();
            for (int f : p.arguments(clause, Role.INSTRUMENT)) {
                if (p.word(f).has("만") || meansAsked) {   // 몇억 원의 수당으로 이길 수 있을지: the means is doubted
                    return targets(p, f);   // 재생에너지만으로 감당할 수 있을지: what is doubted is the "only"
                }
            }
            if (p.predicate(clause).flatMap(x -> cues.evaluation(x.lemma())).isEmpty() && subjects(p, clause).isEmpty()) {
                // [합작 법인 전환으로 위험을 나누자]고 제안했다: an act put forward with a verb that takes no side is
                // about the means it names (not the risk shared); a place or an actor in 로 is where or whom, no
                // means, and what a clause with a subject of its own leads to (X가 Y로 이어진다) is no means either
                for (int f : p.arguments(clause, Role.INSTRUMENT)) {
                    List<Target> means = targets(p, f);
                    if (!means.isEmpty() && means.stream().allMatch(t -> t.mention().entity().kind() != Kind.ACTOR
                            && t.mention().entity().kind() != Kind.CANDIDATE)) {
                        return means;
                    }
                }
            }
            // [경제가 침체에 빠질 수 있다]고 경고했다: the state fallen into is what is warned of
            if (p.predicate(clause).filter(x -> stateVerbs.contains(x.lemma())).isPresent()) {
                for (int d : p.arguments(clause, Role.DATIVE)) {
                    List<Target> ts = targets(p, d);
                    if (!ts.isEmpty()) {
                        return ts;
                    }
                }
            }
            List<Integer> s = subjects(p, clause);
            if (!s.isEmpty() && agent(p, s.get(0)).isPresent()) {
                return targets(p, s.get(0));
            }
            List<Integer> o = p.arguments(clause, Role.OBJECT);
            if (s.isEmpty() && possible && !o.isEmpty() && agent(p, o.get(0)).isPresent()) {
                return List.of();   // 하이닉스를 따라잡을 수 있을지 미지수: an unnamed one's ability, not 하이닉스
            }
            if (!o.isEmpty()) {
                List<Target> ts = targets(p, o.get(0));
                if (!ts.isEmpty()) {
                    return ts;
                }
            }
            // [과도한 규제가 기업을 해외로 내몬다]고 비판했다: with an object that names nothing, the subject
            if (s.isEmpty()) {
                return List.of();
            }
            List<Target> ts = new ArrayList<>(targets(p, s.get(0)));
            if (rules.on("causes") && p.predicate(clause).filter(x -> x.negations() == 0
                    && cues.lightVerb(x.lemma(), Cues.Slot.CAUSE) != null).isPresent()) {
                // [자동화가 일자리 감소로 이어질] 우려: what it leads to is feared (or hoped for) as well as its cause
                for (int e : p.arguments(clause, Role.INSTRUMENT)) {
                    ts.addAll(targets(p, e));
                }
            }
            // [보조금이 빠진] 점을 비판했다: a side on something being missing is the other side on it
            return ts.stream().map(t -> t.turn(tellsMissing(p, clause))).toList();
        }

        /**
         * Whether the sentence's first word is one of a set of openers (물론 X는 만능이 아니다, 또 …을 강조했다): by the
         * word as written, since Nori's reading of 물론 or 이어 is not its spelling.
         */
        private boolean opens(Parse p, WordSet openers) {
            Word first = p.word(0);
            return p.size() > 1 && grammar.is(openers, essay.text().substring(first.begin(), first.contentEnd()));
        }

        /**
         * 사후 전력 허가제는 재검토가 마땅하다, X는 폐지가 시급하다: the topic before an action noun that is judged
         * is what the action is done to, unless it is someone who could do it (정부는 재검토가 필요하다).
         */
        private List<Target> doneToTopic(Parse p, List<Integer> subjects, int action) {
            for (int t : subjects) {
                if (t < action && p.word(t).role() == Role.TOPIC && p.word(t).isNoun() && agent(p, t).isEmpty()) {
                    return targets(p, t);
                }
            }
            return List.of();
        }

        /** Whether a clause tells that its subject is missing: an absence verb with no object. */
        private boolean tellsMissing(Parse p, int clause) {
            return p.arguments(clause, Role.OBJECT).isEmpty() && p.predicate(clause).filter(this::absent).isPresent();
        }

        /** Whether an unnegated predicate tells its subject is missing (absence-verbs.tsv: 빠지다, 끊기다). */
        private boolean absent(Predicate pred) {
            return pred.negations() == 0 && grammar.is(WordSet.ABSENCE_VERBS, pred.lemma());
        }

        /** Whether word w is an amount: a unit after a number (224억 달러, 90만 장, 2027년). */
        private boolean amount(Parse p, int w) {
            Word word = p.word(w);
            if (word.counter() != null) {
                return true;
            }
            if (word.isNoun() && grammar.is(WordSet.QUANTITY_NOUNS, word.lemma()) && w > 0 && p.head(w - 1) == w
                    && amount(p, w - 1)) {
                return true;   // 1조 원 이상을 투자하기로 했다: the bound of an amount is the amount
            }
            return !word.pieces().isEmpty() && word.pieces().get(0).tag() == PosTag.NNBC && w > 0
                    && p.head(w - 1) == w && !p.word(w - 1).pieces().isEmpty()
                    && p.word(w - 1).pieces().get(0).tag() == PosTag.SN;
        }

        /** The targets of an argument word and the words coordinated with it. */
        private List<Target> targets(Parse p, int w) {
            List<Target> ts = new ArrayList<>();
            List<Integer> conj = rules.on("coordination") ? p.conjuncts(w) : List.of(w);
            for (int c : conj) {
                Optional<Target> own = target(p, c).map(this::antiMarked);
                own.ifPresent(t -> ts.add(conj.size() > 1
                        ? new Target(t.mention(), with(t.rules(), "coordination"), t.turned()) : t));
                if (rules.on("example") && own.filter(t -> t.rules().contains("concept")).isPresent()) {
                    ts.addAll(examples(p, c, own.get().turned()));
                }
                if (rules.on("action-noun")) {
                    ts.addAll(actedOn(p, c));
                }
            }
            return ts;
        }

        /**
         * The named examples of a kind the phrase names (HBM 같은 첨단 기술, HBM과 같은 기술, HBM, CXL 등 첨단 기술,
         * HBM 등의 기술): what is said of the kind is said of them.
         */
        private List<Target> examples(Parse p, int w, boolean turned) {
            List<Target> out = new ArrayList<>();
            for (int x : exampleWords(p, w)) {
                phrases.headMention(p, x).filter(m -> !named(m) && out.stream().noneMatch(t -> t.mention().equals(m)))
                        .ifPresent(m -> out.add(new Target(m, List.of("head-entity", "example"), turned)));
            }
            return out;
        }

        /** The words naming the examples of the kind the phrase of word w names (each of 네이버와 카카오 같은 기업). */
        private List<Integer> exampleWords(Parse p, int w) {
            List<Integer> named = new ArrayList<>();
            int counted = tallied(p, w);
            if (counted >= 0) {
                named.addAll(p.conjuncts(counted));   // 삼성전자와 SK하이닉스 두 회사: each one counted
            }
            for (int n : phraseNouns(p, w)) {
                for (int d : p.dependents(n)) {
                    Word dw = p.word(d);
                    if (p.dep(d) != Parse.Dep.MOD) {
                        continue;
                    }
                    if (dw.isPredicate() && dw.lemma().equals("같") && dw.ending().isAdnominal()) {
                        for (int x : p.dependents(d)) {
                            if (p.dep(x) == Parse.Dep.ARG && p.word(x).isNoun()
                                    && (p.word(x).role() == Role.NONE || p.word(x).role() == Role.COMITATIVE)) {
                                named.addAll(p.conjuncts(x));
                            }
                        }
                    } else if (dw.isNoun() && dw.lemma().equals("등")
                            && (dw.role() == Role.NONE || dw.role() == Role.GENITIVE)) {
                        for (int x : p.dependents(d)) {
                            if (p.dep(x) == Parse.Dep.MOD && p.word(x).isNoun()) {
                                named.addAll(p.conjuncts(x));
                            }
                        }
                    }
                }
            }
            return named;
        }

        /**
         * The word naming what word w counts (독일·네덜란드·덴마크 3개국, 삼성전자와 SK하이닉스 두 회사, 현대차·기아
         * 2개 기업), or -1: w is a number and a counter of tally-nouns.tsv, or such a noun after a numeral or a
         * counted 개, and a noun right before the count modifies it.
         */
        private int tallied(Parse p, int w) {
            Word word = p.word(w);
            int before = w - 1;
            boolean counted = word.counter() != null && grammar.is(WordSet.TALLY_NOUNS, word.counter());
            if (!counted && before >= 0 && p.head(before) == w && grammar.is(WordSet.TALLY_NOUNS, word.lemma())) {
                Word n = p.word(before);
                counted = n.kind() == Word.Kind.DETERMINER && grammar.is(WordSet.NATIVE_NUMERALS, n.lemma())
                        || "개".equals(n.counter());
                before--;
            }
            return counted && before >= 0 && p.head(before) == w && p.dep(before) == Parse.Dep.MOD
                    && p.word(before).isNoun() && p.word(before).role() == Role.NONE ? before : -1;
        }

        /** The first offset from i on that is not whitespace (where the phrase after a word begins). */
        private int pastSpace(int i) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /**
         * 탈한국, 탈중국: a name glued after 탈 (leaving it) is not what the word names; the word, a concept, is.
         */
        private boolean leaving(Mention m) {
            int b = m.begin();
            return b >= 1 && essay.text().charAt(b - 1) == '탈'
                    && (b == 1 || Character.isWhitespace(essay.text().charAt(b - 2))
                        || !Character.isLetterOrDigit(essay.text().charAt(b - 2)));
        }

        /** '반(反) 엔비디아'를 외치다: a name marked anti (反) is what the side is against. */
        private Target antiMarked(Target t) {
            int b = t.mention().begin();
            String before = essay.text().substring(Math.max(0, b - 4), b).strip();
            return before.endsWith("反)") || before.endsWith("反")
                    ? new Target(t.mention(), with(t.rules(), "negating-prefix"), !t.turned()) : t;
        }

        /**
         * What an action noun acts on (AI 반도체에 대한 투자, 로봇 산업 육성, 의존 축소): the things it names that
         * are not actors, turned when the action works against them.
         */
        private List<Target> actedOn(Parse p, int w) {
            Optional<Cues.Evaluation> dir = cues.evaluation(p.word(w).lemma())
                    .filter(x -> x.frame() == Cues.Frame.DO);
            if (dir.isEmpty() || !p.word(w).isNoun() || phrases.headMention(p, w).isPresent()) {
                return List.of();
            }
            List<Integer> of = new ArrayList<>();
            boolean namedBefore = w > 0 && p.head(w - 1) == w && p.word(w - 1).isNoun()
                    && phrases.headMention(p, w - 1).isPresent();
            for (int n : phraseNouns(p, w)) {
                if (n == w - 1 && p.head(n) == w) {
                    of.add(n);   // [로봇 산업] 육성, but not 희토류 in [희토류 의존] 축소
                }
                for (int d : p.dependents(n)) {
                    Word dw = p.word(d);
                    if (p.dep(d) == Parse.Dep.MOD && dw.isNominal() && dw.role() == Role.GENITIVE
                            && (n == w || !of.contains(n) && !withinObject(p, n, w))) {
                        // 소재 산업의 육성; but in [반도체산업의 규제] 완화 the genitive owns what is eased
                        of.add(d);
                    } else if (aboutWord(dw) && !namedBefore) {
                        // 반도체에 대한 투자, 반도체에 대한 전략적 투자; but in 희토류에 대한 [관세] 부과 the tariff is
                        // imposed, and what it falls on is burdened, not favoured
                        of.addAll(p.arguments(d, Role.DATIVE));
                    }
                }
            }
            boolean turned = dir.get().polarity() == Polarity.OPPOSE;
            List<Target> out = new ArrayList<>();
            for (int o : of) {
                for (int c : p.conjuncts(o)) {
                    phrases.headMention(p, c).filter(m -> m.entity().kind() != Kind.ACTOR
                                    && out.stream().noneMatch(t -> t.mention().equals(m)))
                            .ifPresent(m -> {
                                noteOwnedDoing(p, w, m);
                                out.add(new Target(m, List.of("head-entity", "action-noun"), turned));
                            });
                }
            }
            return out;
        }

        /**
         * Whether noun n modifies, within action noun w's phrase, the noun right before w that w acts on: in [남미의
         * 흑연] 광산 확보 the genitive the parser hung on 흑연 tells where the mine is, not a second thing acquired.
         */
        private static boolean withinObject(Parse p, int n, int w) {
            for (int k = p.head(n); k >= 0 && k < w; k = p.head(k)) {
                if (k == w - 1) {
                    return p.head(k) == w;
                }
            }
            return false;
        }

        /**
         * Whether word w is described by what it lacks ([원전 없는] AI, [보조금 없는] 반도체 전략): the thing without
         * it is another thing, told by the whole phrase, not the named head.
         */
        private boolean lacking(Parse p, int w) {
            return lackedBy(p, w) >= 0;
        }

        /** The word 없는 that says what word w lacks ([원전 없는] AI: 없는, after the noun lacked), or -1. */
        private int lackedBy(Parse p, int w) {
            for (int d : p.dependents(w)) {
                if (p.dep(d) == Parse.Dep.MOD && p.endingOf(d).isAdnominal() && p.word(d).lemma().equals("없")
                        && p.predicate(d).filter(x -> x.negations() <= 1 && x.auxiliaries().isEmpty()).isPresent()
                        && d > 0 && p.head(d - 1) == d && p.word(d - 1).isNoun()) {
                    return d;
                }
            }
            return -1;
        }

        /** Remembers the phrase on head w when it is an actor's own doing to thing (중국의 [반도체] 확보). */
        private void noteOwnedDoing(Parse p, int w, Mention thing) {
            if (phrases.ownersAction(p, w, thing)) {
                phrases.concept(p, w).ifPresent(whole -> ownedDoing.put(thing, whole));
            }
        }

        /**
         * 이번 조치, 이 규제, 해당 정책: a demonstrative with a bare measure noun (a Policy head of concept-heads.tsv)
         * points back at the last policy or risk named in the three sentences before (미국이 수출통제를 강화했다 …
         * 중국은 이 조치를 비판했다 → 수출통제); 이번 조치 at the one the report leads with.
         */
        private Optional<Mention> measurePointedBack(Parse p, int w) {
            Word word = p.word(w);
            boolean measure = "Policy".equals(cues.conceptHeads().get(word.lemma()));
            if (!word.isNoun() || !(measure || grammar.is(WordSet.DECISION_NOUNS, word.lemma()))
                    || !p.dependents(w).equals(List.of(w - 1)) || !(pointing(p.word(w - 1)) || likeThis(p, w - 1))) {
                return Optional.empty();
            }
            if (p.word(w - 1).lemma().equals("이번")) {
                // 이번 조치: this time's measure, the one the report leads with; with none named there, and for
                // 이번 결정, what the lead's act was on (미국이 X 수출을 금지했다 … 중국은 이번 조치에 반발했다)
                return (measure ? leadMeasure() : Optional.<Mention>empty()).or(() -> decidedOn(word, true));
            }
            Optional<Mention> named = measure ? namedBefore(word,
                    m -> m.entity().kind() == Kind.POLICY || m.entity().kind() == Kind.RISK) : Optional.empty();
            return named.or(() -> decidedOn(word, false));   // 이 같은 결정: what was just decided on
        }

        /**
         * What a named holder's act took a side on before word, in the title or first sentence (lead) or else in
         * the three sentences before, latest first: what 이번 조치 or 이 결정 stands for when no measure is named.
         * Only an act counts: a thing merely judged or named before (피지컬 AI는 최적지다. 이 조치는 …) is no decision.
         */
        private Optional<Mention> decidedOn(Word word, boolean lead) {
            Optional<Mention> found = Optional.empty();
            for (Stance st : out) {
                boolean act = st.holder().isPresent() && (st.rules().contains("act-object")
                        || st.rules().contains("export-control")) && st.cueBegin() < word.begin();
                if (act && (lead ? st.sentence() <= 1 : st.sentence() >= word.sentence() - 3)) {
                    found = Optional.of(st.target());
                    if (lead) {
                        break;
                    }
                }
            }
            return found;
        }

        /** 이 같은, 그 같은: 같은 with only a demonstrative before it points back as 이런 does. */
        private static boolean likeThis(Parse p, int d) {
            return d > 0 && p.word(d).isPredicate() && p.word(d).lemma().equals("같") && p.endingOf(d).isAdnominal()
                    && p.dependents(d).equals(List.of(d - 1)) && NounPhrases.demonstrative(p.word(d - 1));
        }

        /** A determiner that points back: a demonstrative, 이번 (this time's) or 해당 (the said). */
        private static boolean pointing(Word w) {
            return NounPhrases.demonstrative(w) || w.lemma().equals("이번") || w.lemma().equals("해당");
        }

        /**
         * 이 펀드, 그 법, 해당 공장: a demonstrative with a plain noun points back at the last thing named in the three
         * sentences before whose Korean name ends with that noun (국민성장펀드 … 이 펀드가 제 역할을 할지 의문이다).
         */
        private Optional<Mention> pointedBack(Parse p, int w) {
            Word word = p.word(w);
            String noun = word.lemma();
            // (the demonstrative is its only dependent, right before it: so w - 1 exists)
            if (!word.isNoun() || !p.dependents(w).equals(List.of(w - 1))
                    || !(NounPhrases.demonstrative(p.word(w - 1)) || p.word(w - 1).lemma().equals("해당"))) {
                return Optional.empty();
            }
            return namedBefore(word, m -> m.entity().kind() != Kind.ACTOR && m.entity().labelKo() != null
                    && m.entity().labelKo().length() > noun.length() && m.entity().labelKo().endsWith(noun));
        }

        /** The last mention before word that passes test, in its sentence or the three before, nearest first. */
        private Optional<Mention> namedBefore(Word word, java.util.function.Predicate<Mention> test) {
            for (int s = word.sentence(); s >= 0 && s >= word.sentence() - 3; s--) {
                List<Mention> ms = bySentence.getOrDefault(s, List.of());
                for (int i = ms.size() - 1; i >= 0; i--) {
                    Mention m = ms.get(i);
                    if (m.end() <= word.begin() && test.test(m)) {
                        return Optional.of(m);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * What a demonstrative points back at: the last target taken earlier in its sentence (X를 승인했으며, 이는
         * 중요한 조치다: what was approved, not a place named in it), else the last thing (not an actor) named earlier
         * in its sentence, else the last target of the previous sentence, else the last thing it named.
         */
        private Optional<Mention> antecedent(Word anaphor) {
            Mention last = null;
            for (Mention m : sentenceTargets) {
                if (m.sentence() == anaphor.sentence() && m.end() <= anaphor.begin()
                        && (last == null || m.end() > last.end())) {
                    last = m;
                }
            }
            if (last != null) {
                return Optional.of(last);
            }
            for (Mention m : bySentence.getOrDefault(anaphor.sentence(), List.of())) {
                if (m.end() <= anaphor.begin() && m.entity().kind() != Kind.ACTOR) {
                    last = m;
                }
            }
            if (last != null) {
                return Optional.of(last);
            }
            if (!lastTargets.isEmpty()) {
                return Optional.of(lastTargets.get(lastTargets.size() - 1));
            }
            for (Mention m : bySentence.getOrDefault(anaphor.sentence() - 1, List.of())) {
                if (m.entity().kind() != Kind.ACTOR) {
                    last = m;
                }
            }
            if (last == null && lastDeedSentence == anaphor.sentence() - 1) {
                return lastDeed.get();   // SK하이닉스가 착공을 연기했다. 주정부는 이에 유감을 표했다: the deed told
            }
            return Optional.ofNullable(last);
        }

        /**
         * The noun a transparent head only stresses (걱정 자체 → 걱정), or the thing whose development, schedule or
         * expansion a category head names (구동 모터의 개발 일정을 앞당겼다 → 구동 모터: what is backed is the motor),
         * else w itself. An actor before 의 is the doer, not the thing (정부의 지원 stays).
         */
        private int stressed(Parse p, int w) {
            if (phrases.transparent(p.word(w))) {
                for (int d : p.dependents(w)) {
                    if (d == w - 1 && p.dep(d) == Parse.Dep.MOD && p.word(d).isNoun()) {
                        return d;
                    }
                }
            }
            if (phrases.category(p.word(w))) {
                int x = w - 1;
                while (x >= 0 && p.word(x).role() == Role.NONE && p.word(x).isNoun() && phrases.category(p.word(x))) {
                    x--;
                }
                boolean doer = x >= 0 && (cues.holderNouns().containsKey(p.word(x).lemma()) || phrases
                        .headMention(p, x).filter(m -> m.entity().kind() == Kind.ACTOR
                                || m.entity().kind() == Kind.CANDIDATE).isPresent());
                // (생산 현장의 [로봇] 도입: a named thing between is what is done, the genitive only where)
                boolean namedBetween = IntStream.range(x + 1, w).anyMatch(k -> phrases.headMention(p, k).isPresent());
                if (x >= 0 && x < w && p.word(x).role() == Role.GENITIVE && p.word(x).isNoun() && p.head(x) > x
                        && p.head(x) <= w && !doer && !namedBetween) {
                    return x;
                }
            }
            return w;
        }

        private Optional<Target> target(Parse p, int w) {
            Word word = p.word(w);
            if (word.kind() == Word.Kind.FUNCTION && word.role() != Role.NONE) {
                for (int d : p.dependents(w)) {
                    if (p.dep(d) == Parse.Dep.QUOTE && p.word(d).isNoun()) {
                        return target(p, d);   // 로봇 '아틀라스'를: the particle after a quoted noun stands for it
                    }
                }
            }
            int stressed = stressed(p, w);
            if (stressed != w) {
                return target(p, stressed);   // 이 방향 자체: 이 방향
            }
            if (amount(p, w)) {
                return Optional.empty();   // 총 224억 달러를 투자했다, 월 90만 장이 필요하다: how much, not what
            }
            Cues.HolderNoun self = cues.holderNoun(word.lemma());
            if (self != null && self.type() == Cues.HolderType.AUTHOR) {
                return Optional.empty();   // [이 글을 쓰는] 내가 …: the writer (나, 우리, 필자) is who speaks, not what of
            }
            if (NounPhrases.demonstrative(word) && p.dependents(w).stream().anyMatch(d -> d < w
                    && p.dep(d) == Parse.Dep.CONJ)) {
                return Optional.empty();   // [없어서는 안 될 존재가 되는 것], 그것이 최선이다: named before it, here
            }
            if (rules.on("anaphora") && (NounPhrases.demonstrative(word) || (phrases.generic(word)
                    && p.dependents(w).stream().anyMatch(d -> NounPhrases.demonstrative(p.word(d))))
                    || (phrases.anaphoric(word) && p.dependents(w).stream().noneMatch(d -> p.dep(d)
                    == Parse.Dep.MOD)))) {
                return antecedent(word).map(m -> new Target(m, List.of("anaphora")));
            }
            if (rules.on("anaphora") && "category".equals(cues.conceptHeads().get(word.lemma()))
                    && p.dependents(w).equals(List.of(w - 1)) && NounPhrases.demonstrative(p.word(w - 1))) {
                // …SMR로 메울 수 있을까? 나는 [그 가능성을] 낮게 본다: a category noun pointed back stands for what
                // was just talked about, as it stands for a name before it (SMR 상용화 가능성 → SMR)
                Optional<Target> back = antecedent(word).map(m -> new Target(m, List.of("anaphora")));
                if (back.isPresent()) {
                    return back;
                }
            }
            if (rules.on("anaphora") && word.isNoun() && word.lemma().equals(lastDeedNoun)
                    && p.dependents(w).isEmpty() && word.sentence() > lastDeedSentence
                    && word.sentence() - lastDeedSentence <= 5) {
                // 한전이 요금을 인상하기로 했다. … 환경단체들은 인상을 지지했다: the bare act named again is the deed
                Optional<Mention> deed = lastDeed.get();
                if (deed.isPresent()) {
                    return Optional.of(new Target(deed.get(), List.of("anaphora")));
                }
            }
            if (rules.on("anaphora") && word.isNoun() && p.dependents(w).isEmpty()
                    && grammar.is(WordSet.DECISION_NOUNS, word.lemma())) {
                // 미국 정부가 X를 허용하기로 했다. 엔비디아는 결정을 반겼다: a bare decision is the one just told
                Optional<Mention> decided = decidedOn(word, false);
                if (decided.isPresent()) {
                    return Optional.of(new Target(decided.get(), List.of("anaphora")));
                }
            }
            if (rules.on("anaphora")) {
                Optional<Mention> named = pointedBack(p, w).or(() -> measurePointedBack(p, w));
                if (named.isPresent()) {
                    return Optional.of(new Target(named.get(), List.of("anaphora")));
                }
            }
            if (rules.on("head-entity") && !lacking(p, w)) {
                Optional<Mention> m = phrases.headMention(p, w).filter(x -> !leaving(x));
                if (m.isPresent()) {
                    return Optional.of(new Target(m.get(), List.of("head-entity")));
                }
                Optional<Mention> field = phrases.categoryOf(p, w);
                if (field.isPresent()) {
                    noteOwnedDoing(p, w, field.get());
                    return Optional.of(new Target(field.get(), List.of("head-entity")));
                }
            }
            if (rules.on("apposition") && (cues.evaluation(word.lemma()).filter(x -> x.frame() == Cues.Frame.JUDGE)
                    .isPresent() || grammar.is(WordSet.FRAMING_NOUNS, word.lemma()))) {
                // '제3의 길'이라는 환상에 매달리지 말고: what is acted on is the name the judging noun stands for
                int named = apposed(p, w);
                if (named >= 0) {
                    Optional<Target> t = target(p, named);
                    if (t.isPresent()) {
                        return Optional.of(new Target(t.get().mention(), with(t.get().rules(), "apposition")));
                    }
                }
            }
            if ((word.lemma().equals("점") || word.lemma().equals("사실")) && rules.on("concept")) {
                // …혼란이 위상을 떨어뜨렸다는 점도 문제다: what is judged is what the clause says
                for (int d : p.dependents(w)) {
                    if (p.dep(d) == Parse.Dep.MOD && p.word(d).isPredicate() && p.predicate(d).isPresent()) {
                        // a clause in which its subject harms its object is judged by what does the harm
                        List<Target> ts = harms(p, d) ? targets(p, subjects(p, d).get(0)) : clauseTargets(p, d);
                        return ts.isEmpty() ? Optional.empty() : Optional.of(ts.get(0));
                    }
                }
            }
            if (bareView(p, w) && !reaction(word)) {
                return Optional.empty();   // 반대 입장을 분명히 했다: a view is held, never what a view is about
            }
            if (grammar.is(WordSet.SPEAKING_EVENTS, word.lemma()) && IntStream.range(0, w)
                    .filter(d -> p.dominates(w, d))
                    .noneMatch(d -> p.word(d).role() == Role.GENITIVE || p.word(d).isPredicate())) {
                return Optional.empty();   // 주제 발표에 나선 대표: an occasion of speaking, no side on it
            }
            int goal = rules.on("clause-object") ? becoming(p, w) : -1;
            if (goal >= 0) {
                // [고객이 떠날 수 없는 파트너가 되는] 편, [AI 패권국이 되기]: what is judged is what one would
                // become, not the becoming
                Optional<Target> t = target(p, goal);
                if (t.isPresent()) {
                    return Optional.of(new Target(t.get().mention(), with(t.get().rules(), "clause-object")));
                }
            }
            if (rules.on("concept") && (word.isNominal() || word.isNoun() || word.isPredicate())) {
                return phrases.concept(p, w).map(m -> new Target(m, List.of("concept")));
            }
            return Optional.empty();
        }

        /**
         * The means a hoped-for clause on a view noun rests on ([전력난을 소형모듈원전으로 해결하겠다는] 기대: the
         * reactors), when it names things, not someone; else empty.
         */
        private List<Target> hopedMeans(Parse p, int view) {
            for (int d : p.dependents(view)) {
                if (p.dep(d) != Parse.Dep.MOD || p.predicate(d).isEmpty() || !p.endingOf(d).isAdnominal()
                        && p.endingOf(d) != EndingType.QUOTE_NOUN) {
                    continue;
                }
                for (int f : p.arguments(d, Role.INSTRUMENT)) {
                    List<Target> ts = targets(p, f);
                    if (!ts.isEmpty() && agent(p, f).isEmpty() && ts.stream().allMatch(t -> t.mention().entity().kind()
                            != Kind.ACTOR && t.mention().entity().kind() != Kind.CANDIDATE)) {
                        return ts;
                    }
                }
            }
            return List.of();
        }

        /**
         * X는 단기 처방일 뿐이다, X는 출발점일 뿐 목표가 아니다: what is said to be merely a first step or a stopgap
         * (grammar/partial-nouns.tsv) is doubted to suffice (rule merely); the copula on 뿐, and a denial joined to
         * it, say nothing more. True when the predicate is such a copula or such a denial.
         */
        private boolean merely(Parse p, Predicate pred, Who ctx) {
            int only = -1;
            for (int d : p.dependents(pred.word())) {
                if (p.word(d).lemma().equals("뿐") && p.dep(d) == Parse.Dep.ARG && d < pred.word()) {
                    only = d;   // [출발점일] 뿐 목표가 아니다: the denial after it
                }
            }
            boolean denial = only >= 0;
            if (!denial && pred.lemma().equals("뿐") && p.word(pred.word()).copular()) {
                only = pred.word();   // [처방일] 뿐이다
            }
            if (only < 0) {
                return false;
            }
            int what = -1;
            for (int d : p.dependents(only)) {
                if (p.dep(d) == Parse.Dep.MOD && p.word(d).copular() && p.endingOf(d).isAdnominal()) {
                    what = d;
                }
            }
            if (what < 0 || p.predicate(what).filter(x -> grammar.is(WordSet.PARTIAL_NOUNS, x.lemma())).isEmpty()) {
                return false;   // X는 미봉책일 뿐이다: the noun judges by itself; 리스크 관리일 뿐이다 downplays
            }
            for (int s : subjects(p, pred.word())) {
                if (agent(p, s).isEmpty()) {
                    emit(p, pred, ctx, targets(p, s), Polarity.DOUBT, p.word(what), "merely");
                    return true;
                }
            }
            return denial;
        }

        /** Whether an adnominal predicate describes the noun a copula names as an example (좋은 예다, 대표적인 사례다). */
        private boolean example(Parse p, Predicate pred) {
            int head = p.head(pred.word());
            return pred.ending().isAdnominal() && head >= 0 && p.word(head).copular()
                    && p.predicate(head).filter(x -> grammar.is(WordSet.EXAMPLE_NOUNS, x.lemma())).isPresent();
        }

        /**
         * The complement of a clause of becoming that word w closes (Y가 되기, [Y가 되는] 것 / 편), when it names no
         * actor; else -1.
         */
        private int becoming(Parse p, int w) {
            int clause = -1;
            if (p.word(w).isPredicate() && p.endingOf(w) == EndingType.NOMINAL) {
                clause = w;
            } else if (p.word(w).isNoun() && CLAUSE_THINGS.contains(p.word(w).lemma())) {
                for (int d : p.dependents(w)) {
                    if (p.dep(d) == Parse.Dep.MOD && p.word(d).isPredicate() && p.endingOf(d).isAdnominal()) {
                        clause = d;
                    }
                }
            }
            if (clause < 0 || !p.word(clause).lemma().equals("되")) {
                return -1;
            }
            int c = p.predicate(clause).map(Predicate::complement).orElse(-1);
            return c >= 0 && agent(p, c).isEmpty() ? c : -1;
        }

        // ----- holders -----

        /** Who holds what predicate i says: the speaker of a reported clause, a report noun's owner, or the author. */
        /**
         * Whose view a clause on a motive noun is (motive-nouns.tsv), when that noun is named by a sentence's copula with
         * no subject: the actor of the sentence before ([과잉 공급이 산업을 위협한다는] 판단에서다, [X에 맞서겠다는]
         * 전략이다); a reason told in 에서 with no such actor is nobody's, not the writer's.
         */
        private Optional<Who> motiveHolder(Parse p, int h) {
            Optional<Predicate> cop = p.predicate(h);
            if (cop.isEmpty() || p.head(h) >= 0 || !p.word(h).copular() || !subjects(p, h).isEmpty()
                    || !rules.on("topic-continuity")) {
                return Optional.empty();
            }
            String noun = cop.get().lemma();
            boolean reason = noun.endsWith("에서");
            if (!grammar.is(WordSet.MOTIVE_NOUNS, reason ? noun.substring(0, noun.length() - 2) : noun)) {
                return Optional.empty();
            }
            Optional<Who> actor = continued(p, cop.get());
            return actor.isPresent() ? Optional.of(actor.get().reported())
                    : reason ? Optional.of(Who.NOBODY) : Optional.empty();
        }

        private Who contextHolder(Parse p, int i) {
            Optional<Who> foresees = foreseer(p, i);
            if (foresees.isPresent()) {
                return foresees.get();
            }
            int k = i;
            while (p.head(k) >= 0) {
                int h = p.head(k);
                Parse.Dep d = p.dep(k);
                Word kw = p.word(k);
                Word hw0 = p.word(h);
                boolean spoken = !(hw0.kind() == Word.Kind.FUNCTION && (hw0.ending().isAdnominal()
                        || (hw0.role() != Role.QUOTE && hw0.ending() != EndingType.QUOTATIVE)));
                if (d == Parse.Dep.QUOTE && spoken && rules.on("reported-speech")) {
                    int s = p.predicateAt(h);
                    if (s < 0 || p.endingOf(s) == EndingType.CONDITIONAL) {
                        return Who.NOBODY;   // [일본이 X를 하겠다고] 마음먹는다면: a saying supposed, nobody's
                    }
                    Optional<Who> speaker = speaker(p, s, false);
                    if (speaker.isEmpty() && subjects(p, s).isEmpty() && p.head(s) < 0) {
                        if (beliefVerbs.contains(p.predicate(s).get().lemma()) && p.word(s).bubble() == 0
                                && !p.past(p.predicate(s).get()) && rules.on("first-person")) {
                            // …바람직하지 않다고 본다, …라고 생각한다: a belief in the present with no one named is
                            // the writer's, even right after a sentence about someone (대성정밀은 …을 증설했습니다.
                            // …어렵다고 봅니다); told in the past, …다고 봤다, it is someone's in a story
                            speaker = Optional.of(Who.author("first-person"));
                        } else {
                            // 이어 "…"라고 덧붙였다: a saying with no subject goes on from the one named just before
                            speaker = continued(p, p.predicate(s).get());
                        }
                    }
                    OptionalInt view = subjects(p, s).stream().filter(x -> viewNoun(p.word(x)))
                            .mapToInt(Integer::intValue).findFirst();
                    if (speaker.isPresent() && p.predicate(k).isPresent() && view.isPresent()) {
                        // 업계에서는 …라며 회의적인 시각이 우세하다: the view is the source's, not the view noun's
                        Optional<Who> src = source(p, p.predicate(k).get());
                        if (src.isPresent() && src.get().mention().isPresent()) {
                            return new Who(true, src.get().mention(), "report-noun");
                        }
                        // 일각에서는 "…"며 "…"는 목소리가 나온다: the first quote is voiced as the second is
                        return reportNounHolder(p, view.getAsInt());
                    }
                    return speaker.map(Who::reported).orElse(Who.NOBODY);
                }
                Optional<Who> motive = d == Parse.Dep.MOD ? motiveHolder(p, h) : Optional.empty();
                if (motive.isPresent()) {
                    return motive.get();   // …착수했다. [X가 Y를 위협한다는] 판단에서다: the actor's reason
                }
                int asked = demandOver(p, k);
                if (asked >= 0 && wishedOfTopic(p, asked, k) && rules.on("first-person")) {
                    return Who.author("first-person");   // 정부는 [X에 속도를 내길] 바란다: the writer wishes it
                }
                if (asked >= 0) {
                    // 노조는 [X를 철회할] 것을 촉구했다: what is asked for is the asker's, as a …하라고 clause is
                    Optional<Who> asker = speaker(p, asked, false);
                    if (asker.isPresent()) {
                        return new Who(true, asker.get().mention(), "demanded-clause");
                    }
                    k = asked;
                    continue;
                }
                int g = p.head(h);
                if (hw0.lemma().equals("것") && hw0.role() == Role.INSTRUMENT && g >= 0 && p.dep(h) == Parse.Dep.ARG
                        && p.dep(k) == Parse.Dep.MOD && p.endingOf(k).isAdnominal() && rules.on("reported-speech")
                        && p.predicate(g).filter(x -> grammar.is(WordSet.FORECAST_VERBS, x.lemma())).isPresent()) {
                    // 증권가는 [X가 도움이 될] 것으로 내다봤다: what is foreseen is the foreseer's, as a …다고 clause is
                    Optional<Who> seer = speaker(p, g, false);
                    if (seer.isEmpty() && subjects(p, g).isEmpty() && p.head(g) < 0) {
                        seer = continued(p, p.predicate(g).get());
                    }
                    if (seer.isPresent()) {
                        return seer.get().reported();
                    }
                }
                if (hw0.lemma().equals("것") && hw0.role() == Role.OBJECT && g >= 0 && p.dep(h) == Parse.Dep.ARG
                        && p.dep(k) == Parse.Dep.MOD && p.endingOf(k).isAdnominal() && p.predicate(g)
                        .flatMap(x -> cues.evaluation(x.lemma())).filter(x -> x.frame() == Cues.Frame.ACT).isPresent()
                        && subjects(p, g).stream().anyMatch(x -> agent(p, x).isPresent())) {
                    // 장관은 [규제가 발목을 잡을] 것을 우려했다: what a named holder fears, backs or rejects is theirs
                    // (act-object finds it), never the writer's
                    return Who.NOBODY;
                }
                if ((hw0.lemma().equals("것") || hw0.lemma().equals("게")) && g >= 0 && p.dep(h) == Parse.Dep.ARG
                        && hw0.role().isSubjectLike() && p.word(g).isPredicate() && rules.on("report-noun")
                        && cues.holderNouns().get(p.word(g).lemma()) != null
                        && cues.holderNouns().get(p.word(g).lemma()).type() == Cues.HolderType.REPORT) {
                    // […다는] 게 산업부의 설명이다: the explanation's named owner says it (나의 판단이다: the writer)
                    Optional<Who> owner = genitiveOwner(p, g);
                    if (owner.isPresent()) {
                        return owner.get();
                    }
                }
                if (p.endingOf(k) == EndingType.QUOTE_NOUN && rules.on("report-noun")) {
                    Word hw = p.word(h);
                    Cues.HolderNoun hn = cues.holderNouns().get(hw.lemma());
                    if (hn != null && hn.type() == Cues.HolderType.REPORT) {
                        return reportNounHolder(p, h);
                    }
                    int says = p.head(h);
                    if (hw.isNoun() && hn != null && hn.type() == Cues.HolderType.FACT && says >= 0
                            && p.dep(h) == Parse.Dep.ARG && (hw.role() == Role.OBJECT || hw.role() == Role.ADDITIVE)
                            && p.word(says).isPredicate() && cues.sayingVerbs().contains(p.word(says).lemma())) {
                        // 관계자들은 [X가 모호하다는] 점을 지적했다: what is pointed out is the pointer's; 또 …다는
                        // 점도 강조했다 with no subject goes on from the one named just before
                        // (점도 may read as the verb's subject: it is what is said, not who says it)
                        boolean subjectless = subjects(p, says).stream().allMatch(x -> x == h);
                        Optional<Who> sp = subjectless ? Optional.empty() : speaker(p, says, false);
                        if (sp.isEmpty() && subjectless && p.head(says) < 0) {
                            sp = continued(p, p.predicate(says).get());
                        }
                        if (sp.isPresent()) {
                            return sp.get();
                        }
                    }
                    // 'X'라는 환상 only names X (apposition): that is the noun's holder's, not a content clause
                    if (hw.isNoun() && (hn == null || hn.type() != Cues.HolderType.FACT)
                            && !grammarControl.contains(hw.lemma()) && !naming(p, k)) {
                        return Who.NOBODY;   // …다는 자신감, …라는 기대: an attitude's content, asserted by nobody
                    }
                }
                k = h;
            }
            if (p.word(i).bubble() != 0 && p.word(k).bubble() != 0) {
                // a quotation nobody is said to have spoken, unless the next sentence says whose it was
                // ("…. …." 관계자의 설명이다: past the quotation's other sentences to the one that says whose)
                int next = p.word(i).sentence() + 1;
                while (quotedSentences.contains(next)) {
                    next++;
                }
                return attributed.getOrDefault(next, Who.NOBODY);
            }
            if (rules.on("source-marker")) {
                Optional<Who> src = sourceMarker(p, p.word(i).sentence());
                if (src.isPresent()) {
                    return src.get();
                }
            }
            return rules.on("author") ? Who.author("author") : Who.NOBODY;
        }

        /**
         * 전문가들은 [SMR 상용화가 어려울] 것으로 본다: with …것으로 보다 read as the predicate's auxiliary, a topic who
         * can hold a view beside a subject of its own is the one who foresees it (not the writer); with a topic alone
         * (삼성은 어려울 것으로 본다) whose it is stays open.
         */
        private Optional<Who> foreseer(Parse p, int i) {
            Optional<Predicate> pred = p.predicate(i);
            if (pred.isEmpty() || !rules.on("reported-speech")) {
                return Optional.empty();
            }
            List<Integer> aux = pred.get().auxiliaries();
            boolean foreseen = false;
            for (int a = 0; a + 1 < aux.size(); a++) {
                foreseen |= p.word(aux.get(a)).lemma().equals("것") && p.word(aux.get(a)).role() == Role.INSTRUMENT
                        && grammar.is(WordSet.FORECAST_VERBS, p.word(aux.get(a + 1)).lemma());
            }
            List<Integer> subjects = p.arguments(i, Role.SUBJECT);
            if (!foreseen || subjects.isEmpty()) {
                return Optional.empty();
            }
            for (int t : p.arguments(i, Role.TOPIC)) {
                Optional<Who> who = t < subjects.get(0) ? holder(p, t, true) : Optional.empty();
                if (who.isPresent() && who.get().mention().isPresent()) {
                    return Optional.of(new Who(true, who.get().mention(), "reported-speech"));
                }
            }
            return Optional.empty();
        }

        /**
         * A source in the locative topic of the clause (업계에서는, 일각에서는), anywhere under the predicate, or in a
         * plain 에서 on a group or a name that is the predicate's own argument (업계에서 불만이 커지고 있다); only
         * where someone could speak from ([데이터가 국경을 넘어서는 안 되는] 영역에서는 is a domain, not a voice).
         */
        private Optional<Who> source(Parse p, Predicate pred) {
            for (int d = 0; d < p.size(); d++) {
                Word w = p.word(d);
                int voice = w.role() == Role.LOCATIVE ? voice(p, d) : -1;
                if (voice >= 0 && p.dep(d) == Parse.Dep.ARG && d < pred.word()
                        && (w.topic() && p.dominates(pred.word(), d) || p.head(d) == pred.word() && sourcePlace(p, d))) {
                    Optional<Who> who = holder(p, voice, false);
                    if (who.isPresent()) {
                        return who;
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * 정치권에서 [X가 시급하다는] 지적이 나온다: a group in plain 에서 that opens the content clause of a view noun
         * is the source the nearest-predicate rule put inside it.
         */
        private Optional<Who> contentSource(Parse p, int noun) {
            for (int c : p.dependents(noun)) {
                Optional<Who> src = p.dep(c) == Parse.Dep.MOD && p.word(c).isPredicate()
                        ? openingGroup(p, c) : Optional.empty();
                if (src.isPresent()) {
                    return Optional.of(new Who(true, src.get().mention(), "report-noun"));
                }
            }
            return Optional.empty();
        }

        /** The group in plain 에서 (업계에서, 일각에서) that is the first word of clause c, as an unnamed source. */
        private Optional<Who> openingGroup(Parse p, int c) {
            int first = c;
            for (int d = c - 1; d >= 0 && p.dominates(c, d); d--) {
                first = d;
            }
            while (first < c && p.head(first) != c && p.head(first) > first && !p.word(p.head(first)).isPredicate()) {
                first = p.head(first);   // [전문가들] 사이에서는: the phrase, not its first word
            }
            int at = p.head(first);
            while (at > first && at < c && p.dep(at) == Parse.Dep.CLAUSE) {
                at = p.head(at);   // 업계에서는 [관세 인상이 현실화하면] …: through a clause the content opens with
            }
            int voice = first < c ? voice(p, first) : -1;
            Word place = p.word(first);
            // (노동계 전반에서도: the group it is among speaks from a place that is no group itself)
            boolean source = voice >= 0 && at == c && (groupIn(place) || place.role() == Role.LOCATIVE
                    && place.has("에서") && (place.topic() || voice != first && groupIn(p.word(voice), place)));
            return source ? holder(p, voice, false).filter(x -> x.mention().isPresent()) : Optional.empty();
        }

        /**
         * Who speaks from the place in 에서 at d: the place itself when it is a name that can hold a view or a noun of
         * office, group or body, else what it is among (전문가들 사이에서는, 정부 안팎에서는: the experts, the
         * government); -1 when nobody does.
         */
        private int voice(Parse p, int d) {
            if (speaks(p, d)) {
                return d;
            }
            int among = d - 1;
            return among >= 0 && p.head(among) == d && p.dep(among) == Parse.Dep.MOD && p.word(among).isNoun()
                    && speaks(p, among) ? among : -1;
        }

        private boolean speaks(Parse p, int d) {
            Cues.HolderNoun hn = cues.holderNoun(p.word(d).lemma());
            return hn != null && (hn.type() == Cues.HolderType.TITLE || hn.type() == Cues.HolderType.GROUP
                    || hn.type() == Cues.HolderType.BODY)
                    || phrases.headMention(p, d).filter(this::holderKind).isPresent();
        }

        /** 업계에서, 일각에서: a group noun in plain 에서. */
        private boolean groupIn(Word w) {
            return groupIn(w, w);
        }

        /** Whether group is a group noun and place is in plain 에서 (the same word, or 노동계 전반에서). */
        private boolean groupIn(Word group, Word place) {
            Cues.HolderNoun hn = cues.holderNoun(group.lemma());
            return place.role() == Role.LOCATIVE && place.has("에서") && hn != null
                    && hn.type() == Cues.HolderType.GROUP;
        }

        /** 업계에서, 정치권에서: a plain 에서 names where a view comes from when it is on a group or a name. */
        private boolean sourcePlace(Parse p, int d) {
            Word w = p.word(d);
            return w.role() == Role.LOCATIVE && (w.topic() || groupIn(w) || w.has("에서")
                    && phrases.headMention(p, d).filter(m -> m.entity().kind() == Kind.ACTOR).isPresent());
        }

        /**
         * The subject of speech predicate s, inherited from the clause it joins, or a topical source; strict: only a
         * name or a holder noun.
         */
        private Optional<Who> speaker(Parse p, int s, boolean strict) {
            for (int x = s; x >= 0; ) {
                for (int a : subjects(p, x)) {
                    Optional<Who> who = holder(p, a, strict);
                    if (who.isPresent()) {
                        return who.map(w -> new Who(w.known(), w.mention(), w.rule().equals("author")
                                ? "first-person" : w.rule()));
                    }
                }
                for (int a : p.dependents(x)) {
                    if (p.dep(a) == Parse.Dep.ARG && p.word(a).role() == Role.LOCATIVE && p.word(a).topic()) {
                        Optional<Who> who = holder(p, a, false);
                        if (who.isPresent()) {
                            return who;
                        }
                    }
                }
                if (p.dep(x) != Parse.Dep.CLAUSE && p.dep(x) != Parse.Dep.QUOTE) {
                    break;   // "A"라며 B하겠다고 약속했다: A is said by whoever promised
                }
                x = p.predicateAt(p.head(x));
            }
            return Optional.empty();
        }

        /** Who a noun belongs to by its genitive (산업부의 설명): a named or unnamed holder, or the writer. */
        private Optional<Who> genitiveOwner(Parse p, int noun) {
            for (int d : p.dependents(noun)) {
                // 산업부의 설명이다, or with no 의: 업계 입장이다
                if (p.dep(d) == Parse.Dep.MOD && (p.word(d).role() == Role.GENITIVE
                        || d == noun - 1 && p.word(d).isNoun() && p.word(d).role() == Role.NONE)) {
                    Optional<Who> owner = holder(p, d, false);
                    if (owner.isPresent()) {
                        return Optional.of(owner.get().mention().isPresent()
                                ? new Who(true, owner.get().mention(), "report-noun") : owner.get());
                    }
                }
            }
            return Optional.empty();
        }

        /** …다는 입장이다 / …다는 입장을 밝혔다 / …라는 지적이 나온다: who holds the reported view. */
        private Who reportNounHolder(Parse p, int noun) {
            int g = p.predicateAt(noun);
            if (g >= 0) {
                for (int a : p.dependents(g)) {
                    // 업계에서는 …라는 지적이 나온다, 일각에서는 …를 요구하는 목소리가 나온다: the source, not the noun
                    if (p.dep(a) == Parse.Dep.ARG && sourcePlace(p, a)) {
                        Optional<Who> src = holder(p, a, false);
                        if (src.isPresent() && src.get().mention().isPresent()) {
                            return new Who(true, src.get().mention(), "report-noun");
                        }
                    }
                }
                Optional<Who> opening = contentSource(p, noun);
                if (opening.isPresent()) {
                    return opening.get();
                }
                // (a holder noun or a name: in …다는 지적은 일리가 있다, 일리 holds nothing)
                Optional<Who> s = speaker(p, g, true);
                if (s.isPresent()) {
                    return new Who(true, s.get().mention(), "report-noun");
                }
            }
            // 정부는 …했다. [주어 없이] …하겠다는 방침이다: a stand with no owner is the actor the report goes on about
            Cues.HolderNoun hn = cues.holderNoun(p.word(noun).lemma());
            if (hn != null && hn.stand() && g >= 0 && p.head(g) < 0) {
                Optional<Who> same = p.predicate(g).flatMap(x -> continued(p, x));
                // (with the actor out of reach, a stand is nobody's: '방침' is no source)
                return same.orElse(Who.NOBODY);
            }
            // …라는 지적도 있다. 김도현 교수는 "…"라고 말했다: the named speaker quoted next makes the point
            Who next = speakers.get(p.word(noun).sentence() + 1);
            if (next != null && g >= 0 && p.head(g) < 0 && sameParagraph(p.word(noun).sentence())) {
                return new Who(true, next.mention(), "next-speaker");
            }
            // …라는 평가다, …라는 지적도 있다: an assessment nobody is named for stays unnamed, never the author's
            return new Who(true, Optional.of(unnamedByNoun(p, noun)), "report-noun");
        }

        /**
         * Whether the voice is a source that reports the sentence (업계에 따르면): it tells who says so, not who acts,
         * so a doer the clause names (업계에 따르면 삼성전자 반도체사업부는 X에 나섰다) is the holder, as with the writer.
         */
        private static boolean reportedBy(Who who) {
            return "source-marker".equals(who.rule());
        }

        private Optional<Who> sourceMarker(Parse p, int sentence) {
            if (!mayMarkSource(p)) {
                return Optional.empty();
            }
            for (Predicate pred : p.predicates()) {
                Word w = p.word(pred.word());
                if (w.sentence() == sentence && sourceMarker(w) && pred.ending() == EndingType.CONDITIONAL) {
                    for (int d : p.arguments(pred.word(), Role.DATIVE)) {
                        Optional<Who> who = holder(p, d, false);
                        if (who.isPresent()) {
                            return Optional.of(new Who(true, who.get().mention(), "source-marker"));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * Whether some predicate of the parse is a conditional source marker (…에 따르면, …에 의하면): asked once per
         * parse rather than scanning every predicate again for each one.
         */
        private boolean mayMarkSource(Parse p) {
            if (markerParse != p) {
                markerParse = p;
                markerInParse = false;
                for (Predicate pred : p.predicates()) {
                    if (sourceMarker(p.word(pred.word())) && pred.ending() == EndingType.CONDITIONAL) {
                        markerInParse = true;
                        break;
                    }
                }
            }
            return markerInParse;
        }

        /** The last of the mentions that pass the test, or null. */
        private static Mention last(List<Mention> ms, java.util.function.Predicate<Mention> test) {
            Mention found = null;
            for (Mention m : ms) {
                if (test.test(m)) {
                    found = m;
                }
            }
            return found;
        }

        /**
         * Whether word w stands for someone who can act, named or not: a phrase naming an actor, a word for people or
         * a body (관계자, 업계, 노조: holder-nouns.tsv), a plural (기업들, 빅테크들: news counts doers with 들, hardly
         * things), or a pronoun (이들); not a thing,
         * which before a verb of attention is more often what is attended to (중국의 보복 가능성은 무시할 수 없다).
         */
        private boolean someone(Parse p, int w) {
            Word word = p.word(w);
            if (!word.isNoun()) {
                return false;
            }
            Cues.HolderNoun hn = cues.holderNoun(word.lemma());
            if (hn != null) {
                // [지방정부들이 딥시크를 도입하는] 것은, …라는 지적: a fact or a view is nobody, whoever it names
                return hn.type() != Cues.HolderType.REPORT && hn.type() != Cues.HolderType.FACT;
            }
            // (a phrase that only names someone in a genitive, 중국의 도전, is a thing: what is attended to; a
            // list of names before its head, 미국·프랑스·중국 등 주요국, is them)
            return phrases.headMention(p, w).filter(this::holderKind).isPresent()
                    || namesSomeone(p, w) && !genitiveInside(p, w)
                    || word.lemma().length() > 1 && word.lemma().endsWith("들");
        }

        /** The one a relative clause at predicate word i describes, when it names someone (describedDoer). */
        private Optional<Who> describedBy(Parse p, int i) {
            return p.endingOf(i).isAdnominal() && p.dep(i) == Parse.Dep.MOD && p.head(i) >= 0
                    ? describedDoer(p, p.head(i)) : Optional.empty();
        }

        /** Whether word k is a known actor or a noun of office or group (장관, 업계, 노조). */
        private boolean doerNoun(Parse p, int k) {
            Cues.HolderNoun hn = cues.holderNoun(p.word(k).lemma());
            return phrases.headMention(p, k).filter(m -> m.entity().kind() == Kind.ACTOR).isPresent()
                    || hn != null && (hn.type() == Cues.HolderType.TITLE || hn.type() == Cues.HolderType.GROUP
                    || hn.type() == Cues.HolderType.BODY);
        }

        /** Whether every bare word after word k up to its phrase's head names someone (샘 올트먼 오픈AI 대표). */
        private boolean headedBySomeone(Parse p, int k) {
            for (int x = k; p.word(x).role() == Role.NONE && p.dep(x) == Parse.Dep.MOD; ) {
                x = p.head(x);
                if (x < 0 || !p.word(x).isNoun() || !doerNoun(p, x)) {
                    return false;
                }
            }
            return true;
        }

        /** A deed with a direction that was done or goes on (늘려 온, 집중했던): not one only described as such. */
        private boolean deedDone(Parse p, Predicate pred, Cues.Evaluation e) {
            return (e.frame() == Cues.Frame.DO || e.frame() == Cues.Frame.ALLOCATE)
                    && (p.past(pred) || pred.has(Modality.PROGRESSIVE)) && !pred.passive(p.word(pred.word()));
        }

        /**
         * The one a noun phrase that a relative clause describes names, when it names someone who can act: the noun
         * itself or a bare noun after it up to the phrase's head (…을 추진하는 [정부]는, …에 반대해 온 [노동계]는).
         */
        private Optional<Who> describedDoer(Parse p, int noun) {
            for (int k = noun; k >= 0 && p.word(k).isNoun(); k = p.head(k)) {
                // a known actor or one named by office or group (not a candidate name: 샌드박스, nor 것 or 입장),
                // with only such words after it up to the phrase's head ([…지향했던] 한국 산업 발전의 DNA is no one)
                if (doerNoun(p, k) && headedBySomeone(p, k)) {
                    int begin = p.word(noun).begin();
                    int at = k;
                    // an unnamed one is named by its own words, not by the clause that describes it (노동계)
                    return doer(p, k).map(x -> x.mention().filter(m -> m.begin() < begin
                                    && "UnnamedSource".equals(m.entity().type()))
                            .map(m -> new Who(x.known(), Optional.of(unnamed(p, at,
                                    new NounPhrases.Phrase(begin, phrases.phrase(p, at).end()))), x.rule()))
                            .orElse(x));
                }
                if (p.word(k).role() != Role.NONE || p.dep(k) != Parse.Dep.MOD) {
                    break;
                }
            }
            return Optional.empty();
        }

        /** The agent the first subject of predicate word {@code pred} names, if it names one. */
        private Optional<Who> subjectAgent(Parse p, int pred) {
            List<Integer> subj = subjects(p, pred);
            return subj.isEmpty() ? Optional.empty() : agent(p, subj.get(0));
        }

        /** The doer subject word s names: its agent, else, when it stands for people, them unnamed. */
        private Optional<Who> doer(Parse p, int s) {
            Optional<Who> named = agent(p, s);
            return named.isPresent() || !someone(p, s) ? named : holder(p, s, false).filter(Who::known);
        }

        /** Whether a word of the phrase headed by w before it is in the genitive (중국의 도전). */
        private boolean genitiveInside(Parse p, int w) {
            int begin = phrases.phrase(p, w).begin();
            for (int x = w - 1; x >= 0 && p.word(x).begin() >= begin; x--) {
                if (p.word(x).role() == Role.GENITIVE) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the phrase of word w names an actor or a candidate name anywhere in it. */
        private boolean namesSomeone(Parse p, int w) {
            NounPhrases.Phrase ph = phrases.phrase(p, w);
            return p.word(w).isNoun() && phrases.inside(p.word(w).sentence(), ph.begin(),
                    Math.max(ph.end(), p.word(w).contentEnd())).stream().anyMatch(this::holderKind);
        }

        /** The agentive holder an argument names, if it names someone (rule agent). */
        private Optional<Who> agent(Parse p, int w) {
            return holder(p, w, true).filter(Who::known)
                    .map(x -> new Who(true, x.mention(), x.mention().isEmpty() ? "first-person" : "agent"));
        }

        /**
         * The holder the phrase of word w names: a person, else the body named in it, else a candidate; an official
         * or unnamed source by its own words; a pronoun by the last holder; 나/우리 by the author. With
         * {@code strict}, a phrase that names nobody in particular (한국 기업들) is no holder; otherwise it is an
         * unnamed one, since whoever speaks holds what they say.
         */
        private Optional<Who> holder(Parse p, int w, boolean strict) {
            Word word = p.word(w);
            String head = word.lemma();
            if (grammar.is(WordSet.CLAUSE_NOUNS, head) || grammar.is(WordSet.TIME_NOUNS, head)) {
                return Optional.empty();   // 지난 정부 때부터, 당시: a time, nobody
            }
            if (head.equals("등") && w > 0 && p.head(w - 1) == w && p.dep(w - 1) == Parse.Dep.MOD
                    && p.word(w - 1).isNoun()) {
                return holder(p, w - 1, strict);   // 국방부, 외교부, 경찰청 등은: the list closed by 등 (each one)
            }
            int names = tallied(p, w);
            if (names >= 0) {
                Optional<Who> each = holder(p, names, strict);   // 독일·네덜란드 2개국은: each one counted
                if (each.flatMap(Who::mention).isPresent()) {
                    return each;
                }
            }
            Cues.HolderNoun hn = cues.holderNoun(head);
            if (hn != null && hn.type() == Cues.HolderType.AUTHOR && rules.on("first-person")) {
                // 대변인은 "우리는 …을 호소한다"고 강조했다: a first person quoted is whoever is quoted saying it
                Who said = contextHolder(p, w);
                return said.known() && said.mention().isPresent()
                        ? Optional.of(new Who(true, said.mention(), "first-person"))
                        : said.known() ? Optional.of(Who.author("first-person")) : Optional.empty();
            }
            if (hn != null && hn.type() == Cues.HolderType.PAIR) {
                List<Mention> two = rules.on("pair-holder") ? pair(p, w) : List.of();
                return two.isEmpty() ? Optional.empty() : Optional.of(Who.of(two.get(0), "pair-holder"));
            }
            if (hn != null && hn.type() == Cues.HolderType.PRONOUN) {
                // (a holder named after the pronoun is not what it points back to: 그는 [삼성전자의] 전략을 비판했다)
                Integer person = PERSONAL_PRONOUNS.contains(head) ? peopleAt.lower(word.begin()) : null;
                Map.Entry<Integer, Mention> before = person != null
                        ? Map.entry(person, holdersAt.get(person)) : holdersAt.lowerEntry(word.begin());
                return rules.on("pronoun-holder") && before != null
                        ? Optional.of(Who.of(before.getValue(), "pronoun-holder")) : Optional.empty();
            }
            NounPhrases.Phrase ph = phrases.phrase(p, w);
            List<Mention> inside = phrases.inside(word.sentence(), ph.begin(), Math.max(ph.end(), word.contentEnd()));
            Optional<Mention> headMention = phrases.headMention(p, w);
            Mention named = null;
            if (headMention.isPresent() && holderKind(headMention.get())) {
                named = headMention.get();
            } else if (hn != null && (hn.type() == Cues.HolderType.TITLE || hn.type() == Cues.HolderType.GROUP)
                    && rules.on("title-holder")) {
                named = last(inside, m -> m.entity().type().equals("Person"));
                // an official speaks for the body the gazetteer has (김태호 한전 전력계획처장: 한전); a scholar for
                // themselves (김도현 한국기술교육대 교수, KAIST 박지훈 교수); else a person's name, else the last name;
                // firms of a country or bloc are not it (한국 기업들, 유럽 환경단체들: unnamed; 삼성전자 등 한국 기업들: 삼성전자)
                boolean sector = hn.type() == Cues.HolderType.GROUP && hn.ownVoice();
                // (미 하원 중국특위 위원장: a name glued into a compound word names what the body is about)
                if (named == null && (!hn.ownVoice() || sector)) {
                    named = last(inside, m -> holderKind(m) && m.entity().kind() == Kind.ACTOR
                            && !(sector && land(m)) && !compounded(p, m));
                }
                if (named == null) {
                    named = last(inside, m -> holderKind(m) && m.entity().kind() == Kind.CANDIDATE
                            && personName(m.surface()));
                }
                if (named == null) {
                    named = last(inside, m -> holderKind(m) && !(sector && land(m))
                            && !compounded(p, m));
                }
            }
            if (named == null && headMention.isEmpty() && rules.on("pronoun-holder")) {
                Optional<Mention> back = phrases.corefer(p, w);   // 이 회사는, 해당 기업은: the company named last
                if (back.isPresent() && holderKind(back.get())) {
                    holdersAt.put(word.begin(), back.get());
                    return Optional.of(Who.of(back.get(), "pronoun-holder"));
                }
            }
            if (named != null) {
                if (word.bubble() == 0) {
                    // (그는 "엔비디아가 …"라고 우려했다: 그 is not who is quoted about; 김정관 산업부 장관은: the ministry
                    // holds, a person spoke)
                    noteHolder(word, named, titled(hn) || named.entity().type().equals("Person")
                            || named.entity().kind() == Kind.CANDIDATE && personName(named.surface()));
                }
                return Optional.of(Who.of(named, hn != null ? "title-holder" : "agent"));
            }
            boolean someone = hn != null && (hn.type() == Cues.HolderType.TITLE || hn.type() == Cues.HolderType.GROUP
                    || hn.type() == Cues.HolderType.BODY);   // …짓는 것, …다는 점: a fact noun is nobody
            // (X까지, X부터 on a plain noun is rather what is done: [Y를 차단하는] 방안까지 검토하고 있다)
            boolean delimited = word.role() == Role.ADDITIVE && !word.has("도") && !word.has("마다");
            if (someone && rules.on("title-holder")
                    || !strict && word.isNoun() && !(delimited && hn == null)) {
                if (someone && headMention.filter(m -> m.end() == word.contentEnd()).isPresent()) {
                    // 반도체 업계는 …라고 밝혔다: a name ending in the group noun (an industry) speaks as that name
                    holdersAt.put(word.begin(), headMention.get());
                    return Optional.of(Who.of(headMention.get(), "title-holder"));
                }
                if (headMention.isPresent() || !word.isNoun()) {
                    return Optional.empty();
                }
                Mention source = unnamed(p, w, ph);
                noteHolder(word, source, titled(hn));
                return Optional.of(Who.of(source, "title-holder"));
            }
            return Optional.empty();
        }

        /** A country or a bloc (유럽, EU): its firms, groups and experts (유럽 환경단체들) are not it. */
        private static boolean land(Mention m) {
            return m.entity().type().equals("Country") || m.entity().type().equals("Bloc");
        }

        /** Whether a name the gazetteer lacks could be a person's: short Hangul, and no 연세대 (institution-endings). */
        private boolean personName(String name) {
            return Scripts.personNameShape(name)
                    && !grammar.is(WordSet.INSTITUTION_ENDINGS, name.substring(name.length() - 1));
        }

        /** Whether a name ends inside its word's content, glued to a noun after it (중국특위, 대중국 수출의 중국). */
        private static boolean compounded(Parse p, Mention m) {
            for (Word x : p.words()) {
                if (x.begin() <= m.begin() && m.begin() < x.end()) {
                    return m.end() < x.contentEnd();
                }
            }
            return false;
        }

        /** Remembers the holder found at a word for a pronoun after it; {@code person}: a person's word named it. */
        private void noteHolder(Word word, Mention holder, boolean person) {
            holdersAt.put(word.begin(), holder);
            if (person) {
                peopleAt.add(word.begin());
            }
        }

        private static boolean titled(Cues.HolderNoun hn) {
            return hn != null && hn.type() == Cues.HolderType.TITLE;
        }

        /**
         * 양국은, 양사는: the two actors named last before word w (within three sentences) of the kind its last syllable
         * says (…국 countries or their governments, …사 companies), older first; else none.
         */
        private List<Mention> pair(Parse p, int w) {
            Word word = p.word(w);
            String noun = word.lemma();
            Set<String> types = noun.endsWith("국") ? Set.of("Country", "Government")
                    : noun.endsWith("사") ? Set.of("Company") : null;
            List<Mention> found = new ArrayList<>();
            for (int s = word.sentence(); s >= Math.max(0, word.sentence() - 3) && found.size() < 2; s--) {
                List<Mention> ms = bySentence.getOrDefault(s, List.of());
                for (int i = ms.size() - 1; i >= 0 && found.size() < 2; i--) {
                    Mention m = ms.get(i);
                    if (m.begin() < word.begin() && m.entity().kind() == Kind.ACTOR
                            && (types == null || types.contains(m.entity().type()))
                            && found.stream().noneMatch(x -> x.entity().equals(m.entity()))) {
                        found.add(m);
                    }
                }
            }
            return found.size() == 2 ? List.of(found.get(1), found.get(0)) : List.of();
        }

        /** The other of the pair a subject like 양국은 names, if it names one. */
        private Optional<Mention> pairedWith(Parse p, int w) {
            Cues.HolderNoun hn = cues.holderNoun(p.word(w).lemma());
            if (hn == null || hn.type() != Cues.HolderType.PAIR || !rules.on("pair-holder")) {
                return Optional.empty();
            }
            List<Mention> two = pair(p, w);
            return two.isEmpty() ? Optional.empty() : Optional.of(two.get(1));
        }

        /** An actor, or a name the gazetteer lacks unless it is a model code (HBM4E, H20, B200: products take no side). */
        private boolean holderKind(Mention m) {
            return m.entity().kind() == Kind.ACTOR
                    || m.entity().kind() == Kind.CANDIDATE && !Scripts.modelCode(m.surface());
        }

        /** A word as the essay writes it (adverb lists match the written form: 높이, 지나치게). */
        private String written(Word w) {
            return essay.text().substring(w.begin(), w.end());
        }

        /** X는 지나치게 낙관적이다, X에 대한 기대가 과도하게 크다: a judging or attitude cue said of in excess. */
        private boolean excessive(Parse p, Predicate pred, Word cue) {
            Optional<Cues.Evaluation> e = cues.evaluation(cue.lemma());
            // (a view noun too: [X에 대한] 기대가 지나치게 크다)
            if (e.isEmpty() || e.get().frame() != Cues.Frame.JUDGE && e.get().frame() != Cues.Frame.ATTITUDE
                    && !cue.isNoun()) {
                return false;
            }
            for (int d : p.dependents(pred.word())) {
                Word a = p.word(d);
                if (d < pred.word() && grammar.is(WordSet.EXCESS_ADVERBS, written(a))) {
                    return true;
                }
            }
            return false;
        }

        /** An unnamed source named by the view noun alone (…라는 지적이 나온다, 우려가 커지고 있다 → 지적, 우려). */
        private Mention unnamedByNoun(Parse p, int noun) {
            int b = p.word(noun).begin();
            Mention m = unnamed(p, noun, new NounPhrases.Phrase(b, b + p.word(noun).lemma().length()));
            viewNounSources.add(m.entity().iri());
            return m;
        }

        /** An unnamed source (업계 관계자, 일각), one per label and essay. */
        private Mention unnamed(Parse p, int w, NounPhrases.Phrase ph) {
            Word word = p.word(w);
            int end = Math.max(ph.end(), ph.begin() + 1);
            String label = ph.begin() == phrases.phrase(p, w).begin() ? phrases.label(p, w) : "";
            if (label.isEmpty()) {
                label = Scripts.collapseWhitespace(essay.text().substring(ph.begin(), end)).strip();
            }
            String key = label.replace(" ", "");
            Mention known = unnamed.get(key);
            Entity e = known != null ? known.entity() : new Entity(Namespaces.ESSAY + essay.id() + "/source/"
                    + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"), "UnnamedSource",
                    Kind.ACTOR, label, "", List.of(label));
            Mention m = new Mention(ph.begin(), end, essay.text().substring(ph.begin(), end), e, word.sentence());
            unnamed.putIfAbsent(key, m);
            return m;
        }

        // ----- output -----

        /** X보다 Y가 낫다: what a judgement is compared against gets the opposite view (rule judge-subject). */
        private void compared(Parse p, Predicate pred, Who holder, Polarity polarity, Word cue) {
            if (polarity != Polarity.SUPPORT && polarity != Polarity.OPPOSE || !rules.on("comparison")) {
                return;
            }
            List<Integer> compares = new ArrayList<>(p.arguments(pred.word(), Role.COMPARE));
            int noun = p.head(pred.word());
            if (pred.ending().isAdnominal() && noun >= 0 && p.dep(pred.word()) == Parse.Dep.MOD
                    && p.predicate(noun).isPresent() && p.word(noun).copular()) {
                compares.addAll(p.arguments(noun, Role.COMPARE));   // X보다는 Y가 [현실적인] 선택이다
            }
            for (int c : compares) {
                // 일정을 당초 계획보다 앞당기다: 보다 after a standard measures a change, it names no alternative
                if (p.word(c).has("보다") && !comparisonStandards.contains(p.word(c).lemma())) {
                    List<Target> ts = targets(p, c);
                    if (!ts.isEmpty()) {
                        emitOnly(p, pred, holder, ts, polarity.negate(), cue, "judge-subject", "comparison");
                    }
                }
            }
            // [원전 대신] 재생에너지를 늘려야 한다: what is wanted instead of X is wanted over X
            for (int d : p.dependents(pred.word())) {
                if (p.dep(d) == Parse.Dep.ARG && p.word(d).lemma().equals("대신") && p.word(d).role() == Role.NONE) {
                    for (int x : p.dependents(d)) {
                        if (p.dep(x) == Parse.Dep.MOD && p.word(x).isNoun()) {
                            List<Target> ts = targets(p, x);
                            if (!ts.isEmpty()) {
                                emitOnly(p, pred, holder, ts, polarity.negate(), cue, "judge-subject", "comparison");
                            }
                        }
                    }
                }
            }
        }

        /**
         * Emits the targets that name a risk or a threat with the polarity a warning of them takes, and returns the
         * others, which the caller judges as it would have.
         */
        private List<Target> threatsWarnedOf(Parse p, Predicate pred, Who holder, List<Target> targets,
                                             Polarity warning, Word cue, String... ruleIds) {
            List<Target> threats = targets.stream().filter(t -> riskOrThreat(t.mention())).toList();
            emit(p, pred, holder, threats, warning, cue, ruleIds);
            return targets.stream().filter(t -> !threats.contains(t)).toList();
        }

        private void emit(Parse p, Predicate pred, Who holder, List<Target> targets, Polarity polarity, Word cue,
                          String... ruleIds) {
            if (emitOnly(p, pred, holder, targets, polarity, cue, ruleIds)) {
                compared(p, pred, holder, polarity, cue);
            }
        }

        private boolean emitOnly(Parse p, Predicate pred, Who holder, List<Target> targets, Polarity polarity,
                                 Word cue, String... ruleIds) {
            for (String id : ruleIds) {
                if (id != null) {
                    rules.on(id);   // an id the rule files do not list fails here, not in SHACL at build time
                }
            }
            if (!holder.known() || targets.isEmpty() || pred.ending() == EndingType.CONDITIONAL
                    || conditionClause(p, pred.word())) {
                return false;   // what a condition says (…하면, …하려면, …할 경우) is not asserted
            }
            boolean negated = pred.negated();
            boolean hedged = rules.on("hedge") && (pred.has(Modality.POSSIBILITY) || pred.has(Modality.HEDGE)
                    || pred.ending() == EndingType.CONDITIONAL || underCondition(p, pred)
                    || hearsay(p, pred) && holder.rule().equals("agent"));
            boolean conceded = rules.on("concession") && (pred.ending() == EndingType.CONCESSIVE
                    || opens(p, WordSet.CONCESSION_OPENERS));
            int[] ev = evidence(p, pred);
            boolean denied = rules.on("denied-belief") && deniedBelief(p, pred.word());
            boolean attention = cues.evaluation(pred.lemma()).filter(x -> x.frame() == Cues.Frame.ATTEND).isPresent()
                    || cues.evaluation(cue.lemma()).filter(x -> x.frame() == Cues.Frame.ATTEND).isPresent();
            // (an answer told of no one named, 관세에 나름 대응했지만, is a fact; urged or someone's, it is a side)
            boolean answering = grammar.is(WordSet.ANSWERING_VERBS, cue.lemma());
            if (answering && holder.mention().isEmpty() && !urged(p, pred)) {
                return false;
            }
            boolean task = grammar.is(WordSet.TASK_NOUNS, cue.lemma());
            boolean formidable = negated && grammar.is(WordSet.FORMIDABLE_ADJECTIVES, cue.lemma());
            boolean excess = rules.on("excess") && excessive(p, pred, cue);
            for (Target t : targets) {
                if (holder.mention().isPresent()
                        && (holder.mention().get().entity().iri().equals(t.mention().entity().iri())
                        || holder.mention().get().surface().equals(t.mention().surface()))
                        || answering && !riskOrThreat(t.mention())) {
                    continue;   // no one takes a side on themselves (유럽 경쟁사들의 견제: the genitive is the doer);
                                // (수요에 대응하다: what is answered is no threat, no side)
                }
                List<String> used = new ArrayList<>();
                for (String r : ruleIds) {
                    if (r != null && !used.contains(r)) {
                        used.add(r);
                    }
                }
                if (!used.contains(holder.rule())) {
                    used.add(holder.rule());
                }
                t.rules().forEach(r -> {
                    if (!used.contains(r)) {
                        used.add(r);
                    }
                });
                if (negated && rules.on("negation")) {
                    used.add("negation");
                }
                if (hedged) {
                    used.add("hedge");
                }
                if (conceded) {
                    used.add("concession");
                }
                Polarity pol = rules.on("negation") || !negated ? polarity : polarity.negate();
                if (t.turned() && pol != Polarity.DOUBT) {
                    pol = pol.negate();   // 의존 축소가 필요하다: oppose 의존
                }
                if (denied) {
                    pol = pol.negate();   // …라고 보지 않는다: the clause is denied
                    used.add("denied-belief");
                }
                if (pol == Polarity.SUPPORT && excess) {
                    pol = Polarity.DOUBT;   // X는 지나치게 낙관적이다: rated too well
                    used.add("excess");
                }
                if (attention && riskOrThreat(t.mention()) && !fearHeaded(t.mention())) {
                    // 보복 가능성을 무시할 수 없다: attending to a risk is warning of it; dismissing it doubts it (but a
                    // fear is a view: 일자리에 대한 우려를 외면해서는 안 된다 takes it seriously, backs it)
                    pol = pol == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.DOUBT;
                }
                if (pol == Polarity.DOUBT && formidable && isRisk(t.mention())) {
                    pol = Polarity.OPPOSE;   // 부작용이 만만치 않다: a harm that is no small matter is warned of
                }
                if (pol == Polarity.SUPPORT && task && isRisk(t.mention())) {
                    pol = Polarity.OPPOSE;   // 관세라는 숙제가 남아 있다: a risk as the task is a problem to solve
                }
                Mention target = t.mention();
                if (pol == Polarity.OPPOSE && ownedDoing.containsKey(target)) {
                    target = ownedDoing.get(target);   // 중국의 반도체 확보를 막아야 한다: against China's doing
                    Mention whole = target;
                    if (out.stream().anyMatch(x -> x.cueBegin() == cue.begin() && x.target().equals(whole)
                            && x.holder().equals(holder.mention()))) {
                        continue;   // the phrase itself is a target of this cue already
                    }
                }
                phrases.use(target);
                out.add(new Stance(holder.mention(), target, pol, negated, hedged, conceded,
                        essay.text().substring(cue.begin(), cue.end()), cue.begin(), cue.end(), ev[0], ev[1],
                        cue.sentence(), used));
                sentenceTargets.add(target);
            }
            return true;
        }

        /** Whether predicate i is what a saying verb quotes, itself or as a clause chained to it in 고, 며 or 어. */
        private static boolean quoted(Parse p, int i) {
            for (int k = i, hops = 0; k >= 0 && hops < 4; k = p.head(k), hops++) {
                EndingType e = p.endingOf(k);
                if (e == EndingType.QUOTATIVE && p.dep(k) == Parse.Dep.QUOTE) {
                    // …나눠 준다고 해서 …생기지는 않는다: 다고 해서 (just because) quotes nobody
                    int say = p.head(k);
                    return say < 0 || !p.word(say).lemma().equals("하") || p.endingOf(say).isFinal()
                            || p.endingOf(say) == EndingType.QUOTATIVE || p.endingOf(say) == EndingType.COORDINATE;
                }
                if (p.dep(k) != Parse.Dep.CLAUSE || e != EndingType.COORDINATE && e != EndingType.LINK) {
                    return false;
                }
            }
            return false;
        }

        /** Whether a predicate is negated by 못 (…지 못하다, 못 …하다): could not, where 않다 would not. */
        private boolean failed(Parse p, Predicate pred) {
            for (int a : pred.auxiliaries()) {
                if (p.word(a).lemma().equals("못하")) {
                    return true;
                }
            }
            return pred.word() > 0 && p.word(pred.word() - 1).lemma().equals("못");
        }

        /**
         * Whether predicate i, or the relative clause it is joined to, describes a condition noun ([X가 위협이 될] 경우)
         * or a noun said as a condition ([X를 내세우면서 Y를 떠안는] 구조라면).
         */
        private boolean conditionClause(Parse p, int i) {
            int k = i;
            while (p.dep(k) == Parse.Dep.CLAUSE && p.endingOf(k) == EndingType.COORDINATE && p.head(k) >= 0) {
                k = p.head(k);   // [X를 내세우면서 Y를 떠안는] 구조라면: a clause joined to the relative clause too
            }
            int n = p.head(k);
            if (n >= 0 && p.dep(k) == Parse.Dep.QUOTE && p.word(n).isPredicate()
                    && p.endingOf(n) == EndingType.CONDITIONAL) {
                return true;   // [일본이 규제를 하겠다고] 마음먹는다면: a saying supposed is nobody's
            }
            // (…하는 구조라면, …하는 정책이라면: a noun the condition itself is said of)
            return n >= 0 && p.word(k).ending().isAdnominal() && p.dep(k) == Parse.Dep.MOD
                    && (grammar.is(WordSet.CONDITION_NOUNS, p.word(n).lemma())
                    || p.word(n).isPredicate() && p.endingOf(n) == EndingType.CONDITIONAL);
        }

        /** X를 하지 않는다면 Y는 구호로 끝난다: what holds only on a condition is said hedged. */
        private boolean underCondition(Parse p, Predicate pred) {
            return p.dependents(pred.word()).stream().anyMatch(d -> p.word(d).isPredicate()
                    && p.endingOf(d) == EndingType.CONDITIONAL && !sourceMarker(p.word(d)));
        }

        /**
         * [삼성전자가 분사를 검토하고 있다는] 관측이 나온다: what a clause on a hearsay noun says its subject does is
         * told by others, not asserted. Only the clause's own agent is hedged: a holder found as the one who observes
         * or says it (a report noun, the next speaker) holds the view firmly.
         */
        private boolean hearsay(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            return pred.ending() == EndingType.QUOTE_NOUN && h >= 0 && cues.hearsayNouns().contains(p.word(h).lemma());
        }

        /** X에 따르면, X에 의하면: a source named, not a condition. */
        private static boolean sourceMarker(Word w) {
            return w.lemma().equals("따르") || w.lemma().equals("의하");
        }

        /** Whether word w is in a clause reported by a negated verb of thinking (…라고 보지 않는다). */
        private boolean deniedBelief(Parse p, int w) {
            for (int k = w; p.head(k) >= 0; k = p.head(k)) {
                if (p.dep(k) == Parse.Dep.QUOTE) {
                    int s = p.predicateAt(p.head(k));
                    return s >= 0 && beliefVerbs.contains(p.predicate(s).get().lemma())
                            && p.predicate(s).get().negated();
                }
            }
            return false;
        }

        private int[] evidence(Parse p, Predicate pred) {
            return Evidence.of(essay, p, pred);
        }
    }

    /**
     * Whether a noun is qualified by a relative clause, directly or through its genitive (먼 미래의 위험, 단순한
     * 위험): "not a distant risk" still says it is a risk. A plain genitive (인재 유출의 해법) is its argument.
     */
    private static boolean qualified(Parse p, int noun) {
        List<Integer> modifiers = new ArrayList<>(p.dependents(noun));
        if (noun > 0 && !modifiers.contains(noun - 1)) {
            modifiers.add(noun - 1);   // 먼 미래의 위험이, 넘길 문제가: the word before, wherever the parser hung it
        }
        for (int d : modifiers) {
            if (p.dep(d) != Parse.Dep.MOD && d != noun - 1) {
                continue;
            }
            Word dw = p.word(d);
            if (dw.isPredicate() && p.endingOf(d) == EndingType.ADNOMINAL && !NounPhrases.demonstrative(dw)) {
                return true;
            }
            if (dw.role() == Role.GENITIVE && (p.dependents(d).stream().anyMatch(x -> p.dep(x) == Parse.Dep.MOD
                    && p.word(x).isPredicate() && p.endingOf(x) == EndingType.ADNOMINAL)
                    || d > 0 && p.word(d - 1).isPredicate() && p.endingOf(d - 1) == EndingType.ADNOMINAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A risk, or a phrase headed by a measure taken against others (미국의 추가 제재, 관세 압박: threat-nouns.tsv):
     * what attending to or answering warns of.
     */
    private boolean riskOrThreat(Mention m) {
        return isRisk(m) || grammar.is(WordSet.THREAT_NOUNS, headWord(m));
    }

    /** Whether a phrase is headed by a word of fearing (X에 대한 우려, 걱정): someone's view, not the danger itself. */
    private boolean fearHeaded(Mention m) {
        return m.entity().kind() == Kind.CONCEPT && grammar.is(WordSet.FEAR_WORDS, headWord(m));
    }

    /** The last word of a mention as written: the head of a Korean phrase. */
    private static String headWord(Mention m) {
        String[] words = m.surface().strip().split("\\s+");
        return words[words.length - 1];
    }

    /** A risk: a gazetteer risk, or a concept whose head names one. */
    private static boolean isRisk(Mention m) {
        return m.entity().kind() == Kind.RISK || (m.entity().kind() == Kind.CONCEPT && m.entity().type().equals("Risk"));
    }

    /** 좋아지다, 나빠지다, 커지다: an adjective made a verb of change (아/어 + 지). */
    private static boolean inchoative(Word w) {
        List<Piece> ps = w.pieces();
        for (int i = 1; i < ps.size(); i++) {
            if (ps.get(i).form().equals("지") && (ps.get(i).tag() == PosTag.VX || ps.get(i).tag() == PosTag.VV)
                    && ps.get(i - 1).tag().isEnding() && (ps.get(i - 1).form().equals("아")
                    || ps.get(i - 1).form().equals("어"))) {
                return w.adjectival();
            }
        }
        return false;
    }

    /** A noun used as a predicate: with the copula (원칙이다), or before a quotative ("…우리의 원칙"이라고). */
    /**
     * Whether a clause ending in …라는 only names something ('헤징'이라는 착각, 제3의 길이라는 환상): a copula on a
     * noun, inside the quotes or not.
     */
    private static boolean naming(Parse p, int k) {
        if (p.word(k).copular()) {
            return true;
        }
        for (int c : p.dependents(k)) {
            if (p.dep(c) == Parse.Dep.QUOTE && p.word(c).copular()) {
                return true;
            }
        }
        return false;
    }

    /** 대한/대해, 관한/관해: the word that makes its dative what a noun or verb is about. */
    private static boolean aboutWord(Word w) {
        return w.isPredicate() && (w.lemma().equals("대하") || w.lemma().equals("관하"));
    }

    /** X에 따른 불확실성, X에 따른 혜택: what results from X judges X, as what X brings about does (rule causes). */
    private static boolean resultingFrom(Word w) {
        return w.isPredicate() && w.lemma().equals("따르") && w.ending().isAdnominal();
    }

    /** X를 두고, X를 놓고, X와 관련해 before a verb of saying: what is said is about X (X's word, else none). */
    private static List<Integer> regarded(Parse p, int d) {
        Word w = p.word(d);
        if (!w.isPredicate()) {
            return List.of();
        }
        return switch (w.lemma()) {
            case "두", "놓" -> p.arguments(d, Role.OBJECT);
            case "관련" -> p.arguments(d, Role.COMITATIVE);
            default -> List.of();
        };
    }

    /**
     * [X가 Y를 선택하지 않은] 것으로 보인다, …것으로 알려졌다: an act told in the past tense (its adnominal ㄴ/은)
     * of a clause reported as a fact by 것으로 is what was done, as 선택하지 않았다 is.
     */
    private static boolean pastFact(Parse p, Predicate pred) {
        int h = p.head(pred.word());
        if (!pred.ending().isAdnominal() || p.dep(pred.word()) != Parse.Dep.MOD || h < 0
                || !p.word(h).lemma().equals("것") || p.word(h).role() != Role.INSTRUMENT) {
            return false;
        }
        return endsInAdnominalN(p.word(pred.lastWord()).pieces());
    }

    /** Whether a word's pieces end in the adnominal ㄴ/은, the past of a verb (선택하지 않은, 떠난). */
    private static boolean endsInAdnominalN(List<Piece> ps) {
        if (ps.isEmpty()) {
            return false;
        }
        Piece last = ps.get(ps.size() - 1);
        return last.tag().isEnding() && Set.of("ㄴ", "ᆫ", "은").contains(last.form());
    }

    /** A verb in its past adnominal ㄴ/은 (똑똑해진, 떠난): what happened, not what is or ought to be. */
    private static boolean doneAdnominal(Word w) {
        List<Piece> ps = w.pieces();
        int n = ps.size();
        return n >= 2 && endsInAdnominalN(ps) && (ps.get(n - 2).tag() == PosTag.VV || ps.get(n - 2).tag() == PosTag.VX
                || ps.get(n - 2).tag() == PosTag.XSV);
    }

    /** …하기로 했다, …할 계획이다, …하겠다 (on the word or its auxiliary: 하지 않겠다): decided or resolved. */
    private static boolean decided(Parse p, Predicate pred) {
        if (pred.has(Modality.DECISION) || pred.has(Modality.INTENTION)) {
            return true;
        }
        for (int k : pred.auxiliaries()) {
            if (intends(p.word(k))) {
                return true;
            }
        }
        return intends(p.word(pred.word()));
    }

    private static boolean intends(Word w) {
        for (Piece x : w.pieces()) {
            if (x.form().startsWith("겠")) {
                return true;
            }
        }
        return false;
    }

    /** Whether someone says it ought to be done, or is worth doing. */
    private static boolean urgedItself(Predicate pred) {
        return pred.has(Modality.DEONTIC) || pred.has(Modality.WORTH) || pred.has(Modality.NECESSITY);
    }

    private static List<String> with(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }
}
