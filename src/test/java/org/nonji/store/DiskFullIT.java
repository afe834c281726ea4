package org.nonji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;

/**
 * A build onto a full disk (a 5 MB tmpfs) fails with one clear line and exit code 1, and the previous store stays
 * live and valid. Needs root to mount; skipped where mounting is not allowed.
 */
@Tag("slow")
class DiskFullIT {
    @TempDir
    Path tmp;

    record Result(int exit, String out) {
    }

    private static Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("nonji.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @Test
    void aFullDiskFailsTheBuildClearlyAndKeepsThePreviousStore() throws Exception {
        Path mnt = tmp.resolve("tiny");
        Files.createDirectories(mnt);
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", mnt.toString()) == 0,
                "mounting a small tmpfs needs root");
        try {
            Path in = tmp.resolve("in");
            Files.createDirectories(in);
            Files.copy(TestKit.basedir().resolve("src/test/resources/bad/clean.txt"), in.resolve("clean.txt"));
            Path store = mnt.resolve("store");
            assertEquals(0, run("build", "--input", in.toString(), "--store", store.toString()).exit());
            String live = Files.readString(store.resolve("CURRENT"));
            // a full rebuild needs room for a second generation beside the live one
            Result full = run("build", "--input", in.toString(), "--store", store.toString(), "--full");
            assertEquals(1, full.exit(), full.out());
            List<String> errors = full.out().lines().filter(l -> l.startsWith("nonji:")).toList();
            assertEquals(1, errors.size(), full.out());
            assertTrue(errors.get(0).contains("disk full") && errors.get(0).contains("previous store is unchanged"),
                    errors.get(0));
            assertTrue(full.out().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + full.out());
            assertEquals(live, Files.readString(store.resolve("CURRENT")));
            assertEquals(0, run("validate", "--store", store.toString()).exit());
        } finally {
            sh("umount", mnt.toString());
        }
    }

    @Test
    void aReadOnlyStoreDirectoryIsAClearError() throws Exception {
        Path mnt = tmp.resolve("ro");
        Files.createDirectories(mnt);
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", mnt.toString()) == 0,
                "mounting a read-only tmpfs needs root");
        try {
            Path in = tmp.resolve("in-ro");
            Files.createDirectories(in);
            Files.copy(TestKit.basedir().resolve("src/test/resources/bad/clean.txt"), in.resolve("clean.txt"));
            Result r = run("build", "--input", in.toString(), "--store", mnt.resolve("store").toString());
            assertEquals(1, r.exit(), r.out());
            List<String> errors = r.out().lines().filter(l -> l.startsWith("nonji:")).toList();
            assertEquals(1, errors.size(), r.out());
            assertTrue(errors.get(0).contains("cannot create store directory"), errors.get(0));
        } finally {
            sh("umount", mnt.toString());
        }
    }
}
