package org.nonji;

/** The IRI namespaces of nonji: the vocabulary and the minted resources (DESIGN.md §3, the analysts' contract). */
public final class Namespaces {
    /** The OWL vocabulary, prefix {@code nj:}. */
    public static final String ONT = "https://w3id.org/nonji/ont#";
    /** Everything minted from essays and the gazetteer. */
    public static final String ID = "https://w3id.org/nonji/id/";
    /** Gazetteer entities: {@code ENTITY + slug}. */
    public static final String ENTITY = ID + "entity/";
    /** Unreviewed proper nouns found in essays: {@code CANDIDATE + slug}. */
    public static final String CANDIDATE = ID + "candidate/";
    /** Concepts: noun phrases essays argue about, merged across essays by normalised label. */
    public static final String CONCEPT = ID + "concept/";
    /** Essays, which are also the names of their graphs: {@code ESSAY + essay-id}. */
    public static final String ESSAY = ID + "essay/";
    /** Named graph holding the ontology and the gazetteer. */
    public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";
    /** Named graph holding the provenance of the build. */
    public static final String BUILD_GRAPH = ID + "graph/build";
    /** Named graph of totals over all essay graphs, kept by the store (co-mention pairs, entity mentions). */
    public static final String SUMMARY_GRAPH = ID + "graph/summary";
    /** Co-mention pairs summed over the essays, in the summary graph: {@code PAIR + digest of the two IRIs}. */
    public static final String PAIR = ID + "pair/";

    private Namespaces() {
    }

    /** The prefixes outputs declare, the same as in {@code ontology/context.jsonld}. */
    public static final java.util.Map<String, String> PREFIXES = java.util.Map.ofEntries(
            java.util.Map.entry("nj", "https://w3id.org/nonji/ont#"),
            java.util.Map.entry("ent", "https://w3id.org/nonji/id/entity/"),
            java.util.Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            java.util.Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            java.util.Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            java.util.Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            java.util.Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            java.util.Map.entry("dcterms", "http://purl.org/dc/terms/"),
            java.util.Map.entry("prov", "http://www.w3.org/ns/prov#"),
            java.util.Map.entry("oa", "http://www.w3.org/ns/oa#"),
            java.util.Map.entry("schema", "https://schema.org/"),
            java.util.Map.entry("wd", "http://www.wikidata.org/entity/"));
}
