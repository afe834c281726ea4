package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;

/** An essay over its time budget is skipped with one line; the others are built. */
class EssayTimeoutTest {
    @TempDir
    Path tmp;

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "제목\n삼성전자는 HBM 투자를 늘려야 한다.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "제목\nSK하이닉스는 강하다.\n", StandardCharsets.UTF_8);
        return in;
    }

    private BuildOptions options(Path in, Duration timeout, boolean strict) {
        return new BuildOptions(in, Optional.empty(), Optional.of(tmp.resolve("o.trig")), strict, "nori",
                Instant.EPOCH, EssayReader.DEFAULT_MAX_BYTES).withThreads(1).withEssayTimeout(timeout);
    }

    @Test
    void anEssayOverItsTimeIsSkippedWithOneLine() throws Exception {
        Path in = input();
        StringWriter err = new StringWriter();
        BuildSummary s = new Pipeline(new PrintWriter(err, true)).build(options(in, Duration.ofNanos(1), false));
        assertEquals(0, s.essays());
        assertEquals(2, s.skipped());
        for (String f : new String[] {"a.txt", "b.txt"}) {
            assertEquals(1, err.toString().lines().filter(l -> l.startsWith("skipped: " + f + ": took longer than "
                    + "the essay timeout (0.000000001 s, --essay-timeout), stopped after ")).count(), err.toString());
        }
        BuildSummary ok = new Pipeline(new PrintWriter(new StringWriter())).build(options(in, Duration.ofSeconds(60),
                false));
        assertEquals(2, ok.essays());
        assertEquals(0, ok.skipped());
    }

    @Test
    void underStrictATimeoutFailsTheBuild() throws Exception {
        Path in = input();
        NonjiException e = assertThrows(NonjiException.class, () -> new Pipeline(new PrintWriter(new StringWriter()))
                .build(options(in, Duration.ofNanos(1), true)));
        assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    }

    @Test
    void theOptionTakesSecondsAndRefusesNegativeOnes() throws Exception {
        Path in = input();
        TestKit.Run bad = TestKit.cli("build", "--essay-timeout", "-1", "--input", in.toString(), "--out",
                tmp.resolve("x.trig").toString());
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
        TestKit.Run r = TestKit.cli("build", "--essay-timeout", "30", "--input", in.toString(), "--out",
                tmp.resolve("y.trig").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("built 2 essay(s)"), r.err());
    }

    @Test
    void aLongEssayStopsDuringMorphologyNotAfterIt() {
        String text = "제목\n" + "삼성전자는 HBM 투자를 늘려야 한다. ".repeat(3000);
        EssayDeadline spent = new EssayDeadline("long.txt", System.nanoTime() - 1_000_000_000L, Duration.ofMillis(1));
        org.nonji.corpus.CorpusException e = assertThrows(org.nonji.corpus.CorpusException.class, () -> TestKit
                .analyzer().analyze(TestKit.essay("long.txt", text), new StageTimes(), spent));
        assertTrue(e.getMessage().contains("stopped during morphology"), e.getMessage());
    }
}
