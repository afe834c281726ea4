package org.nonji.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.Progress;

import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --progress auto|bar|plain|none} option of the commands that run long ({@code build}, {@code export}).
 * {@code auto} draws a bar when stderr is a terminal and prints plain lines otherwise; see {@link #stderrIsTerminal}
 * for how that is told.
 */
final class ProgressOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|plain|none",
            description = "Progress on stderr: bar (one line redrawn with stage, count, rate and time left), plain "
                    + "(a line per stage and every few seconds), none; auto (default) draws the bar when stderr "
                    + "is a terminal (on Linux: /proc/self/fd/2 is a tty; elsewhere: stdin and stdout are) and "
                    + "TERM is not dumb, else plain. Data on stdout is never touched.")
    String progress;

    /** The progress the option asks for, on the command's stderr. */
    Progress open() {
        boolean terminal = mixee.root().userObject() instanceof Main m && m.stderrIsTerminal;
        return Progress.of(rendering(progress, terminal), mixee.commandLine().getErr());
    }

    /** The rendering for an option value; {@code auto} follows {@code terminal}. */
    static Progress.Rendering rendering(String value, boolean terminal) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> terminal ? Progress.Rendering.BAR : Progress.Rendering.PLAIN;
            case "bar" -> Progress.Rendering.BAR;
            case "plain" -> Progress.Rendering.PLAIN;
            case "none" -> Progress.Rendering.NONE;
            default -> throw new NonjiException("--progress must be auto, bar, plain or none, not "
                    + NonjiException.quote(value), ExitCodes.USAGE);
        };
    }

    /**
     * Whether this process's stderr is a terminal a bar can be drawn on. Java 17 cannot ask about stderr itself
     * ({@code System.console()} answers for stdin and stdout together), so: never when {@code TERM} is
     * {@code dumb} (Emacs' shell, some CI runners); on Linux, whether {@code /proc/self/fd/2} links to a terminal
     * device ({@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}), which is right even when stdout is
     * piped ({@code export | gzip}) or stderr is redirected alone ({@code build 2>log}); elsewhere, whether
     * {@code System.console()} is present.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether a path names a terminal device. */
    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.matches("/dev/tty\\w*") || path.equals("/dev/console");
    }
}
