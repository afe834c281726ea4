package org.nonji.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Independent checkers nobody here wrote (rdflib, networkx, xmllint, Graphviz, cytoscape in node, Chromium).
 * .ci/run installs them; on a developer machine without them the checks are skipped, in CI they must run.
 */
public final class ExternalTools {
    public record Result(int exit, String out, String err) {
    }

    private ExternalTools() {
    }

    /** Skips the test when the tool is missing, except in CI where a missing tool is a failure. */
    public static void require(String what, boolean present) {
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(what + " is missing in CI: .ci/run must install it");
        }
        Assumptions.assumeTrue(present, what + " not installed; .ci/run installs it");
    }

    public static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }

    /** Debian's python3, where apt installs python3-rdflib and python3-networkx. */
    public static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static boolean pythonHas(String module) {
        try {
            return run(List.of(python(), "-c", "import " + module), null).exit() == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The longest any external tool may run: a hung Chromium is killed, and its test fails, at this point. */
    static final long TIMEOUT_SECONDS = 180;

    public static Result run(List<String> cmd, Path dir) {
        Path out = null;
        Path err = null;
        try {
            // output to files, not pipes: a tool that writes much to stderr (Chromium) would block on a full pipe
            // while we read stdout, and one that never exits would hold the whole build; this one is killed
            out = Files.createTempFile("nonji-tool-", ".out");
            err = Files.createTempFile("nonji-tool-", ".err");
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            p.getOutputStream().close();
            boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertTrue(finished, "finished within " + TIMEOUT_SECONDS + " s: " + cmd);
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            for (Path f : new Path[] {out, err}) {
                if (f != null) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException ignored) {
                        // a temp file left behind is harmless
                    }
                }
            }
        }
    }
}
