package org.nonji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.server.EndpointServer;

/**
 * A damaged store is reported as corrupt by every reader, the server included, and never "repaired" by deleting
 * what is left; a read-only store is read and served from a copy. Real stores built from the seeds, damaged on disk.
 */
class StoreIntegrityTest {
    @TempDir
    Path tmp;

    private Path build(String name) {
        Path store = tmp.resolve(name);
        TestKit.Run b = TestKit.cli("build", "--input", TestKit.basedir().resolve("seeds").toString(), "--store",
                store.toString());
        assertEquals(ExitCodes.OK, b.exit(), b.err());
        return store;
    }

    private static EndpointServer.Options options(Path store) {
        return new EndpointServer.Options(new StoreDirectory(store), TestKit.gazetteer().userWords()).port(0);
    }

    private static void assertCorrupt(Path store, String why) {
        for (String[] args : List.of(new String[] {"stats", "--store", store.toString()},
                new String[] {"query", "essays", "--store", store.toString()},
                new String[] {"validate", "--store", store.toString()})) {
            TestKit.Run r = TestKit.cli(args);
            assertEquals(ExitCodes.RUNTIME, r.exit(), args[0] + ": " + r.err());
            assertTrue(r.err().contains("corrupt store") && r.err().contains(why), args[0] + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), args[0] + " says it in one line: " + r.err());
        }
        StoreException e = assertThrows(StoreException.class, () -> EndpointServer.start(options(store)).stop());
        assertTrue(e.getMessage().contains("corrupt store") && e.getMessage().contains(why), e.getMessage());
    }

    private static TreeSet<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aTruncatedNodeTableIsACorruptStore() throws Exception {
        Path store = build("store");
        Path nodes = new StoreDirectory(store).current().resolve("tdb2/Data-0001/nodes-data.obj");
        long size = Files.size(nodes);
        try (FileChannel c = FileChannel.open(nodes, StandardOpenOption.WRITE)) {
            c.truncate(size / 2);
        }
        assertCorrupt(store, "nodes-data.obj is truncated");
    }

    @Test
    void aDeletedIndexCommitIsReportedAndWhatIsLeftStaysOnDisk() throws Exception {
        Path store = build("store");
        Path text = new StoreDirectory(store).current().resolve("text");
        Path segments;
        try (Stream<Path> s = Files.list(text)) {
            segments = s.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        Files.delete(segments);
        TreeSet<String> left = files(text);
        assertCorrupt(store, segments.getFileName() + " is missing");
        assertEquals(left, files(text), "no reader deleted or recreated index files");
        TestKit.Run update = TestKit.cli("build", "--input", TestKit.basedir().resolve("seeds").toString(),
                "--store", store.toString());
        assertEquals(ExitCodes.RUNTIME, update.exit(), "an incremental build refuses a damaged store: " + update.err());
        assertEquals(left, files(text), "and leaves it as it was");
        TestKit.Run full = TestKit.cli("build", "--full", "--input", TestKit.basedir().resolve("seeds").toString(),
                "--store", store.toString());
        assertEquals(ExitCodes.OK, full.exit(), "a full build writes a new generation: " + full.err());
        assertEquals(ExitCodes.OK, TestKit.cli("query", "essays", "--store", store.toString()).exit());
    }

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static void chmod(List<Path> paths, boolean writable) throws IOException {
        for (Path p : paths) {
            Set<PosixFilePermission> perms = new java.util.HashSet<>(Set.of(PosixFilePermission.OWNER_READ));
            if (Files.isDirectory(p)) {
                perms.add(PosixFilePermission.OWNER_EXECUTE);
            }
            if (writable) {
                perms.add(PosixFilePermission.OWNER_WRITE);
            }
            Files.setPosixFilePermissions(p, perms);
        }
    }

    /** A read-only mount of the store where mounting is allowed (root), else the store without write permission. */
    @Test
    void aReadOnlyStoreIsQueriedAndServedFromACopy() throws Exception {
        Path store = build("store");
        Path view = tmp.resolve("read-only");
        Files.createDirectories(view);
        boolean mounted = sh("mount", "--bind", store.toString(), view.toString()) == 0;
        if (mounted && sh("mount", "-o", "remount,ro,bind", view.toString()) != 0) {
            sh("umount", view.toString());
            mounted = false;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(store)) {
            all = s.toList();
        }
        if (!mounted) {
            view = store;
            chmod(all, false);
        }
        try {
            assumeFalse(Files.isWritable(view.resolve("CURRENT")), "neither a read-only mount nor permissions here");
            TestKit.Run q = TestKit.cli("query", "essays", "--store", view.toString(), "--format", "csv");
            assertEquals(ExitCodes.OK, q.exit(), q.err());
            assertEquals(3, q.out().lines().count(), "TDB2 cannot open it in place (its lock file): " + q.out());
            EndpointServer server = EndpointServer.start(options(view));
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                        + "kg/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?e a "
                        + "<https://w3id.org/nonji/ont#Essay> }", StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("2", r.body().lines().skip(1).findFirst().orElse("").strip());
            } finally {
                server.stop();
            }
        } finally {
            if (mounted) {
                sh("umount", view.toString());
            } else {
                chmod(all, true);
            }
        }
    }
}
