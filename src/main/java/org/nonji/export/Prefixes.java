package org.nonji.export;

import java.util.Map;

/** The prefixes exports declare, the same as in {@code ontology/context.jsonld}. */
public final class Prefixes {
    public static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("nj", "https://w3id.org/nonji/ont#"),
            Map.entry("ent", "https://w3id.org/nonji/id/entity/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("oa", "http://www.w3.org/ns/oa#"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("wd", "http://www.wikidata.org/entity/"));

    private Prefixes() {
    }
}
