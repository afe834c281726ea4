package org.nonji.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
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
import org.nonji.store.TdbStore;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code push} against a real second server: a writable Fuseki over its own TDB2 database, started here on port 0.
 * A filter in front of it counts writes, records headers and can fail requests with 503.
 */
@Tag("slow")
class GraphPushTest {
    private static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    static Path tmp;

    static Path store;
    static FusekiServer server;
    static final AtomicInteger writes = new AtomicInteger();
    static final AtomicInteger failNext = new AtomicInteger();
    static final ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() {
        store = tmp.resolve("store");
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(TestKit.basedir().resolve("seeds"),
                Optional.of(store), Optional.empty(), false, "nori", TIME, EssayReader.DEFAULT_MAX_BYTES));
        Filter faults = (req, res, chain) -> {
            HttpServletRequest r = (HttpServletRequest) req;
            tokens.add(String.valueOf(r.getHeader("X-Token")));
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                ((HttpServletResponse) res).sendError(503, "injected");
                return;
            }
            if (!r.getMethod().equals("GET") && !r.getMethod().equals("HEAD")
                    && !(r.getMethod().equals("POST") && r.getRequestURI().endsWith("/sparql"))) {
                writes.incrementAndGet();
            }
            chain.doFilter(req, res);
        };
        server = FusekiServer.create().port(0).loopback(true)
                .add("/remote", tdb(tmp.resolve("remote")), true)
                .add("/fresh", tdb(tmp.resolve("fresh")), true)
                .add("/dry", tdb(tmp.resolve("dry")), true)
                .add("/readonly", tdb(tmp.resolve("readonly")), false)
                .addFilter("/*", faults).build().start();
    }

    /** A TDB2 database whose default graph is the union of its named graphs, as a nonji store's is. */
    private static DatasetGraph tdb(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static String url(String dataset) {
        return "http://localhost:" + server.getPort() + "/" + dataset;
    }

    @Test
    void aPushGivesTheSameContractRowsAndARepeatChangesNothing() throws IOException {
        tokens.clear();
        TestKit.Run first = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("remote"),
                "--header", "X-Token: s3cret");
        assertEquals(ExitCodes.OK, first.exit(), first.err());
        assertTrue(first.err().contains("2 added, 0 replaced, 0 unchanged, 0 dropped"), first.err());
        assertTrue(first.err().contains("shared graphs: 3 written"), first.err());
        assertTrue(tokens.stream().allMatch("s3cret"::equals), "every request carries the header: " + tokens);
        System.out.println("first push of the seeds: " + first.err().lines().reduce((a, b) -> b).orElse(""));

        for (String query : List.of("mentions", "stances", "positions", "09-co-mentions", "03-actors-by-mentions")) {
            String sparql = Files.readString(TestKit.basedir().resolve("queries").resolve(query + ".rq"));
            List<String> local = localRows(sparql);
            assertTrue(local.size() > 10, query + " has rows");
            assertEquals(local, remoteRows(sparql), query + ": the same rows from both stores");
        }

        int before = writes.get();
        TestKit.Run again = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("remote"));
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertTrue(again.err().contains("0 added, 0 replaced, 2 unchanged, 0 dropped"), again.err());
        assertTrue(again.err().contains("shared graphs: 0 written, 3 unchanged"), again.err());
        assertEquals(before, writes.get(), "a repeated push writes nothing");
        System.out.println("repeated push of the seeds: " + again.err().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void anEssayTheSourceNoLongerHasIsReportedAndDroppedOnlyWithPrune() {
        String ghost = "https://w3id.org/nonji/id/essay/ghost";
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(ghost), org.apache.jena.vocabulary.RDF.type.asNode(),
                NodeFactory.createURI("https://w3id.org/nonji/ont#Essay"));
        GSP.service(url("fresh")).graphName(ghost).PUT(g);

        TestKit.Run kept = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("fresh"));
        assertEquals(ExitCodes.OK, kept.exit(), kept.err());
        assertTrue(kept.err().contains("1 stale on the endpoint") && kept.err().contains("stale: " + ghost),
                kept.err());
        assertFalse(GSP.service(url("fresh")).graphName(ghost).GET().isEmpty(), "kept without --prune");

        TestKit.Run dry = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("fresh"), "--prune",
                "--dry-run");
        assertTrue(dry.err().contains("would push") && dry.err().contains("1 dropped")
                && dry.err().contains("would drop: " + ghost), dry.err());
        assertFalse(GSP.service(url("fresh")).graphName(ghost).GET().isEmpty(), "a dry run deletes nothing");

        TestKit.Run pruned = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("fresh"), "--prune");
        assertEquals(ExitCodes.OK, pruned.exit(), pruned.err());
        assertTrue(pruned.err().contains("2 unchanged, 1 dropped"), pruned.err());
        HttpException gone = assertThrows(HttpException.class, () -> GSP.service(url("fresh")).graphName(ghost).GET());
        assertEquals(404, gone.getStatusCode());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndClientErrorsAreNot() {
        Dataset ds = TdbStore.open(new StoreDirectory(store), List.of());
        try (GraphSource source = new StoreGraphs(ds)) {
            failNext.set(3);
            PushSummary s = new GraphPush(new PrintWriter(new StringWriter())).push(source,
                    PushOptions.to(url("dry")).withBatch(1).withRetries(4, Duration.ofMillis(10)).withDryRun(true));
            assertEquals(3, s.retries(), s.line());
            assertEquals(2, s.added(), s.line());
        }
        int before = writes.get();
        TestKit.Run ro = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("readonly"));
        assertEquals(ExitCodes.RUNTIME, ro.exit(), ro.err());
        // the 4xx is final at once: with 5 retries by default, a retried 405 would read "after 6 attempts"; one
        // connection reset before it (the server may answer 405 before it has read the body) is retried, as it should
        assertTrue(ro.err().contains("PUT <") && ro.err().contains("HTTP 4")
                && (!ro.err().contains("attempts") || ro.err().contains("after 2 attempts")), ro.err());
        assertTrue(writes.get() - before <= 8, "one failed attempt per graph in the first batch at most");
    }

    @Test
    void aDryRunWritesNothing() {
        TestKit.Run dry = TestKit.cli("push", "--store", store.toString(), "--endpoint", url("dry"), "--dry-run");
        assertEquals(ExitCodes.OK, dry.exit(), dry.err());
        assertTrue(dry.err().contains("would push 2 essay graph(s): 2 added"), dry.err());
        assertNull(getOrNull(url("dry"), "https://w3id.org/nonji/id/graph/ontology"));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, TestKit.cli("push", "--store", store.toString(), "--endpoint", url("dry"),
                "--header", "no colon").exit());
        assertEquals(ExitCodes.USAGE, TestKit.cli("push", "--store", store.toString(), "--endpoint", "ftp://x")
                .exit());
        assertEquals(ExitCodes.USAGE, TestKit.cli("push", "--endpoint", url("dry")).exit(), "a source is needed");
    }

    private static Graph getOrNull(String endpoint, String graph) {
        try {
            Graph g = GSP.service(endpoint).graphName(graph).GET();
            return g.isEmpty() ? null : g;
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static List<String> localRows(String sparql) {
        Dataset ds = TdbStore.open(new StoreDirectory(store), TestKit.gazetteer().userWords());
        try {
            ds.begin(TxnType.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                List<String> rows = rows(qe.execSelect());
                ds.end();
                return rows;
            }
        } finally {
            ds.close();
        }
    }

    private static List<String> remoteRows(String sparql) {
        try (QueryExecution qe = QueryExecution.service(url("remote")).query(sparql).build()) {
            return rows(qe.execSelect());
        }
    }

    private static List<String> rows(ResultSet rs) {
        List<String> out = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        rs.forEachRemaining(s -> {
            StringBuilder b = new StringBuilder();
            vars.forEach(v -> b.append(s.get(v)).append('\t'));
            out.add(b.toString());
        });
        out.sort(null);
        return out;
    }
}
