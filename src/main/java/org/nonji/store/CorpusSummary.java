package org.nonji.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.nonji.Digests;
import org.nonji.Namespaces;
import org.nonji.rdf.Vocab;

/**
 * The summary graph ({@link Namespaces#SUMMARY_GRAPH}): totals over every essay graph that analysts' queries would
 * otherwise group the whole store for. Per co-mention pair ({@code nj:CoMentionTotal}, subject before object as the
 * essays record it): the sentences summed ({@code nj:totalCount}) and the essays ({@code nj:essayCount}); per entity:
 * its mentions ({@code nj:totalMentions}) and the essays naming it ({@code nj:essayCount}).
 *
 * <p>The store keeps it, so nothing upstream knows of it: a full build or load adds up the essay graphs it writes and
 * writes every total; an update subtracts the graphs it drops, adds the ones it writes and rewrites only the totals
 * that changed, so its cost follows the change, not the store. It is derived data: not part of an essay graph,
 * {@code build --out} or the Spark job's output, and quads of it offered to a load are recomputed, not copied.
 */
public final class CorpusSummary {
    /** The graph's IRI as a node. */
    public static final Node GRAPH = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    private static final String CO_MENTION_PART = "/comention/";

    /** (subject, object) → {sentences, essays} of the change so far. */
    private final Map<Pair, long[]> pairs = new HashMap<>();
    /** Entity → {mentions, essays} of the change so far. */
    private final Map<Node, long[]> entities = new HashMap<>();
    /** Co-mention records whose quads have not all been seen yet (a load's batches may split one), per sign. */
    private final Map<Node, Node[]> pendingAdded = new HashMap<>();
    private final Map<Node, Node[]> pendingRemoved = new HashMap<>();

    private record Pair(Node a, Node b) {
    }

    /**
     * Passes to {@code store} every quad that is not derived summary data (a load may offer the summary graph of an
     * export: it is recomputed, never copied), and counts those written to essay graphs. Returns how many it passed.
     */
    public long admit(List<Quad> quads, java.util.function.Consumer<Quad> store) {
        long passed = 0;
        for (Quad q : quads) {
            if (!GRAPH.equals(q.getGraph())) {
                store.accept(q);
                passed++;
            }
        }
        tally(quads, 1, pendingAdded);
        return passed;
    }

    /** Takes back the counts of quads removed from essay graphs. */
    public void subtract(Iterable<Quad> quads) {
        tally(quads, -1, pendingRemoved);
    }

    private void tally(Iterable<Quad> quads, int sign, Map<Node, Node[]> pending) {
        for (Quad q : quads) {
            Node g = q.getGraph();
            if (!g.isURI() || !g.getURI().startsWith(Namespaces.ESSAY)) {
                continue;
            }
            Node p = q.getPredicate();
            if (p.equals(Vocab.ENTITY)) {
                bump(entities, q.getObject(), 0, sign);
            } else if (p.equals(Vocab.MENTIONS)) {
                bump(entities, q.getObject(), 1, sign);
            } else if ((p.equals(Vocab.SUBJECT) || p.equals(Vocab.OBJECT) || p.equals(Vocab.COUNT))
                    && q.getSubject().isURI() && q.getSubject().getURI().contains(CO_MENTION_PART)) {
                Node[] parts = pending.computeIfAbsent(q.getSubject(), k -> new Node[3]);
                parts[p.equals(Vocab.SUBJECT) ? 0 : p.equals(Vocab.OBJECT) ? 1 : 2] = q.getObject();
                if (parts[0] != null && parts[1] != null && parts[2] != null) {
                    pending.remove(q.getSubject());
                    long[] t = pairs.computeIfAbsent(new Pair(parts[0], parts[1]), k -> new long[2]);
                    t[0] += sign * ((Number) parts[2].getLiteralValue()).longValue();
                    t[1] += sign;
                }
            }
        }
    }

    private static void bump(Map<Node, long[]> map, Node key, int field, int sign) {
        map.computeIfAbsent(key, k -> new long[2])[field] += sign;
    }

    /** The IRI of a pair's totals. */
    public static Node pair(Node a, Node b) {
        return NodeFactory.createURI(Namespaces.PAIR + Digests.sha256(a.getURI() + " " + b.getURI()).substring(0, 32));
    }

    /** Every total counted, as quads of the summary graph (a full build or load, which counted every essay). */
    public List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        pairs.forEach((k, t) -> {
            if (t[1] > 0) {
                pairQuads(k, t[0], t[1], out);
            }
        });
        entities.forEach((e, t) -> {
            if (t[0] > 0 || t[1] > 0) {
                entityQuads(e, t[0], t[1], out);
            }
        });
        return out;
    }

    /**
     * Applies the counted change to the totals stored in {@code dsg} (inside its write transaction): only the pairs
     * and entities the change touched are read and rewritten; a total that falls to nothing is removed.
     */
    public void applyTo(DatasetGraph dsg) {
        pairs.forEach((k, t) -> {
            if (t[0] == 0 && t[1] == 0) {
                return;
            }
            Node n = pair(k.a(), k.b());
            long count = stored(dsg, n, Vocab.TOTAL_COUNT) + t[0];
            long essays = stored(dsg, n, Vocab.ESSAY_COUNT) + t[1];
            dsg.deleteAny(GRAPH, n, Node.ANY, Node.ANY);
            if (essays > 0) {
                List<Quad> out = new ArrayList<>();
                pairQuads(k, count, essays, out);
                out.forEach(dsg::add);
            }
        });
        entities.forEach((e, t) -> {
            if (t[0] == 0 && t[1] == 0) {
                return;
            }
            long mentions = stored(dsg, e, Vocab.TOTAL_MENTIONS) + t[0];
            long essays = stored(dsg, e, Vocab.ESSAY_COUNT) + t[1];
            dsg.deleteAny(GRAPH, e, Vocab.TOTAL_MENTIONS, Node.ANY);
            dsg.deleteAny(GRAPH, e, Vocab.ESSAY_COUNT, Node.ANY);
            if (mentions > 0 || essays > 0) {
                List<Quad> out = new ArrayList<>();
                entityQuads(e, mentions, essays, out);
                out.forEach(dsg::add);
            }
        });
    }

    private static long stored(DatasetGraph dsg, Node s, Node p) {
        var found = dsg.find(GRAPH, s, p, Node.ANY);
        try {
            return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).longValue() : 0;
        } finally {
            Iter.close(found);
        }
    }

    private static void pairQuads(Pair k, long count, long essays, List<Quad> out) {
        Node n = pair(k.a(), k.b());
        out.add(new Quad(GRAPH, n, RDF.type.asNode(), Vocab.CO_MENTION_TOTAL));
        out.add(new Quad(GRAPH, n, Vocab.SUBJECT, k.a()));
        out.add(new Quad(GRAPH, n, Vocab.OBJECT, k.b()));
        out.add(new Quad(GRAPH, n, Vocab.TOTAL_COUNT, integer(count)));
        out.add(new Quad(GRAPH, n, Vocab.ESSAY_COUNT, integer(essays)));
    }

    private static void entityQuads(Node e, long mentions, long essays, List<Quad> out) {
        out.add(new Quad(GRAPH, e, Vocab.TOTAL_MENTIONS, integer(mentions)));
        out.add(new Quad(GRAPH, e, Vocab.ESSAY_COUNT, integer(essays)));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
