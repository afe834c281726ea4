package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: every query does bounded work, and every answer is honest about it. Real store, real Fuseki. */
@Tag("slow")
class BoundedQueriesTest {
    @TempDir
    static Path tmp;
    static EndpointServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String HUGE_OFFSET = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } OFFSET 100000000";

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(tmp, o -> o.timeoutMillis(2000).maxConcurrentQueries(2));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void compressedBodiesAreRefusedBeforeAnythingInflatesThem() throws Exception {
        // 6 MB of blanks in front of a query that the OFFSET guard would refuse: ~6 KB gzipped
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(" ".repeat(6_000_000).getBytes(StandardCharsets.US_ASCII));
            gz.write(HUGE_OFFSET.getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(zipped.size() < 64 * 1024, "under the request limit on the wire: " + zipped.size());
        long t0 = System.nanoTime();
        var r = send(to("kg/sparql").header("Content-Type", "application/sparql-query")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));
        assertEquals(415, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 1500, "refused at once");
        var form = send(to("kg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Content-Encoding", "identity, deflate")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc("ASK {}"))));
        assertEquals(415, form.statusCode());
        var plain = send(to("kg/sparql").header("Content-Type", "application/sparql-query")
                .header("Content-Encoding", "identity").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(200, plain.statusCode(), "identity is no encoding at all");
    }

    @Test
    void theOffsetGuardSeesEveryWayAQueryArrives() throws Exception {
        String q = enc(HUGE_OFFSET);
        for (String type : new String[] {"Application/SPARQL-Query", "application/sparql-query; charset=UTF-8",
                "application/sparql-query;charset=utf-8"}) {
            assertEquals(400, send(to("kg/sparql").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(HUGE_OFFSET))).statusCode(), type);
        }
        assertEquals(400, send(to("kg/sparql?query=" + q).POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
                "POST without Content-Type, ?query= in the URL");
        assertEquals(400, send(to("kg/sparql").header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q))).statusCode(), "form body with charset");
        assertEquals(400, send(to("kg/sparql?query=" + q).GET()).statusCode(), "GET");
        assertEquals(400, send(to("kg?query=" + q).GET()).statusCode(), "GET on the dataset itself");
        assertEquals(400, send(to("kg/query?query=" + q).GET()).statusCode(), "GET on /kg/query");
        var fine = send(to("kg/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 2 OFFSET 3"))
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, fine.statusCode(), fine.body());
        assertEquals(3, fine.body().lines().count(), fine.body());
    }

    @Test
    void traceIsNotAllowedAnywhereAndEchoesNothing() throws Exception {
        for (String path : new String[] {"", "kg/sparql", "queries", "ont", "id/entity/samsung-electronics",
                ".well-known/void", "graph", "nowhere"}) {
            var r = send(to(path).header("X-Secret", "token-123").method("TRACE", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, r.statusCode(), path);
            assertFalse(r.body().contains("token-123"), path + " echoed a header: " + r.body());
        }
    }

    @Test
    void aCatastrophicRegexStopsAtTheTimeout() throws Exception {
        String text = "a".repeat(5000);
        for (String q : new String[] {
                "ASK { FILTER REGEX(\"" + text + "\", \"(.*a){12}b\") }",
                "SELECT * WHERE { BIND(\"" + text + "\" AS ?t) FILTER REGEX(?t, \"(.*a){12}b\", \"i\") }",
                "SELECT (REPLACE(\"" + text + "\", \"(.*a){12}b\", \"x\") AS ?r) WHERE { }"}) {
            long t0 = System.nanoTime();
            // a timeout before the answer starts is a 503; once a slow machine has begun the answer, the
            // connection is aborted instead (README: no 200 with a truncated body). Either way it stops.
            int status;
            String body;
            try {
                var r = send(to("kg/sparql").header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(q)));
                status = r.statusCode();
                body = r.body();
            } catch (java.io.IOException aborted) {
                status = -1;
                body = aborted.toString();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(status == 503 || status == -1, q.substring(0, 40) + "…: " + status + " " + body);
            assertTrue(ms < 6000, "stopped near the 2 s timeout, not after " + ms + " ms");
        }
        var ok = send(to("kg/sparql?query=" + enc("SELECT ?r WHERE { FILTER REGEX(\"삼성전자\", \"^삼성\") "
                + "BIND(REPLACE(\"abcb\"@en, \"b\", \"X\") AS ?r) }")).header("Accept", "text/csv"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("r\r\naXcX\r\n", ok.body(), "REGEX and REPLACE still answer as ARQ's do");
    }

    @Test
    void javaFunctionIrisLoadNothing() throws Exception {
        for (String q : new String[] {"SELECT (<java:org.nonji.server.TrapFunction>() AS ?x) WHERE { }",
                "PREFIX j: <java:org.nonji.server.> SELECT * WHERE { ?s j:TrapFunction ?o } LIMIT 1",
                "SELECT * WHERE { FILTER(<JAVA:org.nonji.server.TrapFunction>()) }"}) {
            var r = send(to("kg/sparql?query=" + enc(q)).header("Accept", "text/csv"));
            assertFalse(r.body().contains("loaded"), q + ": " + r.body());
        }
        assertEquals(null, System.getProperty("nonji.trap.loaded"), "the class was never loaded");
    }

    @Test
    void aCheapAskAnswersWhileThirtyTwoClientsRunCrossJoins() throws Exception {
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        List<CompletableFuture<HttpResponse<String>>> joins = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            joins.add(HTTP.sendAsync(to("kg/sparql?query=" + enc(cross)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(500);
        long t0 = System.nanoTime();
        var ask = send(to("kg/sparql?query=" + enc("ASK { ?s ?p ?o }")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ms < 1500, "the ASK waited " + ms + " ms behind the cross joins");
        int busy = 0;
        for (var f : joins) {
            var r = f.get(60, TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), "a cross join either times out or is refused");
            if (r.headers().firstValue("Retry-After").isPresent()) {
                busy++;
            }
        }
        assertTrue(busy >= 16, "most of the 32 were refused for want of a permit, with Retry-After: " + busy);
    }

    @Test
    void aCheapAskAnswersWhileCatastrophicRegexesRun() throws Exception {
        // no triple pattern at all, yet each runs to the 2 s timeout: they must not take the light lane
        String regex = "ASK { FILTER REGEX(\"" + "a".repeat(5000) + "\", \"(.*a){12}b\") }";
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slow.add(HTTP.sendAsync(to("kg/sparql").header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(regex)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300);
        long t0 = System.nanoTime();
        var ask = send(to("kg/sparql?query=" + enc("ASK { ?s ?p ?o }")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ms < 1000, "the ASK waited " + ms + " ms behind the regexes");
        for (var f : slow) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException aborted) {
                // an aborted answer is an answer (README: no 200 with a truncated body)
            }
        }
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"", "queries", "queries/no-such-query", "nowhere", "kg/sparql?query=nonsense",
                "$/ping", "graph", "sparql-ui/", "sparql-ui/index.html", "id/entity/samsung-electronics"}) {
            var r = send(to(path).header("Accept", "text/html"));
            assertEquals(ClasspathServlet.CSP, r.headers().firstValue("Content-Security-Policy").orElse("none"),
                    path + " (" + r.statusCode() + ")");
        }
    }

    @Test
    void voidNamesTheEndpointAtTheServersOwnAddressWhateverTheHostHeader() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET /.well-known/void HTTP/1.1\r\nHost: evil.example:666\r\n"
                    + "Accept: application/n-triples\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertFalse(answer.contains("evil.example"), answer);
            assertTrue(answer.contains("<" + server.url() + "kg/sparql>"), answer);
        }
    }

    /** What a client makes of a streamed answer: its status, and its body if the transfer completed. */
    record Answer(int status, String body, IOException failure) {
    }

    static Answer stream(String path, String accept) throws Exception {
        var r = HTTP.send(to(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            return new Answer(r.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return new Answer(r.statusCode(), null, e);
        }
    }

    @Test
    void aQueryThatTimesOutWhileStreamingNeverLooksLikeACompleteAnswer() throws Exception {
        String rows = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        for (String accept : new String[] {"application/sparql-results+json", "text/csv",
                "text/tab-separated-values", "application/sparql-results+xml"}) {
            Answer a = stream("kg/sparql?query=" + enc(rows), accept);
            assertTrue(a.status() != 200 || a.failure() != null, accept + ": a 200 that ended normally after "
                    + (a.body() == null ? 0 : a.body().length()) + " chars");
        }
        Answer canned = stream("queries/mentions?limit=all", "text/csv");
        assertTrue(canned.status() == 200 && canned.failure() == null, "a canned query within the timeout completes");
        Answer ok = stream("kg/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 3"), "text/csv");
        assertEquals(200, ok.status());
        assertEquals(4, ok.body().lines().count(), "a query that finishes in time streams as before");
    }
}
