package org.nonji.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.Pipeline;
import org.nonji.rdf.QuadFiles;

/** The Spark job under {@code local[2]} gives the quads {@code build --out} gives, and re-extracts only what changed. */
@Tag("slow")
class ExtractJobTest {
    private static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    static Path tmp;

    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("nonji-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    static ExtractJob.Summary spark(Path input, Path out) {
        return new ExtractJob(new ExtractJob.Options(input.toString(), out.toString(), "nori", TIME, 0)).run(sc);
    }

    static String build(Path input) {
        Path trig = tmp.resolve("build-" + System.nanoTime() + ".trig");
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(input, Optional.empty(),
                Optional.of(trig), false, "nori", TIME, EssayReader.DEFAULT_MAX_BYTES));
        return TestKit.sortedNQuads(trig);
    }

    /** Every quad under an output directory, as sorted N-Quads lines. */
    static String sortedNQuads(Path out) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (Path f : QuadFiles.under(out)) {
            QuadFiles.parse(f, StreamRDFLib.dataset(dsg), f.toString());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, dsg, Lang.NQUADS);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    @Test
    void theSeedsGiveTheQuadsOfTheBuildAndAChangeIsExtractedAlone() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> s = Files.list(TestKit.basedir().resolve("seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Path out = tmp.resolve("out");
        ExtractJob.Summary first = spark(corpus, out);
        assertEquals(2, first.extracted(), first.line());
        assertEquals(build(corpus), sortedNQuads(out), "the same quads as build --out");
        assertTrue(Files.readString(out.resolve("manifest.tsv")).lines().filter(l -> !l.startsWith("#")).count() == 2);

        Path changed;
        try (Stream<Path> s = Files.list(corpus)) {
            changed = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\n삼성전자는 반도체 투자를 늘려야 한다.\n");
        Files.writeString(corpus.resolve("new.txt"), "새 글\n\n정부는 원전 수출을 지원해야 한다.\n");
        ExtractJob.Summary second = spark(corpus, out);
        assertEquals(2, second.extracted(), "the changed and the new essay: " + second.line());
        assertEquals(1, second.reused(), second.line());
        assertEquals(build(corpus), sortedNQuads(out), "still the quads of a build of the changed corpus");

        Files.delete(corpus.resolve("new.txt"));
        ExtractJob.Summary third = spark(corpus, out);
        assertEquals(0, third.extracted(), third.line());
        assertEquals(1, third.removed(), third.line());
        assertEquals(build(corpus), sortedNQuads(out));

        TestKit.Run load = TestKit.cli("load", "--nquads", out.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains("loaded 2 essay(s)"), load.err());
    }

    @Test
    void theGoldTextsGiveTheQuadsOfTheBuild() {
        Path gold = TestKit.basedir().resolve("src/test/resources/gold");
        Path out = tmp.resolve("gold-out");
        ExtractJob.Summary s = spark(gold, out);
        assertTrue(s.extracted() > 40, s.line());
        assertEquals(build(gold), sortedNQuads(out));
    }
}
