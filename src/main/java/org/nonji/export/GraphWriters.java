package org.nonji.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an {@link EntityGraph} for graph tools: GraphML (yEd, Gephi, networkx), GEXF 1.2 (Gephi), DOT (Graphviz),
 * Cytoscape.js JSON and CSV node/edge lists. JGraphT's exporters do the XML and DOT escaping; JSON goes through
 * Jena's JSON writer. Node ids are entity IRIs (quoted in DOT).
 */
public final class GraphWriters {
    private GraphWriters() {
    }

    static Graph<String, EntityGraph.Edge> jgrapht(EntityGraph g) {
        Graph<String, EntityGraph.Edge> graph = GraphTypeBuilder.<String, EntityGraph.Edge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
                .edgeClass(EntityGraph.Edge.class).buildGraph();
        g.nodes().forEach(n -> graph.addVertex(n.id()));
        for (EntityGraph.Edge e : g.edges()) {
            graph.addEdge(e.source(), e.target(), e);
            graph.setEdgeWeight(e, e.weight());
        }
        return graph;
    }

    private static Map<String, Attribute> nodeAttributes(EntityGraph.Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("labelKo", DefaultAttribute.createAttribute(n.labelKo()));
        a.put("labelEn", DefaultAttribute.createAttribute(n.labelEn()));
        a.put("kind", DefaultAttribute.createAttribute(n.kind()));
        a.put("type", DefaultAttribute.createAttribute(n.type()));
        a.put("mentions", DefaultAttribute.createAttribute(n.mentions()));
        a.put("essays", DefaultAttribute.createAttribute(String.join(" ", n.essays())));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(EntityGraph.Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("relation", DefaultAttribute.createAttribute(e.type()));
        a.put("polarity", DefaultAttribute.createAttribute(e.polarity()));
        a.put("quote", DefaultAttribute.createAttribute(e.quote()));
        return a;
    }

    /**
     * GraphML with typed keys; the edge weight uses GraphML's standard {@code weight} key. An edge's kind is
     * {@code relation}: JGraphT keys attributes by name alone, so an edge {@code type} would take the node
     * {@code type} key's place. yEd reads only its own graphics elements, so each node and edge also carries a
     * {@code y:ShapeNode} / {@code y:PolyLineEdge} with its label, colour and size.
     */
    public static void graphml(EntityGraph g, OutputStream out) {
        Map<String, EntityGraph.Node> nodes = g.nodesById();
        GraphMLExporter<String, EntityGraph.Edge> x = new GraphMLExporter<>(v -> v);
        x.setEdgeIdProvider(EntityGraph.Edge::id);
        x.setExportEdgeWeights(true);
        for (String k : new String[] {"label", "labelKo", "labelEn", "kind", "type", "essays"}) {
            x.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        x.registerAttribute("mentions", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        for (String k : new String[] {"relation", "polarity", "quote"}) {
            x.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        x.setVertexAttributeProvider(v -> nodeAttributes(nodes.get(v)));
        x.setEdgeAttributeProvider(GraphWriters::edgeAttributes);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        x.exportGraph(jgrapht(g), writer(plain));
        Map<String, EntityGraph.Edge> edges = new LinkedHashMap<>();
        g.edges().forEach(e -> edges.put(e.id(), e));
        GraphXml.yed(plain.toByteArray(), nodes, edges, out);
    }

    /**
     * GEXF 1.2 with node and edge attributes, edge weights and, for Gephi's overview, {@code viz:color} by kind (by
     * polarity for stance edges) and {@code viz:size} by mentions.
     */
    public static void gexf(EntityGraph g, OutputStream out) {
        Map<String, EntityGraph.Node> nodes = g.nodesById();
        GEXFExporter<String, EntityGraph.Edge> x = new GEXFExporter<>(v -> v, EntityGraph.Edge::id);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        for (String k : new String[] {"labelKo", "labelEn", "kind", "type", "essays"}) {
            x.registerAttribute(k, GEXFExporter.AttributeCategory.NODE, org.jgrapht.nio.gexf.GEXFAttributeType.STRING);
        }
        x.registerAttribute("mentions", GEXFExporter.AttributeCategory.NODE, org.jgrapht.nio.gexf.GEXFAttributeType.INTEGER);
        for (String k : new String[] {"polarity", "quote"}) {
            x.registerAttribute(k, GEXFExporter.AttributeCategory.EDGE, org.jgrapht.nio.gexf.GEXFAttributeType.STRING);
        }
        x.setVertexAttributeProvider(v -> nodeAttributes(nodes.get(v)));
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.put("label", DefaultAttribute.createAttribute(e.type()));
            a.remove("relation");
            return a;
        });
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        x.exportGraph(jgrapht(g), writer(plain));
        Map<String, EntityGraph.Edge> edges = new LinkedHashMap<>();
        g.edges().forEach(e -> edges.put(e.id(), e));
        GraphXml.gexfViz(plain.toByteArray(), nodes, edges, out);
    }

    /** DOT: ids are the quoted IRIs; labels and attributes escaped by the exporter. */
    public static void dot(EntityGraph g, OutputStream out) {
        Map<String, EntityGraph.Node> nodes = g.nodesById();
        DOTExporter<String, EntityGraph.Edge> x = new DOTExporter<>(v -> "\"" + dotEscape(v) + "\"");
        x.setGraphIdProvider(() -> "nonji");
        x.setVertexAttributeProvider(v -> {
            EntityGraph.Node n = nodes.get(v);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            a.put("kind", DefaultAttribute.createAttribute(n.kind()));
            a.put("mentions", DefaultAttribute.createAttribute(n.mentions()));
            a.put("style", DefaultAttribute.createAttribute("filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(GraphStyle.kindColour(n.kind())));
            a.put("fontcolor", DefaultAttribute.createAttribute(n.kind().equals("Author") ? "#ffffff" : "#000000"));
            // inches; Graphviz grows a node to fit its label anyway
            a.put("width", DefaultAttribute.createAttribute(GraphStyle.size(n) / 20));
            return a;
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(e.polarity().isEmpty() ? e.type() : e.polarity()));
            a.put("weight", DefaultAttribute.createAttribute(e.weight()));
            a.put("color", DefaultAttribute.createAttribute(GraphStyle.edgeColour(e)));
            return a;
        });
        x.exportGraph(jgrapht(g), writer(out));
    }

    private static String dotEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}. */
    public static void cytoscape(EntityGraph g, OutputStream out) {
        JsonArray nodes = new JsonArray();
        for (EntityGraph.Node n : g.nodes()) {
            JsonObject d = new JsonObject();
            d.put("id", n.id());
            d.put("label", n.label());
            d.put("labelKo", n.labelKo());
            d.put("labelEn", n.labelEn());
            d.put("kind", n.kind());
            d.put("type", n.type());
            d.put("mentions", n.mentions());
            JsonArray essays = new JsonArray();
            n.essays().forEach(essays::add);
            d.put("essays", essays);
            JsonObject o = new JsonObject();
            o.put("data", d);
            nodes.add(o);
        }
        JsonArray edges = new JsonArray();
        for (EntityGraph.Edge e : g.edges()) {
            JsonObject d = new JsonObject();
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("type", e.type());
            d.put("polarity", e.polarity());
            d.put("weight", e.weight());
            d.put("quote", e.quote());
            JsonObject o = new JsonObject();
            o.put("data", d);
            edges.add(o);
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        root.put("elements", elements);
        JSON.write(out, root);
    }

    /** The UTF-8 byte order mark: how Excel knows a CSV file is UTF-8 (without it, Korean comes out garbled). */
    private static final String BOM = "\uFEFF";

    /** Nodes as CSV without a byte order mark; see {@link #nodesCsv(EntityGraph, OutputStream, boolean)}. */
    public static void nodesCsv(EntityGraph g, OutputStream out) {
        nodesCsv(g, out, false);
    }

    /**
     * Nodes as CSV (RFC 4180, formula-safe cells): id, label, labelKo, labelEn, kind, class, mentions, essays. The
     * most specific class is {@code class}, not {@code type}: Gephi reserves that column name. {@code excel} puts a
     * UTF-8 byte order mark first.
     */
    public static void nodesCsv(EntityGraph g, OutputStream out, boolean excel) {
        Writer w = writer(out);
        try {
            w.write((excel ? BOM : "") + "id,label,labelKo,labelEn,kind,class,mentions,essays\r\n");
            for (EntityGraph.Node n : g.nodes()) {
                w.write(csv(n.id(), n.label(), n.labelKo(), n.labelEn(), n.kind(), n.type(),
                        Integer.toString(n.mentions()), String.join(" ", n.essays())));
            }
            w.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Edges as CSV without a byte order mark; see {@link #edgesCsv(EntityGraph, OutputStream, boolean)}. */
    public static void edgesCsv(EntityGraph g, OutputStream out) {
        edgesCsv(g, out, false);
    }

    /**
     * Edges as CSV (RFC 4180, formula-safe cells): id, source, target, relation, polarity, weight, quote. The edge's
     * kind is {@code relation}, not {@code type}, which Gephi reads as directed/undirected. {@code excel} puts a
     * UTF-8 byte order mark first.
     */
    public static void edgesCsv(EntityGraph g, OutputStream out, boolean excel) {
        Writer w = writer(out);
        try {
            w.write((excel ? BOM : "") + "id,source,target,relation,polarity,weight,quote\r\n");
            for (EntityGraph.Edge e : g.edges()) {
                w.write(csv(e.id(), e.source(), e.target(), e.type(), e.polarity(), Integer.toString(e.weight()),
                        e.quote()));
            }
            w.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Neutralised against formula injection, see {@link org.nonji.Csv}. */
    private static String csv(String... cells) {
        return org.nonji.Csv.row(cells);
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
