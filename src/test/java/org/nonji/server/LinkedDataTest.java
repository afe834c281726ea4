package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.export.ExternalTools;

/** Dereferenceable IRIs, VoID and the JSON-LD context over a real store and server, with a hostile essay. */
@Tag("slow")
class LinkedDataTest {
    static final String BROWSER = WebFixture.BROWSER;
    static final String SAMSUNG = "https://w3id.org/nonji/id/entity/samsung-electronics";

    @TempDir
    static Path tmp;

    static EndpointServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return WebFixture.get(server, path, accept);
    }

    @Test
    void entityCardShowsLabelsAndEscapesEssayText() throws Exception {
        var r = get("id/entity/samsung-electronics", BROWSER);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(WebFixture.contentType(r).startsWith("text/html"), WebFixture.contentType(r));
        assertEquals("default-src 'self'", r.headers().firstValue("Content-Security-Policy").orElse("")
                .split(";")[0]);
        String body = r.body();
        assertTrue(body.contains("삼성전자"), body);
        assertTrue(body.contains("Samsung Electronics"), body);
        // the hostile sentence is quoted on the card, escaped
        assertTrue(body.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; ]]&gt;"), body);
        assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt;"), body);
        assertFalse(body.contains("<script"), "no raw script tag: " + body);
        assertFalse(body.contains("<img"), body);
        assertFalse(body.contains("href=\"javascript:"), body);
        assertFalse(body.matches("(?s).*<[^>]*\\son[a-z]+=.*"), "no inline event handler");
        assertTrue(body.contains("Stances on it") || body.contains("Stances it holds"), body);
        assertTrue(body.contains("href=\"/id/essay/h\""), body);
    }

    @Test
    void essayCardShowsTitleAuthorAndStancesEscaped() throws Exception {
        var r = get("id/essay/h", BROWSER);
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body();
        assertTrue(body.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; ]]&gt; — nonji"),
                body);
        assertTrue(body.contains("&lt;b&gt;필자&lt;/b&gt;"), body);
        assertTrue(body.contains("2025-10-18"), body);
        assertTrue(body.contains("href=\"/id/entity/sovereign-ai\""), body);
        assertTrue(body.contains("Stances of the author"), body);
        // a source that is not an http(s) IRI is text, never a link
        assertTrue(body.contains("javascript:alert(1)"), body);
        assertFalse(body.contains("href=\"javascript:"), body);
        assertFalse(body.contains("<script"), body);
    }

    @Test
    void statementsHaveCardsToo() throws Exception {
        var r = get("id/essay/h/stance/0", BROWSER);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("polarity"), r.body());
    }

    @Test
    void rdfByAcceptAndFormat() throws Exception {
        Node s = NodeFactory.createURI(SAMSUNG);
        for (var c : List.of(new Object[] {"text/turtle", Lang.TURTLE}, new Object[] {"application/ld+json",
                Lang.JSONLD}, new Object[] {"application/n-triples", Lang.NTRIPLES})) {
            var r = get("id/entity/samsung-electronics", (String) c[0]);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(WebFixture.contentType(r).startsWith((String) c[0]), WebFixture.contentType(r));
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), (Lang) c[1]).parse(g);
            assertTrue(g.contains(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("삼성전자", "ko")), r.body());
            assertTrue(g.contains(s, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/nonji/ont#Company")));
        }
        var nt = get("id/entity/samsung-electronics?format=nt", BROWSER);
        assertTrue(WebFixture.contentType(nt).startsWith("application/n-triples"), WebFixture.contentType(nt));
        // objects come with their labels: the essay's description names its author
        var essay = get("id/essay/h", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(essay.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/nonji/id/essay/h/author"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("<b>필자</b>")), essay.body());
        assertEquals(406, get("id/entity/samsung-electronics", "image/png").statusCode());
    }

    @Test
    void candidatePagesResolve() throws Exception {
        var r = get("kg/sparql?query=" + java.net.URLEncoder.encode("SELECT ?c WHERE { ?c a "
                + "<https://w3id.org/nonji/ont#Candidate> } ORDER BY ?c LIMIT 1",
                java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        List<String> rows = r.body().lines().skip(1).toList();
        assertFalse(rows.isEmpty(), "the fixture names a candidate");
        String iri = rows.get(0).strip();
        var page = get("id/" + iri.substring("https://w3id.org/nonji/id/".length()), "text/turtle");
        assertEquals(200, page.statusCode(), iri + " " + page.body());
    }

    @Test
    void unknownIs404() throws Exception {
        assertEquals(404, get("id/entity/no-such-entity", BROWSER).statusCode());
        assertEquals(404, get("id/essay/zz", "text/turtle").statusCode());
    }

    @Test
    void hostilePathsAreRefusedWithoutInjection() throws Exception {
        for (String path : List.of("id/entity/..%2F..%2Fetc%2Fpasswd", "id/entity/%2e%2e/%2e%2e/etc/passwd",
                "id/entity/a%00b", "id/entity/x%0d%0aSet-Cookie:x", "id/entity/x%0D%0ASet-Cookie:%20x=1",
                "id/entity/%3Cscript%3E", "id/entity/a%C0%AFb")) {
            var r = get(path, BROWSER);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " → " + r.statusCode());
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + " injected a header");
            assertFalse(r.body().contains("<script>"), path + " echoed: " + r.body());
        }
        assertEquals(400, EntityPageServletProbe.status("/id/entity/..%2Fx"));
        assertEquals(400, EntityPageServletProbe.status("/id/entity/a%0d%0aSet-Cookie:x"));
        assertEquals(400, EntityPageServletProbe.status("/id/entity/%2e%2e"));
        assertEquals(400, EntityPageServletProbe.status("/id/entity/a b"));
        assertEquals(400, EntityPageServletProbe.status("/id/entity/%ZZ"));
        assertEquals(200, EntityPageServletProbe.status("/id/candidate/%ED%99%8D%EA%B8%B8%EB%8F%99"));
    }

    /** The path check on its own, for paths Jetty would already refuse before the servlet sees them. */
    static final class EntityPageServletProbe {
        static int status(String rawUri) {
            return EntityPageServlet.rest(rawUri) == null ? 400 : 200;
        }
    }

    @Test
    void errorsTellADataClientWhyInPlainText() throws Exception {
        // Jetty's own error page is empty for a client that does not ask for HTML: the reason must still arrive
        var missing = get("id/entity/no-such-entity", "text/turtle");
        assertEquals(404, missing.statusCode());
        assertTrue(WebFixture.contentType(missing).startsWith("text/plain"), WebFixture.contentType(missing));
        assertEquals("no such resource", missing.body().strip());
        var json = get("id/entity/no-such-entity", "application/ld+json, application/json;q=0.5");
        assertEquals(404, json.statusCode());
        assertTrue(json.body().contains("\"error\""), json.body());
        var voidXml = get(".well-known/void", "application/xml");
        assertEquals(406, voidXml.statusCode());
        assertTrue(voidXml.body().contains("text/turtle"), voidXml.body());
    }

    @Test
    void voidNamesTheEndpointAndCountsTriples() throws Exception {
        var r = get(".well-known/void", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(WebFixture.contentType(r).startsWith("text/turtle"), WebFixture.contentType(r));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        String v = "http://rdfs.org/ns/void#";
        Node ds = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(v + "Dataset")).toList().stream()
                .map(t -> t.getSubject()).filter(Node::isURI).findFirst().orElseThrow();
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "sparqlEndpoint"),
                NodeFactory.createURI(server.url() + "kg/sparql")), r.body());
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "uriSpace"),
                NodeFactory.createLiteralString("https://w3id.org/nonji/id/")));
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "vocabulary"),
                NodeFactory.createURI("https://w3id.org/nonji/ont#")));
        long triples = Long.parseLong(g.find(ds, NodeFactory.createURI(v + "triples"), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        assertTrue(triples > 100, r.body());
        assertTrue(g.find(ds, NodeFactory.createURI(v + "subset"), Node.ANY).toList().size() >= 2, r.body());
    }

    @Test
    void contextAndOntologyAreServed() throws Exception {
        var ctx = get("ns/context.jsonld", null);
        assertEquals(200, ctx.statusCode());
        assertTrue(WebFixture.contentType(ctx).startsWith("application/ld+json"), WebFixture.contentType(ctx));
        assertTrue(JSON.parse(ctx.body()).get("@context").isObject());
        var ont = get("ont", "text/turtle");
        assertEquals(200, ont.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ont.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/nonji/ont#Entity"), RDF.type.asNode(),
                OWL.Class.asNode()));
        var html = get("ont", BROWSER);
        assertTrue(html.body().contains("id=\"Company\""), html.body());
    }

    @Test
    void cardsParseAsHtmlWithoutScriptsHandlersOrScriptLinks() throws Exception {
        ExternalTools.require("python3", ExternalTools.onPath("python3"));
        String parser = """
                import sys
                from html.parser import HTMLParser
                bad = []
                class P(HTMLParser):
                    def handle_starttag(self, tag, attrs):
                        if tag in ('script', 'iframe', 'object', 'embed'):
                            bad.append(tag)
                        for k, v in attrs:
                            v = (v or '').strip().lower()
                            if k.startswith('on') or (k in ('href', 'src') and v.startswith(('javascript:', 'data:'))):
                                bad.append(k + '=' + v)
                P().feed(open(sys.argv[1], encoding='utf-8').read())
                print(bad)
                sys.exit(1 if bad else 0)
                """;
        for (String path : List.of("id/entity/samsung-electronics", "id/essay/h", "id/essay/h/stance/0", "ont",
                "queries")) {
            var r = get(path, BROWSER);
            assertEquals(200, r.statusCode(), path);
            Path html = tmp.resolve(path.replace('/', '_') + ".html");
            java.nio.file.Files.writeString(html, r.body());
            var check = ExternalTools.run(List.of(ExternalTools.python(), "-c", parser, html.toString()), null);
            assertEquals(0, check.exit(), path + ": " + check.out() + check.err());
        }
    }
}
