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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;
import org.nonji.cli.Main;
import org.nonji.corpus.EssayReader;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.BuildSummary;
import org.nonji.pipeline.Pipeline;
import org.nonji.store.StoreDirectory;

/**
 * A server keeps up with its store: it switches to a generation a build wrote without dropping a request, a
 * watching server applies changes in place, and the CLI reads a store a server holds. Real stores, real HTTP.
 */
@Tag("slow")
class FollowingServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ESSAYS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a "
            + "<https://w3id.org/nonji/ont#Essay> } }";

    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "반도체 전략\n삼성전자의 HBM은 강하다. 우리에게는 소버린 AI 전략이 필요하다.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "동맹\n제3의 길은 매력적인 환상에 불과하다.\n", StandardCharsets.UTF_8);
        return in;
    }

    private static BuildSummary build(Pipeline p, Path in, Path store) {
        return p.build(new BuildOptions(in, Optional.of(store), Optional.empty(), false, "nori",
                Instant.parse("2025-01-01T00:00:00Z"), EssayReader.DEFAULT_MAX_BYTES));
    }

    private static HttpResponse<String> sparql(EndpointServer s, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String essays(EndpointServer s) throws Exception {
        return sparql(s, ESSAYS).body().lines().skip(1).findFirst().orElse("").strip();
    }

    private static EndpointServer serve(Path store, long followMillis) {
        return EndpointServer.start(new EndpointServer.Options(new StoreDirectory(store),
                TestKit.gazetteer().userWords()).port(0).followMillis(followMillis));
    }

    @Test
    void aServerSwitchesToTheGenerationABuildWroteWithoutDroppingARequest() throws Exception {
        Path in = corpus();
        Path store = tmp.resolve("store");
        build(new Pipeline(new PrintWriter(new StringWriter())), in, store);
        EndpointServer server = serve(store, 100);
        try {
            Path before = server.generation();
            assertEquals("2", essays(server));
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        statuses.add(sparql(server, ESSAYS).statusCode());
                    } catch (Exception e) {
                        statuses.add(-1);
                    }
                }
            });
            client.start();
            Files.writeString(in.resolve("c.txt"), "전력\n데이터센터 전력망 확충이 시급하다.\n", StandardCharsets.UTF_8);
            BuildSummary s = build(new Pipeline(new PrintWriter(new StringWriter())), in, store);
            assertEquals(BuildSummary.Mode.UPDATE, s.changes().mode());
            Path after = new StoreDirectory(store).current();
            assertFalse(after.equals(before), "the update went to a copy: the live generation is being served");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!essays(server).equals("3") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            running.set(false);
            client.join();
            assertEquals("3", essays(server), "the server answers from the new generation");
            assertEquals(after, server.generation());
            assertTrue(statuses.size() > 5, "the client kept asking: " + statuses.size());
            assertEquals(List.of(200), statuses.stream().distinct().toList(), "no request was dropped");
            assertFalse(StoreDirectory.inUse(before), "the old generation was let go");
            assertTrue(sparql(server, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE "
                    + "{ ?s text:query '전력망' }").body().contains("essay/c/sentence"), "with its text index");
        } finally {
            server.stop();
        }
    }

    @Test
    void aWatchingServerAppliesChangesInPlaceWhileItAnswers() throws Exception {
        Path in = corpus();
        Path store = tmp.resolve("store");
        build(new Pipeline(new PrintWriter(new StringWriter())), in, store);
        EndpointServer server = serve(store, 0);
        try {
            Path gen = server.generation();
            Pipeline watch = new Pipeline(new PrintWriter(new StringWriter()), server.inPlaceUpdates());
            Files.writeString(in.resolve("b.txt"), "동맹\n제3의 길은 매력적인 환상에 불과하다. 전력망 투자가 시급하다.\n",
                    StandardCharsets.UTF_8);
            Files.delete(in.resolve("a.txt"));
            BuildSummary s = build(watch, in, store);
            assertEquals(new BuildSummary.Changes(BuildSummary.Mode.UPDATE, 0, 1, 1, 0), s.changes());
            assertEquals(gen, new StoreDirectory(store).current(), "in place: no new generation");
            assertEquals("1", essays(server), "the removed essay is gone at once");
            assertTrue(sparql(server, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE "
                    + "{ ?s text:query '전력망' }").body().contains("essay/b/sentence"), "the changed text is searchable");
            assertFalse(sparql(server, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE "
                    + "{ ?s text:query '소버린' }").body().contains("essay/a"), "the removed text is not");
        } finally {
            server.stop();
        }
    }

    @Test
    void theCliReadsAStoreAServerHolds() throws Exception {
        Path in = corpus();
        Path store = tmp.resolve("store");
        build(new Pipeline(new PrintWriter(new StringWriter())), in, store);
        EndpointServer server = serve(store, 0);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "query", "mentions", "--store",
                    store.toString(), "--format", "csv");
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("samsung-electronics"), out.toString());
            assertEquals("2", essays(server), "and the server still answers");
        } finally {
            server.stop();
        }
    }
}
