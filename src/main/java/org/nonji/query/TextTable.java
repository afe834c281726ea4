package org.nonji.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.nonji.Namespaces;

/**
 * Query results as a text table for a terminal, aligned by display width: Hangul and other East Asian Wide
 * characters take two columns (Unicode UAX #11), combining marks none. Counting chars, as Jena's text table does,
 * shifts every column after a Korean cell. IRIs are shown as prefixed names where a nonji prefix fits.
 */
public final class TextTable {
    private TextTable() {
    }

    /** Writes all rows of {@code rows}. */
    public static void write(RowSet rows, PrintWriter out) {
        List<String> header = rows.getResultVars().stream().map(Var::getVarName).toList();
        List<List<String>> cells = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            List<String> row = new ArrayList<>();
            for (String v : header) {
                row.add(show(b.get(v)));
            }
            cells.add(row);
        }
        write(header, cells, out);
    }

    /** Writes a header and rows between rules, each column as wide as its widest cell. */
    public static void write(List<String> header, List<List<String>> rows, PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = width(header.get(i));
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        String rule = rule(widths);
        out.println(rule);
        out.println(line(header, widths));
        out.println(rule.replace('-', '='));
        for (List<String> r : rows) {
            out.println(line(r, widths));
        }
        out.println(rule);
        out.flush();
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int w : widths) {
            b.append('-').append("-".repeat(w + 2));
        }
        return b.append('-').toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            b.append(' ').append(c).append(" ".repeat(widths[i] - width(c))).append(" |");
        }
        return b.toString();
    }

    /** A term as the table shows it: a prefixed name or {@code <iri>}, a literal's text (one line). */
    static String show(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            String iri = n.getURI();
            String best = null;
            for (Map.Entry<String, String> p : Namespaces.PREFIXES.entrySet()) {
                String ns = p.getValue();
                if (iri.startsWith(ns) && (best == null || ns.length() > Namespaces.PREFIXES.get(best).length())) {
                    best = p.getKey();
                }
            }
            if (best == null) {
                return "<" + iri + ">";
            }
            String local = iri.substring(Namespaces.PREFIXES.get(best).length());
            return local.matches("[\\p{L}\\p{N}_.~%+-]*") ? best + ":" + local : "<" + iri + ">";
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("[\\r\\n\\t]+", " ");
        }
        return n.toString();
    }

    /** Columns a terminal gives the text: 2 for East Asian Wide and Fullwidth, 0 for combining and control. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            w += width(c);
        }
        return w;
    }

    static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || Character.isISOControl(c)) {
            return 0;
        }
        // Hangul Jamo medial vowels and final consonants join the preceding initial: no columns of their own
        if (c >= 0x1160 && c <= 0x11FF) {
            return 0;
        }
        return wide(c) ? 2 : 1;
    }

    /** The East Asian Wide (W) and Fullwidth (F) ranges of UAX #11 that text here meets. */
    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F)     // Hangul Jamo initial consonants
                || (c >= 0x2E80 && c <= 0x303E)  // CJK radicals, punctuation
                || (c >= 0x3041 && c <= 0x33FF)  // kana, Hangul compatibility Jamo, CJK symbols
                || (c >= 0x3400 && c <= 0x4DBF)  // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)  // CJK unified ideographs (Hanja)
                || (c >= 0xA960 && c <= 0xA97F)  // Hangul Jamo extended A
                || (c >= 0xAC00 && c <= 0xD7A3)  // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)  // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)  // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)  // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1F64F) // pictographs, emoticons
                || (c >= 0x1F900 && c <= 0x1F9FF)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
