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

    /**
     * Whether a particle that begins with {@code first} can follow the syllable {@code before}: 은, 을, 과 and 으로…
     * follow only a final consonant, so in 정지은 the 은 is no particle (after 지 the topic particle is 는).
     */
    public static boolean particleFits(char before, char first) {
        boolean afterConsonantOnly = first == '은' || first == '을' || first == '과' || first == '으';
        return !(afterConsonantOnly && vowelFinal(before));
    }
}
