package org.nonji.push;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.nonji.Digests;
import org.nonji.ExitCodes;
import org.nonji.Namespaces;
import org.nonji.NonjiException;

/**
 * Sends a source's named graphs to any SPARQL 1.1 Graph Store Protocol endpoint, one graph per request with PUT, so
 * that sending the same graph twice leaves the same data (idempotent). Each graph is first read back (GET) and
 * compared, as canonical sorted N-Triples, with the source's: an equal graph is not sent again, so a repeated push
 * writes nothing. The endpoint's essay graphs are listed with one SPARQL query; those the source no longer has are
 * reported, and deleted only with prune.
 *
 * <pre>{@code
 * try (GraphSource source = new StoreGraphs(dataset)) {
 *     PushSummary s = new GraphPush(err).push(source, PushOptions.to("http://host:3030/ds").withPrune(true));
 * }
 * }</pre>
 */
public final class GraphPush {
    private final PrintWriter err;

    public GraphPush(PrintWriter err) {
        this.err = err;
    }

    /** Pushes every named graph of {@code source}; throws a {@link NonjiException} on the first request that fails for good. */
    public PushSummary push(GraphSource source, PushOptions options) {
        long t0 = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Retry retry = new Retry(options.retries(), options.backoff());
        List<Node> graphs = source.graphs();
        Set<String> local = new HashSet<>();
        graphs.forEach(g -> local.add(g.getURI()));

        List<String> remote = listEssayGraphs(http, options, retry);
        if (remote == null && options.prune()) {
            throw new NonjiException("--prune needs the endpoint's essay graphs, but " + options.queryEndpoint()
                    + " did not list them (give the SPARQL query endpoint with --sparql)", ExitCodes.RUNTIME);
        }
        Set<String> there = remote == null ? null : new HashSet<>(remote);

        AtomicInteger added = new AtomicInteger();
        AtomicInteger replaced = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger sharedWritten = new AtomicInteger();
        AtomicInteger sharedUnchanged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.batch(), r -> {
            Thread t = new Thread(r, "nonji-push");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < graphs.size(); from += options.batch()) {
                List<Future<?>> batch = new ArrayList<>();
                for (Node g : graphs.subList(from, Math.min(graphs.size(), from + options.batch()))) {
                    batch.add(pool.submit(() -> {
                        boolean essay = g.getURI().startsWith(Namespaces.ESSAY);
                        Graph mine = source.graph(g);
                        // an essay graph the listing does not show is new: no need to read it back
                        Graph theirs = essay && there != null && !there.contains(g.getURI()) ? null
                                : get(http, options, retry, g);
                        boolean absent = theirs == null || theirs.isEmpty();
                        if (!absent && digest(mine).equals(digest(theirs))) {
                            (essay ? unchanged : sharedUnchanged).incrementAndGet();
                            return;
                        }
                        if (!options.dryRun()) {
                            retry.run("PUT <" + g.getURI() + ">", () -> gsp(http, options, g).PUT(mine));
                        }
                        (essay ? absent ? added : replaced : sharedWritten).incrementAndGet();
                    }));
                }
                for (Future<?> f : batch) {
                    await(f);
                }
                err.printf("push: %d/%d graphs%n", Math.min(graphs.size(), from + options.batch()), graphs.size());
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> dropped = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        if (remote != null) {
            for (String g : remote) {
                if (local.contains(g)) {
                    continue;
                }
                if (options.prune()) {
                    if (!options.dryRun()) {
                        retry.run("DELETE <" + g + ">", () -> gsp(http, options, org.apache.jena.graph.NodeFactory
                                .createURI(g)).DELETE());
                    }
                    dropped.add(g);
                } else {
                    stale.add(g);
                }
            }
        }
        return new PushSummary(added.get(), replaced.get(), unchanged.get(), dropped, stale, sharedWritten.get(),
                sharedUnchanged.get(), retry.count(), remote != null, options.dryRun(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static GSP gsp(HttpClient http, PushOptions options, Node graph) {
        GSP gsp = GSP.service(options.endpoint()).httpClient(http).graphName(graph);
        options.headers().forEach(gsp::httpHeader);
        return gsp;
    }

    /** The endpoint's copy of a graph, or null when it has none (404). */
    private static Graph get(HttpClient http, PushOptions options, Retry retry, Node g) {
        return retry.call("GET <" + g.getURI() + ">", () -> {
            try {
                return gsp(http, options, g).GET();
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** The essay graphs on the endpoint (an essay graph says it is one: {@code <g> a nj:Essay}), or null if unknown. */
    private List<String> listEssayGraphs(HttpClient http, PushOptions options, Retry retry) {
        String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <" + Namespaces.ONT + "Essay> } }";
        try {
            return retry.call("listing the essay graphs at " + options.queryEndpoint(), () -> {
                QueryExecHTTPBuilder b = QueryExecHTTP.service(options.queryEndpoint()).httpClient(http).query(q);
                options.headers().forEach(b::httpHeader);
                List<String> out = new ArrayList<>();
                try (QueryExecHTTP qe = b.build()) {
                    qe.select().forEachRemaining(row -> {
                        Node g = row.get("g");
                        if (g != null && g.isURI()) {
                            out.add(g.getURI());
                        }
                    });
                }
                out.sort(null);
                return out;
            });
        } catch (NonjiException | org.apache.jena.query.QueryException e) {
            err.println("push: cannot list the endpoint's essay graphs: " + e.getMessage());
            return null;
        }
    }

    /**
     * A digest of a graph's triples as canonical N-Triples, sorted: stores may keep a literal in its canonical form
     * ({@code "01"^^xsd:int} as {@code "1"}), which is the same graph.
     */
    static String digest(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(line(t)));
        lines.sort(null);
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append('\n'));
        return Digests.sha256(b.toString());
    }

    private static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(CanonicalizeLiteral.get().apply(t.getObject()));
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NonjiException("push interrupted", ExitCodes.RUNTIME, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new NonjiException("push failed: " + e.getCause(), ExitCodes.INTERNAL, e.getCause());
        }
    }
}
