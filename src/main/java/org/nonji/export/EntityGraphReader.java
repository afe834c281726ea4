package org.nonji.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.RDFNode;
import org.nonji.Progress;

/** Reads the {@link EntityGraph} of a store with SPARQL, filtered by essay, kind and minimum edge weight. */
public final class EntityGraphReader {
    /** What to keep: one essay (its IRI) or all, top-class names or all, edges of at least this weight. */
    public record Filter(Optional<String> essay, Set<String> kinds, int minWeight, boolean coMentions) {
        public Filter {
            kinds = Set.copyOf(kinds);
        }

        /** Everything, without co-mentions. */
        public static Filter all() {
            return new Filter(Optional.empty(), Set.of(), 1, false);
        }
    }

    private static final String PREFIXES = """
            PREFIX nj: <https://w3id.org/nonji/ont#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX schema: <https://schema.org/>
            """;

    private EntityGraphReader() {
    }

    /** The graph of the dataset (its default graph must be the union of the essay graphs). */
    public static EntityGraph read(Dataset ds, Filter f) {
        return read(ds, f, Progress.none());
    }

    /** As {@link #read(Dataset, Filter)}, each query a stage of {@code progress}: each groups the whole store. */
    public static EntityGraph read(Dataset ds, Filter f, Progress progress) {
        ds.begin(TxnType.READ);
        try {
            String essayFilter = f.essay().map(e -> "FILTER (?essay = <" + safeIri(e) + ">)").orElse("");
            Map<String, EntityGraph.Node> nodes = new LinkedHashMap<>();
            progress.stage("reading entities");
            select(ds, PREFIXES + """
                    SELECT ?e ?kind ?type (SAMPLE(?ko) AS ?labelKo) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?l) AS ?label)
                           (COUNT(DISTINCT ?m) AS ?mentions) (GROUP_CONCAT(DISTINCT STR(?essay); separator=" ") AS ?essays)
                    WHERE {
                      ?m a nj:Mention ; nj:entity ?e ; nj:essay ?essay .
                      %s
                      ?e a ?t . ?t rdfs:subClassOf* ?top .
                      VALUES ?top { nj:Actor nj:Asset nj:Strategy nj:Risk nj:Policy nj:Event nj:Candidate }
                      BIND (STRAFTER(STR(?top), "#") AS ?kind) BIND (STRAFTER(STR(?t), "#") AS ?type)
                      OPTIONAL { ?e skos:prefLabel ?ko FILTER (LANG(?ko) = "ko") }
                      OPTIONAL { ?e skos:prefLabel ?en FILTER (LANG(?en) = "en") }
                      OPTIONAL { ?e rdfs:label ?l }
                    } GROUP BY ?e ?kind ?type ORDER BY ?e
                    """.formatted(essayFilter), s -> {
                String kind = s.getLiteral("kind").getString();
                if (!f.kinds().isEmpty() && !f.kinds().contains(kind)) {
                    return;
                }
                String ko = str(s, "labelKo");
                String plain = str(s, "label");
                nodes.putIfAbsent(uri(s, "e"), new EntityGraph.Node(uri(s, "e"), ko.isEmpty() && hasHangul(plain)
                        ? plain : ko, str(s, "labelEn").isEmpty() && !hasHangul(plain) ? plain : str(s, "labelEn"),
                        kind, s.getLiteral("type").getString(), s.getLiteral("mentions").getInt(),
                        List.of(str(s, "essays").split(" "))));
            });
            List<EntityGraph.Edge> edges = new ArrayList<>();
            progress.stage("reading relations");
            select(ds, PREFIXES + """
                    SELECT ?s ?p ?o (COUNT(DISTINCT ?sentence) AS ?weight) (MIN(?q) AS ?quote) WHERE {
                      ?r a nj:Relation ; nj:subject ?s ; nj:relationType ?p ; nj:object ?o ; nj:essay ?essay ;
                         nj:sentence ?sentence ; nj:evidence/oa:hasSelector/oa:exact ?q .
                      %s
                    } GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o
                    """.formatted(essayFilter), s -> edges.add(new EntityGraph.Edge("", uri(s, "s"), uri(s, "o"),
                    local(uri(s, "p")), "", s.getLiteral("weight").getInt(), str(s, "quote"))));
            progress.stage("reading stances");
            select(ds, PREFIXES + """
                    SELECT ?h ?t ?pol (COUNT(DISTINCT ?sentence) AS ?weight) (MIN(?q) AS ?quote)
                           (SAMPLE(?hl) AS ?holderLabel) ?essay WHERE {
                      ?st a nj:Stance ; nj:holder ?h ; nj:target ?t ; nj:polarity ?p ; nj:essay ?essay ;
                          nj:sentence ?sentence ; nj:evidence/oa:hasSelector/oa:exact ?q .
                      %s
                      OPTIONAL { ?h a nj:Author ; rdfs:label ?hl }
                      BIND (STRAFTER(STR(?p), "#") AS ?pol)
                    } GROUP BY ?h ?t ?pol ?essay ORDER BY ?h ?t ?pol
                    """.formatted(essayFilter), s -> {
                if (s.contains("holderLabel")) {
                    nodes.putIfAbsent(uri(s, "h"), new EntityGraph.Node(uri(s, "h"), str(s, "holderLabel"), "",
                            "Author", "Author", 0, List.of(uri(s, "essay"))));
                }
                edges.add(new EntityGraph.Edge("", uri(s, "h"), uri(s, "t"), "stance", str(s, "pol"),
                        s.getLiteral("weight").getInt(), str(s, "quote")));
            });
            if (f.coMentions()) {
                progress.stage("reading co-mentions");
                select(ds, PREFIXES + """
                        SELECT ?a ?b (SUM(?c) AS ?weight) WHERE {
                          ?cm a nj:CoMention ; nj:subject ?a ; nj:object ?b ; nj:count ?c ; nj:essay ?essay .
                          %s
                        } GROUP BY ?a ?b ORDER BY ?a ?b
                        """.formatted(essayFilter), s -> edges.add(new EntityGraph.Edge("", uri(s, "a"),
                        uri(s, "b"), "coMention", "", s.getLiteral("weight").getInt(), "")));
            }
            List<EntityGraph.Edge> kept = new ArrayList<>();
            for (EntityGraph.Edge e : edges) {
                if (e.weight() >= f.minWeight() && nodes.containsKey(e.source()) && nodes.containsKey(e.target())) {
                    kept.add(new EntityGraph.Edge("e" + kept.size(), e.source(), e.target(), e.type(), e.polarity(),
                            e.weight(), e.quote()));
                }
            }
            return new EntityGraph(new ArrayList<>(nodes.values()), kept);
        } finally {
            ds.end();
        }
    }

    private static void select(Dataset ds, String sparql, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String uri(QuerySolution s, String v) {
        return s.getResource(v).getURI();
    }

    private static String str(QuerySolution s, String v) {
        RDFNode n = s.get(v);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private static boolean hasHangul(String s) {
        return s.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** An essay IRI as given on the command line, refused if it could break out of the IRI syntax. */
    static String safeIri(String iri) {
        if (!iri.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new org.nonji.NonjiException("--essay must be an essay IRI, not " + org.nonji.NonjiException.quote(iri),
                    org.nonji.ExitCodes.USAGE);
        }
        return iri;
    }
}
