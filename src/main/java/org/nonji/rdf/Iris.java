package org.nonji.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.nonji.Namespaces;

/**
 * Deterministic IRIs of everything minted from an essay: {@code …/id/essay/{id}/{kind}/{n}} with n the ordinal in
 * document order, and evidence spans keyed by their offsets, so the same input always gives the same IRIs.
 */
public final class Iris {
    private Iris() {
    }

    /** The essay, which also names its graph. */
    public static Node essay(String essayId) {
        return NodeFactory.createURI(Namespaces.ESSAY + essayId);
    }

    /** A statement or part of the essay: kind is sentence, mention, relation, comention, stance, author. */
    public static Node part(String essayId, String kind, int n) {
        return NodeFactory.createURI(Namespaces.ESSAY + essayId + "/" + kind + "/" + n);
    }

    /** The essay's author, the holder of its own stances. */
    public static Node author(String essayId) {
        return NodeFactory.createURI(Namespaces.ESSAY + essayId + "/author");
    }

    /** The evidence resource for the span {@code [begin, end)} (UTF-16 offsets). */
    public static Node span(String essayId, int begin, int end) {
        return NodeFactory.createURI(Namespaces.ESSAY + essayId + "/span/" + begin + "-" + end);
    }

    /** A selector of a span: {@code position} or {@code quote}. */
    public static Node selector(String essayId, int begin, int end, String kind) {
        return NodeFactory.createURI(Namespaces.ESSAY + essayId + "/span/" + begin + "-" + end + "/" + kind);
    }

    /** An extraction rule of ontology/rules/. */
    public static Node rule(String id) {
        return NodeFactory.createURI(Namespaces.ID + "rule/" + id);
    }

    /** The build activity for a build identified by its input digest and time. */
    public static Node build(String buildId) {
        return NodeFactory.createURI(Namespaces.ID + "build/" + buildId);
    }

    /** nonji itself as a software agent, per version. */
    public static Node software(String version) {
        return NodeFactory.createURI(Namespaces.ID + "software/nonji/" + version);
    }
}
