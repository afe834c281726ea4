package org.nonji.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.TestKit;

/** The corpus walk over hostile trees: links, loops, unreadable and special entries cost one line each. */
class CorpusReaderTest {
    private final CorpusReader reader = new CorpusReader(new EssayReader());

    @TempDir
    Path tmp;

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "제목\n삼성전자는 강하다.\n", StandardCharsets.UTF_8);
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/b.txt"), "제목\nHBM은 중요하다.\n", StandardCharsets.UTF_8);
        return in;
    }

    private static List<String> files(CorpusListing l) {
        return l.sources().stream().map(EssaySource::fileName).toList();
    }

    private static List<String> lines(CorpusListing l) {
        return l.skipped().stream().map(Throwable::getMessage).toList();
    }

    @Test
    void linksNeverLeadOutOfTheInputNorLoop() throws Exception {
        Path in = input();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "제목\n바깥 파일이다.\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(in.resolve("root"), Path.of("/"));
        Files.createSymbolicLink(in.resolve("out"), outside);
        Files.createSymbolicLink(in.resolve("sub/loop"), in);
        Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
        Files.createSymbolicLink(in.resolve("inner"), in.resolve("sub"));
        CorpusListing l = reader.scan(in, f -> { });
        assertEquals(List.of("a.txt", "sub/b.txt"), files(l), "each essay once, nothing from outside");
        List<String> lines = lines(l);
        assertEquals(List.of("out: symbolic link to outside the input directory, refused",
                "root: symbolic link to outside the input directory, refused"), lines.subList(0, 2));
        assertTrue(lines.get(2).startsWith("self.txt: broken symbolic link or link loop: "), lines.get(2));
        assertEquals(3, lines.size(), lines.toString());
    }

    @Test
    void aFifoNamedLikeAnEssayIsSkippedWithALineNotRead() throws Exception {
        Path in = input();
        Process p = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo works here");
        CorpusListing l = reader.scan(in, f -> { });
        assertEquals(List.of("a.txt", "sub/b.txt"), files(l));
        assertEquals(List.of("pipe.txt: not a regular file (a FIFO, device or socket), skipped"), lines(l));
    }

    @Test
    void anUnreadableSubdirectoryIsOneLineWithTheReason() throws Exception {
        Path in = input();
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("c.txt"), "제목\n본문이다.\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(locked)) {   // root: a child that has given up root's powers builds it
                TestKit.Run r = TestKit.cliWithoutRootPowers("build", "--input", in.toString(), "--out",
                        tmp.resolve("out.trig").toString());
                assertEquals(ExitCodes.OK, r.exit(), r.err());
                assertTrue(r.err().lines().anyMatch(x -> x.equals("skipped: locked: unreadable: permission denied")),
                        r.err());
                assertTrue(r.err().contains("built 2 essay(s) (1 skipped)"), r.err());
                return;
            }
            CorpusListing l = reader.scan(in, f -> { });
            assertEquals(List.of("a.txt", "sub/b.txt"), files(l));
            assertEquals(List.of("locked: unreadable: permission denied"), lines(l));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnreadableInputIsStillAHardError() throws Exception {
        Path in = input();
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(in)) {   // root: a child that has given up root's powers builds it
                TestKit.Run r = TestKit.cliWithoutRootPowers("build", "--input", in.toString(), "--out",
                        tmp.resolve("out.trig").toString());
                assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
                assertTrue(r.err().contains("cannot list input " + in + ": permission denied"), r.err());
                assertFalse(Files.exists(tmp.resolve("out.trig")), "nothing written");
                return;
            }
            NonjiException e = assertThrows(NonjiException.class, () -> reader.scan(in, f -> { }));
            assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
