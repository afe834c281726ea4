package org.nonji.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.nonji.Namespaces;
import org.nonji.export.Prefixes;

/**
 * {@code GET /id/REST}: the resource {@code https://w3id.org/nonji/id/REST} dereferenced. Turtle, JSON-LD or
 * N-Triples give its description (every triple with it as subject, plus the labels of the objects); HTML gives an
 * entity or essay card. Chosen by Accept or {@code ?format=ttl|jsonld|nt|html}. 404 for an IRI the store says
 * nothing about; 400 for a path that is not a plain IRI path.
 */
final class EntityPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where minted IRIs live; the local path {@code /id/} stands for it. */
    static final String BASE = Namespaces.ID;
    static final String LOCAL = "/id/";

    /** Turtle first: a client that accepts anything gets data, a browser (text/html first) gets the card. */
    private static final List<String> OFFERS = List.of(Negotiation.TURTLE, Negotiation.JSONLD,
            Negotiation.NTRIPLES, Negotiation.HTML);

    /** What a raw path may hold: unreserved characters, percent escapes ('+' comes from minted candidate slugs). */
    private static final Pattern RAW = Pattern.compile("[A-Za-z0-9._~%/+*-]{1,512}");
    private static final Pattern ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    static final String DESCRIBE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?s ?p ?o . ?o rdfs:label ?ol . ?o skos:prefLabel ?opl }
            WHERE {
              ?s ?p ?o
              OPTIONAL { ?o rdfs:label ?ol }
              OPTIONAL { ?o skos:prefLabel ?opl }
            }
            """;

    private final transient DatasetGraph dsg;
    private final long timeoutMillis;

    EntityPageServlet(DatasetGraph dsg, long timeoutMillis) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req.getRequestURI());
        if (rest == null) {
            // the message is fixed: the raw path never reaches a header or the error page
            ErrorReplies.send(req, resp, 400, "not a resource path");
            return;
        }
        String type = Negotiation.choose(req, OFFERS);
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            ErrorReplies.send(req, resp, 406,
                    "available: text/turtle, application/ld+json, application/n-triples, text/html");
            return;
        }
        EntityCard.Paging paging = EntityCard.Paging.parse(req.getParameter("list"), req.getParameter("page"));
        if (paging == null) {
            ErrorReplies.send(req, resp, 400, "page: a number from 1 to " + EntityCard.Paging.MAX_PAGE
                    + ", with list: a section id");
            return;
        }
        Node s = NodeFactory.createURI(BASE + rest);
        dsg.begin(TxnType.READ);
        try {
            Graph description = describe(dsg, s, timeoutMillis);
            if (!description.contains(s, Node.ANY, Node.ANY)) {
                ErrorReplies.send(req, resp, 404, "no such resource");
                return;
            }
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (type.equals(Negotiation.HTML)) {
                resp.setContentType("text/html;charset=utf-8");
                resp.setHeader("Content-Security-Policy", ClasspathServlet.CSP);
                // rendered to memory first: a query failing half-way must not leave half a page with a 200
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                try (PrintWriter w = new PrintWriter(buf, false, StandardCharsets.UTF_8)) {
                    new EntityCard(dsg, s, description, timeoutMillis, paging).write(w);
                }
                try (OutputStream out = resp.getOutputStream()) {
                    buf.writeTo(out);
                }
            } else {
                writeRdf(description, type, resp);
            }
        } catch (QueryCancelledException e) {
            if (!resp.isCommitted()) {
                ErrorReplies.send(req, resp, 503, "query timed out after " + timeoutMillis + " ms");
            }
        } finally {
            dsg.end();
        }
    }

    static void writeRdf(Graph g, String type, HttpServletResponse resp) throws IOException {
        Lang lang = switch (type) {
            case Negotiation.JSONLD -> Lang.JSONLD;
            case Negotiation.NTRIPLES -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        Prefixes.MAP.forEach(g.getPrefixMapping()::setNsPrefix);
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, lang);
        }
    }

    /** The resource's description; the IRI is bound as a term, never pasted into the query. */
    static Graph describe(DatasetGraph dsg, Node s, long timeoutMillis) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(DESCRIBE)
                .substitution(BindingFactory.binding(Var.alloc("s"), s))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            return exec.construct();
        }
    }

    /**
     * The path after {@code /id/} as it appears in the IRI, or null when it is not a plain IRI path: characters
     * outside the unreserved set, malformed or non-UTF-8 escapes, escaped ASCII other than unreserved characters
     * (so no %00, CR/LF, %2F), and {@code .} or {@code ..} segments in either form.
     */
    static String rest(String rawUri) {
        if (rawUri == null || !rawUri.startsWith(LOCAL)) {
            return null;
        }
        String rest = rawUri.substring(LOCAL.length());
        if (!RAW.matcher(rest).matches() || ESCAPE.matcher(rest).find()) {
            return null;
        }
        String decoded = decode(rest);
        if (decoded == null) {
            return null;
        }
        if (rest.startsWith("concept/")) {
            return concept(rest.substring(8), decoded.substring(8)) ? rest : null;
        }
        if (rest.startsWith("candidate/")) {   // a Hangul candidate is its surface percent-encoded whole, like a concept
            return concept(rest.substring(10), decoded.substring(10)) ? rest : null;
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "._~/+-".indexOf(c) >= 0);
            // percent-encoded Hangul is how candidate slugs are minted; encoded ASCII punctuation never is
            if (c < 0x80 ? !plain : Character.isISOControl(c) || Character.isWhitespace(c)) {
                return null;
            }
        }
        if (rest.toLowerCase(java.util.Locale.ROOT).contains("%2f")) {
            return null;
        }
        for (String seg : decoded.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                return null;
            }
        }
        return decoded.contains("..") ? null : rest;
    }

    /**
     * A concept's (or Hangul candidate's) name is its label percent-encoded whole (URLEncoder: 10%25확대,
     * ai%2F반도체, 기술*): one raw segment, which may decode to any printable text, '%' and '/' included; it only ever
     * names an IRI to look up.
     */
    private static boolean concept(String raw, String decoded) {
        if (raw.isEmpty() || raw.indexOf('/') >= 0 || decoded.isEmpty()) {
            return false;
        }
        return decoded.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
    }

    private static String decode(String s) {
        ByteBuffer bytes = ByteBuffer.allocate(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                bytes.put((byte) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Where evidence lands: the local path of an essay's page at one sentence ({@code /id/essay/a#s3}), or null when
     * the essay IRI is not minted here or the index is not a number.
     */
    static String sentencePath(Node essay, Node index) {
        if (essay == null || !essay.isURI() || index == null || !index.isLiteral()
                || !index.getLiteralLexicalForm().matches("\\d{1,9}")) {
            return null;
        }
        String local = localPath(essay.getURI());
        return local == null ? null : local + "#s" + index.getLiteralLexicalForm();
    }

    /** The local path of a minted IRI, or null when the IRI is not minted here or not safe to put in a link. */
    static String localPath(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        String rest = iri.substring(BASE.length());
        return RAW.matcher(rest).matches() ? LOCAL + rest : null;
    }
}
