package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

/** {@code load}: N-Quads written graph by graph (as the Spark job writes them) give the store a build gives. */
@Tag("slow")
class QuadsLoaderTest {
    private static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    static Path tmp;

    static Path built;
    static Path nquads;

    @BeforeAll
    static void buildAndSplit() throws IOException {
        built = tmp.resolve("built");
        Path trig = tmp.resolve("seeds.trig");
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(TestKit.basedir().resolve("seeds"),
                Optional.of(built), Optional.of(trig), false, "nori", TIME, EssayReader.DEFAULT_MAX_BYTES));
        nquads = tmp.resolve("nquads");
        writePerGraph(RDFDataMgr.loadDatasetGraph(trig.toString()), nquads);
    }

    /** One gzipped N-Quads file per named graph, plus Hadoop's litter that a reader must ignore. */
    static void writePerGraph(DatasetGraph dsg, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("essays"));
        int n = 0;
        for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
            DatasetGraph one = DatasetGraphFactory.create();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("essays")
                    .resolve("g" + n++ + ".nq.gz")))) {
                RDFDataMgr.write(out, one, Lang.NQUADS);
            }
        }
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve("essays").resolve(".g0.nq.gz.crc"), "not rdf");
    }

    static String dump(Path store) {
        Dataset ds = TdbStore.open(new StoreDirectory(store), List.of());
        try {
            ds.begin(TxnType.READ);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.NQUADS);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            ds.end();
            return String.join("\n", lines);
        } finally {
            ds.close();
        }
    }

    static long searchHits(Path store, String word) {
        Dataset ds = TdbStore.open(new StoreDirectory(store), TestKit.gazetteer().userWords());
        try {
            ds.begin(TxnType.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds).query("PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(*) AS ?n) { ?s text:query '" + word + "' }").build()) {
                long n = qe.execSelect().next().getLiteral("n").getLong();
                ds.end();
                return n;
            }
        } finally {
            ds.close();
        }
    }

    @Test
    void loadingTheGraphsGivesTheStoreTheBuildGave() throws IOException {
        Path loaded = tmp.resolve("loaded");
        TestKit.Run run = TestKit.cli("load", "--nquads", nquads.toString(), "--store", loaded.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("loaded 2 essay(s)"), run.err());
        assertEquals(dump(built), dump(loaded), "the same quads");

        Properties a = new StoreDirectory(built).currentInfo();
        Properties b = new StoreDirectory(loaded).currentInfo();
        for (String key : List.of("essays", "quads", "analyzer", "version", "built", "inputDigest")) {
            assertEquals(a.getProperty(key), b.getProperty(key), key);
        }
        StoreDirectory bd = new StoreDirectory(built);
        StoreDirectory ld = new StoreDirectory(loaded);
        assertEquals(records(bd), records(ld), "the essays it holds");
        long hits = searchHits(built, "반도체");
        assertTrue(hits > 0, "the seeds mention 반도체");
        assertEquals(hits, searchHits(loaded, "반도체"), "the same text index");
    }

    private static List<String> records(StoreDirectory d) {
        List<String> out = new ArrayList<>();
        d.essays(d.current()).all().forEach(e -> out.add(e.id() + " " + e.fileName() + " " + e.sha256()));
        out.sort(null);
        return out;
    }

    @Test
    void aBrokenFileLeavesTheStoreAsItWas() throws IOException {
        Path store = tmp.resolve("kept");
        assertEquals(ExitCodes.OK, TestKit.cli("load", "--nquads", nquads.toString(), "--store", store.toString())
                .exit());
        String before = dump(store);
        Path broken = tmp.resolve("broken");
        writePerGraph(RDFDataMgr.loadDatasetGraph(tmp.resolve("seeds.trig").toString()), broken);
        // sorts last, so the loader has written every other graph before it fails
        Files.writeString(broken.resolve("essays").resolve("zz.nq"), "<http://s> <http://p> \"unterminated .\n");
        TestKit.Run run = TestKit.cli("load", "--nquads", broken.toString(), "--store", store.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains("zz.nq") && run.err().contains("store is unchanged"), run.err());
        assertEquals(before, dump(store));
        try (var s = Files.list(store)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "no half load");
        }
    }

    @Test
    void aDirectoryWithoutGraphsIsBadInput() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        TestKit.Run run = TestKit.cli("load", "--nquads", empty.toString(), "--store", tmp.resolve("x").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
    }
}
