package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.Progress;
import org.nonji.extract.Gazetteer;
import org.nonji.pipeline.QuadsLoader;
import org.nonji.store.StoreDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code load}: a directory of N-Quads (the Spark job's output, or an export) into a store, replaced atomically. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load a directory of N-Quads or TriG files (plain or .gz) into a store, as build would "
                + "have written it: TDB2, the Korean text index, the essays and figures, swapped in atomically.",
                "For hundreds of millions of quads, see README \"Scaling out\" (tdb2.xloader)."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--nquads", required = true, paramLabel = "DIR",
            description = "Directory of .nq/.nq.gz/.trig files (e.g. the Spark job's output), read recursively.")
    Path input;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store directory to create or "
            + "replace.")
    Path store;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        QuadsLoader.Summary s;
        try (Progress progress = progressOption.open()) {
            s = new QuadsLoader(progress).load(input, new StoreDirectory(store), Gazetteer.bundled().userWords());
        }
        long ms = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
        err.printf("loaded %d essay(s), %d quads from %d file(s) in %d ms (%d quads/s)%n", s.essays(), s.quads(),
                s.files(), ms, s.quads() * 1000 / ms);
        spec.commandLine().getOut().println(store.toAbsolutePath());
        return ExitCodes.OK;
    }
}
