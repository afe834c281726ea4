package org.nonji.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.nonji.NonjiException;
import org.nonji.query.CannedQuery;
import org.nonji.query.EntityRefs;
import org.nonji.query.QueryRunner;

/**
 * A canned query as a browser sees it: title, description, a form for its parameters (entities by IRI,
 * {@code ent:slug}, slug or label), one page of results as a table with entities linked to their cards, polarity
 * as coloured words, previous/next links and CSV/TSV/JSON downloads of the same query. A bad parameter answers 400
 * with the form and the message, so the person can correct it where they typed it.
 */
final class CannedQueryPage {
    /** Rows per page unless {@code limit} says: a page is for reading. */
    static final int PAGE = 100;
    /** Largest page shown as HTML; more is for the downloads. */
    static final int MAX_PAGE = 1000;
    private static final Set<String> POLARITIES = Set.of("support", "oppose", "doubt", "neutral");

    private final CannedQuery cq;
    private final DatasetGraph dsg;
    private final long timeoutMillis;

    CannedQueryPage(CannedQuery cq, DatasetGraph dsg, long timeoutMillis) {
        this.cq = cq;
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    void answer(Map<String, String> params, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> own = new LinkedHashMap<>(params);
        String error = null;
        int status = 200;
        long limit = PAGE;
        long offset = 0;
        String l = own.remove("limit");
        String o = own.remove("offset");
        try {
            if (l != null) {
                if (!l.matches("[1-9]\\d{0,3}") || Long.parseLong(l) > MAX_PAGE) {
                    throw new NonjiException("parameter limit: a number from 1 to " + MAX_PAGE + " on a page (the "
                            + "downloads take more), not " + NonjiException.quote(l), org.nonji.ExitCodes.USAGE);
                }
                limit = Long.parseLong(l);
            }
            if (o != null) {
                offset = QueryRunner.offset(o);   // the same bounds as everywhere else
            }
        } catch (NonjiException e) {
            error = e.getMessage();
            status = 400;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        dsg.begin(TxnType.READ);
        try (PrintWriter w = new PrintWriter(buf, false, StandardCharsets.UTF_8)) {
            Html.begin(w, "ko", cq.title(), "query");
            w.println("<h1>" + Html.escape(cq.title()) + " <small><code>" + Html.escape(cq.name())
                    + "</code></small></h1>");
            w.println("<p class=\"description\">" + Html.escape(cq.description()) + "</p>");
            form(w, own, limit);
            Binding binding = null;
            if (error == null) {
                try {
                    binding = EntityRefs.bind(dsg, cq, own);
                } catch (NonjiException e) {
                    error = e.getMessage();
                    status = 400;
                }
            }
            if (error != null) {
                w.println("<p class=\"error\" role=\"alert\">" + Html.escape(error) + "</p>");
            } else {
                results(w, binding, own, limit, offset);
            }
            Html.end(w);
        } catch (QueryCancelledException e) {
            ErrorReplies.send(req, resp, 503, "query timed out after " + timeoutMillis + " ms");
            return;
        } catch (org.apache.jena.query.text.TextIndexParseException e) {
            ErrorReplies.send(req, resp, 400, "bad full-text query: " + NonjiException.quote(e.getMessage()));
            return;
        } catch (RuntimeException e) {
            if (!LuceneErrors.tooComplex(e)) {
                throw e;
            }
            ErrorReplies.send(req, resp, 400, "full-text query too complex to run: " + NonjiException.quote(
                    params.getOrDefault("q", "")));
            return;
        } finally {
            dsg.end();
        }
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = resp.getOutputStream()) {
            buf.writeTo(out);
        }
    }

    private void form(PrintWriter w, Map<String, String> own, long limit) {
        w.println("<form class=\"params\" method=\"get\" action=\"/queries/" + Html.escape(cq.name()) + "\">");
        for (CannedQuery.Param p : cq.params()) {
            String id = "p-" + p.name();
            String hint = switch (p.type()) {
                case "iri" -> p.name().equals("essay") ? "essay id or IRI" : "label, slug, ent:slug or IRI";
                case "integer" -> "a number";
                default -> "";
            };
            w.println("<p><label for=\"" + Html.escape(id) + "\"><code>" + Html.escape(p.name()) + "</code></label> "
                    + "<input id=\"" + Html.escape(id) + "\" name=\"" + Html.escape(p.name()) + "\" value=\""
                    + Html.escape(own.getOrDefault(p.name(), "")) + "\" placeholder=\"" + Html.escape(hint)
                    + "\" size=\"40\"" + (p.type().equals("integer") ? " inputmode=\"numeric\"" : "") + "> <small>"
                    + Html.escape(p.description()) + "</small></p>");
        }
        w.println("<p><label for=\"p-limit\">rows per page</label> <input id=\"p-limit\" name=\"limit\" value=\""
                + limit + "\" size=\"5\" inputmode=\"numeric\"> <button type=\"submit\">Run</button></p></form>");
    }

    private void results(PrintWriter w, Binding binding, Map<String, String> own, long limit, long offset) {
        Query parsed = QueryRunner.parse(cq.name(), cq.sparql());
        if (!parsed.isSelectType()) {
            w.println("<p>This query does not return a table; use the downloads.</p>");
            downloads(w, own);
            return;
        }
        // one row more than the page tells whether there is a next page
        Query query = QueryRunner.page(cq, parsed, limit + 1, offset);
        List<Binding> rows = new ArrayList<>();
        List<String> vars;
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rs = exec.select();
            vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
            while (rs.hasNext() && rows.size() <= limit) {
                rows.add(rs.next());
            }
        }
        boolean more = rows.size() > limit;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        List<String> shown = vars.stream().filter(v -> !isLabelOf(v, vars)).toList();
        w.println("<p class=\"count\">" + (rows.isEmpty() ? "No rows" : "Rows " + (offset + 1) + "–"
                + (offset + rows.size())) + (more ? " (more on the next page)" : "") + ".</p>");
        if (!rows.isEmpty()) {
            Map<String, String> titles = labelledBy("essay", vars) == null && vars.contains("essay")
                    ? essayTitles(rows) : Map.of();
            w.println("<div class=\"table\"><table class=\"results\"><thead><tr>");
            for (String v : shown) {
                w.print("<th title=\"?" + Html.escape(v) + "\">" + Html.escape(heading(v)) + "</th>");
            }
            w.println("</tr></thead><tbody>");
            for (Binding b : rows) {
                w.print("<tr>");
                for (String v : shown) {
                    Node essay = v.equals("essay") ? b.get(v) : null;
                    String title = essay != null && essay.isURI() ? titles.get(essay.getURI()) : null;
                    w.print("<td>" + (title != null ? link(essay.getURI(), title) : cell(b, v, labelledBy(v, vars)))
                            + "</td>");
                }
                w.println("</tr>");
            }
            w.println("</tbody></table></div>");
        }
        pager(w, own, limit, offset, more);
        downloads(w, own);
    }

    /**
     * A column's heading in words (the variable stays in the tooltip): polarityName → polarity, sentenceIndex →
     * sentence, supportStances → support stances.
     */
    static String heading(String v) {
        String base = v.equals("sentenceIndex") ? "sentence" : v.endsWith("Name") && v.length() > 4
                ? v.substring(0, v.length() - 4) : v;
        return base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The titles of the essays a page of rows names, in one lookup, for a query that does not give them. */
    private Map<String, String> essayTitles(List<Binding> rows) {
        StringBuilder values = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Binding b : rows) {
            Node e = b.get("essay");
            if (e != null && e.isURI() && seen.add(e.getURI())) {
                values.append('<').append(e.getURI()).append("> ");
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        if (values.length() == 0) {
            return out;
        }
        String q = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?e (SAMPLE(?t) AS ?title) WHERE { VALUES ?e { "
                + values + "} ?e dcterms:title ?t } GROUP BY ?e";
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build()) {
            exec.select().forEachRemaining(b -> out.put(b.get("e").getURI(), b.get("title").getLiteralLexicalForm()));
        }
        return out;
    }

    /** A minted IRI as a link to its page, any other as text with the IRI in its tooltip. */
    private static String link(String iri, String text) {
        String path = EntityPageServlet.localPath(iri);
        return path == null ? "<span title=\"" + Html.escape(iri) + "\">" + Html.escape(text) + "</span>"
                : "<a href=\"" + Html.escape(path) + "\">" + Html.escape(text) + "</a>";
    }

    /** The column that labels {@code v}: {@code vLabel}, or {@code title} for an essay. */
    private static String labelledBy(String v, List<String> vars) {
        if (vars.contains(v + "Label")) {
            return v + "Label";
        }
        if (v.equals("essay") && vars.contains("title")) {
            return "title";
        }
        if (v.equals("author") && vars.contains("authorName")) {
            return "authorName";
        }
        return null;
    }

    /** Whether {@code v} only labels another column, shown as that column's link text instead. */
    private static boolean isLabelOf(String v, List<String> vars) {
        for (String other : vars) {
            if (!other.equals(v) && v.equals(labelledBy(other, vars))) {
                return true;
            }
        }
        return false;
    }

    private static String cell(Binding b, String var, String labelVar) {
        Node n = b.get(var);
        if (n == null) {
            return "";
        }
        String local = n.isURI() ? local(n.getURI()) : n.isLiteral() ? n.getLiteralLexicalForm() : "";
        String sentence = var.equals("sentenceIndex") ? EntityPageServlet.sentencePath(b.get("essay"), n) : null;
        if (sentence != null) {
            // evidence lands on its sentence in the essay's text, not at the top of the essay
            return "<a class=\"ev\" href=\"" + Html.escape(sentence) + "\" title=\"the sentence in its essay\">"
                    + Html.escape(local) + " ↗</a>";
        }
        if (var.toLowerCase(java.util.Locale.ROOT).contains("polarity") || var.equals("opposition")) {
            if (POLARITIES.contains(local)) {
                return "<span class=\"pol pol-" + local + "\">" + local + "</span>";
            }
        }
        if (n.isURI()) {
            Node label = labelVar == null ? null : b.get(labelVar);
            return link(n.getURI(), label != null && label.isLiteral() ? label.getLiteralLexicalForm() : local);
        }
        return n.isLiteral() ? Html.escape(n.getLiteralLexicalForm()) : "";
    }

    private void pager(PrintWriter w, Map<String, String> own, long limit, long offset, boolean more) {
        if (offset == 0 && !more) {
            return;
        }
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (offset > 0) {
            b.append("<a rel=\"prev\" href=\"").append(href(own, "limit=" + limit + "&offset="
                    + Math.max(0, offset - limit))).append("\">← previous</a> ");
        }
        if (more) {
            b.append("<a rel=\"next\" href=\"").append(href(own, "limit=" + limit + "&offset=" + (offset + limit)))
                    .append("\">next →</a>");
        }
        w.println(b.append("</p>"));
    }

    private void downloads(PrintWriter w, Map<String, String> own) {
        String all = cq.defaultLimit().isPresent() ? " (first " + cq.defaultLimit().getAsLong()
                + " rows; add limit=all for every row)" : "";
        w.println("<p class=\"downloads\">Download: <a href=\"" + href(own, "format=csv") + "\">CSV</a> · <a href=\""
                + href(own, "format=tsv") + "\">TSV</a> · <a href=\"" + href(own, "format=json")
                + "\">SPARQL JSON</a>" + Html.escape(all) + "</p>");
    }

    /** This query's URL with the parameters given and {@code extra}, escaped for an attribute. */
    private String href(Map<String, String> own, String extra) {
        StringBuilder b = new StringBuilder("/queries/").append(cq.name()).append('?');
        own.forEach((k, v) -> b.append(Html.param(k)).append('=').append(Html.param(v)).append('&'));
        return Html.escape(b.append(extra).toString());
    }

    private static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
