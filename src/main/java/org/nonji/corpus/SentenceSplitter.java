package org.nonji.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits essay text into sentences with offsets.
 *
 * <p>A line break always ends a sentence (titles, headings, list items and paragraphs are lines). Inside a line a
 * sentence ends at {@code . ? ! …} followed by space or the line's end, with closing quotes and brackets kept with
 * the sentence. A period between digits (3.5) or after a known abbreviation or a single capital (U.S.) does not
 * end a sentence. Korean declaratives end in 다. and polite ones in 요., which the same rule covers, also with no
 * space after the period before the next Hangul word (text copied from the web: 결과다.삼성전자는). A line
 * without an end is cut into pieces of at most {@link #HARD_MAX_SENTENCE_CHARS} characters.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr",
            "no", "fig", "al", "approx", "dept", "est", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final String CLOSERS = "\"'”’」』)]}》〉>";
    /**
     * A line this long without a sentence end is a list or a dump, not a sentence: it is cut at the next space or
     * comma, and at {@link #HARD_MAX_SENTENCE_CHARS} in any case, so that parsing and pairing stay bounded per
     * sentence (README "Limits").
     */
    public static final int MAX_SENTENCE_CHARS = 2000;
    /** The longest sentence there is, even without a space or comma to cut at. */
    public static final int HARD_MAX_SENTENCE_CHARS = 2500;

    private SentenceSplitter() {
    }

    /** Sentences of {@code text} (an analysis text with markup blanked), from offset {@code from} on. */
    public static List<Sentence> split(String original, String text, int from) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = from;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(original, text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String original, String text, int b, int e, List<Sentence> out) {
        int start = b;
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            boolean terminal = c == '.' || c == '?' || c == '!' || c == '…' || c == '。';
            if (!terminal) {
                int length = i - start;
                if (length >= MAX_SENTENCE_CHARS && Character.isWhitespace(c)) {
                    add(original, text, start, i, out);
                    start = i + 1;
                } else if (length >= MAX_SENTENCE_CHARS && (c == ',' || c == '，' || c == '、' || c == ';')) {
                    add(original, text, start, i + 1, out);
                    start = i + 1;
                } else if (length >= HARD_MAX_SENTENCE_CHARS) {
                    int cut = Character.isLowSurrogate(c) ? i - 1 : i;   // never between a surrogate pair
                    add(original, text, start, cut, out);
                    start = cut;
                }
                continue;
            }
            int j = i + 1;
            while (j < e && (text.charAt(j) == '.' || text.charAt(j) == '?' || text.charAt(j) == '!'
                    || text.charAt(j) == '…')) {
                j++;
            }
            while (j < e && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            boolean atBoundary = j >= e || Character.isWhitespace(text.charAt(j)) || gluedEnd(text, start, i, j);
            if (!atBoundary || (c == '.' && !endsSentence(text, start, i, j, e))) {
                i = j - 1;
                continue;
            }
            add(original, text, start, j, out);
            start = j;
            i = j - 1;
        }
        add(original, text, start, e, out);
    }

    /**
     * 결과다.삼성전자는: text copied from the web often lacks the space after a sentence; a period right after a
     * final ending (다, 요, 까, 죠) and right before a Hangul syllable still ends one.
     */
    private static boolean gluedEnd(String text, int start, int dot, int after) {
        return text.charAt(dot) == '.' && after == dot + 1 && dot > start && after < text.length()
                && "다요까죠".indexOf(text.charAt(dot - 1)) >= 0 && isHangulSyllable(text.charAt(after));
    }

    private static boolean isHangulSyllable(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    private static boolean endsSentence(String text, int start, int dot, int after, int lineEnd) {
        if (dot > start && Character.isDigit(text.charAt(dot - 1)) && after < lineEnd
                && Character.isDigit(text.charAt(after))) {
            return false;
        }
        int w = dot;
        while (w > start && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        // "1." at the start of a line is a list number, not a sentence
        return !(w == start && word.chars().allMatch(Character::isDigit));
    }

    private static void add(String original, String text, int b, int e, List<Sentence> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= b) {
            return;
        }
        boolean hasLetter = false;
        for (int i = b; i < e && !hasLetter; i++) {
            hasLetter = Character.isLetterOrDigit(text.charAt(i));
        }
        if (hasLetter) {
            out.add(new Sentence(out.size(), b, e, original.substring(b, e)));
        }
    }
}
