package org.nonji.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.nonji.corpus.Corpus;
import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Extraction;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.nlp.nori.NoriMorphAnalyzer;
import org.nonji.pipeline.Batches;
import org.nonji.pipeline.EssayAnalyzer;
import org.nonji.rdf.BuildInfo;
import org.nonji.rdf.EssayGraphs;
import org.nonji.store.ShaclCheck;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

/**
 * Pipeline throughput, each stage as a ratio to bare Nori tokenisation of the same text measured in the same run,
 * so the figures compare across machines.
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    /** Runs the benchmark over the essays in {@code input}, {@code rounds} times each, and prints the figures. */
    public static void run(Path input, int rounds, PrintWriter out) {
        Corpus corpus = new CorpusReader(new EssayReader()).read(input, f -> { });
        List<Essay> essays = corpus.essays();
        long chars = essays.stream().mapToLong(e -> e.text().length()).sum();
        long bytes = essays.stream().mapToLong(e -> e.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum();
        Gazetteer gazetteer = Gazetteer.bundled();
        Lexicons lexicons = Lexicons.bundled();
        var userDict = NoriMorphAnalyzer.userDictionary(gazetteer.userWords());
        EssayAnalyzer analyzer = EssayAnalyzer.create(MorphAnalyzers.create("nori", gazetteer.userWords()),
                gazetteer, lexicons);
        out.printf("corpus: %d essays, %d chars, %.1f KB UTF-8, %d rounds after %d warm-up%n", essays.size(), chars,
                bytes / 1024.0, rounds, Math.max(1, rounds / 3));
        // in the build's batches: each batch's morphology first, then its extraction (EssayAnalyzer.analyzeAll)
        List<List<Essay>> batches = new ArrayList<>();
        Batches.of(essays.iterator(), e -> e.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .forEachRemaining(batches::add);
        for (int i = 0; i < Math.max(1, rounds / 3); i++) {
            bareNori(essays, userDict);
            batches.forEach(analyzer::analyzeAll);
        }
        Stopwatch nori = new Stopwatch();
        Stopwatch extract = new Stopwatch();
        Stopwatch rdf = new Stopwatch();
        List<Extraction> xs = new ArrayList<>();
        DatasetGraph last = null;
        for (int r = 0; r < rounds; r++) {
            nori.time(() -> bareNori(essays, userDict));
            xs.clear();
            extract.time(() -> batches.forEach(b -> xs.addAll(analyzer.analyzeAll(b))));
            DatasetGraph dsg = DatasetGraphFactory.create();
            rdf.time(() -> {
                EssayGraphs.addOntology(dsg);
                EssayGraphs.addRules(dsg, analyzer.rules());
                EssayGraphs.addBuild(dsg, new BuildInfo("bench", "nori", java.time.Instant.EPOCH), "bench",
                        essays.stream().map(e -> e.id()).toList());
                xs.forEach(x -> EssayGraphs.addEssay(dsg, x));
            });
            last = dsg;
        }
        DatasetGraph data = last;
        Stopwatch shacl = new Stopwatch();
        ShaclCheck check = new ShaclCheck();
        shacl.time(() -> check.validate(data, g -> { }));
        Stopwatch store = new Stopwatch();
        Path dir;
        try {
            dir = Files.createTempDirectory("nonji-bench-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            store.time(() -> TdbStore.write(new StoreDirectory(dir.resolve("s")), data, gazetteer.userWords(),
                    new java.util.Properties(), n -> { }));
        } finally {
            StoreDirectory.deleteTree(dir);   // a bench leaves nothing behind (it left 170 MB per run in the temp dir)
        }
        long quads = data.stream().count();
        double base = nori.totalSeconds() / rounds;
        double mb = bytes / 1e6;
        out.printf("%-34s %9s %10s %12s%n", "stage (per pass over the corpus)", "ms", "MB/s", "x bare Nori");
        row(out, "bare Nori tokenisation (baseline)", base, mb, base);
        row(out, "morphology + extraction", extract.totalSeconds() / rounds, mb, base);
        row(out, "RDF minting", rdf.totalSeconds() / rounds, mb, base);
        row(out, "SHACL validation (once)", shacl.totalSeconds(), mb, base);
        row(out, "TDB2 + text index write (once)", store.totalSeconds(), mb, base);
        double pipeline = (extract.totalSeconds() + rdf.totalSeconds()) / rounds + shacl.totalSeconds()
                + store.totalSeconds();
        row(out, "whole pipeline", pipeline, mb, base);
        out.printf("quads: %d; store write %.0f quads/s%n", quads, quads / store.totalSeconds());
        out.flush();
    }

    private static void row(PrintWriter out, String name, double seconds, double mb, double base) {
        out.printf("%-34s %9.1f %10.2f %12.1f%n", name, seconds * 1000, mb / seconds, seconds / base);
    }

    static long bareNori(List<Essay> essays, org.apache.lucene.analysis.ko.dict.UserDictionary dict) {
        long tokens = 0;
        for (Essay e : essays) {
            try (KoreanTokenizer t = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, dict,
                    DecompoundMode.MIXED, false, true)) {
                CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
                t.setReader(new StringReader(e.analysisText()));
                t.reset();
                while (t.incrementToken()) {
                    tokens += term.length();
                }
                t.end();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return tokens;
    }
}
