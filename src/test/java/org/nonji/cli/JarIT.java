package org.nonji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;

/** The shaded jar as a user runs it, in a child JVM: service files merged, resources bundled, exit codes real. */
@Tag("slow")
class JarIT {
    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("nonji.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(TestKit.basedir().toFile()).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar finished");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void buildAndQueryTheSeedsWithTheJar() throws Exception {
        String store = tmp.resolve("store").toString();
        Result build = run("build", "--input", "seeds", "--store", store);
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().contains("built 2 essay(s)"), build.err());
        Result stances = run("query", "stances", "--store", store, "--format", "csv");
        assertEquals(0, stances.exit(), stances.err());
        assertTrue(stances.out().startsWith("essay,holder,target,targetLabel,polarity,quote"), stances.out());
        assertTrue(stances.out().lines().count() > 10, stances.out());
        Result json = run("query", "mentions", "--store", store, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"vars\""), "SPARQL JSON results from the jar: " + json.out());
    }

    @Test
    void versionAndUsageExitCodes() throws Exception {
        Result v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("nonji "), v.out());
        assertEquals("", v.err(), "a clean start prints nothing on stderr (logging configured, no warnings)");
        assertEquals(2, run("no-such-command").exit());
        Result missing = run("query", "mentions", "--store", tmp.resolve("none").toString());
        assertEquals(1, missing.exit());
        assertEquals(1, missing.err().lines().count(), "one line: " + missing.err());
    }

    @Test
    void queryWhileAnotherProcessServesTheStore() throws Exception {
        String store = tmp.resolve("served").toString();
        assertEquals(0, run("build", "--input", "seeds", "--store", store).exit());
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("nonji.jar"), "serve", "--store", store, "--port", "0")
                .directory(TestKit.basedir().toFile()).redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String port = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("port ")) {
                    port = line.substring(5).strip();
                    break;
                }
            }
            assertTrue(port != null, "the server printed its port");
            Result local = run("query", "stances", "--store", store, "--format", "csv");
            assertEquals(0, local.exit(), local.err());
            assertTrue(local.err().contains("in use by a server"), "says why it reads a snapshot: " + local.err());
            assertTrue(local.out().lines().count() > 10, local.out());
            Result remote = run("query", "stances", "--endpoint", "http://127.0.0.1:" + port + "/", "--format", "csv");
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(local.out(), remote.out(), "the server and the snapshot give the same rows");
            // the other read commands read the same snapshot while the server holds the store
            for (String[] cmd : new String[][] {{"stats", "--store", store}, {"validate", "--store", store},
                    {"export", "--store", store, "--format", "gexf"}}) {
                Result r = run(cmd);
                assertEquals(0, r.exit(), cmd[0] + ": " + r.err());
                assertTrue(!r.err().contains("corrupt") && !r.out().isBlank(), cmd[0] + ": " + r.err());
            }
            // a second server on the same store: in use, with the way out, never "corrupt"
            Result second = run("serve", "--store", store, "--port", "0");
            assertEquals(1, second.exit(), second.out() + second.err());
            assertTrue(second.err().contains("in use") && !second.err().contains("corrupt"), second.err());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "the server stopped");
        }
    }
}
