package org.nonji.syntax;

/**
 * The final consonant (받침) of a Hangul syllable, by its index in the Unicode syllable block: irregular stems change
 * it (듣 → 들어, 붓 → 부어, 아쉽 → 아쉬워), so a stem Nori spells one way is looked up the other.
 */
public final class FinalConsonants {
    /** No final consonant; the others are counted from 1 in the order ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ … */
    public static final int NONE = 0;
    public static final int D = 7;    // ㄷ
    public static final int L = 8;    // ㄹ
    public static final int B = 17;   // ㅂ
    public static final int S = 19;   // ㅅ

    private static final char FIRST_SYLLABLE = 0xAC00;
    private static final int SYLLABLES = 11172;
    private static final int FINALS = 28;

    private FinalConsonants() {
    }

    /** The stem with its last syllable's final {@code from} made {@code to}, or null when it ends otherwise. */
    public static String replaced(String stem, int from, int to) {
        if (stem.isEmpty()) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        int index = last - FIRST_SYLLABLE;
        if (index < 0 || index >= SYLLABLES || index % FINALS != from) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + (char) (last - from + to);
    }
}
