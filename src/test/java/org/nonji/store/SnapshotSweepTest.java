package org.nonji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader killed before it closed its snapshot (a private copy of a store generation in the temporary directory)
 * left the whole copy behind; the next snapshot deletes those whose owning process is gone, and no other.
 */
class SnapshotSweepTest {
    @TempDir
    Path tmp;

    private Path snapshotOwnedBy(String name, String owner) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(StoreDirectory.SNAPSHOT_PREFIX + name));
        Files.writeString(d.resolve("data.bin"), "x".repeat(1000), StandardCharsets.UTF_8);
        if (owner != null) {
            Files.writeString(d.resolve(StoreDirectory.SNAPSHOT_OWNER), owner, StandardCharsets.UTF_8);
        }
        return d;
    }

    @Test
    void snapshotsOfDeadReadersGoAndOthersStay() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = snapshotOwnedBy("dead", Long.toString(gone.pid()));
        Path alive = snapshotOwnedBy("alive", Long.toString(ProcessHandle.current().pid()));
        Path unowned = snapshotOwnedBy("being-written", null);
        Path other = Files.createDirectories(tmp.resolve("not-a-snapshot"));

        StoreDirectory.sweepSnapshots(tmp);

        assertFalse(Files.exists(dead), "the snapshot of a process that is gone");
        assertTrue(Files.exists(alive.resolve("data.bin")), "a live reader's snapshot");
        assertTrue(Files.exists(unowned.resolve("data.bin")), "a snapshot whose owner is not written yet");
        assertTrue(Files.exists(other));
    }

    @Test
    void aSnapshotNamesItsOwner() throws Exception {
        Path gen = Files.createDirectories(tmp.resolve("gen"));
        Files.createDirectories(gen.resolve("tdb2"));
        Files.writeString(gen.resolve("tdb2").resolve("data"), "quads", StandardCharsets.UTF_8);
        Path snap = new StoreDirectory(tmp.resolve("store")).snapshot(gen);
        try {
            assertEquals(Long.toString(ProcessHandle.current().pid()),
                    Files.readString(snap.resolve(StoreDirectory.SNAPSHOT_OWNER), StandardCharsets.UTF_8));
            assertEquals("quads", Files.readString(snap.resolve("tdb2").resolve("data"), StandardCharsets.UTF_8));
        } finally {
            StoreDirectory.deleteTree(snap);
        }
    }
}
