package org.nonji.extract;

import java.util.Locale;

/** Stance polarity; the local names are the individuals nj:support, nj:oppose, nj:doubt, nj:neutral. */
public enum Polarity {
    SUPPORT, OPPOSE, DOUBT, NEUTRAL;

    /** The individual's local name in the nj: namespace. */
    public String localName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The polarity as the verb of a sentence that states it: "삼성전자 supports HBM". */
    public String verb() {
        return switch (this) {
            case SUPPORT -> "supports";
            case OPPOSE -> "opposes";
            case DOUBT -> "doubts";
            case NEUTRAL -> "is neutral on";
        };
    }

    /** What a negated cue means: not needed → oppose, not an illusion → support, no doubt → support. */
    public Polarity negate() {
        return switch (this) {
            case SUPPORT -> OPPOSE;
            case OPPOSE, DOUBT -> SUPPORT;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /** The polarity for a data-file value. */
    public static Polarity parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
