package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.Namespaces;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

/** Builds the seeds into a real TDB2 store and checks the graph's promises. */
@Tag("slow")
class SeedBuildTest {
    private static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    static Path tmp;

    static Path store;
    static BuildSummary summary;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store");
        summary = build(store, tmp.resolve("a.trig"));
    }

    static BuildSummary build(Path storeDir, Path trig) {
        return new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(
                TestKit.basedir().resolve("seeds"), Optional.ofNullable(storeDir), Optional.ofNullable(trig), false,
                "nori", TIME, EssayReader.DEFAULT_MAX_BYTES));
    }

    static List<List<String>> select(Path storeDir, String sparql) {
        List<List<String>> rows = new ArrayList<>();
        Dataset ds = TdbStore.open(new StoreDirectory(storeDir), TestKit.gazetteer().userWords());
        try {
            ds.begin(TxnType.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                var rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(s -> {
                    List<String> row = new ArrayList<>();
                    for (String v : vars) {
                        var n = s.get(v);
                        row.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                });
            }
            ds.end();
        } finally {
            ds.close();
        }
        return rows;
    }

    @Test
    void summaryCountsAreSane() {
        assertEquals(2, summary.essays());
        assertTrue(summary.mentions() > 200, "mentions: " + summary.mentions());
        assertTrue(summary.stances() > 20, "stances: " + summary.stances());
        assertTrue(summary.quads() > 10_000);
    }

    @Test
    void everyQuoteEqualsTheEssayTextAtItsOffsets() {
        List<List<String>> rows = select(store, """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX nj: <https://w3id.org/nonji/ont#>
                SELECT ?text ?b ?e ?start ?end ?exact WHERE {
                  ?span oa:hasSource ?essay ; oa:hasSelector ?pos , ?quote .
                  ?essay nj:text ?text .
                  ?pos a oa:TextPositionSelector ; nj:begin ?b ; nj:end ?e ; oa:start ?start ; oa:end ?end .
                  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
                }""");
        assertTrue(rows.size() > 300, "evidence spans: " + rows.size());
        for (List<String> r : rows) {
            String text = r.get(0);
            int b = Integer.parseInt(r.get(1));
            int e = Integer.parseInt(r.get(2));
            assertEquals(r.get(5), text.substring(b, e));
            int cpStart = Integer.parseInt(r.get(3));
            int cpEnd = Integer.parseInt(r.get(4));
            assertEquals(r.get(5), new String(text.codePoints().skip(cpStart).limit(cpEnd - cpStart).toArray(), 0,
                    cpEnd - cpStart));
        }
    }

    @Test
    void quotesHoldNoMarkdownMarkup() {
        for (List<String> r : select(store, "PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "SELECT ?x WHERE { [] a <https://w3id.org/nonji/ont#Mention> ; "
                + "<https://w3id.org/nonji/ont#evidence>/oa:hasSelector/oa:exact ?x }")) {
            assertFalse(r.get(0).matches(".*(\\*\\*|\\]\\(|^#|!\\[).*"), r.get(0));
        }
    }

    @Test
    void buildingTwiceGivesIdenticalSortedNQuads() throws Exception {
        Path trigB = tmp.resolve("b.trig");
        build(null, trigB);
        assertEquals(TestKit.sortedNQuads(tmp.resolve("a.trig")), TestKit.sortedNQuads(trigB));
    }

    @Test
    void storeAndTrigHoldTheSameQuads() {
        // the store adds its summary graph (derived totals): the rest is what the build wrote to both
        long inStore = Long.parseLong(select(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER (?g != <" + Namespaces.SUMMARY_GRAPH + ">) }").get(0).get(0));
        assertEquals(summary.quads(), inStore);
        assertTrue(Long.parseLong(select(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Namespaces.SUMMARY_GRAPH
                + "> { ?s ?p ?o } }").get(0).get(0)) > 100, "the store keeps a summary graph");
        assertEquals(summary.quads(), RDFDataMgr.loadDatasetGraph(tmp.resolve("a.trig").toString()).stream().count());
    }

    @Test
    void unionDefaultGraphSeesEveryEssay() {
        assertEquals("2", select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a "
                + "<https://w3id.org/nonji/ont#Essay> }").get(0).get(0));
    }

    @Test
    void essayMetadataComesFromFrontMatter() {
        List<List<String>> rows = select(store, """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX schema: <https://schema.org/>
                SELECT ?title ?date ?name WHERE {
                  <https://w3id.org/nonji/id/essay/001_82216455db6b95e9> dcterms:title ?title ; dcterms:date ?date ;
                     dcterms:creator/schema:name ?name .
                }""");
        assertEquals(List.of(List.of("AI 시대, 한국의 중간제 강국 전략", "2025-10-18T15:55:46+09:00", "정하성")), rows);
    }

    @Test
    void koreanFullTextSearchFindsInflectedForms() {
        List<List<String>> hits = select(store, """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX nj: <https://w3id.org/nonji/ont#>
                SELECT ?t WHERE { ?s text:query '반도체' . ?s a nj:Sentence ; nj:text ?t }""");
        assertTrue(hits.size() > 5, "hits: " + hits.size());
        assertTrue(hits.stream().anyMatch(r -> r.get(0).contains("반도체는") || r.get(0).contains("반도체를")
                || r.get(0).contains("반도체와")), "an inflected form is found");
        assertTrue(hits.stream().allMatch(r -> r.get(0).contains("반도체")), "no false hits");
        assertTrue(Files.isDirectory(new StoreDirectory(store).current().resolve("text")));
    }

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyCannedQueryAnswersOnTheSeedsWithItsExample() {
        org.nonji.query.QueryCatalog catalog = org.nonji.query.QueryCatalog.bundled();
        return catalog.all().stream().map(q -> org.junit.jupiter.api.DynamicTest.dynamicTest(q.name(), () -> {
            java.util.Map<String, String> params = q.exampleParams();
            assertFalse(q.examples().isEmpty(), q.name() + " has an example");
            Dataset ds = TdbStore.open(new StoreDirectory(store), TestKit.gazetteer().userWords());
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                org.nonji.query.QueryRunner.run(ds, org.nonji.query.QueryRunner.parse(q.name(), q.sparql()),
                        org.nonji.query.QueryRunner.bind(q, params), org.nonji.query.QueryRunner.Format.CSV, out);
                long rows = out.toString(StandardCharsets.UTF_8).lines().count() - 1;
                assertTrue(rows >= 1, q.name() + " " + params + " returned no row");
            } finally {
                ds.close();
            }
        }));
    }
}
