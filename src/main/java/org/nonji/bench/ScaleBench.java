package org.nonji.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.nlp.nori.NoriMorphAnalyzer;
import org.nonji.pipeline.Batches;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.BuildSummary;
import org.nonji.pipeline.EssayAnalyzer;
import org.nonji.pipeline.Pipeline;
import org.nonji.store.GenerationWriter;
import org.nonji.store.StoreDirectory;

/**
 * Scale figures, printed, never pass/fail: seeded corpora of real sentences at growing sizes, built from scratch;
 * throughput and heap (used, live) per size and the cost ratio between sizes; then on the largest store the pipeline
 * against bare Nori on the same text, the store stage against Jena's bulk loader on the same quads, one changed
 * essay applied in place, and canned-query latency through HTTP.
 */
public final class ScaleBench {
    private static final long SEED = 42;
    private static final int CHANGES = 5;
    private static final int NORI_SAMPLE = 300;
    private static final int NORI_ROUNDS = 5;

    private ScaleBench() {
    }

    /** Runs the benchmark for each corpus size in {@code sizes}, drawing sentences from {@code from}. */
    public static void run(List<Path> from, List<Integer> sizes, int sentences, int queryRuns, Path work,
                           PrintWriter out) throws Exception {
        CorpusGenerator generator = CorpusGenerator.from(from);
        out.printf("scale: %d distinct sentences from %s, %d per essay, seed %d, %d cores, max heap %d MB%n",
                generator.poolSize(), from, sentences, SEED, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("%8s %9s %9s %8s %9s %11s %14s  %s%n", "essays", "MB", "seconds", "essays/s", "MB/s", "quads",
                "heap used/live", "stage ms (summed over threads)");
        out.flush();
        Files.createDirectories(work);
        double firstSeconds = 0;
        int firstSize = 0;
        Path last = null;
        Path lastCorpus = null;
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            long bytes = generator.write(corpus, n, sentences, SEED);
            Path store = work.resolve("store-" + n);
            StoreDirectory.deleteIfStore(store);
            BuildSummary s;
            double sec;
            long used;
            long live;
            try (HeapWatch heap = HeapWatch.start()) {
                long t0 = System.nanoTime();
                s = build(new Pipeline(new PrintWriter(new StringWriter())), corpus, store, true);
                sec = (System.nanoTime() - t0) / 1e9;
                used = heap.peakUsedMb();
                live = heap.peakLiveMb();
            }
            out.printf("%8d %9.1f %9.1f %8.1f %9.2f %11d %5d/%4d MB  %s%n", n, bytes / 1e6, sec, n / sec,
                    bytes / 1e6 / sec, s.quads(), used, live, s.millis());
            out.flush();
            if (firstSize == 0) {
                firstSize = n;
                firstSeconds = sec;
            } else {
                out.printf("cost %d → %d essays: %.2f× the time for %.1f× the essays%n", firstSize, n,
                        sec / firstSeconds, (double) n / firstSize);
            }
            last = store;
            lastCorpus = corpus;
        }
        noriRatio(lastCorpus, out);
        loaderRatio(last, work, out);
        changes(lastCorpus, last, out);
        out.println();
        EndpointBench.measure("largest (" + sizes.get(sizes.size() - 1) + " essays)", last, queryRuns, out);
        out.flush();
    }

    private static BuildSummary build(Pipeline p, Path corpus, Path store, boolean full) {
        return p.build(new BuildOptions(corpus, Optional.of(store), Optional.empty(), false, "nori",
                Instant.parse("2026-01-01T00:00:00Z"), EssayReader.DEFAULT_MAX_BYTES).withFull(full));
    }

    /** Morphology + extraction against bare Nori tokenisation, one thread each, on the same essays. */
    private static void noriRatio(Path corpus, PrintWriter out) {
        List<Essay> essays = new ArrayList<>();
        CorpusReader reader = new CorpusReader(new EssayReader());
        for (var s : reader.scan(corpus, f -> { }).sources()) {
            if (essays.size() == NORI_SAMPLE) {
                break;
            }
            essays.add(reader.load(s));
        }
        Gazetteer g = Gazetteer.bundled();
        EssayAnalyzer analyzer = EssayAnalyzer.create(MorphAnalyzers.create("nori", g.userWords()), g,
                Lexicons.bundled());
        var dict = NoriMorphAnalyzer.userDictionary(g.userWords());
        long bytes = essays.stream().mapToLong(e -> e.text().getBytes(StandardCharsets.UTF_8).length).sum();
        // in the build's batches: each batch's morphology first, then its extraction (EssayAnalyzer.analyzeAll)
        List<List<Essay>> batches = new ArrayList<>();
        Batches.of(essays.iterator(), e -> e.text().getBytes(StandardCharsets.UTF_8).length)
                .forEachRemaining(batches::add);
        for (int i = 0; i < 3; i++) {
            PipelineBench.bareNori(essays, dict);
            batches.forEach(analyzer::analyzeAll);
        }
        // alternating rounds, the median of each: one round of either swings by a third with JIT and GC
        double[] nori = new double[NORI_ROUNDS];
        double[] pipeline = new double[NORI_ROUNDS];
        for (int r = 0; r < NORI_ROUNDS; r++) {
            long t0 = System.nanoTime();
            PipelineBench.bareNori(essays, dict);
            nori[r] = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            batches.forEach(analyzer::analyzeAll);
            pipeline[r] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(nori);
        java.util.Arrays.sort(pipeline);
        double n = nori[NORI_ROUNDS / 2];
        double p = pipeline[NORI_ROUNDS / 2];
        out.printf("morphology + extraction: %.2f MB/s, bare Nori %.2f MB/s on the same %d essays (one thread, median "
                + "of %d rounds): %.2f× bare Nori%n", bytes / 1e6 / p, bytes / 1e6 / n, essays.size(), NORI_ROUNDS,
                n / p);
    }

    /**
     * The store stage (TDB2 and the text index, as a build writes them) against Jena's phased bulk loader alone,
     * on the same quads dumped as N-Quads, in this run.
     */
    private static void loaderRatio(Path store, Path work, PrintWriter out) throws IOException {
        Path nq = work.resolve("dump.nq");
        long quads = dump(store, nq);
        Path a = work.resolve("loader-jena");
        Path b = work.resolve("loader-nonji");
        StoreDirectory.deleteTree(a);
        StoreDirectory.deleteIfStore(b);
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(a.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        RDFDataMgr.parse(loader.stream(), nq.toString());
        loader.finishBulk();
        TDBInternal.expel(dsg);
        double jena = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        try (GenerationWriter w = GenerationWriter.create(new StoreDirectory(b), Gazetteer.bundled().surfaces()
                .keySet())) {
            List<Quad> batch = new ArrayList<>();
            StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    batch.add(q);
                    if (batch.size() == 2000) {
                        w.add(batch);
                        w.text().add(batch);
                        batch.clear();
                    }
                }
            };
            RDFDataMgr.parse(sink, nq.toString());
            w.add(batch);
            w.text().add(batch);
            w.commit(new java.util.Properties(), org.nonji.store.EssayRecords.none());
        }
        double ours = (System.nanoTime() - t0) / 1e9;
        out.printf("store stage on the same %d quads: Jena's phased loader %.1f s (%.0f quads/s), nonji's writer "
                + "(TDB2 + text index) %.1f s: %.2f× the bulk loader's speed%n", quads, jena, quads / jena, ours,
                jena / ours);
        StoreDirectory.deleteTree(a);
        StoreDirectory.deleteIfStore(b);
        Files.deleteIfExists(nq);
    }

    private static long dump(Path store, Path nq) throws IOException {
        StoreDirectory dir = new StoreDirectory(store);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.current().resolve("tdb2").toString());
        long[] n = {0};
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(nq))) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            w.start();
            dsg.executeRead(() -> dsg.find().forEachRemaining(q -> {
                w.quad(q);
                n[0]++;
            }));
            w.finish();
        } finally {
            TDBInternal.expel(dsg);
        }
        return n[0];
    }

    /** One essay changed at a time, applied to the store in place by a pipeline that has built before. */
    private static void changes(Path corpus, Path store, PrintWriter out) {
        Pipeline warm = new Pipeline(new PrintWriter(new StringWriter()));
        List<Path> files;
        try (var s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i <= CHANGES; i++) {
            Path f = files.get((i * 7919) % files.size());
            try {
                Files.writeString(f, "\n덧붙이면, 정부는 반도체 전력망 투자를 서둘러야 한다. (" + i + ")\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long t0 = System.nanoTime();
            BuildSummary s = build(warm, corpus, store, false);
            double took = (System.nanoTime() - t0) / 1e6;
            if (s.changes().changed() != 1) {
                throw new IllegalStateException("expected one changed essay, got " + s.changes());
            }
            if (i > 0) {
                ms.add(took);
            } else {
                out.printf("one changed essay, first update in this process (analysers and shapes load): %.0f ms%n",
                        took);
            }
        }
        ms.sort(null);
        out.printf("one changed essay applied in place: p50 %.0f ms, max %.0f ms over %d updates (scan of all %d "
                + "files, analysis, one TDB2 transaction, text index)%n", ms.get(ms.size() / 2), ms.get(ms.size() - 1),
                ms.size(), files.size());
    }
}
