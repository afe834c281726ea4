package org.nonji.server;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An essay's text as HTML, one paragraph per sentence with the id {@code s<index>} so that evidence links land on
 * their sentence, and marks over it: mentions (linked to their entity), stance cues (coloured by polarity) and
 * relation cues. Marks may overlap (a cue inside a mention, two stances sharing a cue), so the sentence is cut at
 * every mark boundary and each piece carries the classes of all the marks covering it: the HTML stays flat, with no
 * nesting to get wrong. Every piece of text is escaped; offsets are UTF-16 units into the essay text, as
 * {@code nj:begin}/{@code nj:end} are.
 */
final class EssayText {
    /** One sentence of the essay: {@code [begin, end)} in the essay text, and its own text as the store has it. */
    record Sentence(int index, int begin, int end, String text) {
        Sentence {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A marked span {@code [begin, end)}: the CSS class, a link (a local path, or null) and a tooltip (plain text,
     * escaped when written).
     */
    record Mark(int begin, int end, String cssClass, String href, String title) {
        Mark {
            Objects.requireNonNull(cssClass, "cssClass");
            Objects.requireNonNull(title, "title");
        }
    }

    private EssayText() {
    }

    /**
     * Writes the sentences; {@code claims} holds, per sentence index, list items (already HTML) for the statements
     * made in it. A sentence whose offsets do not match the essay text is shown as its own text, unmarked, rather
     * than with marks in the wrong places.
     */
    static void write(PrintWriter w, String text, List<Sentence> sentences, List<Mark> marks,
                      Map<Integer, List<String>> claims) {
        w.println("<section class=\"essay-text\">");
        for (Sentence s : sentences) {
            boolean aligned = s.begin() >= 0 && s.end() <= text.length() && s.begin() <= s.end()
                    && text.substring(s.begin(), s.end()).equals(s.text());
            w.print("<p class=\"sentence\" id=\"s" + s.index() + "\"><a class=\"sn\" href=\"#s" + s.index()
                    + "\" title=\"sentence " + s.index() + "\">" + s.index() + "</a> ");
            w.print(aligned ? marked(text, s, marks) : Html.escape(s.text()));
            w.println("</p>");
            List<String> items = claims.getOrDefault(s.index(), List.of());
            if (!items.isEmpty()) {
                w.println("<ul class=\"claims\">");
                items.forEach(w::println);
                w.println("</ul>");
            }
        }
        w.println("</section>");
    }

    /** The sentence cut at every mark boundary inside it, each piece escaped and wrapped in its marks' classes. */
    static String marked(String text, Sentence s, List<Mark> marks) {
        List<Mark> inside = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(s.begin(), s.end()));
        for (Mark m : marks) {
            int b = Math.max(m.begin(), s.begin());
            int e = Math.min(m.end(), s.end());
            if (b < e) {
                inside.add(m);
                cuts.add(b);
                cuts.add(e);
            }
        }
        StringBuilder out = new StringBuilder();
        Integer from = null;
        for (int to : cuts) {
            if (from != null) {
                out.append(piece(text.substring(from, to), from, to, inside));
            }
            from = to;
        }
        return out.toString();
    }

    private static String piece(String text, int from, int to, List<Mark> marks) {
        TreeSet<String> classes = new TreeSet<>();
        List<String> titles = new ArrayList<>();
        String href = null;
        int hrefWidth = Integer.MAX_VALUE;
        for (Mark m : marks) {
            if (m.begin() <= from && m.end() >= to) {
                classes.add(m.cssClass());
                if (!m.title().isEmpty() && !titles.contains(m.title())) {
                    titles.add(m.title());
                }
                // a name inside a concept's phrase links to the name: the narrowest mark is the most specific
                if (m.href() != null && m.end() - m.begin() < hrefWidth) {
                    href = m.href();
                    hrefWidth = m.end() - m.begin();
                }
            }
        }
        if (classes.isEmpty()) {
            return Html.escape(text);
        }
        String attrs = " class=\"" + Html.escape(String.join(" ", classes)) + "\""
                + (titles.isEmpty() ? "" : " title=\"" + Html.escape(String.join("; ", titles)) + "\"");
        return href == null ? "<span" + attrs + ">" + Html.escape(text) + "</span>"
                : "<a href=\"" + Html.escape(href) + "\"" + attrs + ">" + Html.escape(text) + "</a>";
    }

    /** Where a cue lies inside its evidence span: the last occurrence (Korean predicates come last), or null. */
    static int[] locate(String text, String cue, int begin, int end) {
        if (cue.isEmpty() || begin < 0 || end > text.length() || begin >= end) {
            return null;
        }
        int at = text.lastIndexOf(cue, end - cue.length());
        return at >= begin ? new int[] {at, at + cue.length()} : null;
    }

    /** The legend that says what each mark means; the colours are in nonji.css. */
    static String legend() {
        return "<p class=\"hl-legend\">Marked in the text: <span class=\"hl-m\">an entity named</span> "
                + "<span class=\"hl-concept\">a concept</span> "
                + "<span class=\"hl-cue hl-support\">support cue</span> <span class=\"hl-cue hl-oppose\">oppose cue"
                + "</span> <span class=\"hl-cue hl-doubt\">doubt cue</span> <span class=\"hl-rel\">relation cue"
                + "</span> · each sentence links to itself by its number; hover a mark for what it says.</p>";
    }
}
