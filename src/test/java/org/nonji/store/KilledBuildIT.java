package org.nonji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;

/**
 * A build killed with SIGKILL at several points leaves the previous store live and intact, and the next build
 * succeeds. Runs the shaded jar in a child JVM (failsafe, after package).
 */
@Tag("slow")
class KilledBuildIT {
    @TempDir
    Path tmp;

    private static Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("nonji.jar")));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Process startLogged(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("nonji.jar")));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with the prefix, then drains the rest in the background. */
    private static void awaitLine(Process p, String prefix) throws Exception {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null && !line.startsWith(prefix)) {
            // progress lines before the store write
        }
        assertTrue(line != null, "the build reached the store write");
        Thread drain = new Thread(() -> {
            try {
                reader.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException e) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private static int run(String... args) throws Exception {
        Process p = start(args);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return p.exitValue();
    }

    private static String output(String... args) throws Exception {
        Process p = startLogged(args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /**
     * Kills an update (small store → big input: in place) and a full rebuild at several points: while reading and
     * analysing, and after the store write began (it runs alongside the analysis). Each time the store must answer
     * exactly as before, and the next build must succeed.
     */
    @Test
    void killingABuildAtAnyPointLeavesThePreviousStoreServing() throws Exception {
        Path small = tmp.resolve("small");
        Files.createDirectories(small);
        Files.copy(TestKit.basedir().resolve("seeds/000_dcda4e88bf3febdc.txt"), small.resolve("a.txt"));
        Path store = tmp.resolve("store");
        assertEquals(0, run("build", "--input", small.toString(), "--store", store.toString()));
        String before = Files.readString(store.resolve("CURRENT"));
        String answer = output("query", "mentions", "--store", store.toString());

        Path big = tmp.resolve("big");
        Files.createDirectories(big);
        Files.copy(TestKit.basedir().resolve("seeds/000_dcda4e88bf3febdc.txt"), big.resolve("a.txt"));
        String seed = Files.readString(TestKit.basedir().resolve("seeds/001_82216455db6b95e9.txt"),
                StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) {
            Files.writeString(big.resolve("c" + i + ".txt"), seed + "\n사본 " + i + "\n", StandardCharsets.UTF_8);
        }
        for (boolean full : new boolean[] {false, true}) {
            for (long delayMs : new long[] {1500, 6000, -300, -1500}) {
                List<String> args = new ArrayList<>(List.of("build", "--input", big.toString(), "--store",
                        store.toString()));
                if (full) {
                    args.add("--full");
                }
                Process p = startLogged(args.toArray(String[]::new));
                if (delayMs < 0) {
                    awaitLine(p, full ? "writing a new generation" : "updating ");
                }
                boolean finished = p.waitFor(Math.abs(delayMs), TimeUnit.MILLISECONDS);
                String when = (full ? "full build" : "update") + " killed at " + delayMs + " ms";
                if (!finished) {
                    p.destroyForcibly();    // SIGKILL
                    p.waitFor(30, TimeUnit.SECONDS);
                } else {
                    before = Files.readString(store.resolve("CURRENT"));
                    answer = output("query", "mentions", "--store", store.toString());
                }
                assertEquals(before, Files.readString(store.resolve("CURRENT")), "CURRENT untouched, " + when);
                assertEquals(0, run("validate", "--store", store.toString()), "the live store is intact, " + when);
                assertEquals(answer, output("query", "mentions", "--store", store.toString()),
                        "and answers as before, " + when);
            }
        }
        assertEquals(0, run("build", "--input", big.toString(), "--store", store.toString()),
                "a build after the kills succeeds");
        try (var s = Files.list(store)) {
            assertEquals(1, s.filter(x -> x.getFileName().toString().startsWith("gen-")).count(),
                    "leftover generations of killed builds are cleaned up");
        }
        assertTrue(!Files.exists(store.resolve(Files.readString(store.resolve("CURRENT")).strip())
                .resolve("UPDATING")), "no interrupted-update mark is left");
    }
}
