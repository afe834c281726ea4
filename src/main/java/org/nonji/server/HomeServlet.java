package org.nonji.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.nonji.query.CannedQuery;
import org.nonji.query.QueryCatalog;

/**
 * {@code /}: where a person starts. What the graph holds (essays, entities by kind, stances, positions, relations,
 * the last build), a search box (entity names as you type from {@code /suggest}; the sentences by full text on
 * submit), the essays, the canned queries and links to the graph, the SPARQL UI, the ontology, VoID and downloads.
 */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Kinds in the order the page lists them, with the words a person reads. */
    static final List<String> KINDS = List.of("Actor", "Asset", "Strategy", "Risk", "Policy", "Event", "Candidate");

    private static final String PREFIXES = """
            PREFIX nj: <https://w3id.org/nonji/ont#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            """;

    private final transient DatasetGraph dsg;
    private final transient QueryCatalog catalog;
    private final transient Supplier<Map<String, String>> storeInfo;
    private final long timeoutMillis;

    HomeServlet(DatasetGraph dsg, QueryCatalog catalog, Supplier<Map<String, String>> storeInfo, long timeoutMillis) {
        this.dsg = dsg;
        this.catalog = catalog;
        this.storeInfo = storeInfo;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        dsg.begin(TxnType.READ);
        try (PrintWriter w = new PrintWriter(buf, false, StandardCharsets.UTF_8)) {
            write(w);
        } catch (QueryCancelledException e) {
            ErrorReplies.send(req, resp, 503, "the summary timed out after " + timeoutMillis + " ms");
            return;
        } finally {
            dsg.end();
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            buf.writeTo(out);
        }
    }

    private void write(PrintWriter w) {
        Html.begin(w, "ko", "Home", "home", "/web/home.js");
        w.println("<h1>nonji <small>논지</small></h1>");
        w.println("<p class=\"lead\">Who supports, opposes or doubts what in these essays, with the sentence that "
                + "says so.</p>");
        w.println("<form id=\"search\" class=\"search\" method=\"get\" action=\"/queries/search\" role=\"search\">"
                + "<label for=\"q\">Find an entity or search the sentences</label><br>"
                + "<input id=\"q\" name=\"q\" type=\"search\" size=\"40\" autocomplete=\"off\" "
                + "placeholder=\"삼성전자, export controls, 소버린 AI …\" aria-describedby=\"search-help\" "
                + "aria-controls=\"suggestions\"> <button type=\"submit\">Search sentences</button>"
                + "<ul id=\"suggestions\" class=\"suggestions\" aria-live=\"polite\"></ul>"
                + "<small id=\"search-help\">Names in Korean or English and their aliases are suggested as you type; "
                + "Enter searches the essays' sentences (full text, Korean morphology: 반도체 finds 반도체를).</small>"
                + "</form>");
        summary(w);
        essays(w);
        w.println("<h2>Explore</h2><ul class=\"explore\">");
        w.println("<li><a href=\"/graph\">The graph</a>: entities, relations and stances drawn, with filters</li>");
        w.println("<li><a href=\"/queries\">Canned queries</a>: forms and tables, with CSV/TSV/JSON downloads</li>");
        w.println("<li><a href=\"" + Html.SPARQL_UI + "\">SPARQL UI</a>: your own queries (endpoint "
                + "<code>/kg/sparql</code>, read-only)</li>");
        w.println("<li><a href=\"/ont\">The ontology</a> (nj:) and <a href=\"/.well-known/void\">VoID</a> "
                + "description of the dataset</li>");
        w.println("</ul>");
        w.println("<h2>Questions to start with</h2><ul class=\"queries\">");
        for (CannedQuery q : catalog.all()) {
            w.println("<li><a href=\"/queries/" + Html.escape(q.name()) + "\">" + Html.escape(q.title()) + "</a></li>");
        }
        w.println("</ul>");
        w.println("<h2>Downloads</h2><ul class=\"downloads\">");
        for (DownloadServlet.Download d : DownloadServlet.Download.values()) {
            w.println("<li><a href=\"/downloads/" + Html.escape(d.file()) + "\" download>" + Html.escape(d.file())
                    + "</a> — " + Html.escape(d.description()) + "</li>");
        }
        w.println("</ul><p><small>Graph files carry relations and stances as edges; entities that are only named "
                + "together stay unconnected unless you take <a href=\"/downloads/graph.gexf?co-mentions=true\" "
                + "download>the GEXF with co-mentions</a> (as <code>nonji export --co-mentions</code> does).</small></p>");
        Html.end(w);
    }

    private void summary(PrintWriter w) {
        Map<String, String> info = storeInfo.get();
        long[] counts = new long[5];
        String[] classes = {"Essay", "Stance", "Position", "Relation", "Mention"};
        for (int i = 0; i < classes.length; i++) {
            int at = i;
            rows(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?x a nj:" + classes[i] + " }",
                    b -> counts[at] = Long.parseLong(b.get("n").getLiteralLexicalForm()));
        }
        Map<String, Long> kinds = new java.util.LinkedHashMap<>();
        KINDS.forEach(k -> kinds.put(k, 0L));
        rows(PREFIXES + """
                SELECT ?kind (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  ?m a nj:Mention ; nj:entity ?e .
                  ?e a/rdfs:subClassOf* ?top
                  VALUES ?top { nj:Actor nj:Asset nj:Strategy nj:Risk nj:Policy nj:Event nj:Candidate }
                  BIND (STRAFTER(STR(?top), "#") AS ?kind)
                } GROUP BY ?kind
                """, b -> kinds.put(b.get("kind").getLiteralLexicalForm(),
                Long.parseLong(b.get("n").getLiteralLexicalForm())));
        w.println("<h2>What the graph holds</h2><dl class=\"summary\">");
        w.println("<dt>essays</dt><dd id=\"n-essays\">" + counts[0] + "</dd>");
        StringBuilder k = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : kinds.entrySet()) {
            total += e.getValue();
            if (e.getValue() > 0) {
                k.append(k.length() == 0 ? "" : " · ").append("<a href=\"/graph?kind=").append(e.getKey())
                        .append("\">").append(e.getValue()).append(' ').append(e.getKey()).append("</a>");
            }
        }
        w.println("<dt>entities named</dt><dd id=\"n-entities\">" + total + (k.length() == 0 ? "" : ": " + k)
                + "</dd>");
        w.println("<dt>mentions</dt><dd>" + counts[4] + "</dd>");
        w.println("<dt>stances</dt><dd><a href=\"/queries/stances\">" + counts[1] + "</a></dd>");
        w.println("<dt>positions</dt><dd><a href=\"/queries/positions\">" + counts[2] + "</a> (a holder's net "
                + "stance on a target in one essay)</dd>");
        w.println("<dt>relations</dt><dd><a href=\"/queries/entity-relations\">" + counts[3] + "</a></dd>");
        String built = info.getOrDefault("built", "");
        w.println("<dt>last build</dt><dd id=\"built\">" + Html.escape(built.isEmpty() ? "unknown" : built)
                + " <small>(" + Html.escape(info.getOrDefault("generation", "")) + ")</small></dd>");
        w.println("</dl>");
    }

    private void essays(PrintWriter w) {
        StringBuilder items = new StringBuilder();
        rows(PREFIXES + """
                SELECT ?e (SAMPLE(?t) AS ?title) (MIN(STR(?d)) AS ?date) (SAMPLE(?an) AS ?author) WHERE {
                  ?e a nj:Essay
                  OPTIONAL { ?e dcterms:title ?t }
                  OPTIONAL { ?e dcterms:date ?d }
                  OPTIONAL { ?e dcterms:creator/schema:name ?an }
                } GROUP BY ?e ORDER BY DESC(?date) ?title ?e LIMIT 200
                """, b -> {
            String path = EntityPageServlet.localPath(b.get("e").getURI());
            String title = b.get("title") == null ? b.get("e").getURI() : b.get("title").getLiteralLexicalForm();
            items.append("<li>").append(path == null ? Html.escape(title) : "<a href=\"" + Html.escape(path) + "\">"
                    + Html.escape(title) + "</a>");
            if (b.get("date") != null) {
                items.append(" <small>").append(Html.escape(b.get("date").getLiteralLexicalForm())).append("</small>");
            }
            if (b.get("author") != null) {
                items.append(" — ").append(Html.escape(b.get("author").getLiteralLexicalForm()));
            }
            items.append("</li>\n");
        });
        w.println("<h2>Essays</h2><ul class=\"essays\">");
        w.print(items);
        w.println("</ul>");
    }

    private void rows(String sparql, Consumer<Binding> row) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(sparql)
                .timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(row);
        }
    }
}
