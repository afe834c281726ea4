package org.nonji.server;

import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.ServerConnector;
import org.nonji.query.QueryCatalog;
import org.nonji.store.StoreDirectory;
import org.nonji.store.StoreException;
import org.nonji.store.TdbStore;

/**
 * The embedded Fuseki that serves a store: read-only SPARQL query and Graph Store reads at {@code /kg}, the
 * standard UI at {@code /}, canned queries at {@code /queries}, dereferenceable IRIs at {@code /id/…} (with
 * {@code /ont}, {@code /.well-known/void}, {@code /ns/context.jsonld}) and the graph view at {@code /graph},
 * hardened against Fuseki's unsafe defaults.
 *
 * <pre>{@code
 * EndpointServer server = EndpointServer.start(new EndpointServer.Options(storeDir, userWords)
 *         .port(0));
 * String sparql = server.url() + "kg/sparql";
 * server.stop();
 * }</pre>
 */
public final class EndpointServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** Cytoscape.js from its WebJar (version as in pom.xml): the graph page loads nothing from a CDN. */
    private static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final String JS = "application/javascript;charset=utf-8";

    /** What to serve and how; immutable, each setter returns a copy. */
    public record Options(StoreDirectory store, Collection<String> userWords, String host, int port,
                          long timeoutMillis, int maxRequestBytes, Set<String> corsOrigins, String version) {
        public Options {
            Objects.requireNonNull(store, "store");
            userWords = List.copyOf(userWords);
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            if (timeoutMillis <= 0) {
                throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
            }
            if (maxRequestBytes < 1024) {
                throw new IllegalArgumentException("request limit must be at least 1024 bytes: " + maxRequestBytes);
            }
            corsOrigins = Set.copyOf(corsOrigins);
            Objects.requireNonNull(version, "version");
        }

        /** Loopback, port 3330, 30 s timeout, 64 KB request limit, no CORS. */
        public Options(StoreDirectory store, Collection<String> userWords) {
            this(store, userWords, "127.0.0.1", 3330, 30_000, 64 * 1024, Set.of(), "dev");
        }

        public Options host(String h) {
            return new Options(store, userWords, h, port, timeoutMillis, maxRequestBytes, corsOrigins, version);
        }

        public Options port(int p) {
            return new Options(store, userWords, host, p, timeoutMillis, maxRequestBytes, corsOrigins, version);
        }

        public Options timeoutMillis(long t) {
            return new Options(store, userWords, host, port, t, maxRequestBytes, corsOrigins, version);
        }

        public Options maxRequestBytes(int n) {
            return new Options(store, userWords, host, port, timeoutMillis, n, corsOrigins, version);
        }

        public Options corsOrigins(Set<String> o) {
            return new Options(store, userWords, host, port, timeoutMillis, maxRequestBytes, o, version);
        }

        public Options version(String v) {
            return new Options(store, userWords, host, port, timeoutMillis, maxRequestBytes, corsOrigins, v);
        }
    }

    private final FusekiServer server;
    private final Dataset dataset;
    private final DatasetGraph served;
    private final java.nio.channels.FileLock serving;
    private final String url;

    private EndpointServer(FusekiServer server, Dataset dataset, DatasetGraph served,
                           java.nio.channels.FileLock serving, String url) {
        this.server = server;
        this.dataset = dataset;
        this.served = served;
        this.serving = serving;
        this.url = url;
    }

    /** Opens the store (failing fast if it is missing or corrupt), then starts the server. */
    public static EndpointServer start(Options o) {
        // SERVICE would let any query make this process fetch arbitrary URLs (SSRF): off for the whole process
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        java.nio.channels.FileLock serving = o.store().holdForServing(o.store().current());
        Dataset ds = TdbStore.open(o.store(), o.userWords());
        try {
            probe(ds, o.store());
            DatasetGraph readOnly = new ReadOnlyUnionDataset(ds.asDatasetGraph());
            readOnly.getContext().set(ARQ.queryTimeout, Long.toString(o.timeoutMillis()));
            CannedQueryServlet queries = new CannedQueryServlet(QueryCatalog.bundled(), readOnly, o.timeoutMillis());
            FusekiServer.Builder b = FusekiServer.create()
                    .port(o.port())
                    .loopback(isLoopback(o.host()))
                    .add(DATASET, readOnly, false)
                    .enablePing(true)
                    .enableStats(true)
                    .enableCors(false)
                    .addServlet("/$/server", new ServerStatusServlet(o.version()))
                    .addServlet("/queries", queries)
                    .addServlet("/queries/*", queries)
                    .addServlet("/id/*", new EntityPageServlet(readOnly, o.timeoutMillis()))
                    .addServlet("/ont", new OntologyServlet())
                    .addServlet("/.well-known/void", new VoidServlet(readOnly, o.timeoutMillis()))
                    .addServlet("/ns/context.jsonld", new ClasspathServlet("nonji/ontology/context.jsonld",
                            "application/ld+json"))
                    .addServlet("/graph", new ClasspathServlet("nonji/web/graph.html", "text/html;charset=utf-8"))
                    .addServlet("/graph/graph.js", new ClasspathServlet("nonji/web/graph.js", JS))
                    .addServlet("/graph/data.json", new GraphDataServlet(readOnly))
                    .addServlet("/web/nonji.css", new ClasspathServlet("nonji/web/nonji.css", "text/css;charset=utf-8"))
                    .addServlet("/webjars/cytoscape.min.js", new ClasspathServlet(CYTOSCAPE, JS))
                    .addFilter("/*", new AccessLogFilter())
                    .addFilter("/*", new RequestLimitFilter(o.maxRequestBytes()))
                    .addFilter(DATASET + "/*", new QueryGuardFilter());
            if (!o.corsOrigins().isEmpty()) {
                b.addFilter("/*", new CorsFilter(o.corsOrigins()));
            }
            URL ui = EndpointServer.class.getClassLoader().getResource("webapp/index.html");
            if (ui != null) {
                String base = ui.toExternalForm();
                b.staticFileBase(base.substring(0, base.length() - "index.html".length()));
            }
            FusekiServer server = b.build();
            for (var c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    if (!isLoopback(o.host()) && !o.host().equals("0.0.0.0")) {
                        sc.setHost(o.host());
                    }
                    // room for a GET query up to the request limit (refused with 413 by the filter), no more:
                    // headers beyond it get 431 from Jetty instead of Fuseki's generous default
                    var http = sc.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
                    if (http != null) {
                        http.getHttpConfiguration().setRequestHeaderSize(o.maxRequestBytes() + 8 * 1024);
                    }
                }
            }
            server.start();
            String host = o.host().contains(":") ? "[" + o.host() + "]" : o.host();
            return new EndpointServer(server, ds, readOnly, serving, "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":"
                    + server.getPort() + "/");
        } catch (RuntimeException e) {
            ds.close();
            release(serving);
            throw e;
        }
    }

    private static void release(java.nio.channels.FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (java.io.IOException e) {
            // the lock dies with the process anyway
        }
    }

    /** A store that opens but cannot answer is refused: serving empty 200s would look like "no data". */
    private static void probe(Dataset ds, StoreDirectory store) {
        try {
            ds.begin(TxnType.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("ASK { GRAPH ?g { ?s a <https://w3id.org/nonji/ont#Essay> } }").build()) {
                if (!qe.execAsk()) {
                    throw new StoreException("store " + store.root() + " holds no essay: refusing to serve it");
                }
            } finally {
                ds.end();
            }
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("corrupt store " + store.root() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** The server's base URL, ending in '/'. */
    public String url() {
        return url;
    }

    /** The dataset as served (read-only, union default graph), for in-process comparisons. */
    public DatasetGraph served() {
        return served;
    }

    /** The port it listens on (the one picked when 0 was asked). */
    public int port() {
        return server.getPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server and closes the store. */
    public void stop() {
        try {
            server.stop();
        } finally {
            dataset.close();
            release(serving);
        }
    }
}
