package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.BuildSummary;
import org.nonji.pipeline.Pipeline;
import org.nonji.pipeline.Version;
import org.nonji.server.EndpointServer;
import org.nonji.store.StoreDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the read-only SPARQL endpoint, Fuseki UI and canned queries over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store read-only: the home page at /, SPARQL 1.1 query and Graph Store reads at "
                + "/kg, the Fuseki UI at /sparql-ui/, canned queries at /queries.",
                "With --input, the store is (re)built first when it is missing or older than the essays."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "store", paramLabel = "DIR",
            description = "The store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--input", paramLabel = "DIR", description = "Essays to build the store from when it is stale.")
    Path input;

    @Option(names = "--watch", paramLabel = "DIR", description = {"Own the store and keep it in step with the "
            + "essays under DIR: added, changed and removed essays are applied in place within seconds, while "
            + "queries are answered. Builds the store first if needed."})
    Path watch;

    @Option(names = "--poll", defaultValue = "1000", paramLabel = "MS", description = "How often to look for "
            + "changes: in --watch DIR, or else for a newer store generation written by 'build', which the server "
            + "then switches to without dropping requests; 0 turns following off (default ${DEFAULT-VALUE}).")
    long pollMillis;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to bind (default: loopback ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "3330", paramLabel = "N",
            description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout; a query over it gets 503 (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-request-bytes", defaultValue = "65536", paramLabel = "N",
            description = "Largest query string or request body, 1024..16777216; larger ones get 413 "
                    + "(default ${DEFAULT-VALUE}).")
    int maxRequestBytes;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", description = "Queries run at once, 1..256 "
            + "(default: the number of cores, at least 2); more wait up to the timeout, then get 503 with "
            + "Retry-After. Light queries (one triple pattern) have a lane of their own.")
    Integer maxConcurrentQueries;

    @Option(names = "--access-log", description = "Log one line per request on stderr (queries cut to 200 chars).")
    boolean accessLog;

    @Option(names = "--cors", split = ",", paramLabel = "ORIGIN",
            description = "Origins allowed to read the endpoint from a browser (explicit list, no credentials).")
    List<String> cors = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreDirectory dir = new StoreDirectory(store);
        Gazetteer gazetteer = Gazetteer.bundled();
        if (input != null && watch != null) {
            throw new NonjiException("--input and --watch both name the essays: give one", ExitCodes.USAGE);
        }
        if (pollMillis < 0 || watch != null && pollMillis == 0) {
            throw new NonjiException("--poll must be positive with --watch, and 0 or more without", ExitCodes.USAGE);
        }
        if (timeoutSeconds <= 0 || timeoutSeconds > 86_400) {
            throw new NonjiException("--timeout must be 1..86400 seconds", ExitCodes.USAGE);
        }
        if (maxRequestBytes < 1024 || maxRequestBytes > EndpointServer.MAX_REQUEST_BYTES) {
            throw new NonjiException("--max-request-bytes must be 1024.." + EndpointServer.MAX_REQUEST_BYTES
                    + ", not " + maxRequestBytes, ExitCodes.USAGE);
        }
        if (maxConcurrentQueries != null && (maxConcurrentQueries < 1 || maxConcurrentQueries > 256)) {
            throw new NonjiException("--max-concurrent-queries must be 1..256, not " + maxConcurrentQueries,
                    ExitCodes.USAGE);
        }
        Pipeline pipeline = new Pipeline(err);
        if (input != null || watch != null) {
            buildIfStale(pipeline, dir, input != null ? input : watch, err);
        }
        for (String origin : cors) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                throw new NonjiException("--cors takes origins like https://example.org, not "
                        + NonjiException.quote(origin), ExitCodes.USAGE);
            }
        }
        if (accessLog) {
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.nonji.server.access",
                    org.apache.logging.log4j.Level.INFO);
        }
        EndpointServer server;
        try {
            EndpointServer.Options options = new EndpointServer.Options(dir, gazetteer.userWords())
                    .host(host).port(port).timeoutMillis(timeoutSeconds * 1000).maxRequestBytes(maxRequestBytes)
                    .corsOrigins(Set.copyOf(cors)).version(Version.get())
                    .followMillis(watch != null ? 0 : pollMillis);
            if (maxConcurrentQueries != null) {
                options = options.maxConcurrentQueries(maxConcurrentQueries);
            }
            server = EndpointServer.start(options);
        } catch (IllegalArgumentException e) {
            throw new NonjiException(e.getMessage(), ExitCodes.USAGE, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "nonji-shutdown"));
        out.println("nonji is serving " + dir.root());
        out.println("  home            " + server.url());
        out.println("  graph           " + server.url() + "graph");
        out.println("  canned queries  " + server.url() + "queries");
        out.println("  SPARQL UI       " + server.url() + "sparql-ui/");
        out.println("  SPARQL endpoint " + server.url() + "kg/sparql");
        out.println("  Graph Store     " + server.url() + "kg/get?default");
        out.println("  entity pages    " + server.url() + "id/entity/{slug}");
        out.println("  ontology        " + server.url() + "ont");
        out.println("  VoID            " + server.url() + ".well-known/void");
        out.println("  downloads       " + server.url() + "downloads/graph.gexf (graphml, dot, csv, trig …)");
        out.println("port " + server.port());
        out.flush();
        if (watch != null) {
            Watcher w = new Watcher(dir, watch, server, err);
            Thread t = new Thread(w::run, "nonji-watch");
            t.setDaemon(true);
            t.start();
            out.println("watching " + watch.toAbsolutePath() + " every " + pollMillis + " ms");
            out.flush();
        }
        server.join();
        return ExitCodes.OK;
    }

    /**
     * Keeps the store in step with a directory: owns the store (holds its build lock while serving) and applies
     * each change in place through the server's own database and text index, with a pipeline that stays warm.
     */
    private final class Watcher {
        private final StoreDirectory dir;
        private final Path input;
        private final EndpointServer server;
        private final PrintWriter err;
        private final Pipeline pipeline;

        Watcher(StoreDirectory dir, Path input, EndpointServer server, PrintWriter err) {
            this.dir = dir;
            this.input = input;
            this.server = server;
            this.err = err;
            this.pipeline = new Pipeline(new PrintWriter(java.io.Writer.nullWriter()), server.inPlaceUpdates());
        }

        void run() {
            try (StoreDirectory.BuildLock lock = dir.lockForBuild()) {
                String lastError = null;
                while (true) {
                    Thread.sleep(pollMillis);
                    try {
                        long t0 = System.nanoTime();
                        BuildSummary s = pipeline.build(new BuildOptions(input, Optional.of(store), Optional.empty(),
                                false, "nori", BuildCommand.buildTime(), EssayReader.DEFAULT_MAX_BYTES));
                        BuildSummary.Changes c = s.changes();
                        if (c.mode() != BuildSummary.Mode.UP_TO_DATE) {
                            err.printf("applied %d added, %d changed, %d removed essay(s) in %d ms%n", c.added(),
                                    c.changed(), c.removed(), (System.nanoTime() - t0) / 1_000_000);
                            err.flush();
                        }
                        lastError = null;
                    } catch (NonjiException e) {
                        if (!e.getMessage().equals(lastError)) {
                            err.println("nonji: " + e.getMessage() + " (still watching)");
                            err.flush();
                            lastError = e.getMessage();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                err.println("nonji: stopped watching " + input + ": " + e.getMessage());
                err.flush();
            }
        }
    }

    /** Builds or updates the store from the essays; nothing is done when it already holds exactly them. */
    private void buildIfStale(Pipeline pipeline, StoreDirectory dir, Path essays, PrintWriter err) {
        BuildSummary s = pipeline.build(new BuildOptions(essays, Optional.of(store), Optional.empty(), false, "nori",
                BuildCommand.buildTime(), EssayReader.DEFAULT_MAX_BYTES));
        if (s.changes().mode() == BuildSummary.Mode.UP_TO_DATE) {
            err.println("store " + dir.root() + " is up to date with " + essays);
        }
    }
}
