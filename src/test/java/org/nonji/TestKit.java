package org.nonji;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.nonji.cli.Main;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.pipeline.EssayAnalyzer;

/** Heavy shared test objects, built once per JVM, and small helpers. */
public final class TestKit {
    private static Gazetteer gazetteer;
    private static Lexicons lexicons;
    private static EssayAnalyzer analyzer;

    private TestKit() {
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.bundled();
        }
        return gazetteer;
    }

    public static synchronized Lexicons lexicons() {
        if (lexicons == null) {
            lexicons = Lexicons.bundled();
        }
        return lexicons;
    }

    /** The default (Nori) analyser over the bundled gazetteer and lexicons. */
    public static synchronized EssayAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = EssayAnalyzer.create(MorphAnalyzers.create("nori", gazetteer().userWords()),
                    gazetteer(), lexicons());
        }
        return analyzer;
    }

    /** An essay read from text, as if from a file called {@code name}. */
    public static Essay essay(String name, String text) {
        return new EssayReader().read(name.replaceAll("\\W", "-"), name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The project directory (for seeds/, queries/, ontology/). */
    public static Path basedir() {
        return Path.of(System.getProperty("nonji.basedir", "."));
    }

    /** A TriG file's quads as sorted N-Quads lines: two builds compare byte for byte. */
    public static String sortedNQuads(Path trig) {
        var dsg = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(trig.toString());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(out, dsg, org.apache.jena.riot.Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        java.util.Arrays.sort(lines);
        return String.join("\n", lines);
    }

    /** The result of running the CLI in-process. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs the CLI in-process with captured streams. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs the CLI in a child JVM that has given up root's power to ignore file permissions
     * ({@code setpriv --bounding-set -dac_override,-dac_read_search}), so that a permission test means the same as
     * root (which CI is) as for anyone else. Skips the test (an assumption) when setpriv is not at hand.
     */
    public static Run cliWithoutRootPowers(String... args) throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(setpriv),
                "running as root without setpriv: permissions do not stop root");
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(setpriv.toString(),
                "--bounding-set", "-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(java.util.List.of(args));
        Path out = java.nio.file.Files.createTempFile("nonji-out", ".txt");
        Path err = java.nio.file.Files.createTempFile("nonji-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the child CLI did not finish in 120 s: " + cmd);
            }
            // the child's log lines (the test classpath's XML parser warns at start-up) are not the CLI's output
            String errText = java.nio.file.Files.readString(err, StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d (ERROR|WARN|INFO|DEBUG) .*"))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            return new Run(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8), errText);
        } finally {
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
        }
    }

    /**
     * The rows (header dropped) of {@code query NAME --store STORE --format csv} with {@code NAME=VALUE} parameters,
     * run in-process; fails the test on a non-zero exit.
     */
    public static java.util.List<String> csvRows(Path store, String query, String... params) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("query", query, "--store",
                store.toString(), "--format", "csv"));
        for (String p : params) {
            args.add("--param");
            args.add(p);
        }
        Run r = cli(args.toArray(String[]::new));
        org.junit.jupiter.api.Assertions.assertEquals(ExitCodes.OK, r.exit(), query + " " + java.util.List.of(params)
                + ": " + r.err());
        java.util.List<String> lines = r.out().lines().toList();
        return lines.subList(1, lines.size());
    }
}
