package org.nonji.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.TestKit.Run;

/**
 * {@code --progress} on real builds and exports through the CLI: plain lines name every stage, the bar redraws one
 * line per stage and ends with a newline, none shows no progress, and data on stdout stays as it was.
 */
@Tag("slow")
class ProgressCliTest {
    private static final String A = "제목\n우리에게는 소버린 AI 전략이 필요하다. 삼성전자는 HBM에 집중해야 한다.\n";
    private static final String B = "제목\n엔비디아는 HBM을 산다. 정부는 반도체 보조금을 늘려야 한다.\n";

    @TempDir
    Path tmp;

    private Path essays() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), A, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), B, StandardCharsets.UTF_8);
        return dir;
    }

    /** The lines that start a stage, in plain rendering. */
    private static List<String> stageLines(String err) {
        return err.lines().filter(l -> l.endsWith("…")).toList();
    }

    @Test
    void plainLinesNameEveryStageOfAFullBuildAndOfAnUpdate() throws Exception {
        Path in = essays();
        Path store = tmp.resolve("store");
        // the CLI's err here is not a terminal: auto means plain
        Run full = TestKit.cli("build", "--input", in.toString(), "--store", store.toString());
        assertEquals(ExitCodes.OK, full.exit(), full.err());
        assertEquals(List.of("loading the gazetteer, lexicons and shapes…", "scanning " + in + "…",
                "loading the analyser…", "validating the ontology and rules…", "opening the new generation…",
                "writing the shared graphs…", "analysing: 2 essays…", "summing up the corpus…",
                "building the TDB2 indexes: 5 indexes…", "committing the text index…",
                "switching to the new generation…"), stageLines(full.err()), full.err());
        assertTrue(full.err().contains("\n[1/2] a.txt\n[2/2] b.txt\n"), full.err());
        assertTrue(full.err().lines().anyMatch(l -> l.matches("\\[5/5] [0-9.]+ indexes/s")), full.err());
        assertFalse(full.err().contains("\r"), "no bar where plain lines were asked for");

        Files.writeString(in.resolve("b.txt"), B + "정부는 전력망에 투자해야 한다.\n", StandardCharsets.UTF_8);
        Run update = TestKit.cli("build", "--input", in.toString(), "--store", store.toString(), "--progress",
                "plain");
        assertEquals(ExitCodes.OK, update.exit(), update.err());
        assertEquals(List.of("loading the gazetteer, lexicons and shapes…", "scanning " + in + "…",
                "loading the analyser…", "opening the store…", "dropping old essay graphs: 1 essays…",
                "writing the shared graphs…", "analysing: 1 essays…", "updating the corpus summary…",
                "committing the text index…", "committing the database…", "switching to the updated generation…"),
                stageLines(update.err()), update.err());
        assertTrue(update.err().contains("\n[1/1] b.txt\n"), update.err());
    }

    @Test
    void theBarRedrawsOneLinePerStageAndEndsWithANewline() throws Exception {
        Path in = essays();
        Run r = TestKit.cli("build", "--input", in.toString(), "--store", tmp.resolve("store").toString(),
                "--out", tmp.resolve("all.trig").toString(), "--progress=bar");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        String err = r.err();
        int summary = err.indexOf("built 2 essay(s)");
        assertTrue(summary > 0 && err.charAt(summary - 1) == '\n', "the last bar ends with a newline: " + err);
        String bar = err.substring(0, summary);
        for (String stage : List.of("scanning " + in, "analysing", "building the TDB2 indexes",
                "switching to the new generation")) {
            assertTrue(bar.contains("\r" + stage), stage + " is drawn: " + bar);
        }
        assertTrue(bar.matches("(?s).*\ranalysing \\[#{20}] 2/2 essays  [0-9.]+/s  in [0-9.]+ s *\n.*"),
                "the stage keeps its final line, with the count: " + bar);
        assertFalse(bar.contains("[1/2] a.txt") || bar.contains("analysing: 2 essays…"), "no plain lines: " + bar);
        for (String line : bar.split("\n")) {
            assertTrue(line.startsWith("\r") || line.startsWith("writing a new generation of "),
                    "every line is redrawn in place, or is a line of its own: " + line);
            for (String draw : line.split("\r")) {
                assertTrue(draw.length() < 80, "a draw fits 80 columns: " + draw);
            }
        }
        assertTrue(Files.size(tmp.resolve("all.trig")) > 0);
    }

    @Test
    void noneShowsNoProgress() throws Exception {
        Path in = essays();
        Run r = TestKit.cli("build", "--input", in.toString(), "--store", tmp.resolve("store").toString(),
                "--progress", "none");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertFalse(r.err().contains("\r"), r.err());
        assertEquals(List.of(), stageLines(r.err()), r.err());
        assertFalse(r.err().contains("[1/2]") || r.err().contains("analysing"), r.err());
        assertTrue(r.err().contains("built 2 essay(s)") && r.err().contains("time per stage:"), r.err());
    }

    @Test
    void aLoadShowsItsStages() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("quads"));
        assertEquals(ExitCodes.OK, TestKit.cli("build", "--input", essays().toString(), "--out",
                out.resolve("all.trig").toString(), "--progress", "none").exit());
        Run r = TestKit.cli("load", "--nquads", out.toString(), "--store", tmp.resolve("loaded").toString(),
                "--progress", "plain");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        for (String stage : List.of("reading quads: ", "building the TDB2 indexes", "switching to the new generation")) {
            assertTrue(r.err().contains(stage), stage + " in " + r.err());
        }
        assertTrue(r.err().indexOf("reading quads") < r.err().indexOf("building the TDB2 indexes"), r.err());
        Run quiet = TestKit.cli("load", "--nquads", out.toString(), "--store", tmp.resolve("loaded2").toString(),
                "--progress", "none");
        assertEquals(ExitCodes.OK, quiet.exit(), quiet.err());
        assertFalse(quiet.err().contains("reading quads"), quiet.err());
    }

    @Test
    void aBadProgressValueIsAUsageError() throws Exception {
        Run r = TestKit.cli("build", "--input", essays().toString(), "--store", tmp.resolve("store").toString(),
                "--progress", "fancy");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertEquals("nonji: --progress must be auto, bar, plain or none, not \"fancy\"", r.err().strip());
    }

    @Test
    void anExportShowsItsStagesOnStderrAndLeavesStdoutAsItWas() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.OK, TestKit.cli("build", "--input", essays().toString(), "--store",
                store.toString()).exit());
        Path file = tmp.resolve("all.nq");
        Run toFile = TestKit.cli("export", "--store", store.toString(), "--format", "nquads", "--out",
                file.toString(), "--progress", "none");
        assertEquals(ExitCodes.OK, toFile.exit(), toFile.err());
        assertEquals("", toFile.err());

        Stdout plain = export(store, "nquads", "plain");
        assertEquals(ExitCodes.OK, plain.run().exit(), plain.run().err());
        assertTrue(plain.run().err().lines().anyMatch(l -> l.matches("reading the store: \\d+ quads…")),
                plain.run().err());
        assertTrue(plain.run().err().contains("\nwriting nquads…\n"), plain.run().err());
        assertArrayEquals(Files.readAllBytes(file), plain.bytes(), "stdout as the file: nothing of the progress");
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(new String(plain.bytes(), StandardCharsets.UTF_8), Lang.NQUADS).parse(parsed);
        Dataset stored = org.nonji.store.TdbStore.open(new org.nonji.store.StoreDirectory(store),
                org.nonji.extract.Gazetteer.bundled().userWords());
        try {
            stored.begin(TxnType.READ);
            assertTrue(parsed.stream().count() > 100 && IsoMatcher.isomorphic(stored.asDatasetGraph(), parsed),
                    "stdout holds the store, quad for quad");
        } finally {
            stored.end();
            stored.close();
        }

        Stdout bar = export(store, "dot", "bar");
        assertEquals(ExitCodes.OK, bar.run().exit(), bar.run().err());
        assertTrue(bar.run().err().contains("\rreading entities") && bar.run().err().contains("\rwriting dot"),
                bar.run().err());
        Stdout quiet = export(store, "dot", "none");
        assertEquals("", quiet.run().err().replaceAll("exported \\d+ nodes, \\d+ edges\n", ""));
        assertArrayEquals(quiet.bytes(), bar.bytes(), "the bar does not touch stdout");
        assertTrue(new String(bar.bytes(), StandardCharsets.UTF_8).startsWith("digraph nonji {"));
    }

    private record Stdout(Run run, byte[] bytes) {
    }

    /** An export to stdout (the process's: {@code export} writes bytes there, not through picocli's writer). */
    private static Stdout export(Path store, String format, String progress) {
        PrintStream before = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Run r = TestKit.cli("export", "--store", store.toString(), "--format", format, "--progress", progress);
            System.out.flush();
            return new Stdout(r, captured.toByteArray());
        } finally {
            System.setOut(before);
        }
    }
}
