package org.nonji.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.nonji.Namespaces;

/**
 * The check of {@code shapes.ttl}'s quote constraint (every evidence quotes exactly the essay text at its selector's
 * position), done in Java: ARQ's SUBSTR counts code points from the start of the text for every evidence, which on
 * one huge essay (10,000 evidences in 3 million characters) took half the build. It answers only "all quotes match";
 * when they might not, the caller lets SHACL's own SPARQL constraint find and word the violations, so what is
 * reported never differs.
 */
final class QuotesAtPositions {
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final Node TEXT = NodeFactory.createURI(Namespaces.ONT + "text");
    private static final Node HAS_SOURCE = NodeFactory.createURI(OA + "hasSource");
    private static final Node HAS_SELECTOR = NodeFactory.createURI(OA + "hasSelector");
    private static final Node POSITION = NodeFactory.createURI(OA + "TextPositionSelector");
    private static final Node QUOTE = NodeFactory.createURI(OA + "TextQuoteSelector");
    private static final Node START = NodeFactory.createURI(OA + "start");
    private static final Node END = NodeFactory.createURI(OA + "end");
    private static final Node EXACT = NodeFactory.createURI(OA + "exact");

    private QuotesAtPositions() {
    }

    /** Whether every quote of every text in {@code data} is the text at its position (false: let SHACL tell). */
    static boolean allMatch(Graph data) {
        for (Triple t : data.find(Node.ANY, TEXT, Node.ANY).toList()) {
            if (!t.getObject().isLiteral()) {
                return false;
            }
            String text = t.getObject().getLiteralLexicalForm();
            int[] charAt = text.length() == text.codePointCount(0, text.length()) ? null : codePointStarts(text);
            for (Triple ev : data.find(Node.ANY, HAS_SOURCE, t.getSubject()).toList()) {
                if (!quotesMatch(data, ev.getSubject(), text, charAt)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean quotesMatch(Graph data, Node evidence, String text, int[] charAt) {
        List<Node> positions = new ArrayList<>();
        List<Node> quotes = new ArrayList<>();
        for (Triple s : data.find(evidence, HAS_SELECTOR, Node.ANY).toList()) {
            Node sel = s.getObject();
            if (data.contains(sel, RDF.type.asNode(), POSITION)) {
                positions.add(sel);
            }
            if (data.contains(sel, RDF.type.asNode(), QUOTE)) {
                quotes.add(sel);
            }
        }
        for (Node pos : positions) {
            for (Node start : objects(data, pos, START)) {
                for (Node end : objects(data, pos, END)) {
                    String at = substring(text, charAt, start, end);
                    for (Node q : quotes) {
                        for (Node exact : objects(data, q, EXACT)) {
                            if (at == null || !exact.isLiteral() || !at.equals(exact.getLiteralLexicalForm())) {
                                return false;
                            }
                        }
                    }
                }
            }
        }
        return true;
    }

    private static List<Node> objects(Graph data, Node s, Node p) {
        return data.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The text between two code-point offsets, or null when they are not plain in-range integers. */
    private static String substring(String text, int[] charAt, Node start, Node end) {
        if (!start.isLiteral() || !end.isLiteral() || !(start.getLiteralValue() instanceof Number b)
                || !(end.getLiteralValue() instanceof Number e)) {
            return null;
        }
        long from = b.longValue();
        long to = e.longValue();
        int points = charAt == null ? text.length() : charAt.length - 1;
        if (from < 0 || to < from || to > points || b.doubleValue() != from || e.doubleValue() != to) {
            return null;
        }
        return charAt == null ? text.substring((int) from, (int) to)
                : text.substring(charAt[(int) from], charAt[(int) to]);
    }

    /** The char index of each code point, and the text's length after the last. */
    private static int[] codePointStarts(String text) {
        int[] at = new int[text.codePointCount(0, text.length()) + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            at[k++] = i;
        }
        at[k] = text.length();
        return at;
    }
}
