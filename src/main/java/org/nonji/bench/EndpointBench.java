package org.nonji.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.BuildSummary;
import org.nonji.pipeline.Pipeline;
import org.nonji.query.CannedQuery;
import org.nonji.query.QueryCatalog;
import org.nonji.query.QueryRunner;
import org.nonji.server.EndpointServer;
import org.nonji.store.StoreDirectory;

/**
 * Endpoint latency: a point lookup and every canned query, through HTTP and in-process on the same store in the
 * same run (their ratio is the cost of HTTP and Fuseki), on the seeds and on a synthetic store; and the cold start
 * of the jar to its first answer.
 */
public final class EndpointBench {
    static final String POINT_LOOKUP = "SELECT ?p ?o WHERE { <https://w3id.org/nonji/id/entity/samsung-electronics> ?p ?o }";

    private EndpointBench() {
    }

    /** Benchmarks the seeds' store and a synthetic store of {@code copies} copies of the seeds. */
    public static void run(Path seeds, int copies, int reps, Optional<Path> jar, PrintWriter out) throws Exception {
        Path work = Files.createTempDirectory("nonji-bench");
        try {
            measureStores(seeds, copies, reps, jar, work, out);
        } finally {
            StoreDirectory.deleteTree(work);   // the stores it built, once measured
        }
    }

    private static void measureStores(Path seeds, int copies, int reps, Optional<Path> jar, Path work,
                                      PrintWriter out) throws Exception {
        Path seedStore = build(seeds, work.resolve("seed-store"), out);
        // before this JVM opens the store: TDB2 keeps a process lock on a database it has opened
        jar.ifPresent(j -> coldStart(j, seedStore, out));
        measure("seeds", seedStore, reps, out);
        if (copies > 0) {
            Path synthetic = work.resolve("synthetic");
            Files.createDirectories(synthetic);
            List<Path> files;
            try (Stream<Path> s = Files.list(seeds)) {
                files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
            }
            for (int k = 0; k < copies; k++) {
                for (Path f : files) {
                    String text = Files.readString(f, StandardCharsets.UTF_8) + "\n사본 " + k + "\n";
                    Files.writeString(synthetic.resolve(String.format("c%03d-%s", k, f.getFileName())), text,
                            StandardCharsets.UTF_8);
                }
            }
            Path big = build(synthetic, work.resolve("synthetic-store"), out);
            measure("synthetic", big, reps, out);
        }
        out.flush();
    }

    private static Path build(Path input, Path store, PrintWriter out) {
        long t0 = System.nanoTime();
        BuildSummary s = new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(input,
                Optional.of(store), Optional.empty(), false, "nori", Instant.EPOCH, EssayReader.DEFAULT_MAX_BYTES));
        double sec = (System.nanoTime() - t0) / 1e9;
        out.printf("built %s: %d essays, %d quads in %.1f s (%.0f quads/s end to end)%n", store.getFileName(),
                s.essays(), s.quads(), sec, s.quads() / sec);
        out.flush();
        return store;
    }

    static void measure(String label, Path store, int reps, PrintWriter out) throws Exception {
        var words = Gazetteer.bundled().userWords();
        EndpointServer server = EndpointServer.start(new EndpointServer.Options(new StoreDirectory(store), words)
                .port(0).timeoutMillis(120_000));
        // the same dataset the server serves: a second jena-text index on the same files cannot be opened
        Dataset local = org.apache.jena.query.DatasetFactory.wrap(server.served());
        try {
            Map<String, String[]> queries = new LinkedHashMap<>();
            queries.put("point-lookup", new String[] {"kg/sparql?query=" + enc(POINT_LOOKUP), POINT_LOOKUP});
            for (CannedQuery q : QueryCatalog.bundled().all()) {
                queries.put(q.name(), new String[] {httpPath(q), q.name()});
            }
            out.printf("%n%s store: p50/p95 ms over %d runs each (after warm-up)%n", label, reps);
            out.printf("%-22s %9s %9s %9s %9s %10s %8s%n", "query", "http p50", "http p95", "in p50", "in p95",
                    "http req/s", "ratio");
            for (var e : queries.entrySet()) {
                String name = e.getKey();
                String path = e.getValue()[0];
                Runnable http = () -> httpGet(server.url() + path);
                CannedQuery q = name.equals("point-lookup")
                        ? new CannedQuery(name, name, "a point lookup", List.of(), List.of(), POINT_LOOKUP)
                        : QueryCatalog.bundled().get(name);
                Runnable inProcess = () -> inProcess(local, q);
                int n = name.equals("point-lookup") ? reps * 10 : reps;
                // a point lookup costs about a millisecond: after three runs the JIT is still compiling, so the
                // figure would be the JVM's warm-up, not the server's; it warms up as many times as it is timed
                int warmUp = name.equals("point-lookup") ? n : 3;
                for (int i = 0; i < warmUp; i++) {
                    http.run();
                    inProcess.run();
                }
                Stopwatch h = new Stopwatch();
                Stopwatch l = new Stopwatch();
                for (int i = 0; i < n; i++) {
                    h.time(http);
                    l.time(inProcess);
                }
                out.printf("%-22s %9.2f %9.2f %9.2f %9.2f %10.1f %8.2f%n", name, h.percentileMillis(50),
                        h.percentileMillis(95), l.percentileMillis(50), l.percentileMillis(95),
                        h.count() / h.totalSeconds(), h.percentileMillis(50) / Math.max(0.001, l.percentileMillis(50)));
                out.flush();
            }
        } finally {
            server.stop();
        }
    }

    private static String httpPath(CannedQuery q) {
        StringBuilder b = new StringBuilder("queries/" + q.name() + "?format=json");
        q.exampleParams().forEach((k, v) -> b.append('&').append(k).append('=').append(enc(v)));
        return b.toString();
    }

    /** The same query in-process, its example parameters bound and its default page cut as over HTTP. */
    private static void inProcess(Dataset ds, CannedQuery q) {
        java.util.Map<String, String> params = new java.util.HashMap<>(q.exampleParams());
        QueryRunner.run(ds, QueryRunner.paged(q, QueryRunner.parse(q.name(), q.sparql()), params),
                QueryRunner.bind(q, params), QueryRunner.Format.JSON, OutputStream.nullOutputStream());
    }

    /**
     * One GET with HttpURLConnection: synchronous, keep-alive, the way most SPARQL clients talk. (java.net.http's
     * asynchronous machinery added several milliseconds per request here, more than the server's own time.)
     */
    private static void httpGet(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setRequestProperty("Accept", "application/sparql-results+json");
            int status = c.getResponseCode();
            try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (status != 200) {
                throw new IllegalStateException(status + " for " + url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Time from starting {@code java -jar nonji.jar serve} to the first answered query, three times. */
    private static void coldStart(Path jar, Path store, PrintWriter out) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = null;
            try {
                p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        jar.toString(), "serve", "--store", store.toString(), "--port", "0")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line;
                String port = null;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("port ")) {
                        port = line.substring(5).strip();
                        break;
                    }
                }
                if (port == null) {
                    throw new IllegalStateException("the server printed no port");
                }
                httpGet("http://127.0.0.1:" + port + "/kg/sparql?query=" + enc(POINT_LOOKUP));
                seconds.add((System.nanoTime() - t0) / 1e9);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (p != null) {
                    p.destroy();
                    try {
                        p.waitFor(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
        out.printf("cold start of the jar to the first answer: %s s%n", seconds.stream()
                .map(s -> String.format("%.2f", s)).toList());
        out.flush();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
