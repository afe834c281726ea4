package org.nonji.extract;

/**
 * The top classes of the ontology: the {@code ?kind} column of {@code queries/mentions.rq}. Concepts are noun
 * phrases an essay argues about that no gazetteer entity heads (nj:Concept).
 */
public enum Kind {
    ACTOR("Actor"), ASSET("Asset"), STRATEGY("Strategy"), RISK("Risk"), POLICY("Policy"), EVENT("Event"),
    CANDIDATE("Candidate"), CONCEPT("Concept");

    private final String localName;

    Kind(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the nj: namespace. */
    public String localName() {
        return localName;
    }

    /** The kind whose local name this is, or null. */
    public static Kind ofLocalName(String name) {
        for (Kind k : values()) {
            if (k.localName.equals(name)) {
                return k;
            }
        }
        return null;
    }
}
