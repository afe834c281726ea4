package org.nonji.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.nonji.Namespaces;

/**
 * {@code GET /.well-known/void}: a VoID description of the served dataset (RFC 5785 well-known location, as the
 * VoID note proposes): its SPARQL endpoint on this server, triple count, URI space, vocabulary, and one subset per
 * essay graph. Turtle by default, JSON-LD or N-Triples by Accept.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    /** Counts per graph, computed once per version of the served data. */
    private record Subset(Node graph, long triples, String title) {
    }

    private final transient DatasetGraph dsg;
    private final long timeoutMillis;
    private final transient java.util.function.LongSupplier version;
    private final transient java.util.function.Supplier<String> base;
    private transient volatile List<Subset> subsets;
    private volatile long total = -1;
    private volatile long countedVersion = -1;

    /**
     * {@code version} changes whenever the data does (a new generation or an update); {@code base} is the
     * server's own base URL (as configured and bound, ending in '/'): never the request's Host header, which any
     * client sets to what it likes.
     */
    VoidServlet(DatasetGraph dsg, long timeoutMillis, java.util.function.LongSupplier version,
                java.util.function.Supplier<String> base) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
        this.version = version;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = Negotiation.choose(req, List.of(Negotiation.TURTLE, Negotiation.JSONLD, Negotiation.NTRIPLES));
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            ErrorReplies.send(req, resp, 406, "available: text/turtle, application/ld+json, application/n-triples");
            return;
        }
        try {
            count();
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // an honest "not now" rather than a 500: counting a large store can outlast the timeout
            resp.setHeader("Retry-After", Long.toString(Math.max(1, timeoutMillis / 1000)));
            ErrorReplies.send(req, resp, 503, "counting the dataset timed out; try again later");
            return;
        }
        String server = base.get();
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(server + ".well-known/void#dataset");
        g.add(ds, RDF.type.asNode(), v("Dataset"));
        g.add(ds, NodeFactory.createURI(DCTERMS + "title"), NodeFactory.createLiteralString("nonji knowledge graph"));
        g.add(ds, v("sparqlEndpoint"), NodeFactory.createURI(server + "kg/sparql"));
        g.add(ds, v("triples"), NodeFactory.createLiteralDT(Long.toString(total), XSDDatatype.XSDinteger));
        g.add(ds, v("uriSpace"), NodeFactory.createLiteralString(Namespaces.ID));
        g.add(ds, v("vocabulary"), NodeFactory.createURI(Namespaces.ONT));
        g.add(ds, v("rootResource"), NodeFactory.createURI(Namespaces.ID));
        for (Subset s : subsets) {
            Node sub = NodeFactory.createBlankNode();
            g.add(ds, v("subset"), sub);
            g.add(sub, RDF.type.asNode(), v("Dataset"));
            g.add(sub, NodeFactory.createURI(SD + "name"), s.graph());
            g.add(sub, v("triples"), NodeFactory.createLiteralDT(Long.toString(s.triples()), XSDDatatype.XSDinteger));
            if (!s.title().isEmpty()) {
                g.add(sub, NodeFactory.createURI(DCTERMS + "title"), NodeFactory.createLiteralLang(s.title(), "ko"));
            }
        }
        g.getPrefixMapping().setNsPrefix("void", VOID);
        g.getPrefixMapping().setNsPrefix("sd", SD);
        g.getPrefixMapping().setNsPrefix("dcterms", DCTERMS);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        EntityPageServlet.writeRdf(g, type, resp);
    }

    private synchronized void count() {
        long now = version.getAsLong();
        if (subsets != null && countedVersion == now) {
            return;
        }
        dsg.begin(TxnType.READ);
        try {
            long n;
            try (QueryExec exec = exec("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")) {
                n = Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
            List<Subset> list = new ArrayList<>();
            try (QueryExec exec = exec("""
                    SELECT ?g (COUNT(*) AS ?n) (SAMPLE(?t) AS ?title) WHERE {
                      GRAPH ?g { ?s ?p ?o }
                      OPTIONAL { GRAPH ?g { ?g <http://purl.org/dc/terms/title> ?t } }
                    } GROUP BY ?g ORDER BY ?g
                    """)) {
                exec.select().forEachRemaining(b -> list.add(new Subset(b.get("g"),
                        Long.parseLong(b.get("n").getLiteralLexicalForm()),
                        b.get("title") == null ? "" : b.get("title").getLiteralLexicalForm())));
            }
            total = n;
            subsets = List.copyOf(list);
            countedVersion = now;
        } finally {
            dsg.end();
        }
    }

    private QueryExec exec(String sparql) {
        return QueryExec.dataset(dsg).query(sparql).timeout(timeoutMillis * 4, TimeUnit.MILLISECONDS).build();
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}
