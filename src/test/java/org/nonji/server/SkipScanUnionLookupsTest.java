package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lookup in the union default graph answers the same rows in the same order with the skip-scan as with TDB2's
 * own scan, on a TDB2 store where triples repeat in many graphs (runs shorter and longer than a seek's threshold).
 */
class SkipScanUnionLookupsTest {
    @TempDir
    static Path tmp;
    static DatasetGraph tdb;
    static final String NS = "https://w3id.org/nonji/id/entity/";
    static final Node SAMSUNG = NodeFactory.createURI(NS + "samsung-electronics");
    static final Node OPPOSES = NodeFactory.createURI("https://w3id.org/nonji/ont#opposes");
    static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node COUNT = NodeFactory.createURI("https://w3id.org/nonji/ont#count");

    @BeforeAll
    static void build() {
        tdb = DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb2").toString());
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        tdb.begin(ReadWrite.WRITE);
        for (int g = 0; g < 200; g++) {
            Node graph = NodeFactory.createURI("https://w3id.org/nonji/id/essay/e" + g);
            // a triple in every graph, one in every other, one in graphs 0-16 (just over a run), one in 0-15
            tdb.add(graph, SAMSUNG, OPPOSES, NodeFactory.createURI(NS + "tariffs"));
            if (g % 2 == 0) {
                tdb.add(graph, SAMSUNG, OPPOSES, NodeFactory.createURI(NS + "subsidies"));
            }
            if (g <= SkipScanUnionLookups.RUN) {
                tdb.add(graph, SAMSUNG, LABEL, NodeFactory.createLiteralLang("삼성전자", "ko"));
            }
            if (g < SkipScanUnionLookups.RUN) {
                tdb.add(graph, SAMSUNG, LABEL, NodeFactory.createLiteralLang("Samsung Electronics", "en"));
            }
            // each graph its own value (inline integers), and another subject interleaved in the index
            tdb.add(graph, SAMSUNG, COUNT, NodeFactory.createLiteralDT(Integer.toString(g % 37), XSDDatatype.XSDinteger));
            tdb.add(graph, NodeFactory.createURI(NS + "sk-hynix"), OPPOSES, NodeFactory.createURI(NS + "tariffs"));
            tdb.add(graph, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger), LABEL,
                    NodeFactory.createLiteralString("a literal subject"));
        }
        tdb.add(Quad(NodeFactory.createURI(NS + "only-default"), LABEL, NodeFactory.createLiteralString("default")));
        tdb.commit();
        tdb.end();
    }

    private static org.apache.jena.sparql.core.Quad Quad(Node s, Node p, Node o) {
        return org.apache.jena.sparql.core.Quad.create(org.apache.jena.sparql.core.Quad.defaultGraphIRI, s, p, o);
    }

    @AfterAll
    static void close() {
        if (tdb != null) {
            TDBInternal.expel(tdb);
        }
    }

    /** The rows in order, each as its text; through a read-only view whose context may carry the skip-scan. */
    private static List<String> rows(String query, boolean skipScan) {
        // as the server serves a generation: read-only, over a wrapper with a context of its own
        DatasetGraph ds = new ReadOnlyUnionDataset(new DatasetGraphWrapper(tdb, tdb.getContext().copy()));
        if (skipScan) {
            ds.getContext().set(ARQConstants.sysOpExecutorFactory, SkipScanUnionLookups.FACTORY);
        }
        List<String> out = new ArrayList<>();
        ds.begin(ReadWrite.READ);
        try (QueryExec qe = QueryExec.dataset(ds).query(query).build()) {
            var rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                out.add(b.toString());
            }
        } finally {
            ds.end();
        }
        return out;
    }

    @Test
    void lookupsAnswerAsTdb2Does() {
        List<String> queries = List.of(
                "SELECT ?p ?o WHERE { <" + NS + "samsung-electronics> ?p ?o }",
                "SELECT * WHERE { <" + NS + "samsung-electronics> ?p ?o }",
                "SELECT ?o WHERE { <" + NS + "samsung-electronics> <https://w3id.org/nonji/ont#opposes> ?o }",
                "SELECT ?o WHERE { <" + NS + "samsung-electronics> <http://www.w3.org/2000/01/rdf-schema#label> ?o }",
                "SELECT ?o WHERE { <" + NS + "samsung-electronics> <https://w3id.org/nonji/ont#count> ?o }",
                "SELECT ?p ?o WHERE { <" + NS + "sk-hynix> ?p ?o }",
                "SELECT ?p ?o WHERE { 7 ?p ?o }",
                "SELECT ?p ?o WHERE { <" + NS + "only-default> ?p ?o }",
                "SELECT ?p ?o WHERE { <" + NS + "nobody> ?p ?o }",
                "SELECT ?o WHERE { <" + NS + "samsung-electronics> <http://example/unknown> ?o }",
                "SELECT ?p ?o WHERE { <" + NS + "samsung-electronics> ?p ?o } LIMIT 3",
                "SELECT DISTINCT ?p WHERE { <" + NS + "samsung-electronics> ?p ?o } ORDER BY ?p",
                "SELECT ?x WHERE { <" + NS + "samsung-electronics> ?x ?x }",
                "SELECT ?p ?o WHERE { VALUES ?p { <https://w3id.org/nonji/ont#opposes> } <" + NS
                        + "samsung-electronics> ?p ?o }",
                "SELECT ?p ?o WHERE { <" + NS + "samsung-electronics> ?p ?o FILTER(isLiteral(?o)) }",
                "SELECT ?s ?o WHERE { ?s <https://w3id.org/nonji/ont#opposes> ?o }",
                "SELECT ?g ?p ?o WHERE { GRAPH ?g { <" + NS + "samsung-electronics> ?p ?o } }",
                "SELECT ?o ?o2 WHERE { <" + NS + "samsung-electronics> <https://w3id.org/nonji/ont#opposes> ?o . <" + NS
                        + "sk-hynix> ?p2 ?o2 }");
        for (String q : queries) {
            List<String> tdb2 = rows(q, false);
            assertEquals(tdb2, rows(q, true), q);
        }
        assertEquals(2 + 2 + 37, rows(queries.get(0), true).size());
        assertTrue(rows(queries.get(8), true).isEmpty());
    }

    @Test
    void aRunOfCopiesIsSkippedWithASeekAndEveryTripleStillComesOnce() {
        tdb.begin(ReadWrite.READ);
        try {
            var quads = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
            TupleIndexRecord spog = null;
            for (TupleIndex i : quads.getTupleTable().getIndexes()) {
                if (i.baseTupleIndex() instanceof TupleIndexRecord r && r.getName().equals("SPOG")) {
                    spog = r;
                }
            }
            NodeId s = quads.getNodeTable().getNodeIdForNode(SAMSUNG);
            var scan = new SkipScanUnionLookups.Scan(spog.getRangeIndex(), s, null, null);
            List<String> triples = new ArrayList<>();
            while (scan.hasNext()) {
                byte[] key = scan.next();
                assertEquals(s, NodeIdFactory.get(key, 0));
                triples.add(NodeIdFactory.get(key, NodeId.SIZE) + " " + NodeIdFactory.get(key, 2 * NodeId.SIZE));
            }
            assertEquals(41, triples.size());
            assertEquals(triples.size(), triples.stream().distinct().count());
            // tariffs (200 copies), subsidies (100) and the Korean label (17) are sought past; the English label
            // (16 copies) and the counts (5 or 6 each) are read through
            assertEquals(3, scan.seeks());
            assertFalse(scan.hasNext());
        } finally {
            tdb.end();
        }
    }
}
