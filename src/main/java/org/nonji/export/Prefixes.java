package org.nonji.export;

import java.util.Map;

import org.nonji.Namespaces;

/** The prefixes exports declare, the same as in {@code ontology/context.jsonld}. */
public final class Prefixes {
    public static final Map<String, String> MAP = Namespaces.PREFIXES;

    private Prefixes() {
    }
}
