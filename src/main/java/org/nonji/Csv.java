package org.nonji;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * CSV (RFC 4180) that a spreadsheet opens as data: a cell that begins with {@code = + - @}, a tab or a carriage
 * return would be read as a formula (CSV injection: essay text is anyone's text), so it gets a leading apostrophe,
 * which spreadsheets show as text and do not display. Numbers such as {@code -3} or {@code +1.5e3} are left as they
 * are. Used wherever nonji writes CSV for people: canned query results (over HTTP and {@code query --format csv})
 * and the graph exports; the raw SPARQL endpoint keeps standard SPARQL CSV.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {
    }

    /** The cell neutralised and, where RFC 4180 needs it, quoted. */
    public static String cell(String c) {
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !NUMBER.matcher(c).matches()) {
            c = "'" + c;
        }
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return '"' + c.replace("\"", "\"\"") + '"';
        }
        return c;
    }

    /** One row, CRLF-terminated. */
    public static String row(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        return b.append("\r\n").toString();
    }

    /**
     * SELECT results as SPARQL 1.1 CSV writes them (variable names, then IRIs, lexical forms and {@code _:} blank
     * nodes, an unbound variable as an empty cell), every cell neutralised.
     */
    public static void write(RowSet rows, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            List<Var> vars = rows.getResultVars();
            w.write(row(vars.stream().map(Var::getVarName).toArray(String[]::new)));
            while (rows.hasNext()) {
                Binding b = rows.next();
                w.write(row(vars.stream().map(v -> text(b.get(v))).toArray(String[]::new)));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }
}
