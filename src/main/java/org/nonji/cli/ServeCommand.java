package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.Corpus;
import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.pipeline.BuildOptions;
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
        description = {"Serve a store read-only: SPARQL 1.1 query and Graph Store reads at /kg, the Fuseki UI at /, "
                + "canned queries at /queries.",
                "With --input, the store is (re)built first when it is missing or older than the essays."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "store", paramLabel = "DIR",
            description = "The store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--input", paramLabel = "DIR", description = "Essays to build the store from when it is stale.")
    Path input;

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
            description = "Largest query string or request body; larger ones get 413 (default ${DEFAULT-VALUE}).")
    int maxRequestBytes;

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
        if (input != null) {
            buildIfStale(dir, err);
        }
        if (timeoutSeconds <= 0 || timeoutSeconds > 86_400) {
            throw new NonjiException("--timeout must be 1..86400 seconds", ExitCodes.USAGE);
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
            server = EndpointServer.start(new EndpointServer.Options(dir, gazetteer.surfaces().keySet())
                    .host(host).port(port).timeoutMillis(timeoutSeconds * 1000).maxRequestBytes(maxRequestBytes)
                    .corsOrigins(Set.copyOf(cors)).version(Version.get()));
        } catch (IllegalArgumentException e) {
            throw new NonjiException(e.getMessage(), ExitCodes.USAGE, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "nonji-shutdown"));
        out.println("nonji is serving " + dir.root());
        out.println("  UI              " + server.url());
        out.println("  SPARQL endpoint " + server.url() + "kg/sparql");
        out.println("  Graph Store     " + server.url() + "kg/get?default");
        out.println("  canned queries  " + server.url() + "queries");
        out.println("port " + server.port());
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    private void buildIfStale(StoreDirectory dir, PrintWriter err) {
        Corpus corpus = new CorpusReader(new EssayReader()).read(input, f -> { });
        String digest = Pipeline.inputDigest(corpus, Version.get(), "nori");
        if (dir.exists() && digest.equals(dir.currentInfo().getProperty("inputDigest"))) {
            err.println("store " + dir.root() + " is up to date with " + input);
            return;
        }
        err.println((dir.exists() ? "store is stale, rebuilding " : "building ") + dir.root() + " from " + input);
        new Pipeline(err).build(new BuildOptions(input, Optional.of(store), Optional.empty(), false, "nori",
                BuildCommand.buildTime(), EssayReader.DEFAULT_MAX_BYTES));
    }
}
