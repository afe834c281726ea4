package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.Progress;
import org.nonji.corpus.EssayReader;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.BuildSummary;
import org.nonji.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code build}: essays in, a validated store (and optionally TriG) out, replaced atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the graph from a directory of essays into a TDB2 store.",
                "An existing store built by this same extractor is updated: only added and changed essays are "
                        + "processed and removed ones dropped, in one atomic step; --full rebuilds it from scratch "
                        + "into a new generation, swapped in atomically."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Directory of .txt/.md essays.")
    Path input;

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory to create or replace.")
    Path store;

    @Option(names = "--out", paramLabel = "FILE.trig", description = "Also write the whole dataset as TriG.")
    Path out;

    @Option(names = "--strict", description = "Fail on any bad input file instead of skipping it.")
    boolean strict;

    @Option(names = "--analyzer", defaultValue = "nori", paramLabel = "NAME",
            description = "Morphological analyser: nori (default) or komoran (needs a -Pkomoran build).")
    String analyzer;

    @Option(names = "--max-bytes", defaultValue = "" + EssayReader.DEFAULT_MAX_BYTES, paramLabel = "N",
            description = "Largest essay file accepted, in bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Essay workers (default 0: one per core). The graph does not depend on it.")
    int threads;

    @Option(names = "--full", description = "Rebuild the store from scratch instead of updating what changed.")
    boolean full;

    @Option(names = "--essay-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Skip an essay that takes longer than this to analyse (default ${DEFAULT-VALUE}; 0: no "
                    + "limit). It is checked between stages.")
    long essayTimeout;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        if (store == null && out == null) {
            throw new NonjiException("build needs --store DIR and/or --out FILE.trig", ExitCodes.USAGE);
        }
        if (essayTimeout < 0) {
            throw new NonjiException("--essay-timeout must be 0 (no limit) or a number of seconds: " + essayTimeout,
                    ExitCodes.USAGE);
        }
        long t0 = System.nanoTime();
        BuildSummary s;
        try (Progress progress = progressOption.open()) {
            s = new Pipeline(progress).build(new BuildOptions(input, Optional.ofNullable(store),
                    Optional.ofNullable(out), strict, analyzer, buildTime(), maxBytes).withThreads(threads)
                    .withFull(full).withEssayTimeout(Duration.ofSeconds(essayTimeout)));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        BuildSummary.Changes c = s.changes();
        if (c.mode() == BuildSummary.Mode.UP_TO_DATE) {
            err.println("store " + store.toAbsolutePath() + " is up to date with " + input + " (" + c.unchanged()
                    + " essays)");
        } else {
            err.printf("built %d essay(s)%s: %d sentences, %d mentions of %d entities, %d candidates, %d relations, "
                            + "%d co-mention pairs, %d stances, %d quads in %d ms%n",
                    s.essays(), s.skipped() > 0 ? " (" + s.skipped() + " skipped)" : "", s.sentences(), s.mentions(),
                    s.entities(), s.candidates(), s.relations(), s.coMentions(), s.stances(), s.quads(), ms);
        }
        StringBuilder stages = new StringBuilder("time per stage:");
        s.millis().forEach((k, v) -> stages.append(' ').append(k).append('=').append(v).append("ms"));
        err.println(stages);
        if (store != null) {
            outw.println(store.toAbsolutePath());
        }
        err.flush();
        outw.flush();
        return ExitCodes.OK;
    }

    /** SOURCE_DATE_EPOCH (reproducible builds) if set, else now to the second. */
    static Instant buildTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
