package org.nonji.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * {@code GET /suggest?q=TEXT}: up to ten entities whose Korean or English label or alias contains the text, whole
 * label first, then labels starting with it, as JSON ({@code iri}, {@code path} of its card, {@code label},
 * {@code labelEn}, {@code kind}, {@code matched}: the label that matched). A substring match, not the full-text
 * index: a person typing 삼성전 has not finished a word, and Nori only finds whole morphemes.
 */
final class SuggestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX = 10;

    private static final String QUERY = """
            PREFIX nj: <https://w3id.org/nonji/ont#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?e (SAMPLE(?ko0) AS ?ko) (SAMPLE(?en0) AS ?en) (SAMPLE(?k) AS ?kind) (MIN(?r) AS ?rank)
                   (SAMPLE(?hit) AS ?matched)
            WHERE {
              VALUES ?p { skos:prefLabel rdfs:label skos:altLabel }
              ?e ?p ?hit .
              FILTER (isIRI(?e) && CONTAINS(LCASE(STR(?hit)), ?q))
              ?e a/rdfs:subClassOf* ?top
              VALUES ?top { nj:Actor nj:Asset nj:Strategy nj:Risk nj:Policy nj:Event nj:Candidate }
              BIND (STRAFTER(STR(?top), "#") AS ?k)
              BIND (IF(LCASE(STR(?hit)) = ?q, 0, IF(STRSTARTS(LCASE(STR(?hit)), ?q), 1, 2)) AS ?r)
              OPTIONAL { ?e skos:prefLabel ?ko0 FILTER (LANG(?ko0) = "ko") }
              OPTIONAL { ?e skos:prefLabel ?en0 FILTER (LANG(?en0) = "en") }
            } GROUP BY ?e ORDER BY ?rank STRLEN(STR(?matched)) ?e LIMIT 10
            """;

    private final transient DatasetGraph dsg;
    private final long timeoutMillis;

    SuggestServlet(DatasetGraph dsg, long timeoutMillis) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] qs = req.getParameterValues("q");
        if (qs == null || qs.length != 1 || qs[0].strip().isEmpty() || qs[0].length() > 100) {
            ErrorReplies.send(req, resp, 400, "give q: the text to complete (1 to 100 characters)");
            return;
        }
        String q = qs[0].strip().toLowerCase(java.util.Locale.ROOT);
        JsonArray out = new JsonArray();
        dsg.begin(TxnType.READ);
        try (QueryExec exec = QueryExec.dataset(dsg).query(QUERY)
                .substitution(BindingFactory.binding(Var.alloc("q"), NodeFactory.createLiteralString(q)))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(b -> {
                String iri = b.get("e").getURI();
                JsonObject o = new JsonObject();
                o.put("iri", iri);
                String path = EntityPageServlet.localPath(iri);
                o.put("path", path == null ? "" : path);
                String en = lexical(b.get("en"));
                String ko = lexical(b.get("ko"));
                o.put("label", !ko.isEmpty() ? ko : !en.isEmpty() ? en : lexical(b.get("matched")));
                o.put("labelEn", en);
                o.put("kind", lexical(b.get("kind")));
                o.put("matched", lexical(b.get("matched")));
                out.add(o);
            });
        } catch (QueryCancelledException e) {
            ErrorReplies.send(req, resp, 503, "suggestions timed out after " + timeoutMillis + " ms");
            return;
        } finally {
            dsg.end();
        }
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream os = resp.getOutputStream()) {
            JSON.write(os, out);
        }
    }

    private static String lexical(Node n) {
        return n == null || !n.isLiteral() ? "" : n.getLiteralLexicalForm();
    }
}
