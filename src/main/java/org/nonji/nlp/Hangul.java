package org.nonji.nlp;

/** Facts about Hangul syllables that the analysers and the extractors both need. */
public final class Hangul {
    private Hangul() {
    }

    /**
     * Whether c is a precomposed Hangul syllable with no final consonant (지, 가): after it a particle takes its
     * vowel-final form (는, 를, 와, 로), never 은, 을, 과 or 으로.
     */
    public static boolean vowelFinal(char c) {
        return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 0;
    }
}
