package org.nonji.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL results in JSON exactly as Jena's {@link RowSetWriterJSON} writes them, byte for byte (layout, escapes,
 * encoding), but a run of characters at a time. Jena's writer passes every character through an indenting writer
 * and quotes every value through a fresh synchronized {@code StringBuffer}: for the point lookup's 114 rows (23 KB)
 * that took 0.58 ms, more than the lookup over 10,000 essay graphs itself; this takes a tenth of it.
 * {@link #install()} puts it in Jena's registry for {@code application/sparql-results+json}, where Fuseki and
 * {@code ResultSetFormatter} find it. Booleans (ASK) still go through Jena's writer.
 */
public final class JsonRowSetWriter implements RowSetWriter {
    /** Jena's own writer: for booleans, and what this one must match. */
    static final RowSetWriterFactory JENA = RowSetWriterJSON.factory;

    static final RowSetWriterFactory FACTORY = lang -> {
        if (!ResultSetLang.RS_JSON.equals(lang)) {
            throw new ResultSetException("JSON results writer asked for " + lang);
        }
        return new JsonRowSetWriter();
    };

    /** Indents as Jena's writer has them: the whole document, then each nesting level and each row. */
    private static final int OUTER_INDENT = 2;
    private static final int UNIT_INDENT = 2;

    private JsonRowSetWriter() {
    }

    /** Registers this writer for SPARQL JSON results in the whole process; idempotent. */
    public static void install() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    /** Whether {@code lang}'s registered writer is this one. */
    static boolean installed(Lang lang) {
        return RowSetWriterRegistry.getFactory(lang) == FACTORY;
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        Out w = new Out(IO.asBufferedUTF8(out));
        try {
            boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
            new Rows(w, asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel())
                    .write(rowSet);
        } finally {
            w.flush();
        }
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        throw new UnsupportedOperationException("Writing JSON results to a java.io.Writer. Use an OutputStream.");
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        JENA.create(ResultSetLang.RS_JSON).write(out, result, context);
    }

    /** The state of writing one result set. */
    private static final class Rows {
        private final Out out;
        private final NodeToLabel labels;

        Rows(Out out, NodeToLabel labels) {
            this.out = out;
            this.labels = labels;
        }

        void write(RowSet rowSet) {
            List<Var> vars = rowSet.getResultVars();
            out.print("{");
            out.indent(OUTER_INDENT);
            out.println("\"head\": {");
            out.indent(UNIT_INDENT);
            out.print("\"vars\": [ ");
            out.indent(UNIT_INDENT);
            for (Iterator<Var> it = vars.iterator(); it.hasNext(); ) {
                // the header's names are not escaped (nor are they in Jena's writer): a variable name needs none
                out.print("\"");
                out.print(it.next().getVarName());
                out.print("\"");
                if (it.hasNext()) {
                    out.print(" , ");
                }
            }
            out.indent(-UNIT_INDENT);
            out.println(" ]");
            out.indent(-UNIT_INDENT);
            out.print("}");
            out.println(" ,");
            out.println("\"results\": {");
            out.indent(UNIT_INDENT);
            out.println("\"bindings\": [");
            out.indent(UNIT_INDENT);
            boolean first = true;
            while (rowSet.hasNext()) {
                Binding b = rowSet.next();
                if (!first) {
                    out.println(" ,");
                }
                row(vars, b);
                first = false;
            }
            out.println();
            out.indent(-UNIT_INDENT);
            out.println("]");
            out.indent(-UNIT_INDENT);
            out.println("}");
            out.indent(-OUTER_INDENT);
            out.println("}");
        }

        private void row(List<Var> vars, Binding b) {
            out.print("{ ");
            out.indent(UNIT_INDENT);
            boolean first = true;
            for (Var v : vars) {
                Node value = b.get(v);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    out.print(" ,");
                }
                out.println();
                out.quote(v.getVarName());
                out.print(": ");
                value(value, false);
                first = false;
            }
            out.println();
            out.indent(-UNIT_INDENT);
            out.print("}");
        }

        private void value(Node value, boolean multiLine) {
            boolean lines = multiLine || value.isTripleTerm();
            if (lines) {
                out.println("{");
            } else {
                out.print("{ ");
            }
            out.indent(UNIT_INDENT);
            if (value.isLiteral()) {
                literal(value, multiLine);
            } else if (value.isURI()) {
                member("type", "uri", multiLine);
                out.print("\"value\": ");
                out.quote(value.getURI());
            } else if (value.isBlank()) {
                member("type", "bnode", multiLine);
                out.print("\"value\": ");
                out.quote(labels.get(null, value).substring(2));   // the label comes with "_:"
            } else if (value.isTripleTerm()) {
                triple(value.getTriple(), multiLine);
            } else if (value.isNodeGraph()) {
                throw new UnsupportedOperationException("Graph terms");
            } else {
                Log.warn(JsonRowSetWriter.class, "Unknown RDFNode type in result set: " + value.getClass());
            }
            if (lines) {
                out.println();
            } else {
                out.print(" ");
            }
            out.indent(-UNIT_INDENT);
            out.print("}");
        }

        private void literal(Node literal, boolean multiLine) {
            if (Util.isSimpleString(literal) || Util.isLangString(literal) || Util.isDirLangString(literal)) {
                member("type", "literal", multiLine);
                String lang = literal.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    member("xml:lang", lang, multiLine);
                }
                TextDirection direction = literal.getLiteralBaseDirection();
                if (direction != null) {
                    member("its:dir", direction.direction(), multiLine);
                }
            } else {
                member("type", "literal", false);   // Jena's writer keeps these two on one line, whatever
                member("datatype", literal.getLiteralDatatypeURI(), multiLine);
            }
            out.print("\"value\": ");
            out.quote(literal.getLiteralLexicalForm());
        }

        /** {@code "key": "value" , } and a new line if multi-line. */
        private void member(String key, String value, boolean multiLine) {
            out.print("\"");
            out.print(key);
            out.print("\": ");
            out.quote(value);
            out.print(" , ");
            if (multiLine) {
                out.println();
            }
        }

        private void triple(Triple t, boolean multiLine) {
            out.print("\"type\": \"triple\" , ");
            out.println();
            out.print("\"value\": ");
            out.println("{");
            out.indent(UNIT_INDENT);
            out.print("\"subject\": ");
            out.print(" ");
            value(t.getSubject(), multiLine);
            out.println(" ,");
            out.print("\"predicate\": ");
            value(t.getPredicate(), multiLine);
            out.println(" ,");
            out.print("\"object\": ");
            out.print("  ");
            value(t.getObject(), multiLine);
            out.indent(-UNIT_INDENT);
            out.println();
            out.print("}");
        }
    }

    /**
     * Jena's {@code IndentedWriter} as the results writer uses it: text never holds a line break (JSON escapes
     * them), and before the first character printed and before every line break, the line is padded with spaces
     * up to the indent if it is shorter.
     */
    private static final class Out {
        private final Writer w;
        private int indent;
        private int column;

        Out(Writer w) {
            this.w = w;
        }

        void indent(int by) {
            indent += by;
        }

        void print(String s) {
            if (s.isEmpty()) {
                return;
            }
            pad();
            write(s, 0, s.length());
            column += s.length();
        }

        void println(String s) {
            print(s);
            println();
        }

        void println() {
            pad();
            write('\n');
            column = 0;
        }

        /**
         * {@code s} in double quotes with JSON's escapes as Jena writes them: {@code \"}, {@code \\}, {@code \/}
         * after {@code <} only, {@code \b \f \n \r \t}, and {@code \}{@code uXXXX} (upper case) for other controls,
         * U+007F–U+009F and U+2000–U+20FF.
         */
        void quote(String s) {
            pad();
            write('"');
            int n = s.length();
            int run = 0;   // start of the characters not yet written
            int extra = 0;   // characters an escape added
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(i);
                String esc = escape(s, i, ch);
                if (esc != null) {
                    write(s, run, i);
                    write(esc, 0, esc.length());
                    extra += esc.length() - 1;
                    run = i + 1;
                }
            }
            write(s, run, n);
            write('"');
            column += n + extra + 2;
        }

        private static final String SPACES = " ".repeat(32);
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();

        private static String escape(String s, int i, char ch) {
            if (ch >= ' ' && ch != '"' && ch != '\\' && ch != '/' && (ch < '\u007F' || ch > '\u009F')
                    && (ch < '\u2000' || ch >= '\u2100')) {
                return null;
            }
            switch (ch) {
                case '"':
                    return "\\\"";
                case '\\':
                    return "\\\\";
                case '/':
                    return i > 0 && s.charAt(i - 1) == '<' ? "\\/" : null;
                case '\b':
                    return "\\b";
                case '\f':
                    return "\\f";
                case '\n':
                    return "\\n";
                case '\r':
                    return "\\r";
                case '\t':
                    return "\\t";
                default:
                    return new String(new char[] {'\\', 'u', HEX[ch >> 12], HEX[ch >> 8 & 0xF], HEX[ch >> 4 & 0xF],
                        HEX[ch & 0xF]});
            }
        }

        private void pad() {
            while (column < indent) {
                int n = Math.min(indent - column, SPACES.length());
                write(SPACES, 0, n);
                column += n;
            }
        }

        private void write(String s, int from, int to) {
            if (to > from) {
                try {
                    w.write(s, from, to - from);
                } catch (IOException e) {
                    IO.exception(e);   // as Jena's writer fails
                }
            }
        }

        private void write(char c) {
            try {
                w.write(c);
            } catch (IOException e) {
                IO.exception(e);
            }
        }

        void flush() {
            IO.flush(w);
        }
    }
}
