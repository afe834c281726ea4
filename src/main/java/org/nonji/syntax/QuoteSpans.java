package org.nonji.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The quotations of a text: pairs of quotation marks, nested, within one line (a paragraph) and at most
 * {@link #MAX_CHARS} long. Straight quotes (" and ') open after a space or the start of a line and close
 * elsewhere; an apostrophe between two Latin letters (don't) is no quote. Unbalanced marks are ignored.
 */
public final class QuoteSpans {
    /** One quotation: the opening mark at {@code open}, the closing mark at {@code close}. */
    public record Quote(int id, int open, int close) {
        /** Whether the offset lies inside the quotation's text. */
        public boolean contains(int offset) {
            return offset > open && offset < close;
        }
    }

    static final int MAX_CHARS = 1500;

    private QuoteSpans() {
    }

    /** Whether c is a quotation mark of any kind. */
    public static boolean isQuoteMark(char c) {
        return "\"“”″'‘’「」『』".indexOf(c) >= 0;
    }

    /** The quotations of the text, by opening offset; ids count from 1. */
    public static List<Quote> find(String text) {
        List<int[]> pairs = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();   // {kind, offset}
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open.clear();
                continue;
            }
            int kind = kind(c);
            if (kind < 0) {
                continue;
            }
            boolean opener;
            if (c == '“' || c == '‘' || c == '「' || c == '『') {
                opener = true;
            } else if (c == '”' || c == '’' || c == '」' || c == '』') {
                opener = false;
            } else {
                char prev = i == 0 ? ' ' : text.charAt(i - 1);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if (c == '\'' && isLatin(prev) && isLatin(next)) {
                    continue;
                }
                boolean closable = !open.isEmpty() && open.peek()[0] == kind;
                opener = !closable && (Character.isWhitespace(prev) || "([{<《〈,·".indexOf(prev) >= 0 || i == 0
                        || kind(prev) >= 0);
                if (!opener && !closable) {
                    continue;
                }
            }
            if (opener) {
                if (open.size() < 4) {
                    open.push(new int[] {kind, i});
                }
                continue;
            }
            // close the innermost quotation of this kind; unclosed inner ones are dropped
            while (!open.isEmpty() && open.peek()[0] != kind) {
                open.pop();
            }
            if (!open.isEmpty()) {
                int[] o = open.pop();
                if (i - o[1] <= MAX_CHARS) {
                    pairs.add(new int[] {o[1], i});
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Quote> out = new ArrayList<>();
        for (int[] p : pairs) {
            out.add(new Quote(out.size() + 1, p[0], p[1]));
        }
        return out;
    }

    /** 0 for double quotation marks, 1 for single ones, 2 and 3 for corner brackets, -1 for other characters. */
    private static int kind(char c) {
        return switch (c) {
            case '"', '“', '”', '″' -> 0;   // ″ (double prime): some outlets quote with it
            case '\'', '‘', '’' -> 1;
            case '「', '」' -> 2;
            case '『', '』' -> 3;
            default -> -1;
        };
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
