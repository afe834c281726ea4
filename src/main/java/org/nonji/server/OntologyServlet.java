package org.nonji.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nonji.Bundled;
import org.nonji.Namespaces;

/**
 * {@code GET /ont}: the vocabulary {@code https://w3id.org/nonji/ont#} (the bundled {@code nonji.ttl}) as Turtle,
 * JSON-LD or N-Triples, or as an HTML list of classes, properties and polarities with an anchor per term, so
 * {@code /ont#Company} lands on its entry.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final transient Graph ontology;

    OntologyServlet() {
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Bundled.read("ontology/nonji.ttl"), Lang.TURTLE).parse(ontology);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = Negotiation.choose(req, List.of(Negotiation.TURTLE, Negotiation.JSONLD, Negotiation.NTRIPLES,
                Negotiation.HTML));
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            resp.sendError(406, "available: text/turtle, application/ld+json, application/n-triples, text/html");
            return;
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (!type.equals(Negotiation.HTML)) {
            // a copy: writeRdf sets prefixes on the graph it writes, and this one is shared between requests
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, ontology);
            EntityPageServlet.writeRdf(copy, type, resp);
            return;
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Security-Policy", ClasspathServlet.CSP);
        try (OutputStream out = resp.getOutputStream();
             PrintWriter w = new PrintWriter(out, false, StandardCharsets.UTF_8)) {
            w.println("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + Html.VIEWPORT
                    + "<title>nonji ontology</title><link rel=\"stylesheet\" href=\"/web/nonji.css\"></head><body>");
            w.println(Html.nav());
            w.println("<h1>nonji ontology</h1>");
            w.println("<p class=\"iri\"><code>" + Html.escape(Namespaces.ONT) + "</code> · <a href=\"?format=ttl\">"
                    + "Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a></p>");
            terms(w, "Classes", OWL.Class.asNode());
            terms(w, "Object properties", OWL.ObjectProperty.asNode());
            terms(w, "Datatype properties", OWL.DatatypeProperty.asNode());
            terms(w, "Polarities", NodeFactory.createURI(Namespaces.ONT + "Polarity"));
            w.println("</body></html>");
        }
    }

    private void terms(PrintWriter w, String heading, Node type) {
        TreeMap<String, Node> terms = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Namespaces.ONT)) {
                terms.put(s.getURI().substring(Namespaces.ONT.length()), s);
            }
        });
        w.println("<h2>" + Html.escape(heading) + "</h2><dl class=\"terms\">");
        terms.forEach((local, s) -> {
            StringBuilder labels = new StringBuilder();
            ontology.find(s, RDFS.label.asNode(), Node.ANY).forEachRemaining(t ->
                    labels.append(labels.length() == 0 ? "" : " · ").append(t.getObject().getLiteralLexicalForm()));
            StringBuilder more = new StringBuilder();
            ontology.find(s, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> more.append(" ⊂ ")
                    .append(curie(t.getObject())));
            ontology.find(s, RDFS.comment.asNode(), Node.ANY).forEachRemaining(t -> more.append(" — ")
                    .append(t.getObject().getLiteralLexicalForm()));
            w.println("<dt id=\"" + Html.escape(local) + "\"><code>nj:" + Html.escape(local) + "</code> "
                    + Html.escape(labels.toString()) + "</dt><dd>" + Html.escape(more.toString()) + "</dd>");
        });
        w.println("</dl>");
    }

    /**
     * Where a term of the vocabulary is explained on this server ({@code /ont#Stance}), or null for an IRI outside
     * it: a card links the types, polarities and relation types it shows here rather than to w3id.org.
     */
    static String anchor(String iri) {
        if (!iri.startsWith(Namespaces.ONT)) {
            return null;
        }
        String local = iri.substring(Namespaces.ONT.length());
        return TERM.matcher(local).matches() ? "/ont#" + local : null;
    }

    private static String curie(Node n) {
        if (!n.isURI()) {
            return "_";
        }
        return n.getURI().startsWith(Namespaces.ONT) ? "nj:" + n.getURI().substring(Namespaces.ONT.length())
                : n.getURI();
    }
}
