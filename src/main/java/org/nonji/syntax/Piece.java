package org.nonji.syntax;

import java.util.Objects;

import org.nonji.nlp.PosTag;

/** One morpheme of a word's analysis: its form (as the analyser reads it, jamo made compatible) and tag. */
public record Piece(String form, PosTag tag) {
    public Piece {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(tag, "tag");
    }

    /** Verbs, adjectives, the copula and the suffixes that make a noun a verb (하다, 되다, 스럽다). */
    public boolean isVerbal() {
        return switch (tag) {
            case VV, VA, VX, VCP, VCN, XSV, XSA -> true;
            default -> false;
        };
    }

    /** Nouns, numbers, foreign words, roots and noun affixes: what a noun phrase's head is made of. */
    public boolean isNominal() {
        return tag.isNoun() || switch (tag) {
            case SL, SN, SH, XR, XSN, XPN -> true;
            default -> false;
        };
    }

    /** Punctuation and symbols, which carry no grammar here. */
    public boolean isSymbol() {
        return switch (tag) {
            case SF, SE, SSO, SSC, SC, SY, SP, SO, SW -> true;
            default -> false;
        };
    }
}
