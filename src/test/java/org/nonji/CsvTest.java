package org.nonji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.nonji.export.EntityGraph;
import org.nonji.export.GraphWriters;

/** CSV cells that a spreadsheet would run as formulas are neutralised; numbers and plain text are not touched. */
class CsvTest {
    @Test
    void formulaCellsGetALeadingApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd", Csv.cell("+cmd"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("\"'\rx\"", Csv.cell("\rx"));
        assertEquals("-3", Csv.cell("-3"));
        assertEquals("+1.5e3", Csv.cell("+1.5e3"));
        assertEquals("삼성전자 = 반도체", Csv.cell("삼성전자 = 반도체"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("x,'=1+1,\"'=a,b\"\r\n", Csv.row("x", "=1+1", "=a,b"));
    }

    @Test
    void queryResultsAndGraphExportsAreNeutralised() {
        var rows = RowSet.adapt(QueryExecutionFactory.create(QueryFactory.create(
                "SELECT ?a ?b ?c WHERE { BIND(\"=1+2\" AS ?a) BIND(<http://ex/x> AS ?b) }"),
                ModelFactory.createDefaultModel()).execSelect());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(rows, out);
        assertEquals("a,b,c\r\n'=1+2,http://ex/x,\r\n", out.toString(StandardCharsets.UTF_8));

        EntityGraph g = new EntityGraph(List.of(new EntityGraph.Node("http://ex/n", "@evil", "", "Actor", "Company", 1,
                List.of())), List.of(new EntityGraph.Edge("e1", "http://ex/n", "http://ex/n", "stance", "support", 1,
                "=cmd|' /C calc'!A0")));
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        GraphWriters.nodesCsv(g, nodes);
        assertEquals("http://ex/n,'@evil,'@evil,,Actor,Company,1,", nodes.toString(StandardCharsets.UTF_8)
                .lines().toList().get(1));
        ByteArrayOutputStream edges = new ByteArrayOutputStream();
        GraphWriters.edgesCsv(g, edges);
        assertEquals("e1,http://ex/n,http://ex/n,stance,support,1,'=cmd|' /C calc'!A0",
                edges.toString(StandardCharsets.UTF_8).lines().toList().get(1));
    }
}
