package org.nonji.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.nonji.export.EntityGraph;
import org.nonji.export.EntityGraphReader;
import org.nonji.export.GraphWriters;

/**
 * {@code GET /graph/data.json?essay=IRI&kind=Actor,Risk&coMentions=true}: the entity graph as Cytoscape.js elements
 * (with co-mention edges on demand), plus the list of essays ({@code essays}: iri and title) so the page can offer
 * them whatever the filter. 400 for an essay that is not an IRI, a kind that is not a top class or a coMentions
 * that is not true or false.
 */
final class GraphDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final Set<String> KINDS = Set.of("Actor", "Asset", "Strategy", "Risk", "Policy", "Event", "Candidate",
            "Author");
    /** The IRI syntax EntityGraphReader accepts: nothing that could close the IRI in its query. */
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]{1,500}");

    private final transient DatasetGraph dsg;

    GraphDataServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                ErrorReplies.send(req, resp, 400, "parameter given more than once");
                return;
            }
        }
        String essay = req.getParameter("essay");
        if (essay != null && !essay.isEmpty() && !IRI.matcher(essay).matches()) {
            ErrorReplies.send(req, resp, 400, "essay must be an essay IRI");
            return;
        }
        Set<String> kinds = new LinkedHashSet<>();
        String kind = req.getParameter("kind");
        if (kind != null && !kind.isEmpty()) {
            for (String k : kind.split(",", -1)) {
                if (!KINDS.contains(k.strip())) {
                    ErrorReplies.send(req, resp, 400, "kind must be a comma list of "
                            + String.join("|", KINDS.stream().sorted().toList()));
                    return;
                }
                kinds.add(k.strip());
            }
        }
        String co = req.getParameter("coMentions");
        if (co != null && !co.equals("true") && !co.equals("false")) {
            ErrorReplies.send(req, resp, 400, "coMentions must be true or false");
            return;
        }
        EntityGraph g = EntityGraphReader.read(DatasetFactory.wrap(dsg), new EntityGraphReader.Filter(
                Optional.ofNullable(essay).filter(s -> !s.isEmpty()), kinds, 1, "true".equals(co)));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        GraphWriters.cytoscape(g, buf);
        JsonObject root = JSON.parse(buf.toString(StandardCharsets.UTF_8));
        root.put("essays", essays());
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, root);
        }
    }

    private JsonArray essays() {
        JsonArray arr = new JsonArray();
        dsg.begin(TxnType.READ);
        try (QueryExec exec = QueryExec.dataset(dsg).query("""
                SELECT ?e (SAMPLE(?t) AS ?title) WHERE {
                  ?e a <https://w3id.org/nonji/ont#Essay>
                  OPTIONAL { ?e <http://purl.org/dc/terms/title> ?t }
                } GROUP BY ?e ORDER BY ?e
                """).build()) {
            exec.select().forEachRemaining(b -> {
                JsonObject o = new JsonObject();
                o.put("iri", b.get("e").getURI());
                o.put("title", b.get("title") == null ? "" : b.get("title").getLiteralLexicalForm());
                arr.add(o);
            });
        } finally {
            dsg.end();
        }
        return arr;
    }
}
