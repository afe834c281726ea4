package org.nonji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Progress on stderr: plain lines (a line per stage, per item of a small stage, per tenth of a large one, and
 * whenever a few quiet seconds have passed) and the bar (one line per stage redrawn with {@code \r}, throttled,
 * cleared for a line of its own, ended with a newline). The clock is a counter, so timing rules are exact.
 */
class ProgressTest {
    private final StringWriter out = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(Progress.Rendering r) {
        return Progress.withClock(r, new PrintWriter(out), now::get, 80);
    }

    private void pass(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aLargeStageSaysHowLongIsLeft() {
        try (Progress p = progress(Progress.Rendering.PLAIN)) {
            p.stage("analysing", 300, "essays");
            for (int i = 0; i < 300; i++) {
                pass(10);
                p.step("e" + i + ".txt");
            }
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("analysing: 300 essays…", "[100/300] 100.0 essays/s, about 2 s left",
                "[200/300] 100.0 essays/s, about 1 s left", "[300/300] 100.0 essays/s"), lines, out.toString());
    }

    @Test
    void aSmallStageNamesEachItem() {
        try (Progress p = progress(Progress.Rendering.PLAIN)) {
            p.stage("analysing", 2, "essays");
            p.step("a.txt");
            p.step("b.txt");
            p.stage("building the TDB2 indexes");
        }
        assertEquals("analysing: 2 essays…\n[1/2] a.txt\n[2/2] b.txt\nbuilding the TDB2 indexes…\n",
                out.toString());
    }

    @Test
    void plainLinesComeEveryTenthOfAHugeTotal() {
        try (Progress p = progress(Progress.Rendering.PLAIN)) {
            p.stage("reading the store", 1_000_000, "quads");
            for (int i = 0; i < 1000; i++) {
                pass(10);
                p.advance(1000);
            }
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(11, lines.size(), out.toString());
        assertEquals("[100000/1000000] 100000.0 quads/s, about 9 s left", lines.get(1));
    }

    @Test
    void plainSpeaksUpAfterFiveQuietSecondsWhileTheCountMoves() {
        try (Progress p = progress(Progress.Rendering.PLAIN)) {
            p.stage("scanning in", -1, "files");
            for (int i = 0; i < 12; i++) {
                pass(1000);
                p.step();
            }
        }
        assertEquals("scanning in…\n[5] 1.0 files/s\n[10] 1.0 files/s\n[12] 1.0 files/s\n", out.toString());
    }

    @Test
    void theBarIsRedrawnInPlaceAFewTimesASecondAndEndsWithANewline() {
        try (Progress p = progress(Progress.Rendering.BAR)) {
            p.stage("analysing", 1000, "essays");
            for (int i = 0; i < 1000; i++) {
                pass(1);
                p.step("e" + i + ".txt");
            }
            p.stage("building the TDB2 indexes");
            pass(2500);
        }
        String s = out.toString();
        assertFalse(s.contains("e1.txt"), "no file names in the bar: " + s);
        // one draw at the start, about four a second for one second, one at 1000/1000, the final line of each stage
        long draws = s.chars().filter(c -> c == '\r').count();
        assertTrue(draws >= 5 && draws <= 9, draws + " redraws: " + s);
        String[] lines = s.split("\n", -1);
        assertEquals(3, lines.length, s);
        assertEquals("", lines[2], "the bar ends with a newline");
        String last = lines[0].substring(lines[0].lastIndexOf('\r') + 1);
        assertTrue(last.matches("analysing \\[#{20}] 1000/1000 essays  1000\\.0/s  in 1\\.0 s *"), last);
        assertTrue(lines[0].contains("\ranalysing [##########----------] 500/1000 essays  1000.0/s  ETA 1 s\r"),
                lines[0]);
        assertTrue(lines[1].endsWith("\rbuilding the TDB2 indexes in 2.5 s"), lines[1]);
    }

    @Test
    void aLineOfItsOwnClearsTheBarAndTheBarComesBack() {
        try (Progress p = progress(Progress.Rendering.BAR)) {
            p.stage("analysing", 10, "essays");
            p.println("skipped: b.txt: empty");
        }
        String s = out.toString();
        String start = "\ranalysing [--------------------] 0/10 essays";
        assertTrue(s.startsWith(start + "\r" + " ".repeat(start.length() - 1) + "\rskipped: b.txt: empty\n"
                + start), s);
        assertTrue(s.endsWith("\n"), s);
    }

    @Test
    void theBarIsCutToTheWidthNameFirst() {
        try (Progress p = Progress.withClock(Progress.Rendering.BAR, new PrintWriter(out), now::get, 40)) {
            p.stage("a stage whose name is much longer than forty columns", 10, "essays");
        }
        for (String draw : out.toString().split("[\r\n]")) {
            assertTrue(draw.length() < 40, draw);
        }
        assertTrue(out.toString().startsWith("\ra s… [--------------------] 0/10 essays"), out.toString());
    }

    @Test
    void noneShowsNoProgressButPrintsLinesOfTheirOwn() {
        try (Progress p = progress(Progress.Rendering.NONE)) {
            p.stage("analysing", 3, "essays");
            p.step("a.txt");
            p.println("skipped: b.txt: empty");
            p.stage("building the TDB2 indexes");
        }
        assertEquals("skipped: b.txt: empty\n", out.toString());
    }

    @Test
    void bytesAreShownInMegabytes() {
        try (Progress p = progress(Progress.Rendering.PLAIN)) {
            p.stage("writing nquads", -1, Progress.BYTES);
            pass(2000);
            p.advance(3_000_000);
        }
        assertEquals("writing nquads…\n[3.0 MB] 1.5 MB/s\n", out.toString());
    }

    @Test
    void timeLeftIsRounded() {
        assertEquals("40 s", Progress.duration(40.2));
        assertEquals("3 min", Progress.duration(170));
        assertEquals("1 h 05 min", Progress.duration(3900));
        assertEquals("0.4 s", Progress.elapsed(0.42));
    }

    @Test
    void theWidthComesFromColumnsWhenTheShellExportsIt() {
        assertEquals(120, Progress.columns("120"));
        assertEquals(80, Progress.columns(null));
        assertEquals(80, Progress.columns("wide"));
    }
}
