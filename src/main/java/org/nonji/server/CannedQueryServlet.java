package org.nonji.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.nonji.NonjiException;
import org.nonji.query.CannedQuery;
import org.nonji.query.EntityRefs;
import org.nonji.query.QueryCatalog;
import org.nonji.query.QueryRunner;

/**
 * {@code /queries}: the canned queries, listed as HTML or JSON; {@code /queries/NAME?param=value} runs one with
 * its parameters bound as RDF terms (never spliced into the query text; entities resolved by {@link EntityRefs}),
 * results by content negotiation: a browser gets the query's page ({@link CannedQueryPage}), other clients SPARQL
 * JSON by default, XML, CSV, TSV ({@code ?format=csv} overrides), under the same timeout as the endpoint.
 * CSV cells that a spreadsheet would take for formulas get a leading apostrophe ({@link org.nonji.Csv}).
 */
final class CannedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient QueryCatalog catalog;
    private final transient DatasetGraph dsg;
    private final long timeoutMillis;

    CannedQueryServlet(QueryCatalog catalog, DatasetGraph dsg, long timeoutMillis) {
        this.catalog = catalog;
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/") || path.isEmpty()) {
            list(req, resp);
            return;
        }
        String name = path.substring(1);
        if (!name.matches("[a-z0-9-]{1,64}") || !catalog.has(name)) {
            ErrorReplies.send(req, resp, 404, "no canned query of that name; see /queries");
            return;
        }
        run(catalog.get(name), req, resp);
    }

    /**
     * The query's own parameters and the paging ones as given, without {@code format}; a parameter left empty (as
     * a form sends it) is not given. Null after answering 400 for a parameter given twice.
     */
    private static Map<String, String> params(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals("format")) {
                continue;
            }
            if (e.getValue().length != 1) {
                ErrorReplies.send(req, resp, 400, "parameter " + NonjiException.quote(e.getKey())
                        + " given more than once");
                return null;
            }
            if (!e.getValue()[0].isBlank()) {
                params.put(e.getKey(), e.getValue()[0]);
            }
        }
        return params;
    }

    private void run(CannedQuery cq, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = params(req, resp);
        if (params == null) {
            return;
        }
        if (ErrorReplies.wantsHtml(req)) {
            new CannedQueryPage(cq, dsg, timeoutMillis).answer(params, req, resp);
            return;
        }
        Query query;
        try {
            query = QueryRunner.paged(cq, QueryRunner.parse(cq.name(), cq.sparql()), params);
        } catch (NonjiException e) {
            ErrorReplies.send(req, resp, 400, e.getMessage());
            return;
        }
        String format = format(req, query);
        dsg.begin(TxnType.READ);
        try {
            org.apache.jena.sparql.engine.binding.Binding binding;
            try {
                binding = EntityRefs.bind(dsg, cq, params);
            } catch (NonjiException e) {
                ErrorReplies.send(req, resp, 400, e.getMessage());
                return;
            }
            QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
            try {
                if (query.isSelectType() || query.isAskType()) {
                    writeResults(exec, query, format, resp);
                } else {
                    var graph = query.isConstructType() ? exec.construct() : exec.describe();
                    Lang lang = format.equals("json") ? Lang.JSONLD : Lang.TURTLE;
                    resp.setContentType(lang.getContentType().getContentTypeStr());
                    resp.setCharacterEncoding("UTF-8");
                    RDFDataMgr.write(resp.getOutputStream(), graph, lang);
                }
            } finally {
                exec.close();
            }
        } catch (QueryCancelledException e) {
            // once results have begun this aborts the connection (AbortOnLateErrorFilter): never a short 200
            if (resp.isCommitted()) {
                throw e;
            }
            ErrorReplies.send(req, resp, 503, "query timed out after " + timeoutMillis + " ms");
        } catch (org.apache.jena.query.text.TextIndexParseException e) {
            // a parameter that is not valid Lucene syntax is the caller's error, not the server's
            ErrorReplies.send(req, resp, 400, "bad full-text query: " + NonjiException.quote(e.getMessage()));
        } catch (RuntimeException e) {
            if (!LuceneErrors.tooComplex(e)) {
                throw e;
            }
            ErrorReplies.send(req, resp, 400, "full-text query too complex to run: " + NonjiException.quote(
                    params.getOrDefault("q", "")));
        } finally {
            dsg.end();
        }
    }

    private static void writeResults(QueryExec exec, Query query, String format, HttpServletResponse resp)
            throws IOException {
        Lang lang = switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_JSON;
        };
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        OutputStream out = resp.getOutputStream();
        if (query.isAskType()) {
            ResultSetWriterRegistry.getFactory(lang).create(lang).write(out, exec.ask(), null);
        } else {
            RowSet rows = exec.select();
            if (lang.equals(ResultSetLang.RS_CSV)) {
                // essay text is anyone's text: cells a spreadsheet would run as formulas are neutralised
                org.nonji.Csv.write(rows, out);
                out.flush();
                return;
            }
            ResultSetWriterRegistry.getFactory(lang).create(lang).write(out, org.apache.jena.query.ResultSet.adapt(rows), null);
        }
        out.flush();
    }

    /** format=… wins; else the first SPARQL results type the Accept header names; else JSON. */
    private static String format(HttpServletRequest req, Query query) {
        String f = req.getParameter("format");
        if (f != null && java.util.Set.of("json", "xml", "csv", "tsv").contains(f)) {
            return f;
        }
        String accept = req.getHeader("Accept");
        if (accept != null) {
            if (accept.contains("text/csv")) {
                return "csv";
            }
            if (accept.contains("text/tab-separated-values")) {
                return "tsv";
            }
            if (accept.contains("application/sparql-results+xml")) {
                return "xml";
            }
            if (accept.contains("text/turtle") && !query.isSelectType()) {
                return "ttl";
            }
        }
        return "json";
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String accept = req.getHeader("Accept");
        boolean html = accept != null && accept.contains("text/html") && !"json".equals(req.getParameter("format"));
        resp.setCharacterEncoding("UTF-8");
        if (!html) {
            JsonArray arr = new JsonArray();
            for (CannedQuery q : catalog.all()) {
                JsonObject o = new JsonObject();
                o.put("name", q.name());
                o.put("title", q.title());
                o.put("description", q.description());
                o.put("url", "queries/" + q.name());
                JsonArray ps = new JsonArray();
                for (CannedQuery.Param p : q.params()) {
                    JsonObject po = new JsonObject();
                    po.put("name", p.name());
                    po.put("type", p.type());
                    po.put("description", p.description());
                    ps.add(po);
                }
                o.put("params", ps);
                if (q.defaultLimit().isPresent()) {
                    o.put("defaultLimit", q.defaultLimit().getAsLong());
                }
                JsonArray ex = new JsonArray();
                q.examples().forEach(ex::add);
                o.put("examples", ex);
                arr.add(o);
            }
            resp.setContentType("application/json;charset=utf-8");
            try (OutputStream out = resp.getOutputStream()) {
                JSON.write(out, arr);
            }
            return;
        }
        resp.setContentType("text/html;charset=utf-8");
        try (PrintWriter w = new PrintWriter(resp.getOutputStream(), false, StandardCharsets.UTF_8)) {
            Html.begin(w, "en", "Canned queries", "");
            w.println("<h1>Canned queries</h1><p>Each opens as a page with a form for its parameters and its results "
                    + "as a table. For programs: <code>GET /queries/NAME?param=value</code> gives SPARQL JSON, or "
                    + "<code>?format=csv|tsv|xml</code>; every query pages with <code>limit</code> (a number or "
                    + "<code>all</code>) and <code>offset</code>. An entity parameter takes a full IRI, "
                    + "<code>ent:slug</code>, a bare slug or a label. Your own SPARQL: <a href=\"" + Html.SPARQL_UI
                    + "\">the SPARQL UI</a> or the endpoint <code>/kg/sparql</code>.</p><ul class=\"queries\">");
            for (CannedQuery q : catalog.all()) {
                String href = "/queries/" + Html.escape(q.name());
                w.print("<li><a href=\"" + href + "\"><b>" + Html.escape(q.title()) + "</b></a> <code>"
                        + Html.escape(q.name()) + "</code><br>" + Html.escape(q.description()));
                for (CannedQuery.Param p : q.params()) {
                    w.print("<br><code>" + Html.escape(p.name()) + "</code> (" + Html.escape(p.type()) + ") "
                            + Html.escape(p.description()));
                }
                w.print("<br><small><a href=\"" + href + "?format=csv\">CSV</a> · <a href=\"" + href
                        + "?format=tsv\">TSV</a> · <a href=\"" + href + "?format=json\">JSON</a></small>");
                w.println("</li>");
            }
            w.println("</ul>");
            Html.end(w);
        }
    }
}
