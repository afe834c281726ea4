package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.Namespaces;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

/**
 * Updates and parallel builds give exactly the graph a sequential full build gives: real TDB2 stores, compared as
 * sorted N-Quads (the build graph, which records history, apart).
 */
class IncrementalBuildTest {
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T00:00:00Z");
    private static final List<String> TEXTS = List.of("g02-foundry-packaging", "g04-datacenter-power",
            "g05-sovereign-ai", "n07-china-memory", "n11-robots-union");

    @TempDir
    Path tmp;

    private Path corpus(String name, List<String> texts) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (String t : texts) {
            Files.copy(TestKit.basedir().resolve("src/test/resources/gold/dev/" + t + ".txt"), dir.resolve(t + ".txt"));
        }
        return dir;
    }

    private static BuildSummary build(Path input, Path store, Instant time, int threads, boolean full) {
        return new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(input, Optional.of(store),
                Optional.empty(), false, "nori", time, EssayReader.DEFAULT_MAX_BYTES).withThreads(threads)
                .withFull(full));
    }

    /** The store's quads as sorted N-Quads lines, with or without the build graph. */
    private static TreeSet<String> quads(Path store, boolean buildGraph) {
        StoreDirectory dir = new StoreDirectory(store);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.current().resolve("tdb2").toString());
        TreeSet<String> out = new TreeSet<>();
        try {
            dsg.executeRead(() -> dsg.find().forEachRemaining(q -> {
                boolean isBuild = q.getGraph().getURI().equals(Namespaces.BUILD_GRAPH);
                if (buildGraph || !isBuild) {
                    out.add(NodeFmtLib.str(q));
                }
            }));
        } finally {
            TDBInternal.expel(dsg);
        }
        return out;
    }

    private static long hits(Path store, String word) {
        Dataset ds = TdbStore.open(new StoreDirectory(store), Gazetteer.bundled().userWords());
        try {
            ds.begin(TxnType.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds).query("PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT ?s WHERE { ?s text:query '" + word + "' }").build()) {
                long n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            } finally {
                ds.end();
            }
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateGivesTheGraphAFullBuildGives() throws Exception {
        Path input = corpus("in", TEXTS.subList(0, 4));
        Path store = tmp.resolve("store");
        assertEquals(BuildSummary.Mode.FULL, build(input, store, T1, 2, false).changes().mode());
        Path gen = new StoreDirectory(store).current();

        Files.writeString(input.resolve("g04-datacenter-power.txt"), "\n덧붙이면, 정부는 전력망 특별법을 서둘러야 한다.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(input.resolve("g05-sovereign-ai.txt"));
        Files.copy(TestKit.basedir().resolve("src/test/resources/gold/dev/n11-robots-union.txt"),
                input.resolve("n11-robots-union.txt"));
        BuildSummary update = build(input, store, T2, 2, false);
        assertEquals(new BuildSummary.Changes(BuildSummary.Mode.UPDATE, 1, 1, 1, 2), update.changes());
        assertEquals(gen, new StoreDirectory(store).current(), "updated in place: no server reads it");

        Path fresh = tmp.resolve("fresh");
        build(input, fresh, T2, 2, false);
        assertEquals(quads(fresh, false), quads(store, false), "essay and ontology graphs as a full build makes");
        long totals = quads(store, false).stream().filter(l -> l.contains("<" + Namespaces.SUMMARY_GRAPH + ">"))
                .count();
        assertTrue(totals > 100, "the summary graph's totals, updated by difference, are compared too: " + totals);

        TreeSet<String> provenance = quads(store, true);
        provenance.removeAll(quads(store, false));
        for (String id : List.of("g02-foundry-packaging", "g04-datacenter-power", "n07-china-memory",
                "n11-robots-union")) {
            assertEquals(1, provenance.stream().filter(l -> l.contains("<" + Namespaces.ESSAY + id + "> <http://www"
                    + ".w3.org/ns/prov#wasGeneratedBy>")).count(), id + " was generated by one build");
        }
        assertFalse(provenance.stream().anyMatch(l -> l.contains("g05-sovereign-ai")), "the removed essay is gone");
        assertEquals(2, provenance.stream().filter(l -> l.contains("#Activity>")).count(),
                "the first build (still the source of two essays) and the update");

        assertTrue(hits(store, "특별법을") > 0, "the changed essay's new sentence is searchable");
        assertEquals(hits(fresh, "반도체"), hits(store, "반도체"), "the text index matches a full build's");
        assertEquals(hits(fresh, "소버린"), hits(store, "소버린"), "and lost the removed essay's sentences");
    }

    @Test
    void nothingChangedLeavesTheStoreAlone() throws Exception {
        Path input = corpus("in", TEXTS.subList(0, 2));
        Path store = tmp.resolve("store");
        build(input, store, T1, 1, false);
        TreeSet<String> before = quads(store, true);
        Files.setLastModifiedTime(input.resolve("g02-foundry-packaging.txt"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        BuildSummary again = build(input, store, T2, 1, false);
        assertEquals(new BuildSummary.Changes(BuildSummary.Mode.UP_TO_DATE, 0, 0, 0, 2), again.changes());
        assertEquals(before, quads(store, true));
    }

    @Test
    void aStoreFromAnotherExtractorIsRebuiltInFull() throws Exception {
        Path input = corpus("in", TEXTS.subList(0, 2));
        Path store = tmp.resolve("store");
        build(input, store, T1, 1, false);
        StoreDirectory dir = new StoreDirectory(store);
        Properties info = dir.currentInfo();
        info.setProperty("extractor", "some older extractor");
        dir.updateInfo(dir.current(), info);
        assertEquals(BuildSummary.Mode.FULL, build(input, store, T2, 1, false).changes().mode());
    }

    @Test
    void workersInParallelGiveWhatOneWorkerGives() throws Exception {
        Path input = corpus("in", TEXTS);
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        build(input, one, T1, 1, true);
        build(input, three, T1, 3, true);
        assertEquals(quads(one, true), quads(three, true), "same sorted N-Quads, build graph included");
    }

    @Test
    void anInterruptedUpdateIsRepairedByTheNextBuild() throws Exception {
        Path input = corpus("in", TEXTS.subList(0, 3));
        Path store = tmp.resolve("store");
        build(input, store, T1, 2, false);
        StoreDirectory dir = new StoreDirectory(store);
        Path gen = dir.current();
        // what a kill between the database commit and the index commit leaves: the mark and an index that lags
        Files.writeString(gen.resolve("UPDATING"), "interrupted\n");
        org.nonji.store.TextIndexer.open(gen.resolve("text"), List.of()).close();
        try (var files = Files.list(gen.resolve("text"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(gen.resolve("essays.tsv"));
        Files.writeString(input.resolve("g02-foundry-packaging.txt"), "\n덧붙이면, 정부는 전력망 특별법을 서둘러야 한다.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        BuildSummary s = build(input, store, T2, 2, false);
        assertEquals(new BuildSummary.Changes(BuildSummary.Mode.UPDATE, 0, 1, 0, 2), s.changes());
        assertFalse(Files.exists(gen.resolve("UPDATING")), "repaired");
        Path fresh = tmp.resolve("fresh");
        build(input, fresh, T2, 2, false);
        assertEquals(quads(fresh, false), quads(store, false));
        assertEquals(hits(fresh, "반도체"), hits(store, "반도체"), "the text index was rebuilt from the database");
    }
}
