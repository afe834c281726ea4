package org.nonji.export;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Adds what JGraphT's GraphML and GEXF exporters cannot write: yEd's graphics elements and GEXF's {@code viz:}
 * colours and sizes. The exporter's document is parsed (no DTDs, no external entities: it is ours, but cheap to be
 * strict), elements are added with the DOM, so every label stays escaped by the serializer.
 */
final class GraphXml {
    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String YED = "http://www.yworks.com/xml/graphml";
    static final String GEXF_VIZ = "http://www.gexf.net/1.2draft/viz";

    private GraphXml() {
    }

    /** GraphML with a yEd {@code nodegraphics} and {@code edgegraphics} key and one of each per node and edge. */
    static void yed(byte[] graphml, Map<String, EntityGraph.Node> nodes, Map<String, EntityGraph.Edge> edges,
                    OutputStream out) {
        Document d = parse(graphml);
        Element root = d.getDocumentElement();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:y", YED);
        Element graph = (Element) root.getElementsByTagNameNS(GRAPHML, "graph").item(0);
        Element nodeKey = d.createElementNS(GRAPHML, "key");
        nodeKey.setAttribute("id", "yed_node");
        nodeKey.setAttribute("for", "node");
        nodeKey.setAttribute("yfiles.type", "nodegraphics");
        Element edgeKey = d.createElementNS(GRAPHML, "key");
        edgeKey.setAttribute("id", "yed_edge");
        edgeKey.setAttribute("for", "edge");
        edgeKey.setAttribute("yfiles.type", "edgegraphics");
        root.insertBefore(nodeKey, graph);
        root.insertBefore(edgeKey, graph);
        for (Element node : elements(graph, GRAPHML, "node")) {
            EntityGraph.Node n = nodes.get(node.getAttribute("id"));
            if (n == null) {
                continue;
            }
            Element data = child(node, GRAPHML, "data");
            data.setAttribute("key", "yed_node");
            Element shape = child(data, YED, "y:ShapeNode");
            double size = GraphStyle.size(n) * 3;
            Element geometry = child(shape, YED, "y:Geometry");
            geometry.setAttribute("width", fmt(Math.max(size, 12 * n.label().length() + 10)));
            geometry.setAttribute("height", fmt(size));
            child(shape, YED, "y:Fill").setAttribute("color", GraphStyle.kindColour(n.kind()).toUpperCase(Locale.ROOT));
            Element label = child(shape, YED, "y:NodeLabel");
            label.setAttribute("textColor", n.kind().equals("Author") ? "#FFFFFF" : "#000000");
            label.setTextContent(n.label());
            child(shape, YED, "y:Shape").setAttribute("type", "ellipse");
        }
        for (Element edge : elements(graph, GRAPHML, "edge")) {
            EntityGraph.Edge e = edges.get(edge.getAttribute("id"));
            if (e == null) {
                continue;
            }
            Element data = child(edge, GRAPHML, "data");
            data.setAttribute("key", "yed_edge");
            Element line = child(data, YED, "y:PolyLineEdge");
            Element style = child(line, YED, "y:LineStyle");
            style.setAttribute("color", GraphStyle.edgeColour(e).toUpperCase(Locale.ROOT));
            style.setAttribute("width", fmt(Math.min(6, 1 + e.weight() / 2.0)));
            child(line, YED, "y:Arrows").setAttribute("target", "standard");
            child(line, YED, "y:EdgeLabel").setTextContent(e.polarity().isEmpty() ? e.type() : e.polarity());
        }
        write(d, out);
    }

    /** GEXF with {@code viz:color} and {@code viz:size} on every node and {@code viz:color} on every edge. */
    static void gexfViz(byte[] gexf, Map<String, EntityGraph.Node> nodes, Map<String, EntityGraph.Edge> edges,
                        OutputStream out) {
        Document d = parse(gexf);
        Element root = d.getDocumentElement();
        String ns = root.getNamespaceURI();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:viz", GEXF_VIZ);
        for (Element node : elements(root, ns, "node")) {
            EntityGraph.Node n = nodes.get(node.getAttribute("id"));
            if (n == null) {
                continue;
            }
            colour(child(node, GEXF_VIZ, "viz:color"), GraphStyle.kindColour(n.kind()));
            child(node, GEXF_VIZ, "viz:size").setAttribute("value", fmt(GraphStyle.size(n)));
        }
        for (Element edge : elements(root, ns, "edge")) {
            EntityGraph.Edge e = edges.get(edge.getAttribute("id"));
            if (e != null) {
                colour(child(edge, GEXF_VIZ, "viz:color"), GraphStyle.edgeColour(e));
            }
        }
        write(d, out);
    }

    /**
     * The elements of a name under {@code root}, copied out: the DOM's list is live, and every element added while
     * walking it made the next {@code item(i)} walk the document again from the start (quadratic: 44 s of a
     * 1,000-essay GraphML export).
     */
    private static java.util.List<Element> elements(Element root, String ns, String local) {
        NodeList live = root.getElementsByTagNameNS(ns, local);
        java.util.List<Element> out = new java.util.ArrayList<>(live.getLength());
        for (int i = 0; i < live.getLength(); i++) {
            out.add((Element) live.item(i));
        }
        return out;
    }

    private static void colour(Element c, String hex) {
        int[] rgb = GraphStyle.rgb(hex);
        c.setAttribute("r", Integer.toString(rgb[0]));
        c.setAttribute("g", Integer.toString(rgb[1]));
        c.setAttribute("b", Integer.toString(rgb[2]));
    }

    private static Element child(Element parent, String ns, String qname) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qname);
        parent.appendChild(e);
        return e;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("the graph exporter wrote XML we cannot read back: " + e.getMessage(), e);
        }
    }

    private static void write(Document d, OutputStream out) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // the exporter's own indentation is kept; indenting again would double its line breaks
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.transform(new DOMSource(d), new StreamResult(out));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the graph file: " + e.getMessage(), e);
        }
    }
}
