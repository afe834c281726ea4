package org.nonji.server;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QC2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.GraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * TDB2's query execution, except that a lookup of one subject ({@code <s> ?p ?o}, {@code <s> <p> ?o}) in the union
 * default graph skips over a triple's further copies in the SPOG index instead of reading them all. TDB2 reads
 * every quad of the subject and drops the adjacent duplicates: the point lookup of a much-discussed entity read
 * 13,145 quads (40 of its 114 triples are in more than 32 essay graphs, and hold 12,892 of them) to answer 114
 * rows. Here, after {@value #RUN} copies of one triple in a row, the scan seeks past the triple in the B+tree. The
 * same index, the same order, the same rows: only fewer records read. Every other pattern goes to TDB2 unchanged.
 */
final class SkipScanUnionLookups extends OpExecutorTDB2 {
    /** For the dataset context: {@code ARQConstants.sysOpExecutorFactory}. */
    static final OpExecutorFactory FACTORY = SkipScanUnionLookups::new;
    /** Copies of one triple read in a row before seeking past it: a seek costs about as much as this many reads. */
    static final int RUN = 16;
    /** The union-capable quad index whose order TDB2 uses for a bound subject (and predicate). */
    private static final String SPOG = "SPOG";

    private SkipScanUnionLookups(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        Node g = quadPattern.getGraphNode();
        if (quadPattern.getBasicPattern().size() != 1 || !Quad.isUnionGraph(g)
                || !(execCxt.getActiveGraph() instanceof GraphTDB)
                || !(execCxt.getDataset() instanceof DatasetGraphTDB ds)) {
            return super.execute(quadPattern, input);
        }
        Triple t = quadPattern.getBasicPattern().get(0);
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        boolean shape = s.isConcrete() && !s.isTripleTerm() && Var.isVar(o)
                && (Var.isVar(p) ? !p.equals(o) : p.isConcrete() && !p.isTripleTerm());
        // a quad filter (Fuseki's per-graph access control) is TDB2's to apply
        if (!shape || QC2.getFilter(execCxt.getContext()) != null) {
            return super.execute(quadPattern, input);
        }
        NodeTupleTable quads = ds.getQuadTable().getNodeTupleTable();
        TupleIndexRecord spog = null;
        for (TupleIndex i : quads.getTupleTable().getIndexes()) {
            if (i.baseTupleIndex() instanceof TupleIndexRecord r && SPOG.equals(r.getName())) {
                spog = r;
            }
        }
        if (spog == null || !(input instanceof QueryIterRoot)) {
            return super.execute(quadPattern, input);
        }
        // only a lookup that starts the query, with no initial binding: a binding from before would be joined in
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        if (!peek.hasNext() || !peek.peek().isEmpty()) {
            return super.execute(quadPattern, peek);
        }
        Binding root = peek.next();
        peek.close();
        NodeTable nodes = quads.getNodeTable();
        NodeId sid = nodes.getNodeIdForNode(s);
        NodeId pid = Var.isVar(p) ? null : nodes.getNodeIdForNode(p);
        if (NodeId.isDoesNotExist(sid) || pid != null && NodeId.isDoesNotExist(pid)) {
            return QueryIterPlainWrapper.create(Iter.nullIterator(), execCxt);
        }
        Iterator<Binding> rows = Iter.map(new Scan(spog.getRangeIndex(), sid, pid, execCxt.getCancelSignal()),
                key -> {
                    BindingNodeId b = new BindingNodeId(root);
                    if (pid == null) {
                        b.put(Var.alloc(p), NodeIdFactory.get(key, NodeId.SIZE));
                    }
                    b.put(Var.alloc(o), NodeIdFactory.get(key, 2 * NodeId.SIZE));
                    return (Binding) new BindingTDB(b, nodes);
                });
        return QueryIterPlainWrapper.create(rows, execCxt);
    }

    /**
     * The keys (S P O G) of the first copy of each triple with the subject (and predicate) in SPOG order, skipping
     * a run of copies with a seek.
     */
    static final class Scan implements IteratorCloseable<byte[]> {
        private static final int KEY = 4 * NodeId.SIZE;
        private static final int TRIPLE = 3 * NodeId.SIZE;
        private final RangeIndex index;
        private final Record max;
        private final AtomicBoolean cancel;
        private Iterator<Record> records;
        private byte[] last;
        private byte[] next;
        private int copies;
        private int seeks;

        Scan(RangeIndex index, NodeId s, NodeId p, AtomicBoolean cancel) {
            this.index = index;
            this.cancel = cancel;
            byte[] lo = new byte[KEY];
            byte[] hi = new byte[KEY];
            NodeIdFactory.set(s, lo, 0);
            NodeIdFactory.set(s, hi, 0);
            int prefix = NodeId.SIZE;
            if (p != null) {
                NodeIdFactory.set(p, lo, NodeId.SIZE);
                NodeIdFactory.set(p, hi, NodeId.SIZE);
                prefix = 2 * NodeId.SIZE;
            }
            this.max = increment(hi, prefix) ? new Record(hi, null) : null;
            this.records = index.iterator(new Record(lo, null), max);
        }

        /** Adds one to the first {@code length} bytes as an unsigned big-endian number; false on overflow. */
        private static boolean increment(byte[] key, int length) {
            for (int i = length - 1; i >= 0; i--) {
                if (++key[i] != 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameTriple(byte[] a, byte[] b) {
            return java.util.Arrays.equals(a, 0, TRIPLE, b, 0, TRIPLE);
        }

        @Override
        public boolean hasNext() {
            while (next == null && records != null) {
                if (!records.hasNext()) {
                    Iter.close(records);
                    records = null;
                    return false;
                }
                if (cancel != null && cancel.get()) {
                    throw new QueryCancelledException();
                }
                byte[] key = records.next().getKey();
                if (last != null && sameTriple(key, last)) {
                    if (++copies >= RUN) {
                        // seek to the first key after every copy of this triple: (S P O)+1, G = 0
                        byte[] from = java.util.Arrays.copyOf(last, KEY);
                        java.util.Arrays.fill(from, TRIPLE, KEY, (byte) 0);
                        Iter.close(records);
                        if (!increment(from, TRIPLE)) {
                            records = null;
                            return false;
                        }
                        records = index.iterator(new Record(from, null), max);
                        copies = 0;
                        seeks++;
                    }
                    continue;
                }
                last = key;
                copies = 0;
                next = key;
            }
            return next != null;
        }

        /** Releases the B+tree iterator of a scan left before its end (a LIMIT). */
        @Override
        public void close() {
            Iter.close(records);
            records = null;
            next = null;
        }

        /** How many times the scan sought past a run of copies. */
        int seeks() {
            return seeks;
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] k = next;
            next = null;
            return k;
        }
    }
}
