package org.nonji.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.Pipeline;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

/** Every export opened by a tool nobody here wrote. */
@Tag("slow")
class ExportTest {
    @TempDir
    static Path tmp;
    static Dataset ds;
    static EntityGraph graph;

    @BeforeAll
    static void build() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(TestKit.basedir().resolve("seeds/000_dcda4e88bf3febdc.txt"), in.resolve("a.txt"));
        // hostile text: markup and quote characters must survive every format escaped
        Files.writeString(in.resolve("b.txt"), "<b>\"제목\" & ]]> 'x'\n삼성전자는 \"<script>alert(1)</script>\" & ]]> "
                + "javascript:alert(1) data:text/html,x 전략이 필요하다고 했다. 우리에게는 소버린 AI 😀 전략이 필요하다 \\ "
                + "\"인용\" <태그>\u0007 -- 끝.\n",
                StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(in, Optional.of(store),
                Optional.empty(), false, "nori", Instant.parse("2025-01-01T00:00:00Z"), EssayReader.DEFAULT_MAX_BYTES));
        ds = TdbStore.open(new StoreDirectory(store), TestKit.gazetteer().userWords());
        graph = EntityGraphReader.read(ds, new EntityGraphReader.Filter(Optional.empty(), Set.of(), 1, true));
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    static Path write(String name, java.util.function.Consumer<OutputStream> w) throws Exception {
        Path p = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(p)) {
            w.accept(os);
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(RdfExport.Syntax.class)
    void everyRdfSyntaxParsesWithRdflibToTheStoresQuads(RdfExport.Syntax syntax) throws Exception {
        ExternalTools.require("python3-rdflib", ExternalTools.pythonHas("rdflib"));
        Path reference = write("ref.nq", os -> RdfExport.write(ds, null, RdfExport.Syntax.NQUADS, os));
        Path file = write("all." + syntax.name().toLowerCase(), os -> RdfExport.write(ds, null, syntax, os));
        String fmt = switch (syntax) {
            case TURTLE -> "turtle";
            case TRIG -> "trig";
            case NTRIPLES -> "nt";
            case NQUADS -> "nquads";
            case JSONLD -> "json-ld";
            case RDFXML -> "xml";
        };
        // quad formats must keep the graphs; triple formats hold the union of the graphs
        String script = """
                import sys, rdflib
                ref = rdflib.Dataset(); ref.parse(sys.argv[1], format='nquads')
                quads = sys.argv[3] in ('trig', 'nquads', 'json-ld')
                if quads:
                    got = rdflib.Dataset(); got.parse(sys.argv[2], format=sys.argv[3])
                    a = set((s, p, o, str(c)) for s, p, o, c in ref.quads((None, None, None, None)) if c is not None)
                    b = set((s, p, o, str(c)) for s, p, o, c in got.quads((None, None, None, None)) if c is not None)
                else:
                    got = rdflib.Graph(); got.parse(sys.argv[2], format=sys.argv[3])
                    a = set((s, p, o) for s, p, o, c in ref.quads((None, None, None, None)))
                    b = set(got)
                print(len(a), len(b), len(a - b), len(b - a))
                sys.exit(0 if a == b and len(a) > 1000 else 1)
                """;
        var r = ExternalTools.run(List.of(ExternalTools.python(), "-c", script, reference.toString(),
                file.toString(), fmt), null);
        assertEquals(0, r.exit(), syntax + ": " + r.out() + r.err());
    }

    @Test
    void graphmlAndGexfReadWithNetworkxAndValidXml() throws Exception {
        ExternalTools.require("python3-networkx", ExternalTools.pythonHas("networkx"));
        Path graphml = write("g.graphml", os -> GraphWriters.graphml(graph, os));
        Path gexf = write("g.gexf", os -> GraphWriters.gexf(graph, os));
        String script = """
                import sys, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                h = nx.read_gexf(sys.argv[2])
                n = g.nodes['https://w3id.org/nonji/id/entity/samsung-electronics']
                v = h.nodes['https://w3id.org/nonji/id/entity/samsung-electronics']['viz']
                print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges(), n['kind'],
                      n['mentions'], n['type'], v['color']['r'], v['color']['g'], v['color']['b'], v['size'] > 0)
                """;
        var r = ExternalTools.run(List.of(ExternalTools.python(), "-c", script, graphml.toString(), gexf.toString()),
                null);
        assertEquals(0, r.exit(), r.err());
        String[] f = r.out().strip().split(" ");
        int nodes = graph.nodes().size();
        int edges = graph.edges().size();
        assertEquals(List.of("" + nodes, "" + edges, "" + nodes, "" + edges, "Actor"), List.of(f).subList(0, 5));
        assertTrue(Integer.parseInt(f[5]) > 0);
        assertEquals(List.of("Company", "78", "121", "167", "True"), List.of(f).subList(6, 11),
                "GraphML keeps the node type; GEXF colours an Actor #4e79a7 and sizes it: " + r.out());
        ExternalTools.require("xmllint", ExternalTools.onPath("xmllint"));
        for (Path p : List.of(graphml, gexf, write("g.rdf", os -> RdfExport.write(ds, null, RdfExport.Syntax.RDFXML,
                os)))) {
            var x = ExternalTools.run(List.of("xmllint", "--noout", p.toString()), null);
            assertEquals(0, x.exit(), p + ": " + x.err());
        }
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        ExternalTools.require("graphviz", ExternalTools.onPath("dot"));
        Path dot = write("g.dot", os -> GraphWriters.dot(graph, os));
        var r = ExternalTools.run(List.of("dot", "-Tsvg", dot.toString()), null);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("<svg"), r.out());
        assertTrue(r.out().contains("삼성전자"), "labels survive");
    }

    @Test
    void cytoscapeJsonLoadsInCytoscapeUnderNode() throws Exception {
        Path modules = TestKit.basedir().resolve(".ci/js/node_modules");
        ExternalTools.require("node + cytoscape (.ci/js)", ExternalTools.onPath("node")
                && Files.isDirectory(modules.resolve("cytoscape")));
        Path json = write("g.json", os -> GraphWriters.cytoscape(graph, os));
        String js = "const fs=require('fs');const cytoscape=require('cytoscape');"
                + "const d=JSON.parse(fs.readFileSync(process.argv[1],'utf8'));"
                + "const cy=cytoscape({headless:true,elements:d.elements});"
                + "console.log(cy.nodes().length+' '+cy.edges().length)";
        var r = ExternalTools.run(List.of("node", "-e", js, json.toString()), modules.getParent());
        assertEquals(0, r.exit(), r.err());
        assertEquals(graph.nodes().size() + " " + graph.edges().size(), r.out().strip());
    }

    @Test
    void csvListsQuoteEverything() throws Exception {
        Path nodes = write("g.nodes.csv", os -> GraphWriters.nodesCsv(graph, os));
        Path edges = write("g.edges.csv", os -> GraphWriters.edgesCsv(graph, os));
        ExternalTools.require("python3", ExternalTools.onPath("python3"));
        var r = ExternalTools.run(List.of(ExternalTools.python(), "-c", """
                import csv, sys
                n = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
                e = list(csv.DictReader(open(sys.argv[2], encoding='utf-8', newline='')))
                print(len(n), len(e), all(r['source'] and r['target'] for r in e))
                """, nodes.toString(), edges.toString()), null);
        assertEquals(graph.nodes().size() + " " + graph.edges().size() + " True", r.out().strip(), r.err());
    }

    @Test
    void filtersByKindAndWeight() {
        EntityGraph actors = EntityGraphReader.read(ds, new EntityGraphReader.Filter(Optional.empty(),
                Set.of("Actor"), 2, false));
        assertTrue(actors.nodes().stream().allMatch(n -> n.kind().equals("Actor") || n.kind().equals("Author")));
        assertTrue(actors.edges().stream().allMatch(e -> e.weight() >= 2));
        assertTrue(actors.nodes().size() < graph.nodes().size());
    }

    /** Reads XML with the JDK's parser, namespace-aware, as a strict consumer would. */
    static org.w3c.dom.Document xml(Path p) throws Exception {
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    @Test
    void gexfCarriesVizColoursAndSizesOnEveryNode() throws Exception {
        var d = xml(write("viz.gexf", os -> GraphWriters.gexf(graph, os)));
        String gexf = "http://www.gexf.net/1.2draft";
        String viz = "http://www.gexf.net/1.2draft/viz";
        assertEquals(gexf, d.getDocumentElement().getNamespaceURI());
        var nodes = d.getElementsByTagNameNS(gexf, "node");
        assertEquals(graph.nodes().size(), nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            var n = (org.w3c.dom.Element) nodes.item(i);
            var c = (org.w3c.dom.Element) n.getElementsByTagNameNS(viz, "color").item(0);
            var size = (org.w3c.dom.Element) n.getElementsByTagNameNS(viz, "size").item(0);
            assertTrue(c != null && size != null, n.getAttribute("id"));
            for (String ch : new String[] {"r", "g", "b"}) {
                int v = Integer.parseInt(c.getAttribute(ch));
                assertTrue(v >= 0 && v <= 255, ch + "=" + v);
            }
            assertTrue(Double.parseDouble(size.getAttribute("value")) >= 10, size.getAttribute("value"));
        }
        var edges = d.getElementsByTagNameNS(gexf, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            assertEquals(1, ((org.w3c.dom.Element) edges.item(i)).getElementsByTagNameNS(viz, "color").getLength());
        }
    }

    @Test
    void graphmlHasYedLabelsAndTheNodeType() throws Exception {
        var d = xml(write("yed.graphml", os -> GraphWriters.graphml(graph, os)));
        String gml = "http://graphml.graphdrawing.org/xmlns";
        String y = "http://www.yworks.com/xml/graphml";
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        var ks = d.getElementsByTagNameNS(gml, "key");
        for (int i = 0; i < ks.getLength(); i++) {
            var k = (org.w3c.dom.Element) ks.item(i);
            keys.put(k.getAttribute("for") + ":" + (k.hasAttribute("yfiles.type") ? k.getAttribute("yfiles.type")
                    : k.getAttribute("attr.name")), k.getAttribute("id"));
        }
        assertTrue(keys.containsKey("node:type") && keys.containsKey("edge:relation")
                && keys.containsKey("node:nodegraphics") && keys.containsKey("edge:edgegraphics"), keys.toString());
        var nodes = d.getElementsByTagNameNS(gml, "node");
        var byId = graph.nodesById();
        for (int i = 0; i < nodes.getLength(); i++) {
            var n = (org.w3c.dom.Element) nodes.item(i);
            var label = n.getElementsByTagNameNS(y, "NodeLabel").item(0);
            assertEquals(byId.get(n.getAttribute("id")).label(), label.getTextContent());
            String type = "";
            var data = n.getElementsByTagNameNS(gml, "data");
            for (int j = 0; j < data.getLength(); j++) {
                var e = (org.w3c.dom.Element) data.item(j);
                if (e.getAttribute("key").equals(keys.get("node:type"))) {
                    type = e.getTextContent();
                }
            }
            assertEquals(byId.get(n.getAttribute("id")).type(), type, n.getAttribute("id"));
        }
    }

    @Test
    void csvColumnsLeaveGephisTypeAloneAndExcelGetsABom() throws Exception {
        String nodes = Files.readString(write("n.csv", os -> GraphWriters.nodesCsv(graph, os)));
        String edges = Files.readString(write("e.csv", os -> GraphWriters.edgesCsv(graph, os)));
        assertEquals("id,label,labelKo,labelEn,kind,class,mentions,essays", nodes.lines().findFirst().orElse(""));
        assertEquals("id,source,target,relation,polarity,weight,quote", edges.lines().findFirst().orElse(""));
        byte[] excel = Files.readAllBytes(write("x.csv", os -> GraphWriters.nodesCsv(graph, os, true)));
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(excel[0] & 0xFF, excel[1] & 0xFF, excel[2] & 0xFF));
    }
}
