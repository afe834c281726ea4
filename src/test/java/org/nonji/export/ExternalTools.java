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

    public static Result run(List<String> cmd, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd));
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            p.getOutputStream().close();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + cmd);
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
