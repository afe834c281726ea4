package org.nonji.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.nonji.extract.Gazetteer;
import org.nonji.query.CannedQuery;
import org.nonji.query.QueryCatalog;
import org.nonji.server.EndpointServer;
import org.nonji.store.StoreDirectory;

/**
 * A bounded load test on loopback: {@code clients} threads run the canned queries for {@code seconds} while one
 * client sends abusive requests (cross joins, oversized and malformed queries, SERVICE, writes); a canary point
 * lookup runs every 100 ms, first idle, then under load. Reports throughput, errors and canary percentiles.
 */
public final class LoadTest {
    private static final String[] ABUSE = {
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ",
        "SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { ?s ?p ?o . ?x ?y ?z }",
    };

    private LoadTest() {
    }

    /** Runs the load test against a server started on the store and prints the figures. */
    public static void run(Path store, int clients, int seconds, PrintWriter out) throws Exception {
        EndpointServer server = EndpointServer.start(new EndpointServer.Options(new StoreDirectory(store),
                Gazetteer.bundled().userWords()).port(0).timeoutMillis(10_000));
        try {
            String base = server.url();
            String canary = base + "kg/sparql?query=" + enc(EndpointBench.POINT_LOOKUP);
            List<String> urls = new ArrayList<>();
            for (CannedQuery q : QueryCatalog.bundled().all()) {
                StringBuilder b = new StringBuilder(base + "queries/" + q.name() + "?format=json");
                q.exampleParams().forEach((k, v) -> b.append('&').append(k).append('=').append(enc(v)));
                urls.add(b.toString());
            }
            Stopwatch idle = canary(canary, 5_000);
            long end = System.currentTimeMillis() + seconds * 1000L;
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            Map<Integer, AtomicLong> abuseCodes = new ConcurrentHashMap<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                threads.add(started(() -> {
                    int i = offset;
                    while (System.currentTimeMillis() < end) {
                        int code = get(urls.get(i++ % urls.size()));
                        (code == 200 ? ok : errors).incrementAndGet();
                    }
                }));
            }
            threads.add(started(() -> {
                int i = 0;
                while (System.currentTimeMillis() < end) {
                    int code = i % 5 == 4 ? post(base + "kg/sparql", "x".repeat(100_000))
                            : get(base + "kg/sparql?query=" + enc(ABUSE[i % ABUSE.length]));
                    abuseCodes.computeIfAbsent(code, k -> new AtomicLong()).incrementAndGet();
                    i++;
                }
            }));
            Stopwatch loaded = canary(canary, seconds * 1000L);
            for (Thread t : threads) {
                t.join();
            }
            out.printf("load test: %d clients x %d s of canned queries + 1 abusive client, server timeout 10 s%n",
                    clients, seconds);
            out.printf("well-formed requests: %d ok, %d errors, %.1f req/s%n", ok.get(), errors.get(),
                    ok.get() / (double) seconds);
            out.printf("abusive requests by status: %s%n", new java.util.TreeMap<>(abuseCodes));
            out.printf("canary point lookup idle:    p50 %.2f  p95 %.2f  p99 %.2f ms (%d)%n", idle.percentileMillis(50),
                    idle.percentileMillis(95), idle.percentileMillis(99), idle.count());
            out.printf("canary point lookup loaded:  p50 %.2f  p95 %.2f  p99 %.2f ms (%d); p95 ratio %.2f%n",
                    loaded.percentileMillis(50), loaded.percentileMillis(95), loaded.percentileMillis(99),
                    loaded.count(), loaded.percentileMillis(95) / idle.percentileMillis(95));
            out.flush();
        } finally {
            server.stop();
        }
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r, "nonji-load");
        t.start();
        return t;
    }

    private static Stopwatch canary(String url, long millis) throws InterruptedException {
        Stopwatch w = new Stopwatch();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            long t0 = System.nanoTime();
            int code = get(url);
            if (code == 200) {
                w.add(System.nanoTime() - t0);
            }
            Thread.sleep(100);
        }
        return w;
    }

    private static int get(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setReadTimeout(60_000);
            return drain(c);
        } catch (IOException e) {
            return -1;
        }
    }

    private static int post(String url, String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            c.setRequestProperty("Content-Type", "application/sparql-query");
            try (OutputStream os = c.getOutputStream()) {
                os.write(body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the server may refuse the body early (413) and close: the status still tells
            }
            return drain(c);
        } catch (IOException e) {
            return -1;
        }
    }

    private static int drain(HttpURLConnection c) throws IOException {
        int code = c.getResponseCode();
        try (var in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return code;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
