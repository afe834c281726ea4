package org.nonji.syntax;

import java.util.Locale;

/** The grammatical role a particle gives its noun phrase (see {@code ontology/grammar/case-particles.tsv}). */
public enum Role {
    SUBJECT, TOPIC, OBJECT, GENITIVE, DATIVE, LOCATIVE, INSTRUMENT, COMITATIVE, COMPARE, ADDITIVE, QUOTE,
    /** No particle: a bare noun that modifies the next one, or an argument whose particle was dropped. */
    NONE;

    /** The role for a data-file value such as {@code subject}. */
    static Role parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Subject-like roles: a subject, a topic, or a delimiter (도, 만) hiding one. */
    public boolean isSubjectLike() {
        return this == SUBJECT || this == TOPIC || this == ADDITIVE;
    }
}
