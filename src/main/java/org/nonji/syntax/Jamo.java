package org.nonji.syntax;

/**
 * Nori writes the jamo of contracted endings as conjoining jamo (ᆫ다, ᆯ까, ᄇ니다); the grammar files use the
 * compatibility jamo a person types (ㄴ다, ㄹ까, ㅂ니다). This maps the one to the other.
 */
final class Jamo {
    private static final String FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    private Jamo() {
    }

    /** The text with conjoining initial and final consonants replaced by compatibility jamo. */
    static String compatible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= 0x11A8 && c <= 0x11C2) {
                r = FINALS.charAt(c - 0x11A8);
            } else if (c >= 0x1100 && c <= 0x1112) {
                r = INITIALS.charAt(c - 0x1100);
            }
            if (r != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }
}
