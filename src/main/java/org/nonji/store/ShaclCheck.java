package org.nonji.store;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.nonji.Bundled;

/** Validates a graph against {@code ontology/shapes.ttl}. */
public final class ShaclCheck {
    private final Shapes shapes;

    public ShaclCheck() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(Bundled.read("ontology/shapes.ttl"))).lang(Lang.TURTLE).parse(g);
        this.shapes = Shapes.parse(g);
    }

    /** The validation report for the data graph (the union of ontology and essay graphs). */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
