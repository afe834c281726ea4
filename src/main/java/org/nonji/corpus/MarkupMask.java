package org.nonji.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks Markdown and HTML markup to spaces so analysis sees prose only while every offset stays that of the
 * original text. Blanking (not deleting) is the point: a mention found in the masked text is quoted from the
 * original with the same begin and end.
 */
public final class MarkupMask {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)]\\(([^)\\n]*)\\)");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)>\\]]+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>\\n]*)?/?>|<!--.*?-->");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`+|~~");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}(?=[ \\t])");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^[ \\t]{0,3}(?:>[ \\t]?)+");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d{1,3}[.)])(?=[ \\t])");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*(?:-{3,}|\\*{3,}|_{3,}|={3,})[ \\t]*$");
    private static final Pattern TABLE_BAR = Pattern.compile("(?m)^[ \\t]*\\|.*$");
    /** A news section tag opening a line ([단독], [사설], [김이석 칼럼], [AI 전력 전쟁 ③]): a label, not prose. */
    private static final Pattern SECTION_TAG = Pattern.compile("(?m)^[ \\t]*\\[[^\\]\\n\\[]{1,25}](?!\\()");

    private MarkupMask() {
    }

    /** The text with markup replaced by spaces; newlines are kept, so lines and offsets are unchanged. */
    public static String mask(String text, int from) {
        char[] out = text.toCharArray();
        for (int i = 0; i < from; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
        String body = text;
        blankAll(out, IMAGE.matcher(body), from);
        Matcher link = LINK.matcher(body);
        while (link.find()) {
            if (link.start() < from) {
                continue;
            }
            blank(out, link.start(), link.start(1));
            blank(out, link.end(1), link.end());
        }
        blankAll(out, URL.matcher(body), from);
        blankAll(out, HTML_TAG.matcher(body), from);
        blankAll(out, EMPHASIS.matcher(body), from);
        blankAll(out, HEADING.matcher(body), from);
        blankAll(out, QUOTE_MARK.matcher(body), from);
        blankAll(out, BULLET.matcher(body), from);
        blankAll(out, RULE.matcher(body), from);
        blankAll(out, SECTION_TAG.matcher(body), from);
        Matcher table = TABLE_BAR.matcher(body);
        while (table.find()) {
            if (table.start() < from) {
                continue;
            }
            for (int i = table.start(); i < table.end(); i++) {
                if (out[i] == '|' || (out[i] == '-' && isSeparatorRow(body, table.start(), table.end()))) {
                    out[i] = ' ';
                }
            }
        }
        return new String(out);
    }

    private static boolean isSeparatorRow(String s, int b, int e) {
        return s.substring(b, e).matches("[\\s|:-]+");
    }

    private static void blankAll(char[] out, Matcher m, int from) {
        while (m.find()) {
            if (m.start() >= from) {
                blank(out, m.start(), m.end());
            }
        }
    }

    private static void blank(char[] out, int b, int e) {
        for (int i = b; i < e; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }
}
