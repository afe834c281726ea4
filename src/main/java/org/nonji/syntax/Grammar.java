package org.nonji.syntax;

import java.util.ArrayList;
import java.util.Comparator;
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
 * auxiliary constructions add which modality, and which nouns pass their clause's subject on and which
 * make the clause before them adverbial, and
 * which verbs only say when an action happens, and
 * which verbs of thinking deny what they report when negated, and which nouns take an object before 으로 (X를
 * 바탕으로), and which nouns before 보다 measure rather than name an alternative, and which verbs tell falling
 * into a state (침체에 빠지다), and which nouns make the noun before them adverbial (원전 대신), and which adjectives
 * before a noun take no subject (막대한 보조금), and which predicates take a partner in 와/과 (A와 경쟁하는), and
 * which nouns after a clause say how likely it is ([X할] 가능성이 크다), and which verbs only carry the noun before
 * them ([파트너가] 되는 것), and which nouns a copula names to say how things stand ([하락하고 있는] 상황이다), and which nouns only bound a
 * number (1조 원 이상), and which make the clause before them a condition ([X할] 경우), and which nouns are counted
 * with 한 (one) rather than done (한 해, 한 축: 업계가 한 축을 맡는다), and which verbs report a reading of what others
 * do (분석했다, 내다봤다), whose reported clause does not take the speaker as its subject.
 * Nothing here is about any essay or topic.
 */
public record Grammar(Map<String, EndingType> endings, Map<String, Role> particles, List<Auxiliary> auxiliaries,
                      Set<String> controlNouns, Set<String> clauseNouns, Set<String> aspectVerbs,
                      Set<String> beliefVerbs, Set<String> discourseNouns, Set<String> frameNouns,
                      Set<String> comparisonStandards, Set<String> tendencyAdjectives, Set<String> stateVerbs,
                      Set<String> adverbialNouns, Set<String> degreeAdjectives, Set<String> comitativeVerbs,
                      Set<String> likelihoodNouns, Set<String> supportVerbs,
                      Set<String> circumstanceNouns, Set<String> quantityNouns, Set<String> conditionNouns,
                      Set<String> countingNouns, Set<String> assessmentVerbs) {
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
        controlNouns = HashedCopies.set(controlNouns);
        clauseNouns = HashedCopies.set(clauseNouns);
        aspectVerbs = HashedCopies.set(aspectVerbs);
        beliefVerbs = HashedCopies.set(beliefVerbs);
        discourseNouns = HashedCopies.set(discourseNouns);
        frameNouns = HashedCopies.set(frameNouns);
        comparisonStandards = HashedCopies.set(comparisonStandards);
        tendencyAdjectives = HashedCopies.set(tendencyAdjectives);
        stateVerbs = HashedCopies.set(stateVerbs);
        adverbialNouns = HashedCopies.set(adverbialNouns);
        degreeAdjectives = HashedCopies.set(degreeAdjectives);
        comitativeVerbs = HashedCopies.set(comitativeVerbs);
        likelihoodNouns = HashedCopies.set(likelihoodNouns);
        supportVerbs = HashedCopies.set(supportVerbs);
        circumstanceNouns = HashedCopies.set(circumstanceNouns);
        quantityNouns = HashedCopies.set(quantityNouns);
        conditionNouns = HashedCopies.set(conditionNouns);
        countingNouns = HashedCopies.set(countingNouns);
        assessmentVerbs = HashedCopies.set(assessmentVerbs);
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
        // longest first, so 것 보이 (hedge) wins over 것 (future)
        aux.sort(Comparator.comparingInt((Auxiliary a) -> -a.words().size()));
        return new Grammar(endings, particles, aux,
                new LinkedHashSet<>(TsvTable.load(DIR + "control-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "clause-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "aspect-verbs.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "belief-verbs.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "discourse-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "frame-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "comparison-standards.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "tendency-adjectives.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "state-verbs.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "adverbial-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "degree-adjectives.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "comitative-verbs.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "likelihood-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "support-verbs.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "circumstance-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "quantity-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "condition-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "counting-nouns.tsv", 1).firstColumn()),
                new LinkedHashSet<>(TsvTable.load(DIR + "assessment-verbs.tsv", 1).firstColumn()));
    }
}
