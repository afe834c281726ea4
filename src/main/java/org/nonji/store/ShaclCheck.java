package org.nonji.store;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.nonji.Bundled;
import org.nonji.Namespaces;

/**
 * Validates against {@code ontology/shapes.ttl}, essay by essay.
 *
 * <p>Validating the union of all essay graphs costs more than linear time (the quote-equals-text constraint runs
 * per evidence node against the whole union). Instead the shared graphs (ontology, build) are validated once, and
 * each essay graph with the slice of the shared graphs it points into: the class hierarchy, and every triple about
 * a node the essay names (a gazetteer entity's type and labels, a rule, a relation property, its build). No shape
 * looks further than one hop from its focus node into the shared graphs, so the verdict is the union's, at a cost
 * linear in the number of essays. Thread-safe.
 */
public final class ShaclCheck {
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();
    private static final Set<Node> SHARED_GRAPHS = Set.of(NodeFactory.createURI(Namespaces.ONTOLOGY_GRAPH),
            NodeFactory.createURI(Namespaces.BUILD_GRAPH));

    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");

    private final Shapes shapes;
    /** The shapes without their one SPARQL constraint (quotes), for graphs whose quotes Java has found right. */
    private final Shapes withoutQuoteQuery;

    public ShaclCheck() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(Bundled.read("ontology/shapes.ttl"))).lang(Lang.TURTLE).parse(g);
        this.shapes = Shapes.parse(g);
        List<Triple> queries = g.find(Node.ANY, SH_SPARQL, Node.ANY).toList();
        if (queries.size() != 1) {
            // QuotesAtPositions stands in for the quote query alone: another would be skipped without a word
            throw new IllegalStateException("shapes.ttl has " + queries.size() + " SPARQL constraints; the Java "
                    + "quote check replaces exactly one");
        }
        queries.forEach(g::delete);
        this.withoutQuoteQuery = Shapes.parse(g);
    }

    /** The violations in one graph, validated as it is (for the shared graphs, or small data). */
    public List<Violation> validate(Graph data) {
        return Violation.of(ShaclValidator.get().validate(shapes, data));
    }

    /** A validator for essay graphs that point into {@code shared} (the ontology and build graphs, as one graph). */
    public Essays forEssays(Graph shared) {
        return new Essays(shared);
    }

    /** Whether a graph is one of the shared graphs rather than an essay's. */
    public static boolean isShared(Node graphName) {
        return SHARED_GRAPHS.contains(graphName);
    }

    /**
     * Validates a whole dataset: its shared graphs together, once, then each essay graph with its slice. {@code
     * progress} gets each essay graph's name as it is done.
     */
    public List<Violation> validate(DatasetGraph dsg, Consumer<Node> progress) {
        Graph shared = GraphFactory.createGraphMem();
        List<Node> essays = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (isShared(g)) {
                dsg.getGraph(g).find().forEachRemaining(shared::add);
            } else {
                essays.add(g);
            }
        });
        List<Violation> out = new ArrayList<>(validate(shared));
        Essays check = forEssays(shared);
        for (Node g : essays) {
            // the build graph's links to this essay, as a build hands them over with the essay
            out.addAll(check.validate(dsg.getGraph(g).find().toList(), shared.find(g, Node.ANY, Node.ANY).toList()));
            progress.accept(g);
        }
        return out;
    }

    /** Validation of single essay graphs against a fixed set of shared graphs. Thread-safe. */
    /**
     * Jena's plain validation (what {@code ShaclValidator.get().validate} runs: every target shape, every focus
     * node, {@code VLib.validateShape}), written out so that {@code checkpoint} can run between focus nodes: Jena
     * offers no way to stop a validation, and one essay's graph may be huge.
     */
    static ValidationReport plainValidation(Shapes shapes, Graph data, Runnable checkpoint) {
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        int n = 0;
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(data, shape)) {
                if ((++n & 255) == 0) {
                    checkpoint.run();
                }
                VLib.validateShape(vCxt, data, shape, focus);
            }
        }
        return vCxt.generateReport();
    }

    public final class Essays {
        private final Map<Node, List<Triple>> about = new HashMap<>();
        private final List<Triple> schema = new ArrayList<>();

        private Essays(Graph shared) {
            shared.find().forEachRemaining(t -> {
                about.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
                if (t.getPredicate().equals(SUBCLASS_OF)) {
                    schema.add(t);
                }
            });
        }

        /**
         * The violations in an essay graph. {@code links} are triples the shared graphs will hold about this
         * essay (its provenance), validated with it.
         */
        public List<Violation> validate(Collection<Triple> essay, Collection<Triple> links) {
            return validate(essay, links, () -> { });
        }

        /**
         * As {@link #validate(Collection, Collection)}, running {@code checkpoint} every 256 focus nodes: an essay's
         * time budget can stop the validation of a huge graph half-way (it throws).
         */
        public List<Violation> validate(Collection<Triple> essay, Collection<Triple> links, Runnable checkpoint) {
            Graph data = GraphFactory.createGraphMem();
            Set<Node> pulled = new HashSet<>();
            for (Collection<Triple> part : List.of(essay, links)) {
                for (Triple t : part) {
                    data.add(t);
                    pull(t.getSubject(), data, pulled);
                    pull(t.getObject(), data, pulled);
                }
            }
            schema.forEach(data::add);
            // (the quote check in SPARQL costs as much as the rest on a long essay; when Java finds every quote
            // right it cannot fail, and when not, SHACL finds and words what is wrong)
            Shapes use = QuotesAtPositions.allMatch(data) ? withoutQuoteQuery : shapes;
            return Violation.of(plainValidation(use, data, checkpoint));
        }

        /** Validates the quads of one essay graph. */
        public List<Violation> validateQuads(Collection<Quad> quads, Collection<Triple> links) {
            return validateQuads(quads, links, () -> { });
        }

        /** Validates the quads of one essay graph, running {@code checkpoint} as it goes. */
        public List<Violation> validateQuads(Collection<Quad> quads, Collection<Triple> links, Runnable checkpoint) {
            return validate(quads.stream().map(Quad::asTriple).toList(), links, checkpoint);
        }

        private void pull(Node n, Graph data, Set<Node> pulled) {
            if (n.isURI() && pulled.add(n)) {
                List<Triple> ts = about.get(n);
                if (ts != null) {
                    ts.forEach(data::add);
                }
            }
        }
    }
}
