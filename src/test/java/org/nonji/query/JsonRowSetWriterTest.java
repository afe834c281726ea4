package org.nonji.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The JSON results writer writes exactly the bytes Jena's writer writes, whatever the terms and strings. */
class JsonRowSetWriterTest {
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    /** Every kind of term, and strings with everything JSON escapes (or Jena escapes besides). */
    private static final List<Node> TERMS = List.of(
            NodeFactory.createURI("https://w3id.org/nonji/id/entity/samsung-electronics"),
            NodeFactory.createURI("https://w3id.org/nonji/id/concept/ai%2F반도체"),
            NodeFactory.createLiteralString("삼성전자는 \"HBM\"에 투자한다"),
            NodeFactory.createLiteralLang("Samsung Electronics", "en"),
            NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
            NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2026-01-01T00:00:00Z", XSDDatatype.XSDdateTime),
            NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralString("a\\b/c</d>\n\r\t\b\f\u0001\u001f\u007f\u0085\u009f\u00a0\u2000\u2028\u20ff"
                    + "\u2100 😀 end"),
            NodeFactory.createBlankNode("b0"),
            NodeFactory.createBlankNode(),
            NodeFactory.createTripleTerm(NodeFactory.createURI("http://ex/s"), NodeFactory.createURI("http://ex/p"),
                    NodeFactory.createLiteralLang("o", "ko")),
            NodeFactory.createTripleTerm(NodeFactory.createBlankNode("b1"), NodeFactory.createURI("http://ex/p"),
                    NodeFactory.createTripleTerm(NodeFactory.createURI("http://ex/s2"),
                            NodeFactory.createURI("http://ex/q"), NodeFactory.createLiteralDT("1.5",
                                    XSDDatatype.XSDdecimal))));

    private static String write(boolean ours, List<Var> vars, List<Binding> rows, Context cxt) {
        RowSet rs = RowSetStream.create(vars, rows.iterator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        (ours ? JsonRowSetWriter.FACTORY : JsonRowSetWriter.JENA).create(ResultSetLang.RS_JSON)
                .write(out, rs, cxt);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertSame(List<Var> vars, List<Binding> rows) {
        for (Context cxt : List.of(new Context(), new Context().set(ARQ.outputGraphBNodeLabels, true))) {
            String jena = write(false, vars, rows, cxt);
            String ours = write(true, vars, rows, cxt);
            assertEquals(jena, ours);
        }
    }

    private static Binding row(Node s, Node p, Node o) {
        BindingBuilder b = Binding.builder();
        if (s != null) {
            b.add(S, s);
        }
        if (p != null) {
            b.add(P, p);
        }
        if (o != null) {
            b.add(O, o);
        }
        return b.build();
    }

    @Test
    void everyKindOfTermInEveryColumnAsJenaWritesIt() {
        List<Binding> rows = new ArrayList<>();
        for (Node s : TERMS) {
            for (Node o : TERMS) {
                rows.add(row(s, TERMS.get(0), o));
            }
        }
        assertSame(List.of(S, P, O), rows);
    }

    @Test
    void unboundValuesEmptyRowsNoRowsAndNoVariables() {
        assertSame(List.of(S, P, O), List.of(row(null, TERMS.get(0), null), row(null, null, null),
                row(TERMS.get(3), null, TERMS.get(11))));
        assertSame(List.of(S, P, O), List.of());
        assertSame(List.of(), List.of());
        assertSame(List.of(), List.of(row(null, null, null)));
    }

    @Test
    void randomStringsAsJenaQuotesThem() {
        char[] alphabet = "ab/<>\"\\\n\r\t\b\f\u0000\u001f\u007f\u0080\u009f\u00a0\u1fff\u2000\u2028\u20ff\u2100가\ud83d\ude00"
                .toCharArray();
        Random random = new Random(7);
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            rows.add(row(NodeFactory.createURI("http://ex/" + i), NodeFactory.createLiteralLang(s, "ko"),
                    NodeFactory.createLiteralString(s)));
        }
        assertSame(List.of(S, P, O), rows);
    }

    @Test
    void installedItAnswersForJenaAndFusekiWithTheSameBytes() {
        QueryRunner.tuneArq();
        assertTrue(JsonRowSetWriter.installed(ResultSetLang.RS_JSON));
        var model = ModelFactory.createDefaultModel();
        model.add(model.createResource("http://ex/s"), model.createProperty("http://ex/p"), "값 \"1\"", "ko");
        String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        ByteArrayOutputStream viaRegistry = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(model)).query(query).build()) {
            ResultSetFormatter.outputAsJSON(viaRegistry, qe.execSelect());
        }
        List<Binding> rows = List.of(row(NodeFactory.createURI("http://ex/s"), NodeFactory.createURI("http://ex/p"),
                NodeFactory.createLiteralLang("값 \"1\"", "ko")));
        assertEquals(write(false, List.of(S, P, O), rows, new Context()), viaRegistry.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream ask = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(ask, true);
        ByteArrayOutputStream jenaAsk = new ByteArrayOutputStream();
        JsonRowSetWriter.JENA.create(ResultSetLang.RS_JSON).write(jenaAsk, true, new Context());
        assertEquals(jenaAsk.toString(StandardCharsets.UTF_8), ask.toString(StandardCharsets.UTF_8));
    }
}
