package org.nonji.server;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.ServerConnector;
import org.nonji.query.QueryCatalog;
import org.nonji.query.QueryRunner;
import org.nonji.store.OpenGeneration;
import org.nonji.store.StoreDirectory;
import org.nonji.store.StoreException;
import org.nonji.store.TdbStore;

/**
 * The embedded Fuseki that serves a store: the home page at {@code /} (with {@code /suggest} and
 * {@code /downloads/…}), read-only SPARQL query and Graph Store reads at {@code /kg}, Fuseki's UI at
 * {@code /sparql-ui/}, canned queries at {@code /queries}, dereferenceable IRIs at {@code /id/…} (with
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
    /** The response buffer: Jetty's default, not Fuseki's 5 MB (see where it is set). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EndpointServer.class);
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** Cytoscape.js from its WebJar (version as in pom.xml): the graph page loads nothing from a CDN. */
    private static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final String JS = "application/javascript;charset=utf-8";

    /** Largest request limit: the header buffer is sized from it, and no SPARQL query needs more. */
    public static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    /** What to serve and how; immutable, each setter returns a copy. */
    public record Options(StoreDirectory store, Collection<String> userWords, String host, int port,
                          long timeoutMillis, int maxRequestBytes, Set<String> corsOrigins, String version,
                          long followMillis, int maxConcurrentQueries) {
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
            if (maxRequestBytes < 1024 || maxRequestBytes > MAX_REQUEST_BYTES) {
                throw new IllegalArgumentException("request limit must be 1024.." + MAX_REQUEST_BYTES + " bytes: "
                        + maxRequestBytes);
            }
            corsOrigins = Set.copyOf(corsOrigins);
            Objects.requireNonNull(version, "version");
            if (followMillis < 0) {
                throw new IllegalArgumentException("follow interval must be 0 (off) or positive: " + followMillis);
            }
            if (maxConcurrentQueries < 1 || maxConcurrentQueries > QueryPermits.MAX) {
                throw new IllegalArgumentException("concurrent queries must be 1.." + QueryPermits.MAX + ": "
                        + maxConcurrentQueries);
            }
        }

        /**
         * Loopback, port 3330, 30 s timeout, 64 KB request limit, no CORS, following new generations every second,
         * as many queries at once as there are cores (at least 2).
         */
        public Options(StoreDirectory store, Collection<String> userWords) {
            this(store, userWords, "127.0.0.1", 3330, 30_000, 64 * 1024, Set.of(), "dev", 1000,
                    QueryPermits.defaultPermits());
        }

        public Options host(String h) {
            return new Options(store, userWords, h, port, timeoutMillis, maxRequestBytes, corsOrigins, version,
                    followMillis, maxConcurrentQueries);
        }

        public Options port(int p) {
            return new Options(store, userWords, host, p, timeoutMillis, maxRequestBytes, corsOrigins, version,
                    followMillis, maxConcurrentQueries);
        }

        public Options timeoutMillis(long t) {
            return new Options(store, userWords, host, port, t, maxRequestBytes, corsOrigins, version,
                    followMillis, maxConcurrentQueries);
        }

        public Options maxRequestBytes(int n) {
            return new Options(store, userWords, host, port, timeoutMillis, n, corsOrigins, version,
                    followMillis, maxConcurrentQueries);
        }

        public Options corsOrigins(Set<String> o) {
            return new Options(store, userWords, host, port, timeoutMillis, maxRequestBytes, o, version,
                    followMillis, maxConcurrentQueries);
        }

        /** How often to look for a newer generation (0: never; the server then serves what it opened). */
        public Options followMillis(long ms) {
            return new Options(store, userWords, host, port, timeoutMillis, maxRequestBytes, corsOrigins, version,
                    ms, maxConcurrentQueries);
        }

        public Options version(String v) {
            return new Options(store, userWords, host, port, timeoutMillis, maxRequestBytes, corsOrigins, v,
                    followMillis, maxConcurrentQueries);
        }

        /** How many queries run at once; more wait (up to the timeout), then get 503 with Retry-After. */
        public Options maxConcurrentQueries(int n) {
            return new Options(store, userWords, host, port, timeoutMillis, maxRequestBytes, corsOrigins, version,
                    followMillis, n);
        }
    }

    private final FusekiServer server;
    private final SwitchingDataset served;
    private final AbortOnLateErrorFilter honest;
    private final Options options;
    private final String url;
    private volatile Generation live;
    private final Thread follower;
    private volatile boolean stopping;

    /** A generation as this server holds it open. */
    private record Generation(java.nio.file.Path dir, OpenGeneration data, java.nio.channels.FileLock serving) {
        void close() {
            try {
                data.close();
            } finally {
                release(serving);
            }
        }
    }

    private EndpointServer(FusekiServer server, SwitchingDataset served, AbortOnLateErrorFilter honest,
                           Options options, Generation live, String url) {
        this.server = server;
        this.served = served;
        this.honest = honest;
        this.options = options;
        this.live = live;
        this.url = url;
        this.follower = options.followMillis() == 0 ? null : new Thread(this::follow, "nonji-follow");
        if (follower != null) {
            follower.setDaemon(true);
            follower.start();
        }
    }

    /** Opens the store (failing fast if it is missing or corrupt), then starts the server. */
    public static EndpointServer start(Options o) {
        // SERVICE would let any query make this process fetch arbitrary URLs (SSRF): off for the whole process
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        QueryRunner.tuneArq();   // /sparql and Graph Store requests run under it too, not only canned queries
        Generation first = open(o, o.store().current());
        // the servlets are made before the server object that knows the live generation
        EndpointServer[] self = new EndpointServer[1];
        StatusSource holder = () -> self[0] == null ? java.util.Map.of() : self[0].storeInfo();
        try {
            AbortOnLateErrorFilter honest = new AbortOnLateErrorFilter();
            SwitchingDataset served = new SwitchingDataset(serve(first, o, honest::watch));
            CannedQueryServlet queries = new CannedQueryServlet(QueryCatalog.bundled(), served, o.timeoutMillis());
            FusekiServer.Builder b = FusekiServer.create()
                    .port(o.port())
                    .maxServerThreads(QueryPermits.threads(o.maxConcurrentQueries()))
                    .loopback(isLoopback(o.host()))
                    .add(DATASET, served, false)
                    .enablePing(true)
                    .enableStats(true)
                    .enableCors(false)
                    .addServlet("/$/server", new ServerStatusServlet(o.version(), holder::storeInfo))
                    .addServlet("", new HomeServlet(served, QueryCatalog.bundled(), holder::storeInfo,
                            o.timeoutMillis()))
                    .addServlet("/suggest", new SuggestServlet(served, o.timeoutMillis()))
                    .addServlet("/downloads/*", new DownloadServlet(served))
                    .addServlet("/sparql-ui", new SparqlUiServlet(DATASET))
                    .addServlet("/sparql-ui/*", new SparqlUiServlet(DATASET))
                    .addServlet("/web/home.js", new ClasspathServlet("nonji/web/home.js", JS))
                    .addServlet("/queries", queries)
                    .addServlet("/queries/*", queries)
                    .addServlet("/id/*", new EntityPageServlet(served, o.timeoutMillis()))
                    .addServlet("/ont", new OntologyServlet())
                    .addServlet("/.well-known/void", new VoidServlet(served, o.timeoutMillis(), served::version,
                            () -> self[0] == null ? "http://localhost/" : self[0].url()))
                    .addServlet("/ns/context.jsonld", new ClasspathServlet("nonji/ontology/context.jsonld",
                            "application/ld+json"))
                    .addServlet("/graph", new ClasspathServlet("nonji/web/graph.html", "text/html;charset=utf-8"))
                    .addServlet("/graph/graph.js", new ClasspathServlet("nonji/web/graph.js", JS))
                    .addServlet("/graph/graph-svg.js", new ClasspathServlet("nonji/web/graph-svg.js", JS))
                    .addServlet("/graph/data.json", new GraphDataServlet(served))
                    .addServlet("/web/nonji.css", new ClasspathServlet("nonji/web/nonji.css", "text/css;charset=utf-8"))
                    // browsers ask for /favicon.ico on every site; a 404 there is an error in each page's console
                    .addServlet("/favicon.ico", new ClasspathServlet("nonji/web/favicon.svg", "image/svg+xml"))
                    .addServlet("/webjars/cytoscape.min.js", new ClasspathServlet(CYTOSCAPE, JS))
                    .addFilter("/*", new AccessLogFilter())
                    .addFilter("/*", new PolicyHeaderFilter())
                    .addFilter("/*", new RequestLimitFilter(o.maxRequestBytes()))
                    .addFilter(DATASET + "/*", new QueryGuardFilter());
            QueryPermits permits = new QueryPermits(o.maxConcurrentQueries(), o.timeoutMillis());
            for (String path : List.of(DATASET + "/*", "/queries/*", "/id/*", "/graph/data.json",
                    "/.well-known/void", "/suggest", "/downloads/*")) {
                b.addFilter(path, permits);
                b.addFilter(path, honest);
            }
            if (!o.corsOrigins().isEmpty()) {
                b.addFilter("/*", new CorsFilter(o.corsOrigins()));
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
                        // Fuseki asks for a 5 MB output buffer, beyond Jetty's buffer pool: every response then
                        // allocated and zeroed 5 MB of direct memory, ~16 ms of a 20 ms point lookup. Jetty's own
                        // size streams just as well (late errors abort the connection: AbortOnLateErrorFilter)
                        http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                        // concept IRIs percent-encode their label, '%' and '/' included (…/concept/10%25확대,
                        // …/concept/ai%2F반도체): Jetty's default refuses such paths as ambiguous, which would make
                        // those IRIs undereferenceable; /id/ reads the raw request URI, never a decoded path
                        http.getHttpConfiguration().setUriCompliance(org.eclipse.jetty.http.UriCompliance.DEFAULT
                                .with("nonji-iris", org.eclipse.jetty.http.UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                                        org.eclipse.jetty.http.UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
                    }
                }
            }
            for (var ctx : server.getJettyServer().getDescendants(
                    org.eclipse.jetty.ee10.servlet.ServletContextHandler.class)) {
                ctx.getServletHandler().setDecodeAmbiguousURIs(true);
            }
            server.start();
            String host = o.host().contains(":") ? "[" + o.host() + "]" : o.host();
            self[0] = new EndpointServer(server, served, honest, o, first, "http://" + (host.equals("0.0.0.0") ? "localhost"
                    : host) + ":" + server.getPort() + "/");
            return self[0];
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    /** What {@code /$/server} says about the store. */
    @FunctionalInterface
    private interface StatusSource {
        java.util.Map<String, String> storeInfo();
    }

    /** The generation served and what its last build or update recorded. */
    java.util.Map<String, String> storeInfo() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        Generation g = live;
        m.put("generation", g.dir().getFileName().toString());
        try {
            java.util.Properties p = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(g.dir().resolve("COMPLETE"))) {
                p.load(in);
            }
            for (String k : java.util.List.of("built", "essays", "quads", "analyzer", "version")) {
                if (p.getProperty(k) != null) {
                    m.put(k, p.getProperty(k));
                }
            }
        } catch (java.io.IOException e) {
            m.put("error", "cannot read the store info");
        }
        return m;
    }

    /** Marks a generation as served, opens it and checks it answers. */
    private static Generation open(Options o, java.nio.file.Path gen) {
        if (!TdbStore.writable(gen)) {
            // TDB2 cannot open it in place; no build can replace it either, so no serving mark is needed
            LOG.info("store {} is read-only: serving a copy of {}", o.store().root(), gen.getFileName());
            Generation g = new Generation(gen, TdbStore.openCopy(o.store(), gen, o.userWords()), null);
            try {
                probe(DatasetFactory.wrap(g.data()), o.store());
                return g;
            } catch (RuntimeException e) {
                g.close();
                throw e;
            }
        }
        java.nio.channels.FileLock serving = o.store().holdForServing(gen);
        OpenGeneration data;
        try {
            data = TdbStore.openGeneration(o.store(), gen, o.userWords());
        } catch (RuntimeException e) {
            release(serving);
            throw e;
        }
        Generation g = new Generation(gen, data, serving);
        try {
            probe(DatasetFactory.wrap(data), o.store());
            return g;
        } catch (RuntimeException e) {
            g.close();
            throw e;
        }
    }

    /**
     * The dataset as served: read-only, union default graph, with the query timeout, REGEX bound by it, no
     * {@code java:} functions; {@code planned} sees each query's context as it is planned.
     */
    private static SwitchingDataset.Served serve(Generation g, Options o,
                                                 java.util.function.Consumer<org.apache.jena.sparql.util.Context> planned) {
        DatasetGraph readOnly = new ReadOnlyUnionDataset(g.data());
        readOnly.getContext().set(ARQ.queryTimeout, Long.toString(o.timeoutMillis()));
        readOnly.getContext().set(org.apache.jena.sparql.ARQConstants.sysOptimizerFactory,
                DeadlineRegex.optimizer(o.timeoutMillis(), planned));
        NoJavaFunctions.install(readOnly.getContext());
        readOnly.getContext().set(org.apache.jena.sparql.ARQConstants.sysOpExecutorFactory, SkipScanUnionLookups.FACTORY);
        return new SwitchingDataset.Served(readOnly, g::close);
    }

    /**
     * Follows the store: when {@code CURRENT} names a newer complete generation (a build wrote it), opens it and
     * switches to it; requests under way finish on the old one, which is closed (and may then be deleted by the
     * next build) once they have.
     */
    private void follow() {
        String failed = null;
        while (!stopping) {
            try {
                Thread.sleep(options.followMillis());
                java.nio.file.Path now = options.store().current();
                if (!now.equals(live.dir()) && !stopping) {
                    Generation next = open(options, now);
                    Generation old = live;
                    live = next;
                    served.switchTo(serve(next, options, honest::watch));
                    LOG.info("serving {} (was {})", now.getFileName(), old.dir().getFileName());
                    failed = null;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                String m = e.getMessage();
                if (!java.util.Objects.equals(m, failed)) {
                    LOG.warn("still serving {}: cannot switch to the store's new generation: {}",
                            live.dir().getFileName(), m);
                    failed = m;
                }
            }
        }
    }

    /**
     * An opener of updates into the generation this server serves, in place, while it answers queries: TDB2
     * readers keep the snapshot they began with and see the update once committed; the text index is this server's
     * own. For a server that owns its store ({@code serve --watch}), which holds the build lock itself.
     */
    public org.nonji.store.StoreUpdate.Opener inPlaceUpdates() {
        return (store, words) -> {
            Generation g = live;
            return org.nonji.store.StoreUpdate.within(store, g.dir(), g.data().database(), g.data().textIndex(),
                    served::changed);
        };
    }

    private static void release(java.nio.channels.FileLock lock) {
        if (lock == null) {   // a read-only store served from a copy holds no mark
            return;
        }
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

    /** The generation being served. */
    public java.nio.file.Path generation() {
        return live.dir();
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
        stopping = true;
        if (follower != null) {
            follower.interrupt();
        }
        try {
            server.stop();
        } finally {
            served.closeCurrent();
        }
    }
}
