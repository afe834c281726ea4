package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Progress lines on stderr: one per essay for small builds, else one per hundred with the rate and time left. */
class ProgressTest {
    @Test
    void aLargeBuildSaysHowLongIsLeft() {
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w), 300);
        for (int i = 0; i < 300; i++) {
            p.essay("e" + i + ".txt");
        }
        List<String> lines = w.toString().lines().toList();
        assertEquals(3, lines.size(), w.toString());
        assertTrue(lines.get(0).matches("\\[100/300] [0-9.]+ essays/s, about \\d+ (s|min) left"), lines.get(0));
        assertTrue(lines.get(2).matches("\\[300/300] [0-9.]+ essays/s"), "no time left at the end: " + lines.get(2));
    }

    @Test
    void timeLeftIsRounded() {
        assertEquals("40 s", Progress.duration(40.2));
        assertEquals("3 min", Progress.duration(170));
        assertEquals("1 h 05 min", Progress.duration(3900));
    }
}
