package org.nonji.push;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** The named graphs of an open store (the caller's dataset, closed with this source). */
public final class StoreGraphs implements GraphSource {
    private final Dataset dataset;
    private final DatasetGraph dsg;

    public StoreGraphs(Dataset dataset) {
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
    }

    @Override
    public List<Node> graphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparing(Node::getURI));
            return names;
        });
    }

    @Override
    public Graph graph(Node name) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
