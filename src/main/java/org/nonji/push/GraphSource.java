package org.nonji.push;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Named graphs to push: a store's, or those of a directory of N-Quads. */
public interface GraphSource extends AutoCloseable {
    /** The names of the named graphs, in a stable order (the default graph is never pushed). */
    List<Node> graphs();

    /** One graph, as an in-memory copy the caller may keep; thread-safe. */
    Graph graph(Node name);

    @Override
    void close();
}
