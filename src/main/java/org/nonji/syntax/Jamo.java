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

    /**
     * The text with conjoining initial and final consonants replaced by compatibility jamo, and a contracted
     * ending's bare leading vowel spelt out (펼쳐야 = 펼치 + ㅓ야 → 어야), as the grammar files write it.
     */
    static String compatible(String s) {
        if (!s.isEmpty()) {
            char v = s.charAt(0);
            if (v == 'ㅓ' || v == 'ㅕ' || v == '\u1165' || v == '\u1167') {
                s = "어" + s.substring(1);
            } else if (v == 'ㅏ' || v == 'ㅑ' || v == '\u1161' || v == '\u1163') {
                s = "아" + s.substring(1);
            }
        }
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
