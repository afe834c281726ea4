package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.Pipeline;
import org.nonji.store.StoreDirectory;

/** A real store, a real Fuseki on port 0, real HTTP. */
@Tag("slow")
class EndpointServerTest {
    @TempDir
    static Path tmp;

    static Path store;
    static EndpointServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Path in;

    @BeforeAll
    static void start() throws Exception {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "반도체 전략\n삼성전자의 HBM은 강하다. 우리에게는 소버린 AI 전략이 필요하다.\n"
                + "반도체는 한국의 핵심 산업이다.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "동맹\n제3의 길은 매력적인 환상에 불과하다. LG전자는 가전을 만든다.\n",
                StandardCharsets.UTF_8);
        store = tmp.resolve("store");
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(in, Optional.of(store),
                Optional.empty(), false, "nori", Instant.parse("2025-01-01T00:00:00Z"), EssayReader.DEFAULT_MAX_BYTES));
        server = EndpointServer.start(new EndpointServer.Options(new StoreDirectory(store),
                TestKit.gazetteer().userWords()).port(0).timeoutMillis(2000)
                .corsOrigins(Set.of("https://allowed.example")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * One request on a connection of its own: a refused write may close its connection as the server answers
     * (Jetty need not read a body it refuses), and a POST is never retried on a pooled connection closed that way.
     */
    static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String sparql) {
        return "kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void selectInEveryResultFormat() throws Exception {
        String sparql = "SELECT ?e WHERE { ?e a <https://w3id.org/nonji/ont#Essay> } ORDER BY ?e";
        var json = get(q(sparql), "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("https://w3id.org/nonji/id/essay/a"), json.body());
        var xml = get(q(sparql), "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"), xml.body());
        var csv = get(q(sparql), "text/csv");
        assertEquals("e\r\nhttps://w3id.org/nonji/id/essay/a\r\nhttps://w3id.org/nonji/id/essay/b\r\n", csv.body());
        var tsv = get(q(sparql), "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?e"), tsv.body());
        var post = send("POST", "kg/sparql", "application/sparql-query", sparql);
        assertEquals(200, post.statusCode());
    }

    @Test
    void askAndConstruct() throws Exception {
        assertTrue(get(q("ASK { ?s a <https://w3id.org/nonji/ont#Stance> }"), "application/sparql-results+json")
                .body().contains("true"));
        var ttl = get(q("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/nonji/ont#Stance> ; ?p ?o }"),
                "text/turtle");
        assertEquals(200, ttl.statusCode());
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 5);
        var jsonld = get(q("CONSTRUCT WHERE { ?s a <https://w3id.org/nonji/ont#Essay> }"), "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void graphStoreReadsUnionAndNamedGraphs() throws Exception {
        var all = get("kg?default", "application/n-triples");
        assertEquals(200, all.statusCode());
        var one = get("kg?graph=" + URLEncoder.encode("https://w3id.org/nonji/id/essay/a", StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, one.statusCode());
        long union = all.body().lines().count();
        long graphA = one.body().lines().count();
        assertTrue(graphA > 50 && union > graphA, union + " vs " + graphA);
        assertFalse(one.body().contains("essay/b>"), "graph a holds only essay a");
    }

    @Test
    void everyWriteIsRefused() throws Exception {
        String insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        assertClientError(send("POST", "kg/update", "application/sparql-update", insert));
        assertClientError(send("POST", "kg", "application/sparql-update", insert));
        assertClientError(send("POST", "kg/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)));
        assertClientError(send("PUT", "kg?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."));
        assertClientError(send("POST", "kg?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."));
        assertClientError(send("DELETE", "kg?default", "text/turtle", ""));
        assertClientError(send("POST", "kg/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."));
        assertEquals("false", get(q("ASK { <urn:a> ?p ?o }"), "text/csv").body().lines().skip(1).findFirst()
                .orElse("").strip().toLowerCase());
    }

    static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.uri() + " " + r.body());
    }

    @Test
    void federatedServiceIsRefused() throws Exception {
        var r = get(q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), null);
        assertClientError(r);
    }

    @Test
    void crossJoinStopsAtTheTimeoutWith503() throws Exception {
        long t0 = System.nanoTime();
        var r = get(q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 15_000, "stopped after " + ms + " ms");
    }

    @Test
    void oversizedQueriesAre413BeforeParsing() throws Exception {
        String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(70_000);
        // the 413 goes out before the body is read; when the server then closes while the client is still
        // uploading, TCP may reset the connection before the client reads the 413. Refused either way.
        try {
            assertEquals(413, send("POST", "kg/sparql", "application/sparql-query", huge).statusCode());
        } catch (java.io.IOException reset) {
            assertTrue(reset.getMessage() == null || !reset.getMessage().contains("timed out"), reset.toString());
        }
        var r = get("kg/sparql?query=" + "x".repeat(70_000), null);
        assertTrue(r.statusCode() == 413 || r.statusCode() == 414 || r.statusCode() == 431, "" + r.statusCode());
    }

    @Test
    void theFusekiUiAndItsAssetsLoad() throws Exception {
        var index = get("sparql-ui/", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        var m = java.util.regex.Pattern.compile("src=\"(?:\\./|/)?(static/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(m.find(), index.body());
        var js = get("sparql-ui/" + m.group(1), null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        var status = get("$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        assertEquals(200, get("$/ping", null).statusCode());
        assertEquals(404, get("$/datasets", null).statusCode(), "no admin: datasets cannot be listed or created");
        assertClientError(send("POST", "$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"));
    }

    @Test
    void koreanFullTextSearchOverHttp() throws Exception {
        String hits = get(q("PREFIX text: <http://jena.apache.org/text#> PREFIX nj: <https://w3id.org/nonji/ont#> "
                + "SELECT ?t WHERE { ?s text:query '반도체' ; a nj:Sentence ; nj:text ?t }"), "text/csv").body();
        assertTrue(hits.contains("반도체는 한국의 핵심 산업이다."), hits);
        String samsung = get(q("PREFIX text: <http://jena.apache.org/text#> PREFIX nj: <https://w3id.org/nonji/ont#> "
                + "SELECT ?t WHERE { ?s text:query '삼성전자' ; a nj:Sentence ; nj:text ?t }"), "text/csv").body();
        assertTrue(samsung.contains("삼성전자의 HBM은 강하다."), samsung);
        assertFalse(samsung.contains("LG전자"), "no false hit on another 전자: " + samsung);
    }

    @Test
    void cannedQueriesOverHttpBindParametersSafely() throws Exception {
        var list = get("queries", "application/json");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"stances-on\""));
        var html = get("queries", "text/html");
        assertTrue(html.body().startsWith("<!doctype html>"));
        var rows = get("queries/stances-on?format=csv&target="
                + URLEncoder.encode("https://w3id.org/nonji/id/entity/third-way", StandardCharsets.UTF_8), null);
        assertEquals(200, rows.statusCode(), rows.body());
        assertTrue(rows.body().contains("oppose"), rows.body());
        assertEquals(404, get("queries/no-such-query", null).statusCode());
        assertEquals(400, get("queries/stances-on?nope=1", null).statusCode());
        assertEquals(400, get("queries/stances-on?target=" + URLEncoder.encode("> } ; DROP ALL ; #",
                StandardCharsets.UTF_8), null).statusCode());
        var injected = get("queries/search?format=csv&q=" + URLEncoder.encode("반도체' } SELECT * { ?s ?p ?o",
                StandardCharsets.UTF_8), null);
        assertTrue(injected.statusCode() == 200 || injected.statusCode() == 400, "" + injected.statusCode());
        assertFalse(injected.body().contains("https://w3id.org/nonji/ont#"), "no injected query ran");
        // a Lucene regex too complex to run is the caller's error: 400 in one line, not a 500 with a trace
        for (String accept : new String[] {null, "text/html"}) {
            var regex = get("queries/search?q=" + URLEncoder.encode("/[ab]*a[ab]{24}/", StandardCharsets.UTF_8)
                    + (accept == null ? "&format=csv" : ""), accept);
            assertEquals(400, regex.statusCode(), regex.body());
            assertTrue(regex.body().contains("too complex"), regex.body());
        }
        // the same through the raw endpoint, in both forms text:query takes, and in a sub-select
        for (String pattern : new String[] {"?s text:query \"/[ab]*a[ab]{24}/\"",
                "?s text:query (rdfs:label \"/[ab]*a[ab]{24}/\" 10)",
                "{ SELECT ?s WHERE { ?s text:query \"/[ab]*a[ab]{24}/\" } }"}) {
            var raw = get(q("PREFIX text: <http://jena.apache.org/text#> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s WHERE { " + pattern + " }"), null);
            assertEquals(400, raw.statusCode(), pattern + ": " + raw.body());
            assertTrue(raw.body().contains("too complex"), raw.body());
        }
        // one that does not parse (found by FuzzSoakIT): 400, not 500
        var broken = get(q("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '반도체\"<*' }"),
                null);
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("does not parse"), broken.body());
        var fine = get(q("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"반도체\" }"),
                null);
        assertEquals(200, fine.statusCode(), fine.body());
    }

    @Test
    void corsOnlyForTheAllowList() throws Exception {
        var allowed = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + q("ASK {}")))
                .header("Origin", "https://allowed.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("https://allowed.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        var other = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + q("ASK {}")))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
    }

    @Test
    void aCorruptStoreFailsStartUpWithExitCode1() throws Exception {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken.resolve("gen-000001/tdb2"));
        Files.writeString(broken.resolve(".nonji-store"), "x");
        Files.writeString(broken.resolve("CURRENT"), "gen-000001\n");
        var r = TestKit.cli("serve", "--store", broken.toString(), "--port", "0");
        assertEquals(ExitCodes.RUNTIME, r.exit());
        assertTrue(r.err().contains("corrupt store"), r.err());
        var missing = TestKit.cli("serve", "--store", tmp.resolve("nothing").toString(), "--port", "0");
        assertEquals(ExitCodes.RUNTIME, missing.exit());
        assertTrue(missing.err().contains("no store"), missing.err());
    }

    @Test
    void malformedAndPathologicalQueriesNeverTakeTheServerDown() throws Exception {
        assertEquals(400, get(q("SELECT * WHERE { ?s ?p "), null).statusCode());
        String nested = "SELECT * WHERE " + "{ ".repeat(3000) + "?s ?p ?o" + " }".repeat(3000);
        var deep = send("POST", "kg/sparql", "application/sparql-query", nested);
        assertTrue(deep.statusCode() >= 400, "deep nesting refused: " + deep.statusCode());
        var paths = get(q("SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:p>|!<urn:q>)* ?b . ?b (!<urn:q>)+ ?c }"), null);
        assertTrue(paths.statusCode() == 503 || paths.statusCode() == 200, "path blow-up bounded: " + paths.statusCode());
        var concat = get(q("SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { ?s ?p ?o . ?x ?y ?z }"), null);
        assertTrue(concat.statusCode() == 503 || concat.statusCode() == 200, "bounded: " + concat.statusCode());
        assertEquals(200, get("$/ping", null).statusCode(), "still up");
        assertTrue(get(q("ASK { ?s ?p ?o }"), "text/csv").body().contains("true"), "still answering");
    }

    @Test
    void fromClausesNeverReadLocalFiles() throws Exception {
        var r = get(q("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"), "text/csv");
        assertFalse(r.body().contains("root:"), r.body());
        var named = get(q("SELECT * FROM NAMED <file:///etc/hostname> WHERE { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        assertTrue(named.body().lines().count() <= 1, named.body());
    }

    @Test
    void aBuildWhileServingSwapsTheStoreAndTheServerKeepsAnswering() throws Exception {
        String before = Files.readString(store.resolve("CURRENT")).strip();
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(in, Optional.of(store),
                Optional.empty(), false, "nori", Instant.parse("2025-01-02T00:00:00Z"), EssayReader.DEFAULT_MAX_BYTES)
                .withFull(true));
        assertFalse(before.equals(Files.readString(store.resolve("CURRENT")).strip()), "the new build is live");
        assertTrue(Files.isDirectory(store.resolve(before)), "the generation being served is kept");
        String hits = get(q("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '반도체' }"),
                "text/csv").body();
        assertTrue(hits.lines().count() > 1, "full-text search still works on the served generation: " + hits);
    }

    @Test
    void cannedQueriesPageWithLimitAndOffset() throws Exception {
        String all = get("queries/essays?format=csv", null).body();
        List<String> rows = all.lines().skip(1).toList();
        assertEquals(2, rows.size(), all);
        String first = get("queries/essays?format=csv&limit=1", null).body();
        assertEquals(List.of(rows.get(0)), first.lines().skip(1).toList());
        String second = get("queries/essays?format=csv&limit=1&offset=1", null).body();
        assertEquals(List.of(rows.get(1)), second.lines().skip(1).toList());
        assertEquals(2, get("queries/essays?format=csv&limit=all", null).body().lines().skip(1).count());
        assertEquals(400, get("queries/essays?limit=0", null).statusCode());
        assertEquals(400, get("queries/essays?offset=-1", null).statusCode());
    }
}
