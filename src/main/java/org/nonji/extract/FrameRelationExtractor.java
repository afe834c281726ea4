package org.nonji.extract;

import java.util.ArrayList;
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
import org.nonji.syntax.Modality;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Predicate;
import org.nonji.syntax.Role;
import org.nonji.syntax.Word;

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
            "reciprocal", "not-asserted");
    private static final Set<String> SYMMETRIC = Set.of("competesWith", "partnersWith");

    /** A frame: which lemmas signal the relation and where its object is found. */
    public record Frame(String id, int order, String relation, List<String> lemmas, List<String> objectSlots,
                        Set<Kind> objectKinds) {
        public Frame {
            Objects.requireNonNull(id, "id");
            lemmas = List.copyOf(lemmas);
            objectSlots = List.copyOf(objectSlots);
            objectKinds = Set.copyOf(objectKinds);
        }
    }

    private final List<Frame> frames;
    private final Map<String, String> carriers;
    private final RuleBook rules;
    private final Set<String> controlNouns;
    private final Cues cues;

    public FrameRelationExtractor(Cues cues, RuleBook rules, Set<String> controlNouns) {
        this.cues = cues;
        this.rules = rules;
        this.frames = frames();
        this.carriers = carriers();
        this.controlNouns = Set.copyOf(controlNouns);
    }

    /** The ids of the bundled frames, for the rule book. */
    public static Set<String> frameIds() {
        Set<String> out = new LinkedHashSet<>();
        frames().forEach(f -> out.add(f.id()));
        return out;
    }

    static List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load("ontology/rules/relation-rules.tsv", 8).rows()) {
            if (r.get(3).isEmpty()) {
                continue;   // a structural rule
            }
            if (!r.get(3).matches("[a-z][A-Za-z]+")) {
                throw r.error("relation must be a lowerCamelCase property name, not '" + r.get(3) + "'");
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
                if (!Set.of("dative", "comitative", "object", "instrument", "locative", "exportee").contains(s)) {
                    throw r.error("unknown object slot '" + s + "'");
                }
            }
            out.add(new Frame(r.get(0), Integer.parseInt(r.get(1)), r.get(3), List.of(r.get(4).split("\\s*,\\s*")),
                    slots, kinds));
        }
        out.sort(java.util.Comparator.comparingInt(Frame::order));
        return out;
    }

    private static Map<String, String> carriers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load("ontology/cues/relation-carriers.tsv", 2).rows()) {
            if (!Set.of("assert", "stop", "tentative", "hearsay").contains(r.get(1))) {
                throw r.error("effect must be assert, stop, tentative or hearsay, not '" + r.get(1) + "'");
            }
            out.put(r.get(0), r.get(1));
        }
        return out;
    }

    /** Relations in document order. */
    public List<Relation> extract(Essay essay, List<Parse> parses, List<Mention> mentions) {
        Run run = new Run(essay, mentions);
        parses.forEach(run::parse);
        return List.copyOf(run.out.values());
    }

    /** The work on one essay. */
    private final class Run {
        private final Essay essay;
        private final NounPhrases phrases;
        private final Map<String, Relation> out = new LinkedHashMap<>();

        Run(Essay essay, List<Mention> mentions) {
            this.essay = essay;
            this.phrases = new NounPhrases(essay, Mentions.bySentence(mentions), cues);
        }

        void parse(Parse p) {
            for (Predicate pred : p.predicates()) {
                direct(p, pred);
                if (rules.on("carrier")) {
                    carried(p, pred);
                }
            }
        }

        /** 공급하다, 손잡다: the predicate's own lemma names the relation. */
        private void direct(Parse p, Predicate pred) {
            for (Frame f : frames) {
                if (rules.on(f.id()) && f.lemmas().contains(pred.lemma())) {
                    List<String> used = new ArrayList<>(List.of(f.id()));
                    List<Integer> objects = objects(p, pred, f, -1);
                    if (objects.isEmpty() && f.objectSlots().contains("object") && pred.ending().isAdnominal()
                            && p.dep(pred.word()) == Parse.Dep.MOD && !subjects(p, pred, new ArrayList<>()).isEmpty()) {
                        objects = List.of(p.head(pred.word()));   // [CXMT가 개발한] HBM: the noun is the object
                    }
                    relate(p, pred, f, objects, pred.negations(), hedged(p, pred), used, p.word(pred.word()));
                    return;
                }
            }
        }

        /** X는 Y와 공급 계약을 맺었다, X는 Y 투자를 중단했다: a light verb carries the relation noun. */
        private void carried(Parse p, Predicate pred) {
            String effect = carriers.get(pred.lemma());
            if (effect == null) {
                return;
            }
            List<Integer> carried = new ArrayList<>(p.arguments(pred.word(), Role.OBJECT));
            carried.addAll(p.arguments(pred.word(), Role.DATIVE));
            for (int n : carried) {
                String compound = compound(p, n);
                for (Frame f : frames) {
                    if (!rules.on(f.id()) || f.lemmas().stream().noneMatch(l -> compound.endsWith(l)
                            || (l.length() > 1 && compound.contains(l) && f.relation().equals("restrictsExportsTo")))) {
                        continue;
                    }
                    if (f.relation().equals("restrictsExportsTo") && !compound.contains("수출")
                            && !phraseText(p, n).contains("수출")) {
                        continue;
                    }
                    List<String> used = new ArrayList<>(List.of(f.id(), "carrier"));
                    int negations = pred.negations() + (effect.equals("stop") ? 1 : 0);
                    boolean hedged = hedged(p, pred) || effect.equals("tentative");
                    relate(p, pred, f, objects(p, pred, f, n), negations, hedged, used, p.word(n));
                    return;
                }
            }
        }

        /** The noun with the bare nouns before it, without spaces: 공급 계약 → 공급계약, 수출 통제 → 수출통제. */
        private String compound(Parse p, int n) {
            StringBuilder b = new StringBuilder(p.word(n).lemma());
            int i = n - 1;
            while (i >= 0 && p.head(i) == n && p.dep(i) == Parse.Dep.MOD && p.word(i).isNoun()
                    && p.word(i).role() == Role.NONE) {
                b.insert(0, p.word(i).lemma());
                i--;
            }
            return b.toString();
        }

        private String phraseText(Parse p, int n) {
            NounPhrases.Phrase ph = phrases.phrase(p, n);
            return essay.text().substring(ph.begin(), Math.max(ph.begin(), ph.end()));
        }

        private boolean hedged(Parse p, Predicate pred) {
            if (pred.has(Modality.DEONTIC) || pred.has(Modality.POSSIBILITY) || pred.has(Modality.HEDGE)
                    || pred.ending() == EndingType.CONDITIONAL || pred.ending() == EndingType.QUESTION
                    || pred.ending() == EndingType.PURPOSE) {
                return true;
            }
            int h = p.head(pred.word());
            if (h < 0) {
                return false;
            }
            Word head = p.word(h);
            if (pred.ending() == EndingType.NOMINAL && head.lemma().equals("위하")) {
                return true;   // 공급하기 위한 영업: a purpose, not a fact
            }
            // …옮긴다는 소문, …투자할 것이라는 관측: hearsay
            return pred.ending() == EndingType.QUOTE_NOUN && "hearsay".equals(carriers.get(head.lemma()));
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
                        if (noun >= 0) {
                            found.addAll(inPhrase(p, noun, Role.COMITATIVE));
                        }
                    }
                    case "object" -> {
                        if (noun < 0) {
                            found.addAll(p.arguments(pred.word(), Role.OBJECT));
                        } else {
                            found.addAll(inPhrase(p, noun, Role.GENITIVE));
                        }
                    }
                    case "instrument" -> found.addAll(p.arguments(pred.word(), Role.INSTRUMENT));
                    case "locative" -> found.addAll(p.arguments(pred.word(), Role.LOCATIVE));
                    case "exportee" -> found.addAll(exportees(p, pred, noun));
                    default -> throw new IllegalStateException(slot);
                }
                found.removeIf(w -> p.word(w).role() == Role.DATIVE && noun < 0
                        && p.word(w).lemma().equals("수출"));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return List.of();
        }

        /** Words with the role inside the phrase of noun n: Y와의 협력, Y에 대한 투자 (dative of 대한). */
        private List<Integer> inPhrase(Parse p, int n, Role role) {
            List<Integer> out = new ArrayList<>();
            for (int d : p.dependents(n)) {
                Word dw = p.word(d);
                if (dw.role() == role && dw.isNominal()) {
                    out.add(d);
                } else if (role != Role.COMITATIVE && dw.isNoun() && dw.role() == Role.NONE && p.dep(d) == Parse.Dep.MOD
                        && phrases.headMention(p, d).filter(m -> m.entity().kind() == Kind.ACTOR).isPresent()) {
                    out.add(d);   // 중국 투자를 중단했다: a named actor before the noun is its object
                } else if (role == Role.COMITATIVE && dw.role() == Role.GENITIVE
                        && essay.analysisText().startsWith("와의", dw.contentEnd())
                        || role == Role.COMITATIVE && essay.analysisText().startsWith("과의", dw.contentEnd())) {
                    out.add(d);
                } else if (role == Role.DATIVE && dw.isPredicate() && (dw.lemma().equals("대하")
                        || dw.lemma().equals("향하"))) {
                    out.addAll(p.arguments(d, Role.DATIVE));
                }
            }
            return out;
        }

        /** Who an export is bound for: Y의 / Y에 대한 / Y로 향하는 … 수출, 대중국 수출, or the predicate's dative. */
        private List<Integer> exportees(Parse p, Predicate pred, int noun) {
            List<Integer> out = new ArrayList<>(p.arguments(pred.word(), Role.DATIVE));
            List<Integer> nps = new ArrayList<>();
            if (noun >= 0) {
                nps.add(noun);
            }
            nps.addAll(p.arguments(pred.word(), Role.OBJECT));
            for (int n : nps) {
                if (!phraseText(p, n).contains("수출") && !p.word(pred.word()).lemma().startsWith("수출")) {
                    continue;
                }
                for (int x = 0; x < p.size(); x++) {
                    if (x != n && p.dominates(n, x)) {
                        Word w = p.word(x);
                        if (w.role() == Role.GENITIVE && w.isNoun()) {
                            out.add(x);
                        } else if (w.isPredicate() && (w.lemma().equals("대하") || w.lemma().equals("향하"))) {
                            out.addAll(p.arguments(x, Role.DATIVE));
                            out.addAll(p.arguments(x, Role.INSTRUMENT));
                        } else if (w.isNoun() && w.role() == Role.NONE && essay.analysisText().startsWith("대",
                                w.begin())) {
                            out.add(x);   // 대중국 수출
                        }
                    }
                }
            }
            return out;
        }

        private void relate(Parse p, Predicate pred, Frame f, List<Integer> objectWords, int negations,
                            boolean hedged, List<String> used, Word cue) {
            List<Mention> subjects = subjects(p, pred, used);
            List<Mention> objects = new ArrayList<>();
            for (int o : objectWords) {
                for (int c : p.conjuncts(o)) {
                    Optional<Mention> m = mention(p, c, true).filter(x -> allows(f.objectKinds(), x));
                    if (m.isEmpty() && f.objectKinds().contains(Kind.ACTOR)) {
                        m = owner(p, c);   // AMD의 AI 가속기 시리즈에 납품 → AMD
                    }
                    m.ifPresent(objects::add);
                }
            }
            if (objects.isEmpty() && SYMMETRIC.contains(f.relation()) && subjects.size() > 1
                    && rules.on("reciprocal")) {
                used.add("reciprocal");
                objects.addAll(subjects.subList(1, subjects.size()));
                subjects = subjects.subList(0, 1);
            }
            boolean negated = negations % 2 == 1;
            if ((negated || hedged) && rules.on("not-asserted")) {
                used.add("not-asserted");
            }
            int[] ev = Evidence.of(essay, p, pred);
            for (Mention s : subjects) {
                for (Mention o : objects) {
                    if (s.entity().iri().equals(o.entity().iri())) {
                        continue;
                    }
                    String key = s.entity().iri() + " " + f.relation() + " " + o.entity().iri() + " " + cue.sentence();
                    out.putIfAbsent(key, new Relation(s, f.relation(), o, essay.text().substring(cue.begin(),
                            cue.end()), cue.begin(), cue.end(), ev[0], ev[1], cue.sentence(),
                            negated && rules.on("not-asserted"), hedged && rules.on("not-asserted"), used));
                }
            }
        }

        /** The subject mentions of a predicate: its own, or inherited (rules inherited-subject, relative-subject). */
        private List<Mention> subjects(Parse p, Predicate pred, List<String> used) {
            int k = pred.word();
            for (int hops = 0; k >= 0 && hops < 6; hops++) {
                List<Mention> own = new ArrayList<>();
                for (Role r : List.of(Role.SUBJECT, Role.TOPIC, Role.ADDITIVE)) {
                    for (int a : p.arguments(k, r)) {
                        for (int c : p.conjuncts(a)) {
                            mention(p, c, false).ifPresent(own::add);
                        }
                    }
                    if (!own.isEmpty()) {
                        if (hops > 0 && !used.contains("inherited-subject") && !used.contains("relative-subject")) {
                            used.add("inherited-subject");
                        }
                        return own;
                    }
                }
                Parse.Dep d = p.dep(k);
                int h = p.head(k);
                if (h < 0) {
                    break;
                }
                if (d == Parse.Dep.MOD && p.endingOf(k).isAdnominal() && rules.on("relative-subject")) {
                    Word noun = p.word(h);
                    if (!controlNouns.contains(noun.lemma())) {
                        Optional<Mention> m = mention(p, h, false);
                        if (m.isPresent()) {
                            used.add("relative-subject");
                            return List.of(m.get());
                        }
                        break;
                    }
                    used.add("relative-subject");
                } else if ((d != Parse.Dep.CLAUSE && d != Parse.Dep.QUOTE) || !rules.on("inherited-subject")) {
                    break;
                }
                k = h;
                while (k >= 0 && p.predicate(k).isEmpty()) {
                    k = p.head(k);
                }
            }
            return List.of();
        }

        /** The one actor a phrase names in the genitive (AMD의 … 시리즈), when the phrase's head names none. */
        private Optional<Mention> owner(Parse p, int w) {
            Mention found = null;
            for (int x = 0; x < p.size(); x++) {
                if (x != w && p.dominates(w, x) && p.word(x).role() == Role.GENITIVE) {
                    Optional<Mention> m = mention(p, x, false);
                    if (m.isPresent()) {
                        if (found != null) {
                            return Optional.empty();
                        }
                        found = m.get();
                    }
                }
            }
            return Optional.ofNullable(found);
        }

        /** The entity or candidate heading word w's phrase; for subjects only actors and candidates. */
        private Optional<Mention> mention(Parse p, int w, boolean any) {
            Optional<Mention> m = phrases.headMention(p, w);
            if (m.isEmpty()) {
                m = phrases.corefer(p, w);   // 이 회사는 → the company named last
            }
            return m.filter(x -> any || x.entity().kind() == Kind.ACTOR || x.entity().kind() == Kind.CANDIDATE);
        }
    }

    private static boolean allows(Set<Kind> kinds, Mention m) {
        Kind k = m.entity().kind();
        return kinds.isEmpty() || kinds.contains(k)
                || (k == Kind.CANDIDATE && (kinds.contains(Kind.ACTOR) || kinds.contains(Kind.ASSET)));
    }
}
