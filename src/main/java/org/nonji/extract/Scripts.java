package org.nonji.extract;

/** Character classes that matter for word boundaries in mixed Korean/Latin text. */
final class Scripts {
    static final int OTHER = 0;
    static final int HANGUL = 1;
    static final int LATIN = 2;
    static final int DIGIT = 3;
    static final int HAN = 4;

    private Scripts() {
    }

    static int of(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return LATIN;
        }
        if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) {
            return HANGUL;
        }
        if (c < 128) {
            return OTHER;   // the rest of ASCII (spaces, punctuation): no script lookup, which searches a table
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return HAN;
        }
        return Character.isLetterOrDigit(c) ? LATIN : OTHER;
    }

    static boolean isWordChar(char c) {
        return of(c) != OTHER;
    }

    /** Whether c is a composed Hangul syllable (가 … 힣), not a lone jamo. */
    static boolean isHangulSyllable(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    static boolean isHangul(char c) {
        // of(c)'s Hangul ranges, tested alone: the digit and Latin tests before them cannot match these
        return isHangulSyllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }

    /** Whether c opens a quotation: ' ‘ " “ ″ 「 『. */
    static boolean opensQuote(char c) {
        return "'‘\"“″「『".indexOf(c) >= 0;
    }

    /** Whether c closes a quotation: ' ’ " ” ″ 」 』. */
    static boolean closesQuote(char c) {
        return "'’\"”″」』".indexOf(c) >= 0;
    }

    /** Two or three Hangul syllables, as a Korean personal name is written (an organisation's name is longer). */
    static boolean personNameShape(String s) {
        return (s.length() == 2 || s.length() == 3) && s.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** Latin letters with a digit among them (HBM4E, H20, B200): how chips and other products are named. */
    static boolean modelCode(String s) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            int k = of(s.charAt(i));
            if (k == LATIN) {
                letter = true;
            } else if (k == DIGIT) {
                digit = true;
            } else if (s.charAt(i) != '-') {
                return false;
            }
        }
        return letter && digit;
    }

    static boolean isLatinOrDigit(char c) {
        int s = of(c);
        return s == LATIN || s == DIGIT;
    }

    /**
     * Where {@code form} first occurs wholly inside {@code [from, to)}, or -1. Searching only the clause or
     * sentence at hand keeps cue lookup linear in the essay: a plain indexOf would scan to the end of the text
     * for every cue that is absent.
     */
    static int indexOf(String text, String form, int from, int to) {
        int last = Math.min(to, text.length()) - form.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (text.startsWith(form, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} without a regex: every run of regex whitespace (space, tab, line feed,
     * vertical tab, form feed, carriage return) becomes one space. Labels are made this way for every phrase.
     */
    static String collapseWhitespace(String s) {
        return squeeze(s, " ");
    }

    /** {@code s.replaceAll("\\s+", "")} without a regex. */
    static String removeWhitespace(String s) {
        return squeeze(s, "");
    }

    private static String squeeze(String s, String with) {
        int i = 0;
        while (i < s.length() && !regexSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (regexSpace(c)) {
                while (i < s.length() && regexSpace(s.charAt(i))) {
                    i++;
                }
                b.append(with);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** What {@code \\s} matches in a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** End of the word (run of word characters) that contains or starts at {@code i}. */
    static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isWordChar(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Start of the word that contains {@code i}. */
    static int wordStart(String text, int i) {
        int j = i;
        while (j > 0 && isWordChar(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }
}
