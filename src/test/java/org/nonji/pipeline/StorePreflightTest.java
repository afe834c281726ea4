package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.store.StoreLockHolder;

/**
 * The store is checked and locked before any essay is read: the input given here does not even exist, so a
 * refusal that names the store proves the check came first.
 */
class StorePreflightTest {
    @TempDir
    Path tmp;

    private TestKit.Run build(Path store) {
        return TestKit.cli("build", "--input", tmp.resolve("no-such-input").toString(), "--store", store.toString());
    }

    private static void assertRefused(TestKit.Run r, String message) {
        assertEquals(ExitCodes.RUNTIME, r.exit(), r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains(message) && !lines.get(0).contains("no-such-input"), r.err());
    }

    @Test
    void aNonEmptyDirectoryThatIsNoStoreIsRefusedAtOnce() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.txt"), "precious", StandardCharsets.UTF_8);
        assertRefused(build(home), "it is not empty and not a nonji store");
        assertEquals(List.of(home.resolve("thesis.txt")), Files.list(home).toList(), "nothing written into it");
    }

    @Test
    void aStorePathThatCannotBeCreatedIsRefusedAtOnce() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x", StandardCharsets.UTF_8);
        assertRefused(build(file.resolve("store")), "cannot create store directory");
    }

    @Test
    void anUnwritableStoreDirectoryIsRefusedAtOnce() throws Exception {
        Path parent = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(parent)) {   // root: a child that has given up root's powers builds it
                for (Path store : List.of(parent.resolve("store"), parent)) {
                    assertRefused(TestKit.cliWithoutRootPowers("build", "--input",
                            tmp.resolve("no-such-input").toString(), "--store", store.toString()), "permission denied");
                }
                assertEquals(List.of(), Files.list(parent).toList(), "nothing written");
                return;
            }
            assertRefused(build(parent.resolve("store")), "permission denied");
            assertRefused(build(parent), "permission denied");
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aSecondBuildOnTheSameStoreIsRefusedAtOnce() throws Exception {
        Path store = tmp.resolve("store");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreLockHolder.class.getName(), store.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine(), "the other process holds the lock");
            assertRefused(build(store), "is being built by another process");
            assertFalse(Files.exists(store.resolve("CURRENT")));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }
}
