package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sys.JenaSystem;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.pipeline.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The {@code nonji} command: lists the subcommands; each one is a {@code Callable<Integer>}. */
@Command(name = "nonji", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Korean essays in, an evidence-grounded RDF knowledge graph out, served over SPARQL.",
        subcommands = {BuildCommand.class, AnalyzeCommand.class, ValidateCommand.class, StatsCommand.class,
                ServeCommand.class, ExportCommand.class, LoadCommand.class, PushCommand.class, BenchCommand.class, EvalCommand.class,
                QueryCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:runtime failure (I/O, store locked or corrupt, validation failed)",
                "2:usage error", "3:bad input data", "4:internal error"})
public final class Main implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether the err stream is this process's stderr and that is a terminal ({@code --progress auto}). */
    final boolean stderrIsTerminal;

    Main(boolean stderrIsTerminal) {
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        JenaSystem.init();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, ProgressOption.stderrIsTerminal(), args);
        out.flush();
        err.flush();
        if (!Boolean.getBoolean("nonji.noExit")) {
            System.exit(code);
        }
    }

    /**
     * Runs nonji with the given streams; returns the exit code. Tests call this. {@code err} is not taken for a
     * terminal: {@code --progress auto} prints plain lines on it.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, false, args);
    }

    private static int execute(PrintWriter out, PrintWriter err, boolean stderrIsTerminal, String... args) {
        JenaSystem.init();
        CommandLine cl = new CommandLine(new Main(stderrIsTerminal));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof NonjiException n ? n.exitCode()
                : t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            if (ex instanceof NonjiException n) {
                commandLine.getErr().println("nonji: " + n.getMessage());
            } else {
                commandLine.getErr().println("nonji: internal error: " + ex);
            }
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ex instanceof NonjiException n ? n.exitCode() : ExitCodes.INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Reads the version from the build. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nonji " + Version.get()};
        }
    }
}
