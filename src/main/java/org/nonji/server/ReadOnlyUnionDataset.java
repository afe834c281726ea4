package org.nonji.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The store as served: read-only, and with the union of the essay graphs as the default graph for the Graph
 * Store Protocol too (TDB2's union-default-graph setting applies to SPARQL only; GSP reads the stored default
 * graph, which is empty).
 */
final class ReadOnlyUnionDataset extends DatasetGraphReadOnly {
    ReadOnlyUnionDataset(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getUnionGraph());
    }
}
