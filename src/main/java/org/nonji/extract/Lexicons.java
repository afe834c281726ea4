package org.nonji.extract;

import org.nonji.HashedCopies;
import org.nonji.TsvTable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cue data under {@code ontology/cues/}: stance cues, negators, hedges, reporting verbs, first-person markers,
 * clause connectives, relation patterns, particles, candidate stop words and name prefixes. General language resources: none of
 * them records what any essay claims.
 */
public record Lexicons(List<StanceCue> stanceCues, Set<String> negatorsAfter, Set<String> negatorPrefixes,
                       Set<String> notNegators,
                       Set<String> hedges, Set<String> speechVerbs, Set<String> opinionVerbs, Set<String> sourceMarkers,
                       Set<String> firstPerson, Set<String> connectives, List<RelationPattern> relationPatterns,
                       Set<String> particles, Set<String> candidateStopwords,
                       Set<String> namePrefixes, Set<String> holderVerbs, Map<String, String> candidateCues,
                       Set<String> remedyNouns, Map<String, String> anaphors, Set<String> modalCues,
                       Set<String> reversalVerbs) {

    /** A stance cue: a surface stem, its polarity, whether it must begin a word, and longer forms it is not. */
    public record StanceCue(String form, Polarity polarity, boolean wordStart, List<String> exceptions) {
        public StanceCue {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(polarity, "polarity");
            exceptions = List.copyOf(exceptions);
        }
    }

    /** A relation cue with the kinds its subject and object may have (empty set: any). */
    public record RelationPattern(String relation, String cue, Set<Kind> subjectKinds, Set<Kind> objectKinds) {
        public RelationPattern {
            subjectKinds = Set.copyOf(subjectKinds);
            objectKinds = Set.copyOf(objectKinds);
        }
    }

    private static final String DIR = "ontology/cues/";

    public Lexicons {
        stanceCues = List.copyOf(stanceCues);
        negatorsAfter = HashedCopies.set(negatorsAfter);
        negatorPrefixes = HashedCopies.set(negatorPrefixes);
        notNegators = HashedCopies.set(notNegators);
        hedges = HashedCopies.set(hedges);
        speechVerbs = HashedCopies.set(speechVerbs);
        opinionVerbs = HashedCopies.set(opinionVerbs);
        holderVerbs = HashedCopies.set(holderVerbs);
        candidateCues = HashedCopies.map(candidateCues);
        remedyNouns = HashedCopies.set(remedyNouns);
        anaphors = HashedCopies.map(anaphors);
        modalCues = HashedCopies.set(modalCues);
        reversalVerbs = HashedCopies.set(reversalVerbs);
        sourceMarkers = HashedCopies.set(sourceMarkers);
        firstPerson = HashedCopies.set(firstPerson);
        connectives = HashedCopies.set(connectives);
        relationPatterns = List.copyOf(relationPatterns);
        particles = HashedCopies.set(particles);
        candidateStopwords = HashedCopies.set(candidateStopwords);
        namePrefixes = HashedCopies.set(namePrefixes);
    }

    /** The lexicons bundled in the jar. */
    public static Lexicons bundled() {
        List<StanceCue> cues = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "stance-cues.tsv", 4).rows()) {
            Polarity p;
            try {
                p = Polarity.parse(r.get(1));
            } catch (IllegalArgumentException e) {
                throw r.error("polarity must be support, oppose or doubt, not '" + r.get(1) + "'");
            }
            String anchor = r.get(2);
            if (!anchor.equals("start") && !anchor.equals("any")) {
                throw r.error("anchor must be start or any, not '" + anchor + "'");
            }
            List<String> exceptions = r.get(3).isEmpty() ? List.of() : List.of(r.get(3).split("\\s*,\\s*"));
            cues.add(new StanceCue(r.get(0), p, anchor.equals("start"), exceptions));
        }
        Set<String> after = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> ignore = new LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "negators.tsv", 2).rows()) {
            switch (r.get(1)) {
                case "after" -> after.add(r.get(0));
                case "prefix" -> prefixes.add(r.get(0));
                case "ignore" -> ignore.add(r.get(0));
                default -> throw r.error("position must be after, prefix or ignore, not '" + r.get(1) + "'");
            }
        }
        Set<String> speech = new LinkedHashSet<>();
        Set<String> source = new LinkedHashSet<>();
        Set<String> opinion = new LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "reporting-verbs.tsv", 2).rows()) {
            switch (r.get(1)) {
                case "speech" -> speech.add(r.get(0));
                case "source" -> source.add(r.get(0));
                case "opinion" -> opinion.add(r.get(0));
                default -> throw r.error("type must be speech, opinion or source, not '" + r.get(1) + "'");
            }
        }
        Map<String, String> candidateCues = new java.util.LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "candidate-cues.tsv", 2).rows()) {
            if (!Set.of("category", "title", "head", "suffix", "surname").contains(r.get(1))) {
                throw r.error("position must be category, title, head, suffix or surname, not '" + r.get(1) + "'");
            }
            if (candidateCues.put(r.get(0), r.get(1)) != null) {
                throw r.error("'" + r.get(0) + "' is listed twice");
            }
        }
        List<RelationPattern> patterns = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "relation-patterns.tsv", 4).rows()) {
            if (!r.get(0).matches("[a-z][A-Za-z]+")) {
                throw r.error("relation must be a lowerCamelCase property name, not '" + r.get(0) + "'");
            }
            patterns.add(new RelationPattern(r.get(0), r.get(1), kinds(r, 2), kinds(r, 3)));
        }
        return new Lexicons(cues, after, prefixes, ignore,
                set(TsvTable.load(DIR + "hedges.tsv", 1).firstColumn()),
                speech, opinion, source,
                set(TsvTable.load(DIR + "first-person.tsv", 2).firstColumn()),
                set(TsvTable.load(DIR + "clause-connectives.tsv", 1).firstColumn()),
                patterns,
                set(TsvTable.load(DIR + "particles.tsv", 2).firstColumn()),
                set(TsvTable.load(DIR + "candidate-stopwords.tsv", 1).firstColumn()),
                set(TsvTable.load(DIR + "name-prefixes.tsv", 1).firstColumn()),
                set(TsvTable.load(DIR + "holder-verbs.tsv", 1).firstColumn()),
                candidateCues,
                set(TsvTable.load(DIR + "remedy-nouns.tsv", 1).firstColumn()),
                loadAnaphors(),
                set(TsvTable.load(DIR + "modal-cues.tsv", 1).firstColumn()),
                set(TsvTable.load(DIR + "reversal-verbs.tsv", 1).firstColumn()));
    }

    private static Map<String, String> loadAnaphors() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load(DIR + "anaphors.tsv", 2).rows()) {
            if (!Set.of("singular", "plural", "adnominal").contains(r.get(1))) {
                throw r.error("number must be singular, plural or adnominal, not '" + r.get(1) + "'");
            }
            out.put(r.get(0), r.get(1));
        }
        return out;
    }

    private static Set<Kind> kinds(TsvTable.Row r, int col) {
        String v = r.get(col);
        if (v.isEmpty() || v.equals("*")) {
            return Set.of();
        }
        Set<Kind> out = new LinkedHashSet<>();
        for (String name : v.split("\\s*,\\s*")) {
            Kind k = Kind.ofLocalName(name);
            if (k == null) {
                throw r.error("unknown kind '" + name + "'");
            }
            out.add(k);
        }
        return out;
    }

    private static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(values);
    }
}
