package org.nonji.syntax;

import java.util.Locale;

/** What a predicate's last ending does in the sentence (see {@code ontology/grammar/endings.tsv}). */
public enum EndingType {
    FINAL, QUESTION, QUOTATIVE, QUOTE_NOUN, EMBEDDED, CONCESSIVE, CONDITIONAL, CAUSAL, COORDINATE, PURPOSE,
    ADNOMINAL, NOMINAL, LINK,
    /** 아니라 in "X가 아니라 Y": the clause rejects X in favour of what follows. */
    CONTRAST,
    /** No ending the grammar knows. */
    NONE;

    /** The type for a data-file value such as {@code quote-noun}. */
    static EndingType parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Endings after which the predicate modifies a noun instead of heading a clause. */
    public boolean isAdnominal() {
        return this == ADNOMINAL || this == QUOTE_NOUN;
    }

    /** Endings that close a sentence. */
    public boolean isFinal() {
        return this == FINAL || this == QUESTION;
    }
}
