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

    private Namespaces() {
    }
}
