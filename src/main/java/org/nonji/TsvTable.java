package org.nonji;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;


/**
 * A curated TSV data file: {@code #} lines are comments, blank lines are skipped, every other line must have
 * exactly the declared number of tab-separated columns ({@code -} for an empty optional one).
 */
public record TsvTable(String file, List<Row> rows) {
    /** One data line with its line number for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Cell {@code i}, or "" for {@code -}. */
        public String get(int i) {
            String c = cells.get(i);
            return c.equals("-") ? "" : c;
        }

        /** Fails with file:line and the bad value. */
        public NonjiException error(String message) {
            return new NonjiException(file + ":" + line + ": " + message, ExitCodes.INTERNAL);
        }
    }

    public TsvTable {
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
    }

    /** Loads a bundled file such as {@code ontology/cues/hedges.tsv}. */
    public static TsvTable load(String path, int columns) {
        return parse(path, Bundled.read(path), columns);
    }

    /** Parses TSV text; {@code name} is used in error messages. */
    public static TsvTable parse(String name, String text, int columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new NonjiException(name + ":" + (i + 1) + ": expected " + columns + " tab-separated columns, found "
                        + cells.length + " in " + NonjiException.quote(line), ExitCodes.INTERNAL);
            }
            List<String> trimmed = new ArrayList<>();
            for (String c : cells) {
                String t = java.text.Normalizer.normalize(c.strip(), java.text.Normalizer.Form.NFC);
                if (t.isEmpty()) {
                    throw new NonjiException(name + ":" + (i + 1) + ": empty column; write '-' for none", ExitCodes.INTERNAL);
                }
                trimmed.add(t);
            }
            rows.add(new Row(name, i + 1, trimmed));
        }
        return new TsvTable(name, rows);
    }

    /** The first column of every row. */
    public List<String> firstColumn() {
        return rows.stream().map(r -> r.get(0)).toList();
    }

    /** A cell for a file of one row per record: backslash, tab and line breaks escaped (file names may hold them). */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The text of a cell written by {@link #escape}. */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
