package org.nonji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.Progress.Rendering;

/** The rule of {@code --progress auto}: a bar on a terminal, plain lines anywhere else. */
class ProgressOptionTest {
    @Test
    void autoFollowsTheTerminalAndTheRestAreForced() {
        assertEquals(Rendering.BAR, ProgressOption.rendering("auto", true));
        assertEquals(Rendering.PLAIN, ProgressOption.rendering("auto", false));
        assertEquals(Rendering.BAR, ProgressOption.rendering("bar", false));
        assertEquals(Rendering.PLAIN, ProgressOption.rendering("PLAIN", true));
        assertEquals(Rendering.NONE, ProgressOption.rendering("none", true));
        NonjiException e = assertThrows(NonjiException.class, () -> ProgressOption.rendering("tty", true));
        assertEquals(ExitCodes.USAGE, e.exitCode());
    }

    @Test
    void stderrIsATerminalWhenItLinksToATerminalDevice() {
        for (String tty : new String[] {"/dev/pts/3", "/dev/tty1", "/dev/ttyS0", "/dev/tty", "/dev/console"}) {
            assertTrue(ProgressOption.isTerminalDevice(tty), tty);
        }
        for (String other : new String[] {"pipe:[123456]", "/tmp/build.log", "/dev/null", "socket:[42]",
                "/dev/pts"}) {
            assertFalse(ProgressOption.isTerminalDevice(other), other);
        }
    }
}
