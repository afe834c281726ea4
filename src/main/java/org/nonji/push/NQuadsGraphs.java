package org.nonji.push;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.rdf.QuadFiles;

/**
 * The named graphs of a list of N-Quads/TriG files (plain or gzipped), such as the Spark job writes (one essay per
 * file). A first pass notes which file holds which graphs, so that the whole plan is known before anything is sent;
 * a graph is then read from its file when it is pushed, one file in memory at a time. A graph split across two
 * files is refused, since a PUT of either half would replace the other.
 */
public final class NQuadsGraphs implements GraphSource {
    private final Map<Node, Path> fileOf = new LinkedHashMap<>();
    private Path cachedFile;
    private DatasetGraph cached;

    /** Scans the files (see {@link QuadFiles#under}). */
    public NQuadsGraphs(List<Path> files) {
        for (Path f : files) {
            java.util.Set<Node> names = new java.util.LinkedHashSet<>();
            parse(f, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!q.isDefaultGraph()) {
                        names.add(q.getGraph());
                    }
                }
            });
            for (Node g : names) {
                Path other = fileOf.putIfAbsent(g, f);
                if (other != null) {
                    throw new NonjiException("graph <" + g.getURI() + "> is split across " + other + " and " + f
                            + ": push needs each graph whole in one file", ExitCodes.BAD_INPUT);
                }
            }
        }
    }

    @Override
    public List<Node> graphs() {
        return new ArrayList<>(fileOf.keySet());
    }

    @Override
    public synchronized Graph graph(Node name) {
        Path f = fileOf.get(name);
        if (f == null) {
            return GraphFactory.createDefaultGraph();
        }
        if (!f.equals(cachedFile)) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            parse(f, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    dsg.add(q);
                }
            });
            cached = dsg;
            cachedFile = f;
        }
        Graph copy = GraphFactory.createDefaultGraph();
        cached.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(Triple.create(q.getSubject(),
                q.getPredicate(), q.getObject())));
        return copy;
    }

    private static void parse(Path f, StreamRDF sink) {
        QuadFiles.parse(f, sink, f.toString());
    }

    @Override
    public void close() {
        cached = null;
    }
}
