package org.nonji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.rdf.BuildInfo;
import org.nonji.rdf.EssayGraphs;
import org.nonji.rdf.Iris;

/**
 * SHACL essay by essay: a good graph conforms, broken ones are caught, and validating each essay with its slice of
 * the shared graphs finds exactly what validating the union finds.
 */
class ShaclCheckTest {
    private static final BuildInfo INFO = new BuildInfo("test", "nori", Instant.parse("2026-01-01T00:00:00Z"));
    private static final ShaclCheck CHECK = new ShaclCheck();
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node NJ_RULE = NodeFactory.createURI("https://w3id.org/nonji/ont#rule");

    private static List<Quad> essay(String name, String text) {
        return EssayGraphs.essayQuads(TestKit.analyzer().analyze(TestKit.essay(name, text)));
    }

    private static DatasetGraph shared(List<String> essayIds) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        EssayGraphs.addOntology(dsg);
        EssayGraphs.addRules(dsg, TestKit.analyzer().rules());
        EssayGraphs.addBuild(dsg, INFO, "b", essayIds);
        return dsg;
    }

    private static List<Violation> validate(List<Quad> essay, String id) {
        DatasetGraph shared = shared(List.of(id));
        return CHECK.forEssays(shared.getUnionGraph()).validateQuads(essay, EssayGraphs.provenance(Iris.build("b"),
                id));
    }

    /** The quads with the first one whose predicate is {@code p} changed. */
    private static List<Quad> tamper(List<Quad> quads, Node p, UnaryOperator<Node> object) {
        List<Quad> out = new ArrayList<>(quads);
        for (int i = 0; i < out.size(); i++) {
            Quad q = out.get(i);
            if (q.getPredicate().equals(p)) {
                out.set(i, Quad.create(q.getGraph(), q.getSubject(), p, object.apply(q.getObject())));
                return out;
            }
        }
        throw new AssertionError("no " + p);
    }

    private static final String TEXT = "반도체 전략\n우리 정부는 HBM 투자를 늘려야 한다. 삼성전자는 제3의 길을 비판했다.\n";

    @Test
    void aGoodEssayGraphConforms() {
        assertEquals(List.of(), validate(essay("a.txt", TEXT), "a-txt"));
    }

    @Test
    void aQuoteThatIsNotTheTextAtItsPositionIsCaught() {
        List<Quad> bad = tamper(essay("a.txt", TEXT), OA_EXACT, o -> NodeFactory.createLiteralString("다른 말"));
        List<Violation> v = validate(bad, "a-txt");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("quote"), v.toString());
    }

    @Test
    void quotesAreCheckedInJavaByCodePointsAndATamperedOneIsLeftToShacl() {
        // an emoji before the claims: offsets count code points, so Java must not count UTF-16 chars
        String text = "반도체 전략 😀\n우리 정부는 HBM 투자를 늘려야 한다. 😀 삼성전자는 제3의 길을 비판했다.\n";
        List<Quad> good = essay("e.txt", text);
        org.apache.jena.graph.Graph g = GraphFactory.createGraphMem();
        good.forEach(q -> g.add(q.asTriple()));
        assertTrue(QuotesAtPositions.allMatch(g));
        assertEquals(List.of(), validate(good, "e-txt"));
        org.apache.jena.graph.Graph bad = GraphFactory.createGraphMem();
        tamper(good, OA_EXACT, o -> NodeFactory.createLiteralString("다른 말")).forEach(q -> bad.add(q.asTriple()));
        assertFalse(QuotesAtPositions.allMatch(bad));
    }

    @Test
    void aClaimNamingARuleThatDoesNotExistIsCaught() {
        List<Quad> bad = tamper(essay("a.txt", TEXT), NJ_RULE, o -> Iris.rule("no-such-rule"));
        List<Violation> v = validate(bad, "a-txt");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).path().contains("rule"), v.toString());
    }

    @Test
    void validationStopsAtTheCheckThatThrowsAndIsUnchangedOtherwise() {
        // enough sentences for more than 256 focus nodes, and one broken quote to be found either way
        List<Quad> bad = tamper(essay("long.txt", "반도체 전략\n" + "우리 정부는 HBM 투자를 늘려야 한다. ".repeat(40) + "\n"),
                OA_EXACT, o -> NodeFactory.createLiteralString("다른 말"));
        ShaclCheck.Essays check = CHECK.forEssays(shared(List.of("long-txt")).getUnionGraph());
        List<org.apache.jena.graph.Triple> links = EssayGraphs.provenance(Iris.build("b"), "long-txt");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        IllegalStateException stop = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> check.validateQuads(bad, links, () -> {
                    if (calls.incrementAndGet() == 2) {
                        throw new IllegalStateException("stopped");
                    }
                }));
        assertEquals("stopped", stop.getMessage());
        java.util.concurrent.atomic.AtomicInteger all = new java.util.concurrent.atomic.AtomicInteger();
        List<Violation> checked = check.validateQuads(bad, links, all::incrementAndGet);
        assertTrue(all.get() >= 2, "checks: " + all.get());
        assertEquals(check.validateQuads(bad, links), checked);
        assertEquals(1, checked.size(), checked.toString());
    }

    @Test
    void essayByEssayFindsWhatTheUnionFinds() {
        DatasetGraph dsg = shared(List.of("a-txt", "b-txt"));
        essay("a.txt", TEXT).forEach(dsg::add);
        tamper(tamper(essay("b.txt", "동맹\n미국은 수출통제를 강화했다. 한국은 이를 우려한다.\n"), OA_EXACT,
                o -> NodeFactory.createLiteralString("엉뚱")), NJ_RULE, o -> Iris.rule("nope")).forEach(dsg::add);
        TreeSet<String> byEssay = new TreeSet<>();
        CHECK.validate(dsg, g -> { }).forEach(v -> byEssay.add(v.toString()));
        TreeSet<String> union = new TreeSet<>();
        CHECK.validate(dsg.getUnionGraph()).forEach(v -> union.add(v.toString()));
        assertEquals(2, union.size(), union.toString());
        assertEquals(union, byEssay);
    }
}
