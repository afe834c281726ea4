package org.nonji.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;

/**
 * The benches print their figures and delete the stores they built: `bench pipeline` had left a 170 MB store in the
 * temporary directory on every run, enough to fill a disk over a day of measuring.
 */
class BenchLeavesNoStoreTest {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    private static final Path SEEDS = TestKit.basedir().resolve("seeds");

    private static Set<String> benchDirs() throws IOException {
        try (Stream<Path> s = Files.list(TMP)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("nonji-bench"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void pipelineBenchPrintsItsStagesAndDeletesItsStore() throws IOException {
        Set<String> before = benchDirs();
        StringWriter text = new StringWriter();
        PipelineBench.run(SEEDS, 1, new PrintWriter(text));
        assertTrue(text.toString().contains("morphology + extraction"), text.toString());
        assertTrue(text.toString().contains("TDB2 + text index write (once)"), text.toString());
        assertEquals(before, benchDirs(), "a store left in " + TMP);
    }

    @Test
    void endpointBenchPrintsItsQueriesAndDeletesItsStores() throws Exception {
        Set<String> before = benchDirs();
        StringWriter text = new StringWriter();
        EndpointBench.run(SEEDS, 0, 1, Optional.empty(), new PrintWriter(text));
        assertTrue(text.toString().contains("point-lookup"), text.toString());
        assertEquals(before, benchDirs(), "a store left in " + TMP);
    }
}
