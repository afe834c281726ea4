package org.nonji.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nonji.HashedCopies;
import org.nonji.TsvTable;

/**
 * The stance vocabulary under {@code ontology/cues/}: evaluative words with the frame that points them at a target
 * ({@code evaluations.tsv}), light verbs that carry an evaluative noun ({@code light-verbs.tsv}), nouns that name
 * who speaks ({@code holder-nouns.tsv}), head nouns that type a concept ({@code concept-heads.tsv}), fixed verb
 * phrases ({@code idioms.tsv}), verbs of assent, which one refuses by finding them hard, and of denial, which one
 * affirms so ({@code assent-verbs.tsv}),
 * verbs of harm, whose doer is what a criticism of the clause opposes ({@code harm-verbs.tsv}), and verbs of asking
 * that something be done, whose clause object is urged ({@code demand-verbs.tsv}), and acts whose passive says a
 * side is felt or needed, no one named ({@code passive-attitudes.tsv}), and acts that are done rather than said,
 * never the writer's unless urged ({@code deed-verbs.tsv}), and verb stems spelled like an evaluative root
 * ({@code verb-homographs.tsv}: 불리다, to be called, is not 불리하다), and judging nouns of harm suffered, whose bare
 * modifier is the one who suffers it ({@code patient-nouns.tsv}: 삼성 직격탄), and verbs of saying whose subject
 * asserts a fact noun's content ({@code saying-verbs.tsv}: …다는 점을 지적했다), and judging nouns of a property
 * something has, which as a copula's topic classify nothing ({@code property-nouns.tsv}: 경쟁력은 …이다), and acts
 * that take no side on what they are done to while told as done: weighing an option, setting out on or joining
 * something ({@code sideless-acts.tsv}).
 * General Korean: no row records what an essay claims.
 */
public record Cues(Map<String, Evaluation> evaluations, Map<Slot, Map<String, LightVerb>> lightVerbs,
                   Map<String, HolderNoun> holderNouns, Map<String, String> conceptHeads, Map<String, Idiom> idioms,
                   Map<String, Boolean> assentVerbs, Set<String> harmVerbs, Set<String> demandVerbs,
                   Set<String> passiveAttitudes, Set<String> deedVerbs, Set<String> verbHomographs,
                   Map<String, Patient> patientNouns, Set<String> sayingVerbs, Set<String> propertyNouns,
                   Set<String> hearsayNouns, Map<String, String> sidelessActs) {
    /** A verb with a fixed object noun that takes a side on another argument (X에 속도를 내다). */
    public record Idiom(String noun, String verb, Polarity polarity, String target) {
    }

    private static final String DIR = "ontology/cues/";
    /** Prefixes that negate the word they are glued to (불필요, 비현실적, 무의미 is listed itself). */
    static final Set<String> NEGATING_PREFIXES = Set.of("불", "비", "무", "미", "부");

    /**
     * Who suffers a judging noun of harm (patient-nouns.tsv): its subject always (STATE: 반도체 산업이 위기다), only
     * when that subject is someone (SOMEONE: 한국이 위험하다, but 이 정책은 위험하다 judges), or nobody, its subject
     * dealing it (BLOW: 관세는 반도체에 직격탄이다).
     */
    public enum Patient { STATE, SOMEONE, BLOW }

    /** How an evaluative word finds its target (see the file's header). */
    public enum Frame { JUDGE, ATTITUDE, ACT, DO, ALLOCATE, ATTEND, HAVE }

    /** An evaluative word: what it says of its target, how it points at it, and what it says when negated. */
    public record Evaluation(String lemma, Polarity polarity, Frame frame, Polarity negated) {
        public Evaluation {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(frame, "frame");
            Objects.requireNonNull(negated, "negated");
        }

        /** The polarity after {@code negations} negations. */
        public Polarity after(int negations) {
            return negations % 2 == 1 ? negated : polarity;
        }
    }

    /** Where a light verb carries its evaluative noun. */
    public enum Slot { SUBJECT, OBJECT, COMPLEMENT, POSSESSION, CAUSE }

    /** A verb that carries an evaluative noun in its subject, object or complement. */
    public record LightVerb(String lemma, Slot slot, boolean negates, boolean arises) {
    }

    /** Who a holder noun names. */
    public enum HolderType { TITLE, GROUP, BODY, PRONOUN, PAIR, AUTHOR, REPORT, FACT }

    /**
     * A holder noun and its type; {@code ownVoice} for a title whose bearer speaks for themselves (교수, 연구위원),
     * not for the body named with them (type expert in the file, a title otherwise), and for a group that a country
     * named with it does not speak for (type sector: 한국 기업들); {@code argues} for a report
     * noun that argues for what a bare noun before it names (type claim: 디커플링 주장); {@code stand} for a report
     * noun that names an actor's own stand or decision (type stand: …하겠다는 방침이다), never an unnamed voice;
     * {@code plan} for a stand that is also a thing one can judge (type plan: 정부의 계획은 허술하다).
     */
    public record HolderNoun(String noun, HolderType type, boolean ownVoice, boolean argues, boolean stand,
            boolean plan) {
    }

    public Cues {
        evaluations = HashedCopies.map(evaluations);
        Map<Slot, Map<String, LightVerb>> bySlot = new java.util.EnumMap<>(Slot.class);
        lightVerbs.forEach((slot, verbs) -> bySlot.put(slot, HashedCopies.map(verbs)));
        lightVerbs = java.util.Collections.unmodifiableMap(bySlot);
        holderNouns = HashedCopies.map(holderNouns);
        conceptHeads = HashedCopies.map(conceptHeads);
        idioms = HashedCopies.map(idioms);
        assentVerbs = HashedCopies.map(assentVerbs);
        harmVerbs = HashedCopies.set(harmVerbs);
        demandVerbs = HashedCopies.set(demandVerbs);
        passiveAttitudes = HashedCopies.set(passiveAttitudes);
        deedVerbs = HashedCopies.set(deedVerbs);
        verbHomographs = HashedCopies.set(verbHomographs);
        patientNouns = HashedCopies.map(patientNouns);
        sayingVerbs = HashedCopies.set(sayingVerbs);
        propertyNouns = HashedCopies.set(propertyNouns);
        sidelessActs = HashedCopies.map(sidelessActs);
    }

    /**
     * The holder noun a word's lemma is, or ends in (상무장관, 선임연구위원, 민주노총, 제조기업들: the last three or
     * two characters), or null. The whole lemma wins over its ending, a longer ending over a shorter.
     */
    public HolderNoun holderNoun(String lemma) {
        if (lemma.length() > 2 && lemma.endsWith("들")) {
            lemma = lemma.substring(0, lemma.length() - 1);   // 시민단체들: the plural of a compound keeps its 들
        }
        HolderNoun h = holderNouns.get(lemma);
        for (int n = 3; h == null && n >= 2; n--) {
            if (lemma.length() > n) {
                h = holderNouns.get(lemma.substring(lemma.length() - n));
            }
        }
        return h;
    }

    /** The idiom a verb makes with an object noun, or null. */
    public Idiom idiom(String verb, String noun) {
        return idioms.get(noun + " " + verb);
    }

    /**
     * The evaluation of a lemma, also through a negating prefix (불필요 → 필요, negated), a noun suffix (필요성) or
     * the adjective suffix 적 (굴욕적 → 굴욕).
     */
    public java.util.Optional<Evaluation> evaluation(String lemma) {
        Evaluation e = evaluations.get(lemma);
        if (e == null && lemma.length() > 2 && lemma.endsWith("하")) {
            e = evaluations.get(lemma.substring(0, lemma.length() - 1));   // 불과하/VA: the analyser kept 하
        }
        for (String suffix : new String[] {"스럽", "롭", "답"}) {
            if (e == null && lemma.length() > suffix.length() && lemma.endsWith(suffix)) {
                e = evaluations.get(lemma.substring(0, lemma.length() - suffix.length()));   // 우려스럽 → 우려
            }
        }
        if (e != null) {
            return java.util.Optional.of(e);
        }
        for (String suffix : new String[] {"성", "감", "론"}) {
            if (lemma.length() > suffix.length() + 1 && lemma.endsWith(suffix)) {
                e = evaluations.get(lemma.substring(0, lemma.length() - suffix.length()));
                if (e != null && e.frame() != Frame.DO && e.frame() != Frame.ALLOCATE && e.frame() != Frame.ATTEND
                        && e.frame() != Frame.HAVE) {
                    return java.util.Optional.of(e);
                }
            }
        }
        if (lemma.length() > 2 && lemma.endsWith("적")) {
            // 굴욕적, 모순적: an adjective made of a judging noun judges as the noun does (not 비판적, an act's)
            e = evaluations.get(lemma.substring(0, lemma.length() - 1));
            if (e != null && e.frame() == Frame.JUDGE) {
                return java.util.Optional.of(e);
            }
        }
        String felt = feltAdjective(lemma);
        e = felt == null ? null : evaluations.get(felt);
        if (e != null && e.frame() == Frame.JUDGE) {
            // 아쉬워하다, 불안해하다: feeling about something what the adjective says is a side the feeler takes on it
            return java.util.Optional.of(new Evaluation(lemma, e.polarity(), Frame.ACT, e.negated()));
        }
        return java.util.Optional.empty();
    }

    /**
     * The adjective a verb of feeling is made of (아쉬워하 → 아쉽, 반가워하 → 반갑, 불안해하 → 불안, 좋아하 → 좋), or
     * null: the analyser keeps such a verb whole.
     */
    static String feltAdjective(String lemma) {
        if (lemma.length() < 3 || !lemma.endsWith("하")) {
            return null;
        }
        String stem = lemma.substring(0, lemma.length() - 2);
        char before = lemma.charAt(lemma.length() - 2);
        if (before == '워') {
            return org.nonji.syntax.FinalConsonants.replaced(stem, org.nonji.syntax.FinalConsonants.NONE,
                    org.nonji.syntax.FinalConsonants.B);   // 아쉬 + ㅂ
        }
        return before == '해' || before == '아' || before == '어' ? stem : null;
    }

    /** The lemma without a negating prefix, when what remains is an evaluative word; else null. */
    public Evaluation negatedByPrefix(String lemma) {
        if (lemma.length() < 3) {
            return null;
        }
        String prefix = lemma.substring(0, 1);
        if (!NEGATING_PREFIXES.contains(prefix)) {
            return null;
        }
        return evaluation(lemma.substring(1)).filter(e -> e.frame() == Frame.JUDGE).orElse(null);
    }

    /** The cues bundled in the jar. */
    public static Cues bundled() {
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "evaluations.tsv", 4).rows()) {
            Polarity p = polarity(r, 1);
            Frame f;
            try {
                f = Frame.valueOf(r.get(2).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("frame must be judge, attitude, act, do, allocate, attend or have, not '" + r.get(2)
                        + "'");
            }
            Polarity negated = r.get(3).isEmpty() ? p.negate() : polarity(r, 3);
            if (evaluations.put(r.get(0), new Evaluation(r.get(0), p, f, negated)) != null) {
                throw r.error("'" + r.get(0) + "' is listed twice");
            }
        }
        Map<Slot, Map<String, LightVerb>> light = new java.util.EnumMap<>(Slot.class);
        for (TsvTable.Row r : TsvTable.load(DIR + "light-verbs.tsv", 3).rows()) {
            Slot slot;
            try {
                slot = Slot.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("slot must be subject, object, complement, possession or cause, not '" + r.get(1)
                        + "'");
            }
            if (!Set.of("same", "negate", "arise").contains(r.get(2))) {
                throw r.error("effect must be same, negate or arise, not '" + r.get(2) + "'");
            }
            if (light.computeIfAbsent(slot, k -> new LinkedHashMap<>())
                    .put(r.get(0), new LightVerb(r.get(0), slot, r.get(2).equals("negate"),
                            r.get(2).equals("arise"))) != null) {
                throw r.error("'" + r.get(0) + "' is listed twice for " + r.get(1));
            }
        }
        Map<String, HolderNoun> holders = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "holder-nouns.tsv", 2).rows()) {
            HolderType t;
            boolean expert = r.get(1).equals("expert");
            boolean sector = r.get(1).equals("sector");
            boolean intent = r.get(1).equals("intent");
            boolean plan = r.get(1).equals("plan");
            boolean claim = r.get(1).equals("claim") || intent || plan;
            boolean stand = r.get(1).equals("stand") || intent || plan;
            try {
                t = expert ? HolderType.TITLE : sector ? HolderType.GROUP : claim || stand ? HolderType.REPORT
                        : HolderType.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("type must be title, expert, group, sector, body, pronoun, pair, author, report, stand, "
                        + "intent, plan, claim or fact, not '" + r.get(1) + "'");
            }
            if (holders.put(r.get(0), new HolderNoun(r.get(0), t, expert || sector, claim, stand, plan)) != null) {
                throw r.error("'" + r.get(0) + "' is listed twice");
            }
        }
        Map<String, String> heads = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "concept-heads.tsv", 2).rows()) {
            if (!Set.of("Strategy", "Risk", "Policy", "Event", "Technology", "none", "anaphoric", "category",
                    "use", "transparent").contains(r.get(1))) {
                throw r.error("class must be Strategy, Risk, Policy, Event, Technology, none, anaphoric, category, "
                        + "use or transparent, not '" + r.get(1) + "'");
            }
            if (heads.put(r.get(0), r.get(1)) != null) {
                throw r.error("'" + r.get(0) + "' is listed twice");
            }
        }
        Map<String, Idiom> idioms = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "idioms.tsv", 4).rows()) {
            if (!Set.of("dative", "subject", "modifier", "about", "topic", "agent", "object").contains(r.get(3))) {
                throw r.error("target must be dative, subject, modifier, about, topic, agent or object, not '" + r.get(3) + "'");
            }
            if (idioms.put(r.get(0) + " " + r.get(1), new Idiom(r.get(0), r.get(1), polarity(r, 2), r.get(3))) != null) {
                throw r.error("'" + r.get(0) + " " + r.get(1) + "' is listed twice");
            }
        }
        Set<String> passiveAttitudes = framed(evaluations, "passive-attitudes.tsv", Frame.ACT,
                "only an act's passive is read");
        Set<String> deedVerbs = framed(evaluations, "deed-verbs.tsv", Frame.ACT,
                "only an act is someone's deed");
        Set<String> verbHomographs = new java.util.LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "verb-homographs.tsv", 1).rows()) {
            if (!evaluations.containsKey(r.get(0))) {
                throw r.error("'" + r.get(0) + "' is no lemma of evaluations.tsv: nothing to keep it apart from");
            }
            verbHomographs.add(r.get(0));
        }
        Map<String, String> sidelessActs = new LinkedHashMap<>();   // lemma → the rule that reads it
        for (TsvTable.Row r : TsvTable.load(DIR + "sideless-acts.tsv", 2).rows()) {
            if (!evaluations.containsKey(r.get(0))) {
                throw r.error("'" + r.get(0) + "' is no lemma of evaluations.tsv: it takes no side anyway");
            }
            if (!Set.of("weigh", "join").contains(r.get(1))) {
                throw r.error("kind must be weigh or join, not '" + r.get(1) + "'");
            }
            sidelessActs.put(r.get(0), r.get(1).equals("weigh") ? "weighed-option" : "joined-act");
        }
        Map<String, Patient> patients = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "patient-nouns.tsv", 2).rows()) {
            requireFrame(evaluations, r, Frame.JUDGE, "only a judging noun is read");
            if (!Set.of("state", "someone", "blow").contains(r.get(1))) {
                throw r.error("subject must be state, someone or blow, not '" + r.get(1) + "'");
            }
            patients.put(r.get(0), Patient.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT)));
        }
        Map<String, Boolean> assent = new LinkedHashMap<>();   // verb → whether it assents (else it denies)
        for (TsvTable.Row r : TsvTable.load(DIR + "assent-verbs.tsv", 2).rows()) {
            if (!Set.of("assent", "denial").contains(r.get(1))) {
                throw r.error("sense must be assent or denial, not '" + r.get(1) + "'");
            }
            assent.put(r.get(0), r.get(1).equals("assent"));
        }
        return new Cues(evaluations, light, holders, heads, idioms, assent,
                new java.util.LinkedHashSet<>(TsvTable.load(DIR + "harm-verbs.tsv", 1).firstColumn()),
                new java.util.LinkedHashSet<>(TsvTable.load(DIR + "demand-verbs.tsv", 1).firstColumn()),
                passiveAttitudes, deedVerbs, verbHomographs, patients,
                new java.util.LinkedHashSet<>(TsvTable.load(DIR + "saying-verbs.tsv", 1).firstColumn()),
                framed(evaluations, "property-nouns.tsv", Frame.JUDGE, "only a judging topic is read"),
                loadHearsayNouns(), sidelessActs);
    }

    /** The hearsay nouns of relation-carriers.tsv (…검토한다는 관측): what a clause on one tells is not asserted. */
    private static Set<String> loadHearsayNouns() {
        Set<String> nouns = new java.util.LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "relation-carriers.tsv", 2).rows()) {
            if (r.get(1).equals("hearsay")) {
                nouns.add(r.get(0));
            }
        }
        return nouns;
    }

    /**
     * The lemmas of a one-column file, each checked to be a row of evaluations.tsv with that frame (else no rule reads
     * it: {@code why}).
     */
    private static Set<String> framed(Map<String, Evaluation> evaluations, String file, Frame frame, String why) {
        Set<String> lemmas = new java.util.LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.load(DIR + file, 1).rows()) {
            lemmas.add(requireFrame(evaluations, r, frame, why));
        }
        return lemmas;
    }

    /** The lemma of a row's first column, checked to be a row of evaluations.tsv with that frame. */
    private static String requireFrame(Map<String, Evaluation> evaluations, TsvTable.Row r, Frame frame, String why) {
        Evaluation e = evaluations.get(r.get(0));
        if (e == null || e.frame() != frame) {
            throw r.error("'" + r.get(0) + "' must be a " + frame.name().toLowerCase(java.util.Locale.ROOT)
                    + " row of evaluations.tsv: " + why);
        }
        return r.get(0);
    }

    /** The light verb a lemma is with its noun in this slot, or null. */
    public LightVerb lightVerb(String lemma, Slot slot) {
        Map<String, LightVerb> verbs = lightVerbs.getOrDefault(slot, Map.of());
        LightVerb v = verbs.get(lemma);
        if (v == null && lemma.length() > 2 && lemma.endsWith("하")) {
            v = verbs.get(lemma.substring(0, lemma.length() - 1));
        }
        return v;
    }

    private static Polarity polarity(TsvTable.Row r, int col) {
        try {
            Polarity p = Polarity.parse(r.get(col));
            if (p == Polarity.NEUTRAL) {
                throw new IllegalArgumentException();
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw r.error("polarity must be support, oppose or doubt, not '" + r.get(col) + "'");
        }
    }
}
