package org.nonji.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.nonji.TsvTable;
import org.nonji.corpus.Essay;
import org.nonji.syntax.EndingType;
import org.nonji.syntax.Grammar;
import org.nonji.syntax.Modality;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Predicate;
import org.nonji.syntax.Role;
import org.nonji.syntax.Word;
import org.nonji.syntax.WordSet;

/**
 * Typed relations from the dependency parse and the frames of {@code ontology/rules/relation-rules.tsv}: a
 * predicate (공급하다) or a relation noun carried by a light verb (공급 계약을 맺다) with its subject and the
 * argument its frame names (the dative for supply, the comitative for partnership…). Subject and object come from
 * case marking and clause structure, never from word order; what is negated, stopped, conditional or only urged is
 * flagged and not asserted.
 */
public final class FrameRelationExtractor {
    /** The structural rules this extractor implements besides its frames. */
    public static final Set<String> STRUCTURAL = Set.of("carrier", "inherited-subject", "relative-subject",
            "reciprocal", "not-asserted", "together", "ownership-list", "maker-genitive", "supply-received",
            "technology-object", "appositive-list", "consortium", "site-compound", "dependence-noun",
            "genitive-doer", "maker-apposition", "joint", "continued-subject");
    /** Who makes products: a country's or a government's product (한국의 반도체) is not made by it. */
    private static final Set<String> MAKERS = Set.of("Company", "Institution");
    private static final Map<String, List<String>> HEADS = heads();
    /** Heads a relation noun may carry in a compound without changing it: 공동 개발 사업 is 공동 개발. */
    private static final List<String> RELATION_HEADS = List.copyOf(HEADS.get("relation"));
    /** Nouns of a share in a company: buying 인텔 지분 is investing in Intel, not acquiring it. */
    private static final List<String> STAKE_HEADS = List.copyOf(HEADS.get("stake"));
    /** Verbs of getting goods from someone: Y는 X에서 Z를 조달한다 is X supplying Y (rule supply-received). */
    private static final List<String> PROCURE_HEADS = List.copyOf(HEADS.get("procure"));
    /** Heads of a body members form: 'SMR 데이터파크 컨소시엄'을 꾸렸다 (rule consortium). */
    private static final List<String> BODY_HEADS = List.copyOf(HEADS.get("body"));
    private static final Set<String> JOINT_WORDS = Set.copyOf(HEADS.get("joint"));
    /** Verbs of spending money on a place: 청주에 20조 원을 들여 공장을 짓는다 builds in 청주. */
    private static final Set<String> SPEND_HEADS = Set.copyOf(HEADS.get("spend"));
    /** Verbs of using goods: X supplies [Y가 쓰는 Z] is X supplying Y (object slot user). */
    private static final List<String> USE_HEADS = List.copyOf(HEADS.get("use"));
    /** Nouns of a dependence: 한국의 대중국 의존도 (rule dependence-noun). */
    private static final List<String> DEPENDENCE_HEADS = List.copyOf(HEADS.get("dependence"));
    /** Nouns of a site a company builds: 삼성전자 베트남 공장 (rule site-compound). */
    private static final List<String> SITE_HEADS = List.copyOf(HEADS.get("site"));
    /** Relation nouns told with their doer in the genitive: SK하이닉스의 엔비디아향 HBM 공급 (rule genitive-doer). */
    private static final List<String> TOLD_HEADS = List.copyOf(HEADS.get("told"));
    /** Heads that keep such a noun a fact: 공급 물량, 인수 금액, 협력 관계 (not 공급 계획, 인수설). */
    private static final List<String> FACT_HEADS = List.copyOf(HEADS.get("fact"));
    private static final Set<String> SYMMETRIC = Set.of("competesWith", "partnersWith");
    /** Nouns for a country's government: 네덜란드 정부는 … 금지했다 is the Netherlands acting. */
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("정부", "당국", "행정부");
    /** Relations on a part that are not on its owner: sanctioning or buying X의 자회사 is not sanctioning X. */
    private static final Set<String> OWN_PARTS_ONLY = Set.of("sanctions", "acquires");
    /** Words that say work is done in-house (자체 개발한 칩): the sentence's own actor did it. */
    private static final Set<String> IN_HOUSE = Set.of("자체", "독자", "자체적", "독자적");

    /**
     * A frame: which lemmas signal the relation and where its object is found; a denied frame's relation holds when
     * its predicate is negated (수출을 허가하지 않았다), and is negated when it is not. {@code condition} is jointly,
     * passive, undergone, carried or empty: what else the predicate must be (relation-rules.tsv, column requires).
     */
    public record Frame(String id, int order, String relation, boolean inverse, boolean denied, List<String> lemmas,
                        List<String> objectSlots, Set<Kind> objectKinds, Role requiredRole,
                        List<String> requiredLemmas, String condition) {
        /** Whether the frame holds only for an act done jointly (requires jointly). */
        public boolean jointOnly() {
            return condition.equals("jointly");
        }

        /** Whether the frame reads only a noun a light verb carries (requires carried: 구매 계약을 맺다, not 구매하다). */
        public boolean carriedOnly() {
            return condition.equals("carried");
        }

        /** Whether the frame reads only a passive in 되다, told of the goods (requires passive). */
        public boolean passiveOnly() {
            return condition.equals("passive");
        }

        /** Whether the frame reads only a passive in 되다 told of what undergoes it (requires undergone). */
        public boolean undergoneOnly() {
            return condition.equals("undergone");
        }

        public Frame {
            Objects.requireNonNull(id, "id");
            lemmas = List.copyOf(lemmas);
            objectSlots = List.copyOf(objectSlots);
            objectKinds = Set.copyOf(objectKinds);
            requiredLemmas = List.copyOf(requiredLemmas);
        }
    }

    private final List<Frame> frames;
    /** The frames that list a lemma, in frame order: a predicate tries only its own, not every frame's list. */
    private final Map<String, List<Frame>> framesByLemma = new HashMap<>();
    /** Whether the rule book knows every frame (else each frame is tried, so an unknown one fails as before). */
    private final boolean indexed;
    private final Map<String, String> carriers;
    private final RuleBook rules;
    private final Set<String> controlNouns;
    private final Set<String> clauseNouns;
    private final Grammar grammar;
    private final Cues cues;

    public FrameRelationExtractor(Cues cues, RuleBook rules, Grammar grammar) {
        this.cues = cues;
        this.rules = rules;
        this.frames = frames();
        for (Frame f : frames) {
            for (String lemma : new LinkedHashSet<>(f.lemmas())) {
                framesByLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(f);
            }
        }
        this.indexed = frames.stream().allMatch(f -> rules.rules().containsKey(f.id()));
        this.carriers = carriers();
        this.controlNouns = grammar.words(WordSet.CONTROL_NOUNS);
        this.clauseNouns = grammar.words(WordSet.CLAUSE_NOUNS);
        this.grammar = grammar;
    }

    /** The ids of the bundled frames, for the rule book. */
    public static Set<String> frameIds() {
        Set<String> out = new LinkedHashSet<>();
        frames().forEach(f -> out.add(f.id()));
        return out;
    }

    static List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load("ontology/rules/relation-rules.tsv", 9).rows()) {
            if (r.get(3).isEmpty()) {
                continue;   // a structural rule
            }
            String relation = r.get(3);
            boolean denied = relation.startsWith("!");   // !restrictsExportsTo: 수출을 허가하지 않다 restricts
            relation = denied ? relation.substring(1) : relation;
            boolean inverse = relation.startsWith("^");   // ^suppliesTo: the object supplies the subject
            relation = inverse ? relation.substring(1) : relation;
            if (!relation.matches("[a-z][A-Za-z]+")) {
                throw r.error("relation must be a lowerCamelCase property name, after ! or ^ if any, not '"
                        + r.get(3) + "'");
            }
            Set<Kind> kinds = new LinkedHashSet<>();
            if (!r.get(6).equals("*")) {
                for (String k : r.get(6).split("\\s*,\\s*")) {
                    Kind kind = Kind.ofLocalName(k);
                    if (kind == null) {
                        throw r.error("unknown kind '" + k + "'");
                    }
                    kinds.add(kind);
                }
            }
            List<String> slots = List.of(r.get(5).split("\\|"));
            for (String s : slots) {
                if (!Set.of("dative", "comitative", "object", "instrument", "locative", "exportee", "stake",
                        "prevented", "genitive", "user", "owner").contains(s)) {
                    throw r.error("unknown object slot '" + s + "'");
                }
            }
            Role required = null;
            List<String> requiredLemmas = List.of();
            String condition = Set.of("jointly", "passive", "undergone", "carried").contains(r.get(7)) ? r.get(7) : "";
            if (!r.get(7).isEmpty() && condition.isEmpty()) {
                String[] req = r.get(7).split(":", 2);
                if (req.length != 2 || !Set.of("dative", "object", "instrument", "locative").contains(req[0])) {
                    throw r.error("requires must be role:lemma|lemma…, jointly, passive, undergone or carried, not '"
                            + r.get(7) + "'");
                }
                required = Role.valueOf(req[0].toUpperCase(java.util.Locale.ROOT));
                requiredLemmas = List.of(req[1].split("\\|"));
            }
            out.add(new Frame(r.get(0), Integer.parseInt(r.get(1)), relation, inverse, denied,
                    List.of(r.get(4).split("\\s*,\\s*")), slots, kinds, required, requiredLemmas, condition));
        }
        out.sort(java.util.Comparator.comparingInt(Frame::order));
        return out;
    }

    /** relation-heads.tsv by kind (relation, stake), read once. */
    private static Map<String, List<String>> heads() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String kind : List.of("relation", "stake", "procure", "use", "body", "site", "dependence", "told",
                "fact", "joint", "spend")) {
            out.put(kind, new ArrayList<>());
        }
        for (TsvTable.Row r : TsvTable.load("ontology/cues/relation-heads.tsv", 2).rows()) {
            List<String> kind = out.get(r.get(1));
            if (kind == null) {
                throw r.error("kind must be one of " + out.keySet() + ", not '" + r.get(1) + "'");
            }
            kind.add(r.get(0));
        }
        return out;
    }

    private static Map<String, String> carriers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load("ontology/cues/relation-carriers.tsv", 2).rows()) {
            if (!Set.of("assert", "stop", "tentative", "hearsay", "threat").contains(r.get(1))) {
                throw r.error("effect must be assert, stop, tentative, hearsay or threat, not '" + r.get(1) + "'");
            }
            out.put(r.get(0), r.get(1));
        }
        return out;
    }

    /**
     * An essay's relations in document order, with the concepts minted as their objects (rule technology-object:
     * 쿨리움이 개발한 액침냉각 기술) and the spans that name them.
     */
    public record Result(List<Relation> relations, List<Concept> concepts, List<Mention> conceptMentions) {
        public Result {
            relations = List.copyOf(relations);
            concepts = List.copyOf(concepts);
            conceptMentions = List.copyOf(conceptMentions);
        }
    }

    /** Relations in document order. */
    public List<Relation> extract(Essay essay, List<Parse> parses, List<Mention> mentions) {
        return extract(essay, parses, mentions, () -> { });
    }

    /** As {@link #extract(Essay, List, List)}, running {@code checkpoint} before each parse (it may throw to stop). */
    public List<Relation> extract(Essay essay, List<Parse> parses, List<Mention> mentions, Runnable checkpoint) {
        return read(essay, parses, mentions, checkpoint).relations();
    }

    /** Relations and the concepts they name, running {@code checkpoint} before each parse (it may throw to stop). */
    public Result read(Essay essay, List<Parse> parses, List<Mention> mentions, Runnable checkpoint) {
        return read(essay, parses, new PhraseMemo(mentions), checkpoint);
    }

    /** As {@link #read(Essay, List, List, Runnable)}, with a memo of the mentions' phrases to share. */
    public Result read(Essay essay, List<Parse> parses, PhraseMemo memo, Runnable checkpoint) {
        Run run = new Run(essay, memo);
        for (Parse p : parses) {
            checkpoint.run();
            run.parse(p);
        }
        return new Result(List.copyOf(run.out.values()), run.phrases.concepts(), run.phrases.conceptMentions());
    }

    /** The work on one essay. */
    private final class Run {
        private final Essay essay;
        private final NounPhrases phrases;
        private final Map<String, Relation> out = new LinkedHashMap<>();
        /** The control noun the last subject was found through (…할 계획), or -1. */
        private int controlNoun = -1;
        /** The actor the last sentence's main clause was about, for a next one with none (rule continued-subject). */
        private final DiscourseTopic topic;

        Run(Essay essay, PhraseMemo memo) {
            this.essay = essay;
            this.topic = new DiscourseTopic(essay.text());
            this.phrases = new NounPhrases(essay, memo, cues, grammar);
        }

        void parse(Parse p) {
            for (Predicate pred : p.predicates()) {
                int before = out.size();
                direct(p, pred, false);
                // (수출을 중단했다 restricts exports: not also a stopped supply; but 미국과 일본은 [수출 통제]에
                // 합의했다 is both their partnership and the controls they agreed on)
                if (rules.on("carrier") && (out.size() == before || onlyReciprocal(before))) {
                    carried(p, pred);
                }
                if (out.size() == before) {
                    direct(p, pred, true);   // Y와 함께 …를 추진하다, after a relation noun it carries (합작 법인)
                }
            }
            follow(p);
            if (rules.on("maker-genitive")) {
                makers(p);
            }
            if (rules.on("maker-apposition")) {
                makersByKind(p);
            }
            if (rules.on("site-compound")) {
                sites(p);
            }
            if (rules.on("dependence-noun")) {
                dependences(p);
            }
            if (rules.on("genitive-doer")) {
                genitiveDoers(p);
            }
        }

        /**
         * SK하이닉스의 엔비디아향 HBM 공급 물량은 늘었다, 삼성전자의 하만 인수는 …: a relation told as a noun (the told
         * nouns of relation-heads.tsv) whose doer, an actor, is in the genitive. The other side is named bound for
         * (Y향) or bare right before the noun, past at most what is supplied (테슬라 칩 공급); it must be what the
         * noun's frame allows; rivals and partners may be named together (A와 B의 경쟁). Only where the noun is the
         * head of its phrase or of a fact noun (공급 물량, 협력 관계): a plan or a rumour of it (공급 계획, 인수설) is
         * not told as done, a clause that stops, plans or reports it hearsay (carriers), judges it (협력이 필요하다)
         * or acts against it (수출을 금지했다) does not report it, and one that puts it in doubt keeps it from being
         * asserted.
         */
        private void genitiveDoers(Parse p) {
            for (int n = 2; n < p.size(); n++) {
                Word w = p.word(n);
                if (!w.isNoun() || !TOLD_HEADS.contains(w.lemma())) {
                    continue;
                }
                int phraseHead = n;
                if (p.dep(n) == Parse.Dep.MOD) {
                    phraseHead = p.head(n);
                    if (phraseHead < 0 || !FACT_HEADS.contains(p.word(phraseHead).lemma())) {
                        continue;
                    }
                }
                int gov = p.predicateAt(phraseHead);
                Predicate g = gov >= 0 ? p.predicate(gov).orElse(null) : null;
                if (g == null || carriers.containsKey(g.lemma()) && !"assert".equals(carriers.get(g.lemma()))) {
                    continue;
                }
                Optional<Cues.Evaluation> view = cues.evaluation(g.lemma());
                Role role = p.word(phraseHead).role();
                boolean acted = (role == Role.OBJECT || role == Role.DATIVE) && p.head(phraseHead) == gov;
                boolean controlled = acted && frames.stream().anyMatch(f -> f.relation().equals("restrictsExportsTo")
                        && f.lemmas().contains(g.lemma()));
                if (view.filter(e -> e.frame() == Cues.Frame.JUDGE).isPresent() || controlled
                        || acted && view.filter(e -> e.after(g.negations()) == Polarity.OPPOSE).isPresent()) {
                    // 두 회사의 협력이 필요하다 judges it, ASML의 대중국 수출을 금지했다 (or 통제하기로 했다) acts against
                    // it: neither tells it as done
                    continue;
                }
                // (중국의 삼성전자 공장 인수는 없었다: a relation said not to exist is denied)
                boolean negated = g.negated() != ("없".equals(g.lemma()) && p.head(phraseHead) == gov
                        && (role == Role.SUBJECT || role == Role.TOPIC));
                for (Frame f : frames) {
                    if (!rules.on(f.id()) || f.inverse() || f.denied() || !f.lemmas().contains(w.lemma())) {
                        continue;
                    }
                    for (int o : owners(p, n, 4)) {
                        List<Integer> conj = p.conjuncts(o);
                        if (SYMMETRIC.contains(f.relation()) && conj.size() > 1) {
                            namedTogether(p, n, conj, f, g, negated);   // 삼성전자와 TSMC의 파운드리 경쟁
                            continue;
                        }
                        Optional<Mention> doer = mention(p, o, false).filter(m -> m.entity().kind() == Kind.ACTOR);
                        Optional<Mention> other = doer.isEmpty() ? Optional.empty() : otherSide(p, n, o, f);
                        if (other.isPresent()) {
                            add(doer.get(), f.relation(), other.get(), w, nounEvidence(p, n, doer.get()),
                                    negated, hedged(p, g), List.of(f.id(), "genitive-doer"));
                        }
                    }
                    break;
                }
            }
        }

        /** 삼성전자와 TSMC의 경쟁, A와 B의 협력: partners or rivals named together in the genitive. */
        private void namedTogether(Parse p, int n, List<Integer> conj, Frame f, Predicate g, boolean negated) {
            List<Mention> sides = new ArrayList<>();
            for (int c : conj) {
                mention(p, c, false).filter(m -> m.entity().kind() == Kind.ACTOR && !sides.contains(m))
                        .ifPresent(sides::add);
            }
            for (int i = 1; i < sides.size(); i++) {
                add(sides.get(0), f.relation(), sides.get(i), p.word(n), nounEvidence(p, n, sides.get(0)),
                        negated, hedged(p, g), List.of(f.id(), "genitive-doer"));
            }
        }

        /**
         * The other side of a relation noun n whose doer is the genitive at word o: a name bound for (Y향) in the
         * noun's phrase, else the first name the frame allows among the bare nouns between o and n, at most two
         * words before the noun (엔비디아 HBM 공급, 하만 인수).
         */
        private Optional<Mention> otherSide(Parse p, int n, int o, Frame f) {
            for (int x = o + 1; x < n; x++) {
                Optional<Mention> bound = p.dominates(n, x) ? boundName(p.word(x)) : Optional.empty();
                if (bound.isPresent() && allows(f.objectKinds(), bound.get())) {
                    return bound;
                }
            }
            for (int x = n - 1; x > o && x >= n - 2; x--) {
                Word xw = p.word(x);
                if (!xw.isNoun() || xw.role() != Role.NONE || !p.dominates(n, x)) {
                    return Optional.empty();
                }
                Optional<Mention> m = phrases.headMention(p, x).filter(y -> y.entity().kind() != Kind.CONCEPT);
                if (m.isPresent() && allows(f.objectKinds(), m.get())) {
                    return m;
                }
            }
            return Optional.empty();
        }

        /**
         * 한국의 대중국 (희토류) 의존도, X의 Y에 대한 의존도: a dependence named as a noun is one, whatever is said of
         * its degree (the nouns of relation-heads.tsv's dependence); the genitive depends on the one the phrase names
         * with 대, 에 대한 or bare before it.
         */
        private void dependences(Parse p) {
            for (int n = 0; n < p.size(); n++) {
                if (!DEPENDENCE_HEADS.contains(p.word(n).lemma())) {
                    continue;
                }
                List<Mention> holders = new ArrayList<>();
                for (int o : owners(p, n, 3)) {
                    mention(p, o, false).ifPresent(holders::add);
                }
                List<Integer> objectWords = new ArrayList<>(inPhrase(p, n, Role.DATIVE));
                for (int x = 0; x < n; x++) {
                    Word w = p.word(x);
                    if (p.dominates(n, x) && against(w)) {
                        objectWords.add(x);   // 대중국: against China
                    }
                }
                if (n >= 2 && p.word(n - 1).isNoun() && p.word(n - 1).role() == Role.NONE && p.dominates(n, n - 2)
                        && p.word(n - 2).isNoun() && p.word(n - 2).role() == Role.NONE
                        && phrases.headMention(p, n - 1).filter(m -> m.entity().kind() == Kind.ACTOR).isEmpty()) {
                    objectWords.add(n - 2);   // 애플의 삼성전자 디스플레이 의존도: past what is depended on for
                }
                for (Mention h : holders) {
                    for (int x : objectWords) {
                        Optional<Mention> o = mention(p, x, false);
                        if (o.isPresent() && !holders.contains(o.get())) {
                            add(h, "dependsOn", o.get(), p.word(n), nounEvidence(p, n, h), false, false,
                                    List.of("dependence-noun"));
                        }
                    }
                }
            }
        }

        /**
         * 베트남의 삼성전자 공장, 미국의 현대차·LG 합작 배터리 공장: the country in the genitive before the companies
         * whose site noun n is (bare nouns between them: 합작, 배터리) is where they built it.
         */
        private void countryBeforeOwners(Parse p, int n) {
            List<Mention> companies = new ArrayList<>();
            int x = n - 1;
            for (; x >= 0 && p.word(x).isNoun() && p.word(x).role() == Role.NONE && p.dominates(n, x); x--) {
                for (Mention m : phrases.inside(p.word(x).sentence(), p.word(x).begin(), p.word(x).contentEnd())) {
                    if (m.entity().type().equals("Company") && !companies.contains(m)) {
                        companies.add(m);
                    }
                }
            }
            if (companies.isEmpty() || x < 0 || p.word(x).role() != Role.GENITIVE || !p.dominates(n, x)) {
                return;
            }
            Optional<Mention> country = phrases.headMention(p, x).filter(m -> m.entity().type().equals("Country"));
            if (country.isEmpty()) {
                return;
            }
            for (Mention c : companies) {
                add(c, "buildsIn", country.get(), p.word(n), nounEvidence(p, n, c), false, false,
                        List.of("site-compound"));
            }
        }

        /**
         * 삼성전자 베트남 공장, SK하이닉스의 인디애나 공장: a company's site named with the place it stands in is
         * built there (the site nouns of relation-heads.tsv). Only as the head of its phrase: 미국 공장 건설 계획 is a
         * plan, which the build rule reads from its verb.
         */
        private void sites(Parse p) {
            for (int n = 2; n < p.size(); n++) {
                if (!SITE_HEADS.contains(p.word(n).lemma()) || n + 1 < p.size() && p.head(n) == n + 1
                        && p.dep(n) == Parse.Dep.MOD && p.word(n + 1).isNoun()) {
                    continue;
                }
                List<Mention> places = new ArrayList<>();
                int x = n - 1;
                for (; x >= 0 && p.word(x).isNoun() && p.word(x).role() == Role.NONE; x--) {
                    Optional<Mention> place = phrases.headMention(p, x).filter(m -> m.entity().type().equals("Country")
                            || m.entity().kind() == Kind.CANDIDATE);
                    if (place.isEmpty()) {
                        break;
                    }
                    places.add(0, place.get());
                }
                if (places.isEmpty()) {
                    countryBeforeOwners(p, n);
                    continue;
                }
                if (x < 0 || !p.word(x).isNoun()
                        || p.word(x).role() != Role.NONE && p.word(x).role() != Role.GENITIVE) {
                    continue;
                }
                Optional<Mention> country = places.stream().filter(m -> m.entity().type().equals("Country"))
                        .findFirst();
                for (int c : p.conjuncts(x)) {   // 삼성전자와 SK하이닉스의 중국 공장: each company's
                    Optional<Mention> company = phrases.headMention(p, c).filter(m -> m.entity().type()
                            .equals("Company") || m.entity().kind() == Kind.CANDIDATE && country.isPresent());
                    if (company.isEmpty() || places.contains(company.get())) {
                        continue;
                    }
                    add(company.get(), "buildsIn", country.orElse(places.get(0)), p.word(n),
                            nounEvidence(p, n, company.get()), false, false, List.of("site-compound"));
                }
            }
        }

        /** The evidence of a relation a noun phrase tells: its clause, reaching from the subject to the noun n. */
        private int[] nounEvidence(Parse p, int n, Mention subject) {
            int clause = p.predicateAt(n);
            Word noun = p.word(n);
            int[] ev = clause >= 0 ? Evidence.of(essay, p, p.predicate(clause).get())
                    : new int[] {subject.begin(), noun.end()};
            return new int[] {Math.min(ev[0], subject.begin()), Math.max(ev[1], noun.end())};
        }

        /**
         * Y는 X로부터/X에서 Z를 공급받는다: supply told from the receiving end, so X supplies Y. Only the verbs of the
         * supply rule, received (…받다); whoever supplies is the source, the subject receives.
         */
        private boolean received(Parse p, Predicate pred) {
            Word w = p.word(pred.word());
            String lemma = pred.lemma();   // 공급받 (the analyser reads 받 as a verb of its own)
            String given = lemma.length() > 1 && lemma.endsWith("받") ? lemma.substring(0, lemma.length() - 1) : null;
            boolean procured = PROCURE_HEADS.contains(lemma);   // Y는 X에서 Z를 조달한다
            if (!rules.on("supply-received") || !procured && (given == null || framesOf(given).stream()
                    .noneMatch(f -> f.relation().equals("suppliesTo") && f.lemmas().contains(given)
                            && rules.on(f.id())))) {
                return false;
            }
            List<Mention> sources = new ArrayList<>();
            for (int a : p.dependents(pred.word())) {
                Word aw = p.word(a);
                boolean source = p.dep(a) == Parse.Dep.ARG && aw.role() == Role.LOCATIVE;   // 로부터, 에서
                if (source) {
                    // 서울시는 강남에서 서비스를 도입했다: 에서 is as often where as from whom, so an unknown name
                    // there is no supplier (로부터, 에게서 are from whom)
                    boolean where = aw.has("에서") && !aw.has("로부터") && !aw.has("에게서");
                    for (int c : p.conjuncts(a)) {
                        mention(p, c, false).filter(m -> !where || m.entity().kind() != Kind.CANDIDATE)
                                .ifPresent(sources::add);
                    }
                }
            }
            List<String> used = new ArrayList<>(List.of("supply-received"));
            List<Mention> receivers = subjects(p, pred, used);
            boolean negated = pred.negations() % 2 == 1;
            boolean hedged = hedged(p, pred);
            if ((negated || hedged) && rules.on("not-asserted")) {
                used.add("not-asserted");
            }
            int[] ev = Evidence.of(essay, p, pred);
            for (Mention x : sources) {
                for (Mention y : receivers) {
                    add(x, "suppliesTo", y, w, ev, negated, hedged, used);
                }
            }
            return !sources.isEmpty();
        }

        /** 네이버의 하이퍼클로바X, 화웨이의 어센드: a product named in a company's genitive is the company's. */
        private void makers(Parse p) {
            for (int d = 0; d < p.size(); d++) {
                int n = p.head(d);
                if (p.word(d).role() != Role.GENITIVE || p.dep(d) != Parse.Dep.MOD || n < 0) {
                    continue;
                }
                Optional<Mention> maker = phrases.headMention(p, d)
                        .filter(m -> MAKERS.contains(m.entity().type()));
                Optional<Mention> product = phrases.headMention(p, n)
                        .filter(m -> m.entity().type().equals("Product"));
                if (product.isEmpty() && maker.isPresent()) {
                    product = namedProduct(p, d);
                }
                int clause = p.predicateAt(n);
                if (maker.isEmpty() || product.isEmpty() || clause < 0) {
                    continue;
                }
                Mention o = product.get();
                int end = o.end() < essay.text().length() && Scripts.closesQuote(essay.text().charAt(o.end()))
                        ? o.end() + 1 : o.end();   // the cue closes the quotation it opens
                made(p, clause, maker.get(), o, maker.get().begin(), end, "maker-genitive");
            }
        }

        /**
         * AI 반도체 스타트업 리벨리온, D램 업체 창신메모리: a company named right after a firm noun (firm-nouns.tsv) that a
         * thing made qualifies, in one bare-noun compound, makes that thing.
         */
        private void makersByKind(Parse p) {
            for (int k = 2; k < p.size(); k++) {
                int c = k;   // (final, for the filters below)
                Word firm = p.word(c - 1);
                Word kind = p.word(c - 2);
                if (firm.role() != Role.NONE || kind.role() != Role.NONE || !grammar.is(WordSet.FIRM_NOUNS, firm.lemma())
                        || firm.sentence() != p.word(c).sentence()) {
                    continue;
                }
                Optional<Mention> maker = phrases.headMention(p, c).filter(m -> MAKERS.contains(m.entity().type())
                        && m.begin() == p.word(c).begin());
                Optional<Mention> product = phrases.headMention(p, c - 2).filter(m -> m.entity().kind() == Kind.ASSET
                        && m.end() == kind.contentEnd());
                int clause = p.predicateAt(c);
                if (maker.isEmpty() || product.isEmpty() || clause < 0) {
                    continue;
                }
                made(p, clause, maker.get(), product.get(), product.get().begin(), maker.get().end(), "maker-apposition");
            }
        }

        /**
         * Records that maker develops product, told by the words from cueBegin to cueEnd in the clause at word
         * clause (its evidence widened to the cue), once per pair and sentence.
         */
        private void made(Parse p, int clause, Mention maker, Mention product, int cueBegin, int cueEnd, String rule) {
            int[] ev = Evidence.of(essay, p, p.predicate(clause).get());
            out.putIfAbsent(maker.entity().iri() + " develops " + product.entity().iri() + " " + product.sentence(),
                    new Relation(maker, "develops", product, essay.text().substring(cueBegin, cueEnd), cueBegin, cueEnd,
                            Math.min(ev[0], cueBegin), Math.max(ev[1], cueEnd), product.sentence(), false, false,
                            List.of(rule)));
        }

        /**
         * 보스턴다이내믹스의 휴머노이드 로봇 '아틀라스', 테슬라의 차세대 AI 칩 'AI6': a quoted name no gazetteer has,
         * right after a word for a kind of thing made (a Technology head of concept-heads.tsv, or a named asset), in the
         * bare-noun phrase a genitive opens, is a product of the genitive's maker.
         */
        private Optional<Mention> namedProduct(Parse p, int genitive) {
            int last = -1;
            for (int x = genitive + 1; x < p.size() && p.word(x).isNoun(); x++) {
                last = x;
                if (p.word(x).role() != Role.NONE) {
                    break;
                }
            }
            if (last <= genitive + 1) {
                return Optional.empty();
            }
            Word kind = p.word(last - 1);
            boolean made = "Technology".equals(cues.conceptHeads().get(kind.lemma()))
                    || mention(p, last - 1, false).filter(m -> m.entity().kind() == Kind.ASSET
                            && m.end() == kind.contentEnd()).isPresent();
            // quoted, as news introduces a product: an unquoted name after 칩 or 로봇 may be a maker or a site
            Optional<Mention> name = mention(p, last, true).filter(m -> m.entity().kind() == Kind.CANDIDATE
                    && m.begin() > 0 && Scripts.opensQuote(essay.text().charAt(m.begin() - 1)));
            return made ? name : Optional.empty();
        }

        /** The frames that may list a lemma: all of them, or the index's. */
        private List<Frame> framesOf(String lemma) {
            return indexed ? framesByLemma.getOrDefault(lemma, List.of()) : frames;
        }

        /**
         * 공급하다, 손잡다: the predicate's own lemma names the relation. {@code joint}: only the frames of an act done
         * jointly (requires jointly), else all but those.
         */
        private void direct(Parse p, Predicate pred, boolean joint) {
            if (received(p, pred)) {
                return;
            }
            for (Frame f : framesOf(pred.lemma())) {
                if (f.jointOnly() == joint && !f.carriedOnly() && rules.on(f.id()) && f.lemmas().contains(pred.lemma())
                        && required(p, pred, f)) {
                    if (f.relation().equals("restrictsExportsTo") && !aboutExports(p, pred)
                            && !f.objectSlots().contains("prevented")) {
                        continue;   // 유럽연합은 범용 AI 모델을 규제한다: regulating, not an export control
                    }
                    if (f.objectSlots().contains("stake") && stakeOwners(p, pred).isEmpty()) {
                        continue;   // no share bought: 인수하다 acquires
                    }
                    List<String> used = new ArrayList<>(List.of(f.id()));
                    List<Integer> objects = objects(p, pred, f, -1);
                    if (objects.isEmpty() && f.objectSlots().contains("object") && pred.ending().isAdnominal()
                            && p.dep(pred.word()) == Parse.Dep.MOD && !subjects(p, pred, new ArrayList<>()).isEmpty()) {
                        // [CXMT가 개발한] HBM, [내년 출시할] 차세대 GPU 루빈: the phrase's head is the object
                        objects = List.of(p.compoundHead(p.head(pred.word())));
                    }
                    if (objects.isEmpty() && f.requiredRole() != null) {
                        continue;   // 마이크론 제품의 판매를 금지했다: a narrow frame with nothing to relate leaves the
                                    // verb to the frames after it
                    }
                    int before = out.size();
                    relate(p, pred, f, objects, pred.negations() + (f.denied() ? 1 : 0), hedged(p, pred), used,
                            p.word(pred.word()));
                    if (out.size() > before) {
                        return;
                    }
                    break;   // A와 B는 채널을 신설하기로 합의했다: no site for 신설, so the agreement may still tell
                }
            }
            if (joint) {
                return;
            }
            for (int aux : pred.auxiliaries()) {   // A와 B는 채널을 신설하기로 합의했다: agreeing is partnering
                for (Frame f : framesOf(p.word(aux).lemma())) {
                    if (rules.on(f.id()) && SYMMETRIC.contains(f.relation()) && f.lemmas().contains(p.word(aux).lemma())) {
                        relate(p, pred, f, objects(p, pred, f, -1), pred.negations(), hedged(p, pred),
                                new ArrayList<>(List.of(f.id())), p.word(aux));
                        return;
                    }
                }
            }
        }

        /**
         * To whom a verb of stopping keeps sales from going: the dative of a clause of selling it governs, negated as a
         * purpose (네덜란드는 [ASML의 장비를 중국에 팔지 못하게] 막았다, [중국에 수출하지 않도록] 했다 → 중국).
         */
        private List<Integer> preventedBuyers(Parse p, Predicate pred) {
            List<Integer> out = new ArrayList<>();
            for (int d : p.dependents(pred.word())) {
                Optional<Predicate> sale = p.predicate(d).filter(x -> p.dep(d) == Parse.Dep.CLAUSE
                        && x.ending() == EndingType.PURPOSE && x.negations() % 2 == 1);
                if (sale.isPresent() && framesOf(sale.get().lemma()).stream()
                        .anyMatch(x -> x.relation().equals("suppliesTo") && x.requiredRole() == null)) {
                    out.addAll(p.arguments(d, Role.DATIVE));
                }
            }
            return out;
        }

        /** Whether noun n is the 데 of [X를 인수한] 데 이어 (following what was done): a clause told in order. */
        private static boolean following(Parse p, int n) {
            int h = p.head(n);
            return p.word(n).lemma().equals("데") && h >= 0 && p.word(h).lemma().equals("잇");
        }

        /** Whether a predicate speaks of exports: 수출을 통제하다, 수출통제하다. */
        private boolean aboutExports(Parse p, Predicate pred) {
            if (p.word(pred.word()).lemma().contains("수출")) {
                return true;
            }
            List<Integer> told = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            for (int d : p.arguments(pred.word(), Role.DATIVE)) {
                String listed = phraseText(p, d);
                if (p.word(d).lemma().equals("대상") && (listed.contains("통제") || listed.contains("규제")
                        || listed.contains("제한"))) {
                    told.add(d);   // X를 수출 통제 대상에 올렸다 (not 수출 지원 대상: a list of the helped)
                }
            }
            for (int o : told) {
                if (phraseText(p, o).contains("수출")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the predicate has the argument the frame requires (엔티티 리스트에 올렸다). */
        private boolean required(Parse p, Predicate pred, Frame f) {
            if (f.jointOnly()) {
                return !together(p, pred).isEmpty();   // X는 Y와 함께 …를 추진한다
            }
            if (f.passiveOnly() || f.undergoneOnly()) {
                // HBM이 …에 공급된다; Arm은 소프트뱅크에 인수됐다
                return p.word(pred.word()).has("되") && pred.passive(p.word(pred.word()));
            }
            if (f.requiredRole() == null) {
                return true;
            }
            for (int a : requiredArguments(p, pred, f.requiredRole())) {
                String l = p.word(a).lemma();
                if (f.requiredLemmas().stream().anyMatch(l::contains)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether what the frame requires holds of a noun a light verb carries, whose compound is full: the required
         * lemma within the compound (인재 붙잡기에 나섰다: 잡 without its 손 is no 손잡다, whatever the carrier), the
         * partner of a joint act at the carrier, and never a verb's passive (인수됐다 is no noun to carry).
         */
        private boolean requiredOfCarried(Parse p, Predicate pred, Frame f, String full) {
            if (f.undergoneOnly()) {
                return false;
            }
            if (f.jointOnly()) {
                return !together(p, pred).isEmpty();
            }
            return f.requiredRole() == null || f.requiredLemmas().stream().anyMatch(full::contains);
        }

        /**
         * The predicate's arguments in a role a frame requires; after a topic, an object may be marked by 도 instead
         * (삼성전자는 구글과 테슬라의 칩도 위탁생산한다).
         */
        private List<Integer> requiredArguments(Parse p, Predicate pred, Role role) {
            List<Integer> out = new ArrayList<>(p.arguments(pred.word(), role));
            if (role == Role.OBJECT && out.isEmpty() && !p.arguments(pred.word(), Role.TOPIC).isEmpty()) {
                out.addAll(p.arguments(pred.word(), Role.ADDITIVE));
            }
            if (role == Role.OBJECT && out.isEmpty() && pred.ending().isAdnominal()
                    && p.dep(pred.word()) == Parse.Dep.MOD && p.head(pred.word()) >= 0) {
                // [X가 인도네시아에 세운] (합작) 공장: the noun fills the object's gap, and so does its compound's head
                int noun = p.head(pred.word());
                int head = p.compoundHead(noun);
                out.add(noun);
                if (head != noun) {
                    out.add(head);
                }
            }
            return out;
        }

        /** A와 B는 [엔비디아에] HBM 공급에 합의했다: an actor in the dative is the other side, not A for B. */
        private boolean actorInDative(Parse p, Predicate pred) {
            return p.arguments(pred.word(), Role.DATIVE).stream().anyMatch(d -> phrases.headMention(p, d)
                    .filter(m -> m.entity().kind() == Kind.ACTOR).isPresent());
        }

        /** Whether every relation since {@code from} is partners agreeing together (A와 B는 …에 합의했다). */
        private boolean onlyReciprocal(int from) {
            return out.size() > from && out.values().stream().skip(from)
                    .allMatch(r -> r.rules().contains("reciprocal"));
        }

        /** X는 Y와 공급 계약을 맺었다, X는 Y 투자를 중단했다: a light verb carries the relation noun. */
        private void carried(Parse p, Predicate pred) {
            String effect = carriers.get(pred.lemma());
            if (effect == null) {
                return;
            }
            List<Integer> carried = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            carried.addAll(p.arguments(pred.word(), Role.DATIVE));
            if (!p.arguments(pred.word(), Role.TOPIC).isEmpty()) {
                carried.addAll(p.arguments(pred.word(), Role.ADDITIVE));   // …사업도 추진하기로 했다, 출자까지 했다
            }
            for (int carriedWord : carried) {
                int head = quoted(p, carriedWord);
                String full = compound(p, head);
                String compound = full;
                int n = head;   // the relation noun: HBM4 [양산] 일정 → 양산, whose phrase holds its object
                for (String g : RELATION_HEADS) {
                    if (compound.length() > g.length() && compound.endsWith(g)) {
                        compound = compound.substring(0, compound.length() - g.length());
                        if (p.word(n).lemma().equals(g) && n > 0 && p.head(n - 1) == n
                                && p.dep(n - 1) == Parse.Dep.MOD && p.word(n - 1).isNoun()
                                && p.word(n - 1).role() == Role.NONE) {
                            n = n - 1;
                        }
                    }
                }
                String c = compound;
                for (Frame f : frames) {
                    if (!rules.on(f.id()) || f.lemmas().stream().noneMatch(l -> c.endsWith(l)
                            || (l.length() > 1 && c.contains(l) && f.relation().equals("restrictsExportsTo")))) {
                        continue;
                    }
                    if (f.relation().equals("restrictsExportsTo") && !c.contains("수출")
                            && !phraseText(p, n).contains("수출")) {
                        continue;
                    }
                    if (!requiredOfCarried(p, pred, f, full)) {
                        continue;
                    }
                    List<String> used = new ArrayList<>(List.of(f.id(), "carrier"));
                    int negations = pred.negations() + (effect.equals("stop") ? 1 : 0) + (f.denied() ? 1 : 0);
                    boolean decided = pred.has(Modality.DECISION) || pred.has(Modality.INTENTION);
                    boolean hedged = hedged(p, pred) || (effect.equals("tentative") && !decided)
                            || effect.equals("threat");
                    int before = out.size();
                    relate(p, pred, f, objects(p, pred, f, n), negations, hedged, used, p.word(n));
                    if (out.size() > before) {
                        return;   // else the next frame of the noun may read it (인텔 인수: no stake, an acquisition)
                    }
                }
            }
        }

        /**
         * The quoted noun a particle written after a closing quotation mark marks ('SMR 데이터파크 컨소시엄'을: the
         * parser makes 을 a word of its own with the quotation as its dependent), else the word itself.
         */
        private static int quoted(Parse p, int w) {
            if (p.word(w).kind() == Word.Kind.FUNCTION) {
                for (int d : p.dependents(w)) {
                    if (p.dep(d) == Parse.Dep.QUOTE && p.word(d).isNoun()) {
                        return d;
                    }
                }
            }
            return w;
        }

        /**
         * The noun with the bare nouns before it, without spaces: 공급 계약 → 공급계약, 수출 통제 → 수출통제, and
         * [공동 [개발]] 사업 → 공동개발사업 (a modifier may hang on the compound's next word).
         */
        private String compound(Parse p, int n) {
            StringBuilder b = new StringBuilder();
            for (int i = compoundStart(p, n); i <= n; i++) {
                b.append(p.word(i).lemma());
            }
            return b.toString();
        }

        /** The first of the bare nouns that run, each hung within it, up to noun n (공동 개발 사업 → 공동). */
        private static int compoundStart(Parse p, int n) {
            int i = n;
            while (i > 0 && p.head(i - 1) > i - 1 && p.head(i - 1) <= n && p.dep(i - 1) == Parse.Dep.MOD
                    && p.word(i - 1).isNoun() && p.word(i - 1).role() == Role.NONE) {
                i--;
            }
            return i;
        }

        private String phraseText(Parse p, int n) {
            NounPhrases.Phrase ph = phrases.phrase(p, n);
            return essay.text().substring(ph.begin(), Math.max(ph.begin(), ph.end()));
        }

        private boolean hedged(Parse p, Predicate pred) {
            if (pred.has(Modality.DEONTIC) || pred.has(Modality.POSSIBILITY) || pred.has(Modality.HEDGE)
                    || pred.has(Modality.UNLIKELY) || pred.ending() == EndingType.CONDITIONAL || pred.ending() == EndingType.QUESTION
                    || pred.ending() == EndingType.PURPOSE || pred.ending() == EndingType.EMBEDDED) {
                return true;   // (…공급할지는 불확실하다: an indirect question asks, it asserts nothing)
            }
            if (pred.has(Modality.INTENTION) && p.past(pred)) {
                return true;   // 인수하려 했지만, 투자할 계획이었다: set out to do it, which says it was not done
            }
            int h = p.head(pred.word());
            if (h < 0) {
                return false;
            }
            Word head = p.word(h);
            if (pred.ending() == EndingType.NOMINAL && head.lemma().equals("위하")) {
                return true;   // 공급하기 위한 영업: a purpose, not a fact
            }
            if (pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD && head.isNoun()) {
                // [중국이 희토류 수출을 막는] 날이 오면, [X가 Y를 인수하는] 경우: a clause on a noun of time or case
                // whose own clause is a condition describes what may happen
                int gov = p.head(h);
                if (gov >= 0 && p.predicate(gov).map(x -> x.ending() == EndingType.CONDITIONAL).orElse(false)
                        || grammar.is(WordSet.CONDITION_NOUNS, head.lemma())) {
                    return true;   // (and [공장을 지을] 경우: the noun itself makes a condition)
                }
            }
            if (stopped(p, pred)) {
                return true;
            }
            if (pred.ending() == EndingType.QUOTATIVE && p.dep(pred.word()) == Parse.Dep.QUOTE
                    && p.predicate(h).map(g -> "threat".equals(carriers.get(g.lemma()))).orElse(false)) {
                return true;   // 희토류 수출을 통제하겠다고 경고했다: a threat, not a deed
            }
            // …옮긴다는 소문, …투자할 것이라는 관측: hearsay
            return pred.ending() == EndingType.QUOTE_NOUN && "hearsay".equals(carriers.get(head.lemma()));
        }

        /**
         * [엔비디아가 H20을 중국에 판매하는] 것을 막았다, [수출하기]를 금지했다: a clause told as the object of a verb
         * that stops or forbids it (a stop carrier, or an act or action against) is not done.
         */
        private boolean stopped(Parse p, Predicate pred) {
            int h = p.head(pred.word());
            boolean relative = pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD && h >= 0
                    && p.word(h).isNoun() && !p.word(h).lemma().equals("것");
            if (relative && p.word(h).role() == Role.OBJECT) {
                // SK온은 [포드와 함께 운영해 온] 합작법인을 정리했다: what the clause tells is being ended
                int gov = p.predicateAt(p.head(h));
                return gov >= 0 && p.predicate(gov).filter(g -> "stop".equals(carriers.get(g.lemma()))).isPresent();
            }
            int object = pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD
                    && p.word(h).lemma().equals("것") ? h
                    : pred.ending() == EndingType.NOMINAL ? pred.lastWord() : -1;
            if (object < 0 || p.word(object).role() != Role.OBJECT) {
                return false;
            }
            int gov = p.predicateAt(p.head(object == pred.lastWord() ? pred.word() : object));
            Predicate g = gov >= 0 ? p.predicate(gov).orElse(null) : null;
            if (g == null) {
                return false;
            }
            Optional<Cues.Evaluation> e = cues.evaluation(g.lemma());
            return "stop".equals(carriers.get(g.lemma())) || e.filter(x -> x.frame() != Cues.Frame.JUDGE
                    && x.frame() != Cues.Frame.ATTITUDE && x.after(g.negations()) == Polarity.OPPOSE).isPresent();
        }

        /**
         * 엔비디아가 쓰는 HBM 물량의 절반을 공급한다: the subject of a relative clause of use on what is supplied (its
         * object, or the carried noun's) is who it is supplied to.
         */
        private List<Integer> users(Parse p, Predicate pred, int noun) {
            List<Integer> things = noun >= 0 ? inPhrase(p, noun, Role.OBJECT) : p.arguments(pred.word(), Role.OBJECT);
            List<Integer> out = new ArrayList<>();
            for (int o : things) {
                for (int x = 0; x < o; x++) {
                    if (p.word(x).isPredicate() && p.endingOf(x).isAdnominal() && p.dominates(o, x)
                            && USE_HEADS.contains(p.word(x).lemma())) {
                        out.addAll(p.arguments(x, Role.SUBJECT));
                    }
                }
            }
            return out;
        }

        /** The object words of a frame's slots, in slot order; {@code noun} is a carried relation noun or -1. */
        private List<Integer> objects(Parse p, Predicate pred, Frame f, int noun) {
            for (String slot : f.objectSlots()) {
                List<Integer> found = new ArrayList<>();
                switch (slot) {
                    case "dative" -> {
                        found.addAll(p.arguments(pred.word(), Role.DATIVE));
                        if (noun >= 0) {
                            found.addAll(inPhrase(p, noun, Role.DATIVE));
                        }
                    }
                    case "comitative" -> {
                        found.addAll(p.arguments(pred.word(), Role.COMITATIVE));
                        if (found.isEmpty() && noun < 0 && f.requiredRole() != null) {
                            // Y와 손을 잡다: the parser reads Y와 손을 as a coordination, so Y hangs on the object
                            for (int a : p.arguments(pred.word(), f.requiredRole())) {
                                found.addAll(inPhrase(p, a, Role.COMITATIVE));
                            }
                        }
                        if (noun >= 0) {
                            found.addAll(inPhrase(p, noun, Role.COMITATIVE));
                            if (p.head(noun) >= 0 && p.dep(noun) == Parse.Dep.QUOTE) {
                                // X, Y와 '…컨소시엄'을 꾸렸다: the parser hangs the partners on the particle word
                                p.dependents(p.head(noun)).stream()
                                        .filter(d -> p.word(d).role() == Role.COMITATIVE).forEach(found::add);
                            }
                            if (found.isEmpty()) {
                                found.addAll(adnominalComitatives(p, noun));
                            }
                        }
                    }
                    case "object" -> {
                        if (noun < 0) {
                            found.addAll(p.arguments(pred.word(), Role.OBJECT));
                            List<Integer> topics = p.arguments(pred.word(), Role.TOPIC);
                            List<Integer> subjects = p.arguments(pred.word(), Role.SUBJECT);
                            if (found.isEmpty() && !topics.isEmpty() && !subjects.isEmpty()
                                    && topics.get(0) < subjects.get(0)) {
                                found.add(topics.get(0));   // [하이브리드 본딩 장비는] 한미반도체가 개발했다
                            }
                        } else {
                            found.addAll(inPhrase(p, noun, Role.GENITIVE));
                        }
                    }
                    case "instrument" -> found.addAll(p.arguments(pred.word(), Role.INSTRUMENT));
                    case "locative" -> found.addAll(p.arguments(pred.word(), Role.LOCATIVE));
                    case "exportee" -> found.addAll(exportees(p, pred, noun));
                    case "stake" -> found.addAll(stakeOwners(p, pred));
                    case "prevented" -> found.addAll(preventedBuyers(p, pred));
                    case "user" -> found.addAll(users(p, pred, noun));
                    case "owner" -> {
                        // Y의 투자 라운드에 참여하다: whose round it is, on the argument the frame requires
                        for (int a : f.requiredRole() == null ? List.<Integer>of()
                                : requiredArguments(p, pred, f.requiredRole())) {
                            List<Integer> own = owners(p, a, 3);
                            found.addAll(own.isEmpty() ? namedBefore(p, a) : own);
                        }
                    }
                    case "genitive" -> {
                        if (noun < 0) {
                            found.addAll(owners(p, pred.word(), 3));   // X는 [Y의] 최대주주다: the noun's owner
                            if (pred.complement() >= 0) {
                                found.addAll(owners(p, pred.complement(), 3));   // X는 [Y의] 최대주주가 됐다
                            }
                        }
                    }
                    default -> throw new IllegalStateException(slot);
                }
                if (found.isEmpty() && noun < 0 && (slot.equals("dative") || slot.equals("locative"))) {
                    found.addAll(sharedTopicPlace(p, pred, slot.equals("dative") ? Role.DATIVE : Role.LOCATIVE));
                }
                found.removeIf(w -> p.word(w).role() == Role.DATIVE && noun < 0
                        && p.word(w).lemma().equals("수출"));
                // Y와 공급 계약에 서명했다: the dative that carries the relation noun is not its partner
                found.removeIf(w -> noun >= 0 && p.head(noun) == w || w == noun);
                // Y와 반도체 공급 계약: a bare name before the relation noun fills a slot only if it may (반도체 is
                // what is supplied, not to whom), so the comitative is still tried
                found.removeIf(w -> p.word(w).role() == Role.NONE && phrases.headMention(p, w)
                        .or(() -> boundName(p.word(w))).filter(m -> allows(f.objectKinds(), m)).isEmpty()
                        && !(f.objectKinds().contains(Kind.ASSET) && thingMade(p.word(w))));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return f.relation().equals("buildsIn") && noun < 0 ? spentAt(p, pred) : List.of();
        }

        /**
         * [인디애나주에는] 공장을 건설하고 있으며, 공동 연구도 진행 중이다: a place topicalised before a clause hangs on
         * the predicate the clause joins, but it frames the clause too.
         */
        private List<Integer> sharedTopicPlace(Parse p, Predicate pred, Role role) {
            int h = p.head(pred.word());
            if (h < 0 || p.dep(pred.word()) != Parse.Dep.CLAUSE || p.predicate(h).isEmpty()) {
                return List.of();
            }
            return p.arguments(h, role).stream().filter(a -> a < pred.word() && p.word(a).topic()).toList();
        }

        /**
         * 청주에 20조 원을 들여 공장을 짓는다, 애리조나주에 투자해 공장을 세운다: a build with no place of its own is
         * where the money was spent by the clause it follows.
         */
        private List<Integer> spentAt(Parse p, Predicate pred) {
            List<Integer> out = new ArrayList<>();
            for (int d : p.dependents(pred.word())) {
                if (d < pred.word() && p.dep(d) == Parse.Dep.CLAUSE && p.predicate(d)
                        .filter(x -> SPEND_HEADS.contains(x.lemma())).isPresent()) {
                    out.addAll(p.arguments(d, Role.DATIVE));
                    out.addAll(p.arguments(d, Role.LOCATIVE));
                }
            }
            return out;
        }

        /**
         * SK하이닉스의 HBM3E가 …에 공급된다, 삼성전자 HBM은 …에 탑재된다: who made the goods a passive is told of, named
         * in the subject's genitive or bare before it.
         */
        private List<Mention> makersOfGoods(Parse p, Predicate pred) {
            List<Mention> out = new ArrayList<>();
            for (Role r : List.of(Role.SUBJECT, Role.TOPIC)) {
                for (int a : p.arguments(pred.word(), r)) {
                    List<Integer> named = new ArrayList<>(owners(p, a, 3));
                    named.addAll(namedBefore(p, a));
                    for (int n : named) {
                        for (int c : p.conjuncts(n)) {
                            mention(p, c, false).filter(m -> m.entity().kind() == Kind.ACTOR
                                    || m.entity().kind() == Kind.CANDIDATE).filter(m -> !out.contains(m))
                                    .ifPresent(out::add);
                        }
                    }
                }
            }
            return out;
        }

        /**
         * 화웨이 장비 사용, 엔비디아 칩 탑재: with no genitive, the bare name that opens the compound before the noun is
         * whose the goods are (only a name: 중국산 장비, 범용 칩 name no owner).
         */
        private List<Integer> namedBefore(Parse p, int n) {
            int first = compoundStart(p, n);
            return first < n && phrases.headMention(p, first).filter(m -> m.entity().kind() == Kind.ACTOR).isPresent()
                    ? List.of(first) : List.of();
        }

        /**
         * The genitives of a noun, also hung on the bare nouns before it (Y의 최대 HBM 공급사: the parser hangs Y의
         * on 최대), down to the given depth.
         */
        private List<Integer> owners(Parse p, int n, int depth) {
            List<Integer> out = new ArrayList<>();
            for (int d : p.dependents(n)) {
                Word dw = p.word(d);
                if (p.dep(d) != Parse.Dep.MOD) {
                    continue;
                }
                if (dw.role() == Role.GENITIVE) {
                    out.add(d);
                } else if (depth > 1 && dw.isNoun() && dw.role() == Role.NONE) {
                    out.addAll(owners(p, d, depth - 1));
                }
            }
            return out;
        }

        /** Words with the role inside the phrase of noun n: Y와의 협력, Y에 대한 투자 (dative of 대한). */
        private List<Integer> inPhrase(Parse p, int n, Role role) {
            List<Integer> out = new ArrayList<>();
            for (int d : p.dependents(n)) {
                Word dw = p.word(d);
                if (dw.role() == role && dw.isNominal()) {
                    out.add(d);
                } else if (role != Role.COMITATIVE && dw.isNoun() && dw.role() == Role.NONE && p.dep(d) == Parse.Dep.MOD
                        && phrases.headMention(p, d).filter(m -> m.entity().kind() != Kind.CONCEPT).isPresent()) {
                    out.add(d);   // 중국 투자를 중단했다, HBM4 양산을 앞당긴다: a name before the noun is its object
                } else if (role != Role.COMITATIVE && dw.isNoun() && dw.role() == Role.NONE && p.dep(d) == Parse.Dep.MOD
                        && thingMade(dw)) {
                    out.add(d);   // 정밀 감속기 개발에 성공했다: so is a thing made (rule technology-object)
                } else if (role == Role.COMITATIVE && dw.role() == Role.GENITIVE
                        && essay.analysisText().startsWith("와의", dw.contentEnd())
                        || role == Role.COMITATIVE && essay.analysisText().startsWith("과의", dw.contentEnd())) {
                    out.add(d);
                } else if (role == Role.DATIVE && dw.isPredicate() && (dw.lemma().equals("대하")
                        || dw.lemma().equals("향하"))) {
                    out.addAll(p.arguments(d, Role.DATIVE));
                }
            }
            if (role == Role.DATIVE) {
                out.addAll(boundFor(p, n));
            }
            return out;
        }

        /**
         * 엔비디아향 HBM 공급, 중국향 수출: a name with the suffix 향 (bound for) anywhere in the phrase of noun n is
         * where it goes (the parser hangs it on the next noun, the thing sent).
         */
        private List<Integer> boundFor(Parse p, int n) {
            List<Integer> out = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                Word w = p.word(x);
                if (w.isNoun() && w.role() == Role.NONE && p.dominates(n, x) && boundName(w).isPresent()) {
                    out.add(x);
                }
            }
            return out;
        }

        /** Whether a noun is a Technology head (concept-heads.tsv) with rule technology-object on; 감속기 whole. */
        private boolean thingMade(Word w) {
            return rules.on("technology-object") && "Technology".equals(cues.conceptHeads().get(
                    essay.analysisText().substring(w.begin(), w.contentEnd())));
        }

        /** Y와 치열한 (가격) 경쟁을 벌이다: the comitatives of an adnominal predicate inside the phrase of noun n. */
        private List<Integer> adnominalComitatives(Parse p, int n) {
            List<Integer> out = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                if (p.dominates(n, x) && p.word(x).isPredicate() && p.dep(x) == Parse.Dep.MOD
                        && p.endingOf(x).isAdnominal()) {
                    out.addAll(p.arguments(x, Role.COMITATIVE));
                }
            }
            return out;
        }

        /** Whose shares a predicate buys: [인텔] 지분 약 10%를 사들이다, [오픈AI의] 지분을 인수하다. */
        private List<Integer> stakeOwners(Parse p, Predicate pred) {
            List<Integer> out = new ArrayList<>();
            for (int a : p.arguments(pred.word(), Role.OBJECT)) {
                for (int x = 0; x < p.size(); x++) {
                    if ((x == a || p.dominates(a, x) || p.head(x) == pred.word() && p.word(x).role() == Role.NONE)
                            && STAKE_HEADS.contains(p.word(x).lemma())) {
                        for (int d : p.dependents(x)) {
                            if (p.dep(d) == Parse.Dep.MOD && (p.word(d).role() == Role.NONE
                                    || p.word(d).role() == Role.GENITIVE)) {
                                out.add(d);
                            }
                        }
                    }
                }
            }
            return out;
        }

        /** Whether a predicate lies between word x and the word n above it that dominates it. */
        private static boolean throughClause(Parse p, int x, int n) {
            for (int k = p.head(x); k >= 0 && k != n; k = p.head(k)) {
                if (p.word(k).isPredicate()) {
                    return true;
                }
            }
            return false;
        }

        /** Who an export is bound for: Y의 / Y에 대한 / Y로 향하는 … 수출, 대중국 수출, or the predicate's dative. */
        private List<Integer> exportees(Parse p, Predicate pred, int noun) {
            List<Integer> out = new ArrayList<>(p.arguments(pred.word(), Role.DATIVE));
            boolean destination = false;
            List<Integer> nps = new ArrayList<>();
            if (noun >= 0) {
                nps.add(noun);
            }
            nps.addAll(p.arguments(pred.word(), Role.OBJECT));
            for (int n : nps) {
                if (!phraseText(p, n).contains("수출") && !p.word(pred.word()).lemma().startsWith("수출")) {
                    continue;
                }
                List<Integer> bound = boundFor(p, n);   // 중국향 수출
                out.addAll(bound);
                destination |= !bound.isEmpty();
                for (int x = 0; x < p.size(); x++) {
                    if (x != n && p.dominates(n, x)) {
                        Word w = p.word(x);
                        if (w.role() == Role.GENITIVE && w.isNoun()) {
                            if (!throughClause(p, x, n)) {
                                out.add(x);   // (미국의 요구에 따라 … 수출: a genitive inside a clause is the clause's)
                            }
                        } else if (w.isPredicate() && (w.lemma().equals("대하") || w.lemma().equals("향하"))) {
                            out.addAll(p.arguments(x, Role.DATIVE));
                            if (w.lemma().equals("향하")) {
                                // Y로 향하는 수출; Y에 대한 takes no 로 (미국의 요구로 중국에 대한 수출: the parser may
                                // hang the reason there, which is no destination)
                                out.addAll(p.arguments(x, Role.INSTRUMENT));
                            }
                        } else if (w.isPredicate() && w.lemma().startsWith("수출") && p.dep(x) == Parse.Dep.MOD
                                && p.endingOf(x).isAdnominal()) {
                            // [한국으로 수출되는] 불화수소의 수출 규제: where the goods told go
                            List<Integer> to = new ArrayList<>(p.arguments(x, Role.INSTRUMENT));
                            to.addAll(p.arguments(x, Role.DATIVE));
                            out.addAll(to);
                            destination |= !to.isEmpty();
                        } else if (against(w)) {
                            out.add(x);   // 대중국 수출
                            destination = true;
                        } else if (w.isNoun() && w.role() == Role.NONE && p.dep(x) == Parse.Dep.MOD
                                && p.word(p.head(x)).lemma().startsWith("수출") && phrases.headMention(p, x)
                                .filter(m -> m.entity().type().equals("Country")).isPresent()) {
                            out.add(x);   // 일본은 세 품목의 한국 수출을 규제했다: a country before 수출 is where it goes
                            destination = true;
                        }
                    }
                }
            }
            if (destination) {
                // ASML의 중국 수출: with the destination written, a genitive that is no country is the exporter
                out.removeIf(x -> p.word(x).role() == Role.GENITIVE && phrases.headMention(p, x)
                        .filter(m -> m.entity().type().equals("Country")).isEmpty());
            }
            return out;
        }

        private void relate(Parse p, Predicate pred, Frame f, List<Integer> objectWords, int negations,
                            boolean hedged, List<String> used, Word cue) {
            controlNoun = -1;   // (a passive-only frame finds no subject through one: not the last sentence's)
            List<Mention> subjects = new ArrayList<>(f.passiveOnly() ? makersOfGoods(p, pred)
                    : subjects(p, pred, used));
            for (Mention m : List.copyOf(subjects)) {   // 삼성전자·SK하이닉스가: each name of a dotted list
                for (Mention y : phrases.dotListed(p, m)) {
                    if (y.entity().kind() == m.entity().kind() && !subjects.contains(y)) {
                        subjects.add(y);
                    }
                }
            }
            if (f.relation().equals("develops")) {
                // 일본 정부는 라피더스에 보조금을 쏟아붓고 … 양산하겠다고 한다: a government funds, companies make
                subjects.removeIf(s -> s.entity().type().equals("Government"));
            }
            List<Mention> partners = together(p, pred);
            if (!partners.isEmpty() && !SYMMETRIC.contains(f.relation()) && rules.on("together")) {
                subjects.addAll(partners);   // 레인보우로보틱스는 삼성전자와 함께 휴머노이드를 개발하고 있다
                used.add("together");
            }
            List<Mention> objects = new ArrayList<>();
            for (int o : objectWords) {
                for (int c : coordinated(p, o, used)) {
                    Optional<Mention> m = mention(p, c, true).filter(x -> allows(f.objectKinds(), x));
                    if (m.isPresent() && m.get().entity().kind() == Kind.CANDIDATE && f.relation().equals("buildsIn")) {
                        // 미국 조지아주에 → 미국; 울산 미포국가산업단지에 → 울산: the widest place named
                        m = Optional.of(country(p, c).or(() -> placeBefore(p, c)).orElse(m.get()));
                    } else if (m.isEmpty() && f.relation().equals("buildsIn")) {
                        m = country(p, c);   // 미국 애리조나주에, a state Nori reads as a common noun → 미국
                    }
                    if (m.isEmpty() && f.relation().equals("memberOf") && c > 0 && p.head(c - 1) == c
                            && p.dep(c - 1) == Parse.Dep.MOD && f.requiredLemmas().contains(p.word(c).lemma())) {
                        // 스타게이트 컨소시엄에 참여하다: the body noun after the name of a project is the body it
                        // names (after an actor's, 엔비디아 연합, it is a body around that actor, no member of it)
                        m = mention(p, c - 1, true).filter(x -> allows(f.objectKinds(), x)
                                && x.entity().kind() != Kind.ACTOR);
                    }
                    if (m.isEmpty() && f.objectKinds().contains(Kind.ACTOR) && !OWN_PARTS_ONLY.contains(f.relation())) {
                        int own = ownerWord(p, c);   // AMD의 AI 가속기 시리즈에 납품 → AMD
                        m = own < 0 ? Optional.empty() : mention(p, own, false);
                        if (own >= 0) {
                            coOwners(p, own).stream().filter(y -> allows(f.objectKinds(), y)
                                    && !objects.contains(y)).forEach(objects::add);
                        }
                    }
                    if (m.isEmpty() && f.relation().equals("dependsOn")) {
                        m = maker(p, c);   // ASML 장비에 의존한다: on the company whose goods they are
                    }
                    if (m.isEmpty() && f.objectKinds().contains(Kind.ASSET) && rules.on("technology-object")) {
                        // 휴머노이드 시제품 is the humanoid; 쿨리움이 개발한 액침냉각 기술, which no gazetteer names,
                        // is a concept
                        m = phrases.categoryOf(p, c).filter(x -> allows(f.objectKinds(), x));
                        if (m.isEmpty()) {
                            // the noun the relation's own relative clause describes is named without that clause
                            NounPhrases.Phrase ph = phrases.phrase(p, c);
                            if (pred.word() < c && p.dominates(c, pred.word())
                                    && p.word(pred.word()).end() > ph.begin()) {
                                ph = new NounPhrases.Phrase(p.word(pred.word() + 1).begin(), ph.end());
                            }
                            m = phrases.concept(p, c, ph).filter(x -> x.entity().type().equals("Technology"));
                        }
                        m.ifPresent(x -> used.add("technology-object"));
                    }
                    // 한화오션의 미국 자회사들: a phrase with an owner of its own lists no members (미국 says where),
                    // but the names before its 등 (한화쉬핑 등 한화오션의 미국 자회사 5곳)
                    if (m.isEmpty() && rules.on("ownership-list") && f.objectKinds().contains(Kind.ACTOR)) {
                        int upTo = owner(p, c).isEmpty() ? p.size() : etcAt(p, c);
                        List<Mention> members = members(p, c, f.objectKinds(), upTo);   // 화웨이, 샤오미 등 자국 기업에
                        if (!members.isEmpty()) {
                            used.add("ownership-list");
                        }
                        objects.addAll(members);
                    }
                    m.ifPresent(objects::add);
                    // 미국·일본을 추격하고 있다: names listed with a middle dot in one word share its role
                    m.ifPresent(x -> phrases.dotListed(p, x).stream().filter(y -> allows(f.objectKinds(), y)
                            && !objects.contains(y)).forEach(objects::add));
                }
            }
            // A와 B가 협력에 나섰다: each other; but a partner in 와/과 of the verb's own, named or not, is the other
            // side (A와 B가 [미국 조선소 인수]와 기술 협력에 나섰다 does not make A and B partners)
            if (objects.isEmpty() && SYMMETRIC.contains(f.relation()) && subjects.size() > 1
                    && p.arguments(pred.word(), Role.COMITATIVE).isEmpty() && !actorInDative(p, pred)
                    && rules.on("reciprocal")) {
                used.add("reciprocal");   // each pair once: 미국·일본·네덜란드는 합의했다 is three partnerships
                objects.addAll(subjects);
            }
            if (controlNoun >= 0) {
                int gov = p.head(controlNoun);
                hedged = hedged || !announced(p, controlNoun);
                if (gov >= 0 && p.predicate(gov).isPresent() && (p.word(gov).lemma().equals("없")
                        || p.predicate(gov).get().negated())) {
                    negations++;   // 지을 계획은 없다: no plan to
                }
            }
            boolean negated = negations % 2 == 1;
            if ((negated || hedged) && rules.on("not-asserted")) {
                used.add("not-asserted");
            }
            int[] ev = Evidence.of(essay, p, pred);
            if (partners.isEmpty() && subjects.size() > 1 && !SYMMETRIC.contains(f.relation()) && rules.on("joint")
                    && jointly(p, pred)) {
                // A와 B는 [배터리 합작] 공장을 세웠다, A와 B는 X를 공동 개발하기로 했다: doers of one act done jointly
                // partner each other
                for (int i = 0; i < subjects.size(); i++) {
                    for (int j = i + 1; j < subjects.size(); j++) {
                        Mention a = subjects.get(i);
                        Mention b = subjects.get(j);
                        if (a.entity().kind() == Kind.ACTOR && b.entity().kind() == Kind.ACTOR) {
                            add(a, "partnersWith", b, cue, ev, negated, hedged, used.contains("not-asserted")
                                    ? List.of("joint", "not-asserted") : List.of("joint"));
                        }
                    }
                }
            }
            if (!partners.isEmpty() && rules.on("together") && !SYMMETRIC.contains(f.relation())) {
                for (Mention s : subjects) {
                    for (Mention q : partners) {
                        if (!partners.contains(s)) {   // X는 Y와 함께 …하다: Y works with X, negated or hedged as X acts
                            add(s, "partnersWith", q, cue, ev, negated, hedged, used.contains("not-asserted")
                                    ? List.of("together", "not-asserted") : List.of("together"));
                        }
                    }
                }
            }
            List<Integer> topicsAt = topicOffsets(p, pred, objects);
            boolean reciprocal = used.contains("reciprocal");
            for (Mention s : subjects) {
                for (Mention o : objects) {
                    if (reciprocal && objects.indexOf(o) <= objects.indexOf(s)) {
                        continue;
                    }
                    if (!topicsAt.isEmpty() && conjunctOf(topicsAt, s.begin()) != conjunctOf(topicsAt, o.begin())) {
                        continue;   // A는 X에, B는 Y에 각각 맡겼다: each topic with its own X
                    }
                    if (f.inverse()) {
                        add(o, f.relation(), s, cue, ev, negated, hedged, used);   // X는 Y의 고객이다: Y supplies X
                    } else {
                        add(s, f.relation(), o, cue, ev, negated, hedged, used);
                    }
                }
            }
            // X는 Y와 'SMR 데이터파크 컨소시엄'을 꾸렸다: the named body they formed has them all as members
            Optional<Mention> body = !f.relation().equals("partnersWith") || !rules.on("consortium") ? Optional.empty()
                    : mention(p, cue.index(), true).filter(m -> m.entity().kind() == Kind.CANDIDATE
                            && BODY_HEADS.stream().anyMatch(h -> m.surface().endsWith(h)));
            if (body.isPresent()) {
                List<String> how = new ArrayList<>(used);
                how.add("consortium");
                List<Mention> members = new ArrayList<>(subjects);
                objects.stream().filter(x -> !members.contains(x)).forEach(members::add);
                for (Mention s : members) {
                    add(s, "memberOf", body.get(), cue, ev, negated, hedged, how);
                }
            }
        }

        /**
         * Where the topics of a gapped sentence begin (리벨리온은 삼성전자에, 사피온은 TSMC에 각각 …: two topics of one
         * verb, an object between them), so each topic pairs with the arguments after it; empty when the verb has
         * fewer than two topics or none of the objects lies between them.
         */
        private List<Integer> topicOffsets(Parse p, Predicate pred, List<Mention> objects) {
            List<Integer> at = new ArrayList<>();
            for (int t : p.arguments(pred.word(), Role.TOPIC)) {
                at.add(p.subtreeBegin(t));   // (LG AI연구원은: the topic's phrase, from LG on)
            }
            if (at.size() < 2) {
                return List.of();
            }
            java.util.Collections.sort(at);
            boolean between = objects.stream().anyMatch(o -> o.begin() > at.get(0) && o.begin() < at.get(1));
            return between ? at : List.of();
        }

        /** The index of the last topic beginning at or before offset, -1 before the first. */
        private static int conjunctOf(List<Integer> topicsAt, int offset) {
            int k = -1;
            for (int i = 0; i < topicsAt.size() && topicsAt.get(i) <= offset; i++) {
                k = i;
            }
            return k;
        }

        /**
         * Records that s has the relation to o, cued by a word of the sentence with evidence span ev: once per
         * subject, relation, object and sentence; a negated or hedged one is flagged, not asserted (rule
         * not-asserted). Nothing relates to itself.
         */
        private void add(Mention s, String relation, Mention o, Word cue, int[] ev, boolean negated, boolean hedged,
                         List<String> used) {
            if (s.entity().iri().equals(o.entity().iri())) {
                return;
            }
            phrases.use(o);   // a concept object becomes part of the essay's graph
            out.putIfAbsent(s.entity().iri() + " " + relation + " " + o.entity().iri() + " " + cue.sentence(),
                    new Relation(s, relation, o, essay.text().substring(cue.begin(), cue.end()), cue.begin(),
                            cue.end(), ev[0], ev[1], cue.sentence(), negated && rules.on("not-asserted"),
                            hedged && rules.on("not-asserted"), used));
        }

        /**
         * Whether a plan or rule noun is announced or put in force as the object of its clause (…를 강화하는 규정을
         * 발표했다, …지을 계획을 확정했다): what it describes is then a decided action, not a mere plan.
         */
        private boolean announced(Parse p, int noun) {
            int gov = p.head(noun);
            // (…공급하는 계약도 맺었다: 도 stands where 를 would, when the verb has no other object)
            if (gov < 0 || p.word(noun).role() != Role.OBJECT && !(p.word(noun).role() == Role.ADDITIVE
                    && p.arguments(gov, Role.OBJECT).isEmpty())) {
                return false;
            }
            Optional<Predicate> g = p.predicate(gov);
            return g.isPresent() && "assert".equals(carriers.get(g.get().lemma())) && !g.get().negated()
                    && !hedged(p, g.get());
        }

        /**
         * The subject of an adverbial clause made by a clause noun under predicate k ([X가 …한] 뒤, [X가 …하는]
         * 가운데): the parser hangs a subject written before it on that clause, but it is the subject of both.
         */
        private List<Mention> adverbialSubjects(Parse p, int k) {
            List<Mention> out = new ArrayList<>();
            for (int a : p.dependents(k)) {
                if (p.dep(a) != Parse.Dep.ARG || !clauseNouns.contains(p.word(a).lemma()) || a > k) {
                    continue;
                }
                for (int c : p.dependents(a)) {
                    if (p.dep(c) == Parse.Dep.MOD && p.word(c).isPredicate() && p.endingOf(c).isAdnominal()) {
                        for (int s : p.arguments(c, Role.SUBJECT)) {
                            for (int x : p.conjuncts(s)) {
                                mention(p, x, false).ifPresent(out::add);
                            }
                        }
                    }
                }
            }
            return out;
        }

        /**
         * The 이/가 subject of a clause joined below predicate k (…가 …하며, …가 …하고) that k has none of its own,
         * or -1: in a chain of joined clauses the subject written first is the chain's.
         */
        private int joinedSubject(Parse p, int k) {
            if (!p.arguments(k, Role.SUBJECT).isEmpty() || !p.arguments(k, Role.TOPIC).isEmpty()
                    || p.endingOf(k).isAdnominal() && !objectGap(p, k)) {
                return -1;   // (a relative clause's gap is the noun it describes, not a doer below it)
            }
            for (int d : p.dependents(k)) {
                Optional<Predicate> c = p.predicate(d);
                if (p.dep(d) == Parse.Dep.CLAUSE && d < k && c.isPresent()
                        && (c.get().ending() == EndingType.COORDINATE || c.get().ending() == EndingType.LINK)
                        && !doerBetween(p, d, k)) {
                    List<Integer> s = p.arguments(d, Role.SUBJECT);
                    if (!s.isEmpty()) {
                        return s.get(0);
                    }
                    // 마이크론도 투자를 확대하고 뉴욕주에 공장을 짓고 있다: X도 naming an actor is the doer, as X가
                    for (int a : p.arguments(d, Role.ADDITIVE)) {
                        if (mention(p, a, false).filter(m -> m.entity().kind() == Kind.ACTOR
                                || m.entity().kind() == Kind.CANDIDATE).isPresent()) {
                            return a;
                        }
                    }
                }
            }
            return -1;
        }

        /**
         * Whether relative clause k, with no object of its own, describes a thing named by no actor: the thing is
         * its object, and a doer may be told in a clause joined to it ([SK그룹과 AWS가 손잡고 울산에 짓는] 데이터센터).
         */
        private boolean objectGap(Parse p, int k) {
            int h = p.head(k);
            return p.dep(k) == Parse.Dep.MOD && h >= 0 && p.arguments(k, Role.OBJECT).isEmpty()
                    && p.word(h).isNoun() && mention(p, h, true).filter(m -> m.entity().kind() == Kind.ACTOR
                    || m.entity().kind() == Kind.CANDIDATE).isEmpty();
        }

        /**
         * Whether a subject or topic of a clause above k stands between the joined clause d and k: [주가가 올랐고,]
         * IBM은 라피더스와 손잡고 기술을 전수했다: IBM does both verbs, the clause before it is another's.
         */
        private static boolean doerBetween(Parse p, int d, int k) {
            for (int x = d + 1; x < k; x++) {
                Role r = p.word(x).role();
                if ((r == Role.SUBJECT || r == Role.TOPIC) && p.dep(x) == Parse.Dep.ARG && p.head(x) != k
                        && p.head(x) >= 0 && p.dominates(p.head(x), k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * After a sentence: its main clause's named actor (topic or subject) becomes the topic; a main clause with a
         * subject that names no actor ends it; one with no subject keeps it (rule continued-subject).
         */
        private void follow(Parse p) {
            if (p.size() == 0) {
                return;
            }
            boolean explicit = false;
            Optional<Mention> named = Optional.empty();
            int at = -1;
            for (Predicate pred : p.predicates()) {
                int w = pred.word();
                if (p.word(w).bubble() != 0 || p.head(w) >= 0 && p.dep(w) != Parse.Dep.CLAUSE) {
                    continue;
                }
                for (Role r : List.of(Role.TOPIC, Role.SUBJECT)) {
                    for (int a : p.arguments(w, r)) {
                        explicit = true;
                        if (named.isEmpty()) {
                            named = agentMention(p, a).filter(m -> m.entity().kind() == Kind.ACTOR);
                            at = p.word(a).end();
                        }
                    }
                }
            }
            topic.after(p.word(p.size() - 1).sentence(), named, explicit, at);
        }

        /**
         * SK하이닉스는 청주에 공장을 짓기로 했다. [인디애나주에는 패키징 공장을 건설하고 있다]: a main clause with no
         * subject anywhere goes on from the actor the sentence before was about, in the same paragraph.
         */
        private List<Mention> continued(Parse p, Predicate pred, List<String> used) {
            Word w = p.word(pred.word());
            Optional<Mention> before = topic.before(w.sentence());
            if (!rules.on("continued-subject") || before.isEmpty() || w.bubble() != 0
                    || topic.paragraphBetween(w.begin())) {
                return List.of();
            }
            used.add("continued-subject");
            return List.of(before.get());
        }

        /** The subject mentions of a predicate: its own, or inherited (rules inherited-subject, relative-subject). */
        private List<Mention> subjects(Parse p, Predicate pred, List<String> used) {
            controlNoun = -1;
            int k = pred.word();
            boolean subjectWritten = false;
            for (int hops = 0; k >= 0 && hops < 6; hops++) {
                subjectWritten |= !p.arguments(k, Role.SUBJECT).isEmpty() || !p.arguments(k, Role.TOPIC).isEmpty();
                if (hops > 0
                        && p.predicate(k).map(x -> grammar.is(WordSet.ASSESSMENT_VERBS, x.lemma())).orElse(false)) {
                    break;   // 트렌드포스는 [… 출시 예정인 스마트폰 …] 분석했다: a reading of others, not the analyst's deed
                }
                List<Mention> own = new ArrayList<>();
                for (Role r : List.of(Role.SUBJECT, Role.TOPIC, Role.ADDITIVE)) {
                    for (int a : p.arguments(k, r)) {
                        Optional<Mention> body = officerBody(p, a);
                        if (body.isPresent()) {
                            own.add(body.get());
                            continue;
                        }
                        for (int c : coordinated(p, a, used)) {
                            agentMention(p, c).ifPresent(own::add);
                        }
                    }
                    if (!own.isEmpty()) {
                        if (hops > 0 && !used.contains("inherited-subject") && !used.contains("relative-subject")) {
                            used.add("inherited-subject");
                        }
                        return own;
                    }
                }
                if (hops == 0 && !p.arguments(k, Role.SUBJECT).isEmpty()
                        && p.dep(k) == Parse.Dep.MOD && p.endingOf(k).isAdnominal() && p.head(k) >= 0) {
                    // [미국 조 바이든 행정부가 X에 나서려는] 가운데, [이 회사가 버지니아주에 짓는] 발전소: a doer
                    // written but not named is no one above, nor the noun the clause describes
                    break;
                }
                List<Mention> before = adverbialSubjects(p, k);
                if (!before.isEmpty() && rules.on("inherited-subject")) {
                    used.add("inherited-subject");   // 일본이 [공급 중단을 겪은] 뒤 라이너스에 투자해: 일본
                    return before;
                }
                int joined = joinedSubject(p, k);
                if (joined >= 0) {
                    // 로이터통신은 [중국 업체가 허가를 받았으며] 폭스바겐에 납품할 예정이라고 보도했다: the clause
                    // joined below names the doer, named or not; the one reporting above is not it
                    List<Mention> shared = new ArrayList<>();
                    for (int c : coordinated(p, joined, used)) {   // A와 B가 손잡고 …: both
                        agentMention(p, c).ifPresent(shared::add);
                    }
                    if (!shared.isEmpty() && !used.contains("inherited-subject")) {
                        used.add("inherited-subject");
                    }
                    return shared;
                }
                Parse.Dep d = p.dep(k);
                int h = p.head(k);
                if (h < 0) {
                    return subjectWritten || used.contains("relative-subject") ? List.of() : continued(p, pred, used);
                }
                if (hops == 0 && d == Parse.Dep.MOD && pred.passive(p.word(k))
                        && !clauseNouns.contains(p.word(p.compoundHead(h)).lemma())) {
                    // 엔비디아는 [미국에서 생산된] 반도체를 판매한다: who produced it is not said (but Arm은 [소프트뱅크에
                    // 인수된] 뒤 …: an adverbial clause's passive is told of the subject above)
                    break;
                }
                if (d == Parse.Dep.MOD && p.endingOf(k).isAdnominal() && rules.on("relative-subject")) {
                    int modified = h;
                    h = p.compoundHead(h);
                    Word noun = p.word(h);
                    if ((clauseNouns.contains(noun.lemma()) || following(p, h)) && rules.on("inherited-subject")) {
                        // [보스턴다이내믹스를 인수한] 뒤 …, [ARM을 인수한] 데 이어 …: an adverbial clause shares the
                        // subject of the clause above
                        used.add("inherited-subject");
                    } else if (controlNouns.contains(noun.lemma())) {
                        used.add("relative-subject");
                        controlNoun = h;   // [한국에 공장을 지을] 계획: a plan, not yet a fact
                    } else {
                        Optional<Mention> m = mention(p, h, false);
                        // [내년 출시할] 차세대 GPU 루빈: a thing with no object before it is the object, not the maker
                        if (m.isPresent() && (m.get().entity().kind() != Kind.ASSET
                                || !p.arguments(k, Role.OBJECT).isEmpty())) {
                            used.add("relative-subject");
                            List<Mention> all = new ArrayList<>();   // [대미 투자를 늘린] TSMC와 마이크론: both
                            Kind kind = m.get().entity().kind();
                            int last = h;   // the clause hangs on the first conjunct; the list hangs on the last
                            while (p.dep(last) == Parse.Dep.CONJ && p.head(last) >= 0) {
                                last = p.head(last);
                            }
                            for (int c : p.conjuncts(last)) {
                                mention(p, c, false).filter(x -> x.entity().kind() == kind).ifPresent(all::add);
                            }
                            return all;   // h is among the conjuncts, so m is too
                        }
                        int said = h;   // [… 납품해 온] 핵심 협력사다: past the bare nouns to the copula's noun
                        while (p.word(said).isNoun() && p.word(said).role() == Role.NONE
                                && p.dep(said) == Parse.Dep.MOD && p.head(said) > said) {
                            said = p.head(said);
                        }
                        if (p.word(said).copular() && p.predicate(said).isPresent()) {
                            // 한미반도체는 [SK하이닉스에 TC 본더를 납품해 온] 협력사다: the noun the copula says is
                            // its subject, who did it
                            used.add("relative-subject");
                            k = said;
                            continue;
                        }
                        if (p.word(said).role() == Role.INSTRUMENT && grammar.is(WordSet.FIRM_NOUNS, p.word(said).lemma())
                                && p.head(said) >= 0 && p.predicate(p.head(said)).isPresent()) {
                            // SK하이닉스는 [엔비디아에 HBM을 공급하는] 업체로, …: the firm said in 로 is the subject
                            // of the verb it hangs on
                            used.add("relative-subject");
                            k = p.head(said);
                            continue;
                        }
                        // a named thing, or a site (인텔은 [오하이오주에 짓고 있는] 반도체 공장의 …): what the clause
                        // made or runs, not who did it
                        boolean objectGap = p.arguments(k, Role.OBJECT).isEmpty()
                                && (phrases.headMention(p, h).isPresent()
                                || phrases.headMention(p, modified).isPresent() || SITE_HEADS.contains(noun.lemma()));
                        int around = p.predicateAt(h);
                        String effect = around < 0 ? null : carriers.get(p.predicate(around).get().lemma());
                        // a stop ends only what was planned: [오하이오주에 짓고 있는] 공장의 완공을 미뤘다 is still built
                        boolean underWay = p.predicate(k).map(x -> x.has(Modality.PROGRESSIVE)).orElse(false);
                        if (!objectGap || "stop".equals(effect) && !underWay) {
                            if (inHouse(p, pred.word()) && rules.on("inherited-subject")) {
                                if (!used.contains("inherited-subject")) {
                                    used.add("inherited-subject");
                                }
                                return topicOf(p, k, used);   // [자체 개발한] 칩 RNGD를 탑재한 서버: the topic's
                            }
                            break;   // [고양시에 짓기로 했던] 데이터센터의 착공을 보류했다: nothing is being built
                        }
                        // 엔비디아는 [내년 출시할] 루빈에 HBM4를 탑재한다: the thing named fills the object gap, and
                        // the clause's subject is the one of the clause around the noun
                        used.add("inherited-subject");
                    }
                } else if ((d != Parse.Dep.CLAUSE && d != Parse.Dep.QUOTE) || !rules.on("inherited-subject")) {
                    break;
                } else if (d == Parse.Dep.QUOTE && p.predicate(k).map(x -> x.has(Modality.IMPERATIVE)).orElse(false)) {
                    // X는 정부에 투자를 늘리라고 요구했다: the one told to act is the speech's dative, not the speaker
                    int speech = p.predicateAt(h);
                    List<Mention> told = new ArrayList<>();
                    for (int a : speech < 0 ? List.<Integer>of() : p.arguments(speech, Role.DATIVE)) {
                        mention(p, a, false).filter(m -> m.entity().kind() == Kind.ACTOR).ifPresent(told::add);
                    }
                    if (!told.isEmpty()) {
                        used.add("inherited-subject");
                    }
                    return told;
                }
                k = p.predicateAt(h);
            }
            return List.of();
        }

        /** Work done in-house (자체 개발한, 독자 개발한): its doer is the one the sentence is about. */
        private static boolean inHouse(Parse p, int pred) {
            return p.dependents(pred).stream().anyMatch(d -> IN_HOUSE.contains(p.word(d).lemma()));
        }

        /** The actors named as the topic or subject of the sentence's main clause, above predicate k. */
        private List<Mention> topicOf(Parse p, int k, List<String> used) {
            int root = k;
            while (p.head(root) >= 0) {
                root = p.head(root);
            }
            int top = p.predicateAt(root);
            List<Mention> out = new ArrayList<>();
            for (Role r : List.of(Role.TOPIC, Role.SUBJECT)) {
                for (int a : top < 0 ? List.<Integer>of() : p.arguments(top, r)) {
                    for (int c : coordinated(p, a, used)) {
                        mention(p, c, false).filter(m -> m.entity().kind() == Kind.ACTOR).ifPresent(out::add);
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
            return out;
        }

        /** 공동 개발하다, 함께 짓다, 합작 공장을 세우다: the act is done jointly, by the verb's adverb or its object's. */
        private boolean jointly(Parse p, Predicate pred) {
            if (p.dependents(pred.word()).stream().anyMatch(d -> JOINT_WORDS.contains(p.word(d).lemma()))) {
                return true;
            }
            for (int o : p.arguments(pred.word(), Role.OBJECT)) {
                Word w = p.word(o);
                if (w.lemma().length() > w.first().length() && JOINT_WORDS.contains(w.first())) {
                    return true;   // 합작공장을: a compound written as one word
                }
                for (int x = compoundStart(p, o); x < o; x++) {
                    if (JOINT_WORDS.contains(p.word(x).lemma())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * X는 Y와 함께: the actors named with 함께/같이 right after them, or with a verb done jointly (X는 Y와 AI 칩을
         * 공동 개발한다, Y와 합작공장을 짓는다).
         */
        private List<Mention> together(Parse p, Predicate pred) {
            List<Mention> out = new ArrayList<>();
            boolean jointly = jointly(p, pred);
            for (int a : p.arguments(pred.word(), Role.COMITATIVE)) {
                int next = a + 1;
                if (jointly || next < p.size() && (p.word(next).lemma().equals("함께")
                        || p.word(next).lemma().equals("같이"))) {
                    for (int c : p.conjuncts(a)) {
                        mention(p, c, false).ifPresent(out::add);
                    }
                }
            }
            return out;
        }

        /**
         * The words coordinated with w, and the names listed before an appositive description of it: in 두산에너빌리티,
         * 데이터센터 개발사 하나DC파트너스와 the parser joins 두산에너빌리티 to 데이터센터, a word of the description
         * that names no actor; the names listed are of one kind, so it belongs to 하나DC파트너스.
         */
        private List<Integer> coordinated(Parse p, int w, List<String> used) {
            List<Integer> out = new ArrayList<>(p.conjuncts(w));
            if (!rules.on("appositive-list") || mention(p, w, false).filter(m -> m.entity().kind() == Kind.ACTOR
                    || m.entity().kind() == Kind.CANDIDATE).isEmpty()) {
                return out;
            }
            for (int d = w - 1; d >= 0 && p.dep(d) == Parse.Dep.MOD && p.head(d) > d && p.head(d) <= w
                    && p.word(d).isNoun() && p.word(d).role() == Role.NONE; d--) {
                if (mention(p, d, false).filter(m -> m.entity().kind() == Kind.ACTOR).isPresent()) {
                    break;   // 삼성전자, 미국 마이크론: the country is the name's nationality, listed with 삼성전자
                }
                for (int c : p.dependents(d)) {
                    if (p.dep(c) == Parse.Dep.CONJ && mention(p, c, false).filter(m -> m.entity().kind() == Kind.ACTOR
                            || m.entity().kind() == Kind.CANDIDATE).isPresent()) {
                        out.addAll(p.conjuncts(c));
                        if (!used.contains("appositive-list")) {
                            used.add("appositive-list");
                        }
                    }
                }
            }
            out.sort(Integer::compare);
            return out;
        }

        /** The named members of a list phrase (화웨이, 샤오미 등 자국 기업), when its head names nobody. */
        private List<Mention> members(Parse p, int w, Set<Kind> kinds, int upTo) {
            List<Mention> out = new ArrayList<>();
            // in a plain compound only a known company or body stands for the phrase (삼성전자 반도체 라인), not an
            // unknown name (스리마일섬 원전 1호기)
            boolean listed = listed(p, w);
            for (int x = 0; x < upTo; x++) {
                // (KT와 산업은행 등: a name in 와/과 listed with a member is one too)
                if (x != w && p.dominates(w, x) && p.word(x).isNoun() && (p.word(x).role() == Role.NONE
                        && p.dep(x) == Parse.Dep.MOD || p.dep(x) == Parse.Dep.CONJ)) {
                    // a country right before a name is its nationality (독일 하만, 중국 CSOT), not a member
                    boolean nationality = p.dep(x) == Parse.Dep.MOD && p.head(x) == x + 1 && p.conjuncts(x).size() < 2;
                    mention(p, x, true).filter(m -> m.entity().kind() == Kind.ACTOR
                            || listed && m.entity().kind() == Kind.CANDIDATE)
                            .filter(m -> !nationality || !m.entity().type().equals("Country")).ifPresent(out::add);
                }
            }
            return out;
        }

        /** The word 등 in the phrase of word w, the end of the names it lists; -1 if none. */
        private int etcAt(Parse p, int w) {
            for (int x = 0; x < w; x++) {
                if (p.word(x).lemma().equals("등") && p.dominates(w, x)) {
                    return x;
                }
            }
            return -1;
        }

        /** Whether the phrase of word w lists names: coordinated, or with 등, 비롯한 or 포함한. */
        private boolean listed(Parse p, int w) {
            for (int x = 0; x < p.size(); x++) {
                String l = p.word(x).lemma();
                if (x != w && p.dominates(w, x) && (l.equals("등") || l.equals("비롯하") || l.equals("포함하")
                        || l.equals("포함") || p.conjuncts(x).size() > 1)) {
                    return true;
                }
            }
            return false;
        }

        /** A country named as a bare modifier in the phrase (미국 조지아주). */
        private Optional<Mention> country(Parse p, int w) {
            for (int x = 0; x < p.size(); x++) {
                if (x != w && p.dominates(w, x) && p.word(x).role() == Role.NONE) {
                    Optional<Mention> m = mention(p, x, false).filter(y -> y.entity().type().equals("Country"));
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
            return Optional.empty();
        }

        /** A new name written bare right before word w's name, as a wider place (울산 in 울산 미포국가산업단지). */
        private Optional<Mention> placeBefore(Parse p, int w) {
            return bareBefore(p, w).filter(m -> m.entity().kind() == Kind.CANDIDATE);
        }

        /** What the bare noun right before word w, and modifying it, names (울산 미포국가산업단지, ASML 장비). */
        private Optional<Mention> bareBefore(Parse p, int w) {
            int b = w - 1;
            if (b < 0 || p.head(b) != w || p.dep(b) != Parse.Dep.MOD || p.word(b).role() != Role.NONE) {
                return Optional.empty();
            }
            return mention(p, b, false);
        }

        /** The one actor a phrase names in the genitive (AMD의 … 시리즈), when the phrase's head names none. */
        private Optional<Mention> owner(Parse p, int w) {
            int x = ownerWord(p, w);
            return x < 0 ? Optional.empty() : mention(p, x, false);
        }

        /** The one word of phrase w that names something in the genitive, or -1 (none, or several). */
        private int ownerWord(Parse p, int w) {
            int found = -1;
            for (int x = 0; x < p.size(); x++) {
                if (x != w && p.dominates(w, x) && p.word(x).role() == Role.GENITIVE
                        && mention(p, x, false).isPresent()) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = x;
                }
            }
            return found;
        }

        /**
         * The actors coordinated with the owner word named in a genitive: [현대차와] 기아의 전기차에 공급 → 현대차 too,
         * as 현대차와 기아에 공급 would.
         */
        private List<Mention> coOwners(Parse p, int owner) {
            List<Mention> out = new ArrayList<>();
            for (int c : p.conjuncts(owner)) {
                if (c != owner) {
                    mention(p, c, false).filter(m -> m.entity().kind() == Kind.ACTOR).ifPresent(out::add);
                }
            }
            return out;
        }

        /** The company named right before the head of word w's phrase, as a bare noun: ASML 장비, 엔비디아 칩. */
        private Optional<Mention> maker(Parse p, int w) {
            return bareBefore(p, w).filter(m -> m.entity().type().equals("Company"));
        }

        /** The actor a word names as where a thing goes: the suffix 향 (bound for: 엔비디아향), or 용 (made for: 중국용). */
        private Optional<Mention> boundName(Word w) {
            char last = w.contentEnd() <= w.begin() + 1 ? 0 : essay.analysisText().charAt(w.contentEnd() - 1);
            if (last != '향' && last != '용') {
                return Optional.empty();
            }
            // 중국용 H20 (made for China's market) as 중국향; 용 only after a known actor (산업용, 가정용 name none)
            return phrases.spanning(w.sentence(), w.begin(), w.contentEnd() - 1)
                    .filter(m -> m.entity().kind() == Kind.ACTOR
                            || last == '향' && m.entity().kind() == Kind.CANDIDATE);
        }

        /** Whether a bare noun names its other side with the prefix 대 (against: 대중국 수출, 대중국 의존도). */
        private boolean against(Word w) {
            return w.isNoun() && w.role() == Role.NONE && essay.analysisText().startsWith("대", w.begin());
        }

        /** The entity or candidate heading word w's phrase; for subjects only actors and candidates. */
        private Optional<Mention> mention(Parse p, int w, boolean any) {
            Optional<Mention> m = phrases.headMention(p, w);
            if (m.isEmpty()) {
                m = boundName(p.word(w));
            }
            if (m.isEmpty()) {
                m = phrases.corefer(p, w);   // 이 회사는 → the company named last
            }
            if (m.isEmpty()) {
                for (int d : p.dependents(w)) {   // 현대자동차를 비롯한 한국 기업들 → 현대자동차
                    String l = p.word(d).lemma();
                    if (p.dep(d) == Parse.Dep.MOD && (l.equals("비롯하") || l.equals("포함하") || l.equals("포함"))) {
                        for (int o : p.arguments(d, Role.OBJECT)) {
                            m = phrases.headMention(p, o);
                        }
                    }
                }
            }
            if (m.isEmpty()) {
                m = governedCountry(p, w);
            }
            return m.filter(x -> any || x.entity().kind() == Kind.ACTOR || x.entity().kind() == Kind.CANDIDATE);
        }

        /**
         * 곽노정 SK하이닉스 사장은 …을 공급한다고 말했다: the body an officer named with it acts for (a stance stays
         * the person's; a supply or an investment is the company's); empty when w is no officer's title or names
         * no body.
         */
        private Optional<Mention> officerBody(Parse p, int w) {
            Cues.HolderNoun title = cues.holderNoun(p.word(w).lemma());
            if (title == null || title.type() != Cues.HolderType.TITLE || title.ownVoice() || !p.word(w).isNoun()) {
                return Optional.empty();
            }
            NounPhrases.Phrase ph = phrases.phrase(p, w);
            Mention body = null;
            for (Mention x : phrases.inside(p.word(w).sentence(), ph.begin(), p.word(w).contentEnd())) {
                if (x.entity().kind() == Kind.ACTOR && !x.entity().type().equals("Person")) {
                    body = x;
                }
            }
            return Optional.ofNullable(body);
        }

        /** A subject's mention: as {@link #mention}, which also reads a country's government as the country. */
        private Optional<Mention> agentMention(Parse p, int w) {
            return mention(p, w, false);
        }

        /**
         * The country whose government word w is (네덜란드 정부는, 사우디아라비아 정부와), which the gazetteer may not
         * list; not the country of its companies (한국 기업들은 is not 한국).
         */
        private Optional<Mention> governedCountry(Parse p, int w) {
            if (w == 0 || p.head(w - 1) != w || p.dep(w - 1) != Parse.Dep.MOD
                    || !GOVERNMENT_NOUNS.contains(p.word(w).lemma())) {
                return Optional.empty();
            }
            return phrases.headMention(p, w - 1).filter(x -> x.entity().type().equals("Country"));
        }
    }

    private static boolean allows(Set<Kind> kinds, Mention m) {
        Kind k = m.entity().kind();
        return kinds.isEmpty() || kinds.contains(k)
                || (k == Kind.CANDIDATE && (kinds.contains(Kind.ACTOR) || kinds.contains(Kind.ASSET)));
    }
}
