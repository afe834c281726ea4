package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.push.GraphPush;
import org.nonji.push.GraphSource;
import org.nonji.push.NQuadsGraphs;
import org.nonji.push.PushOptions;
import org.nonji.push.PushSummary;
import org.nonji.push.StoreGraphs;
import org.nonji.rdf.QuadFiles;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code push}: a store's graphs, or a directory of N-Quads, into any SPARQL 1.1 Graph Store Protocol endpoint. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint: one named graph per essay, "
                + "plus the ontology and build graphs, each with PUT (a repeat changes nothing). Graphs equal to "
                + "the endpoint's copy are not sent; essay graphs the source no longer has are reported, and "
                + "deleted with --prune."})
final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "Push the live generation of this store.")
        Path store;

        @Option(names = "--nquads", paramLabel = "DIR", description = "Push the .nq/.nq.gz/.trig files under DIR "
                + "(e.g. the Spark job's output).")
        Path nquads;
    }

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "Graph Store Protocol endpoint, e.g. http://host:3030/ds or http://host:3030/ds/data.")
    String endpoint;

    @Option(names = "--sparql", paramLabel = "URL",
            description = "SPARQL query endpoint that lists the essay graphs there (default: --endpoint).")
    String sparql;

    @Option(names = "--header", paramLabel = "'Name: value'",
            description = "HTTP header for every request, e.g. 'Authorization: Bearer …' (repeatable).")
    List<String> headers = List.of();

    @Option(names = "--prune", description = "Delete essay graphs on the endpoint that the source does not have.")
    boolean prune;

    @Option(names = "--dry-run", description = "Only say what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--batch", defaultValue = "8", paramLabel = "N",
            description = "Graphs sent at once (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--retries", defaultValue = "5", paramLabel = "N",
            description = "Tries again after a 5xx or an I/O error, pausing 0.5 s, 1 s, 2 s … (default "
                    + "${DEFAULT-VALUE}).")
    int retries;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1 || retries < 0) {
            throw new NonjiException("--batch must be 1 or more and --retries 0 or more", ExitCodes.USAGE);
        }
        if (!endpoint.matches("(?i)https?://.+")) {
            throw new NonjiException("--endpoint must be an http(s) URL: " + NonjiException.quote(endpoint),
                    ExitCodes.USAGE);
        }
        PushOptions options = PushOptions.to(endpoint).withHeaders(headers(headers)).withPrune(prune)
                .withDryRun(dryRun).withBatch(batch).withRetries(retries, Duration.ofMillis(500));
        if (sparql != null) {
            options = options.withSparql(sparql);
        }
        try (GraphSource graphs = source.store != null ? new StoreGraphs(StoreOption.open(source.store, err))
                : new NQuadsGraphs(QuadFiles.under(source.nquads))) {
            PushSummary s = new GraphPush(err).push(graphs, options);
            err.println(s.line());
            s.stale().stream().limit(20).forEach(g -> err.println("  stale: " + g));
            s.dropped().stream().limit(20).forEach(g -> err.println("  " + (dryRun ? "would drop: " : "dropped: ")
                    + g));
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** 'Name: value' lines as a map; a line without a colon or with an empty name is a usage error. */
    static Map<String, String> headers(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank() || line.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new NonjiException("--header must be 'Name: value': " + NonjiException.quote(line),
                        ExitCodes.USAGE);
            }
            out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return out;
    }
}
