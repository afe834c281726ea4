package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.bench.EndpointBench;
import org.nonji.bench.PipelineBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench pipeline|endpoint}: figures, never pass/fail; ratios against baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks that print figures.",
                "pipeline: throughput per stage as a ratio to bare Nori tokenisation of the same text.",
                "endpoint: p50/p95 of a point lookup and every canned query, HTTP vs in-process, on the seeds and "
                        + "a synthetic store; cold start of the jar.",
                "load: --clients threads of canned queries for --seconds plus one abusive client against --store, "
                        + "with a canary point lookup idle and under load (loopback only).",
                "scale: seeded corpora of --essays sizes from the sentences of --from, built from scratch: "
                        + "throughput, heap used and live, cost ratio between sizes; on the largest, the pipeline "
                        + "against bare Nori, the store stage against Jena's bulk loader, one changed essay applied, "
                        + "and canned-query p50/p95. Run it with -Xmx1g to check the memory bound."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "pipeline|endpoint|load|scale")
    String what;

    @Option(names = "--input", defaultValue = "seeds", paramLabel = "DIR", description = "Essays (default seeds).")
    Path input;

    @Option(names = "--rounds", defaultValue = "20", description = "Passes (pipeline) or runs per query (endpoint).")
    int rounds;

    @Option(names = "--copies", defaultValue = "0",
            description = "endpoint: also a synthetic store of this many copies of the input (60 ≈ 1M quads).")
    int copies;

    @Option(names = "--store", paramLabel = "DIR", description = "load: the store to serve (default: store).")
    Path store = Path.of("store");

    @Option(names = "--clients", defaultValue = "8", description = "load: concurrent clients (default 8).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "load: duration (default 60).")
    int seconds;

    @Option(names = "--from", split = ",", paramLabel = "DIR",
            description = "scale: essays whose sentences make the corpora (default: seeds).")
    List<Path> from = List.of(Path.of("seeds"));

    @Option(names = "--essays", split = ",", defaultValue = "1000,10000", paramLabel = "N",
            description = "scale: corpus sizes (default ${DEFAULT-VALUE}).")
    List<Integer> essays;

    @Option(names = "--sentences", defaultValue = "20", description = "scale: sentences per essay (default 20).")
    int sentences;

    @Option(names = "--work", paramLabel = "DIR", description = "scale: where corpora and stores go (default: a "
            + "new temporary directory, left for inspection).")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case "pipeline" -> PipelineBench.run(input, rounds, out);
            case "endpoint" -> {
                Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                EndpointBench.run(input, copies, rounds, Files.isRegularFile(jar) ? Optional.of(jar)
                        : Optional.empty(), out);
            }
            case "load" -> org.nonji.bench.LoadTest.run(store, clients, seconds, out);
            case "scale" -> {
                Path dir = work != null ? work : Files.createTempDirectory("nonji-scale");
                spec.commandLine().getErr().println("scale: working in " + dir);
                org.nonji.bench.ScaleBench.run(from, essays, sentences, rounds, dir, out);
            }
            default -> {
                spec.commandLine().getErr().println("nonji: bench takes pipeline, endpoint, load or scale");
                return ExitCodes.USAGE;
            }
        }
        return ExitCodes.OK;
    }
}
