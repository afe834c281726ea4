package org.nonji.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.nonji.Namespaces;
import org.nonji.Progress;
import org.nonji.rdf.Vocab;

/**
 * A change to the live store: essay graphs dropped and added in one TDB2 write transaction, the text index
 * changed with it, the essay records rewritten.
 *
 * <p>When no server reads the live generation the update happens in place: readers that open the store later see
 * the old state or the new one, never a mix, and a killed update leaves TDB2 as it was (its journal) while the
 * {@code UPDATING} mark it leaves makes the next build {@link #repair} the text index and essay records first. When a server reads the live generation, the update goes to a copy that becomes live on
 * commit, and the server switches to it. After an update, a store that has grown to more than twice its compacted
 * size is compacted.
 */
public final class StoreUpdate implements AutoCloseable {
    /** How an update is opened: by default {@link #begin}; a server that owns its store opens its own. */
    @FunctionalInterface
    public interface Opener {
        StoreUpdate open(StoreDirectory store, Collection<String> userWords);
    }

    /** Info key: the database size right after the last full load or compaction. */
    public static final String COMPACTED_BYTES = "compactedBytes";
    private static final int GROWTH_BEFORE_COMPACTION = 2;

    private final StoreDirectory store;
    private final StoreDirectory.BuildLock lock;
    private final Path gen;
    private final boolean inPlace;
    private final DatasetGraph dsg;
    private final TextIndexer text;
    private final CorpusSummary summary = new CorpusSummary();
    /** Whether this update opened the database and index itself (else they are a server's, left open). */
    private final boolean owned;
    private final Runnable onCommit;
    private boolean done;

    private StoreUpdate(StoreDirectory store, StoreDirectory.BuildLock lock, Path gen, boolean inPlace, DatasetGraph dsg,
                        TextIndexer text, boolean owned, Runnable onCommit) {
        this.store = store;
        this.lock = lock;
        this.gen = gen;
        this.inPlace = inPlace;
        this.dsg = dsg;
        this.text = text;
        this.owned = owned;
        this.onCommit = onCommit;
        if (inPlace) {
            store.markUpdating(gen, true);
        }
        dsg.begin(TxnType.WRITE);
    }

    /**
     * An update of the generation a server in this process serves and owns (it holds the build lock): into its
     * open database and text index, in place, while it answers queries. {@code onCommit} runs after the commit.
     */
    public static StoreUpdate within(StoreDirectory store, Path gen, DatasetGraph database, TextIndexLucene index,
                                     Runnable onCommit) {
        return new StoreUpdate(store, null, gen, true, database, TextIndexer.of(index), false, onCommit);
    }

    /** Starts an update of the live generation (or of a copy, if a server reads it); takes the build lock. */
    public static StoreUpdate begin(StoreDirectory store, Collection<String> userWords) {
        StoreDirectory.BuildLock lock = store.lockForBuild();
        Path gen = null;
        boolean inPlace = false;
        try {
            Path live = store.current();
            inPlace = !StoreDirectory.inUse(live);
            gen = inPlace ? live : store.copyGeneration(live);
            return new StoreUpdate(store, lock, gen, inPlace, DatabaseMgr.connectDatasetGraph(
                    gen.resolve("tdb2").toString()), TextIndexer.open(gen.resolve("text"), userWords), true, () -> { });
        } catch (RuntimeException | InternalError e) {
            if (gen != null && !inPlace) {
                store.discard(gen);
            }
            release(lock);
            throw StoreFailures.wrap(store, e);
        }
    }

    /**
     * Brings a live generation whose in-place update was interrupted back in line: its database is as the last
     * commit left it (TDB2's journal sees to that), but its text index and essay records may be ahead or behind.
     * Both are rebuilt from the database. Takes the build lock; does nothing if there is nothing to repair.
     */
    public static void repair(StoreDirectory store, Collection<String> userWords) {
        StoreDirectory.BuildLock lock = store.lockForBuild();
        try {
            Path gen = store.current();
            if (!StoreDirectory.interrupted(gen)) {
                return;
            }
            Path fresh = gen.resolve("text.repair");
            StoreDirectory.deleteTree(fresh);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(gen.resolve("tdb2").toString());
            List<EssayRecords.Essay> essays = new java.util.ArrayList<>();
            try (TextIndexer text = TextIndexer.open(fresh, userWords)) {
                dsg.executeRead(() -> {
                    for (Node p : TextIndexes.INDEXED) {
                        List<Quad> batch = new java.util.ArrayList<>();
                        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                            batch.add(q);
                            if (batch.size() == 10_000) {
                                text.add(batch);
                                batch.clear();
                            }
                        });
                        text.add(batch);
                    }
                    dsg.find(Node.ANY, Node.ANY, Vocab.SHA256, Node.ANY).forEachRemaining(q -> {
                        if (q.getGraph().equals(q.getSubject()) && q.getSubject().getURI().startsWith(
                                Namespaces.ESSAY)) {
                            String id = q.getSubject().getURI().substring(Namespaces.ESSAY.length());
                            String file = Iter.first(dsg.find(q.getGraph(), q.getSubject(), Vocab.FILE_NAME,
                                    Node.ANY), x -> true).getObject().getLiteralLexicalForm();
                            // size and time unknown: the next scan reads the file and compares checksums
                            essays.add(new EssayRecords.Essay(file, id, q.getObject().getLiteralLexicalForm(), -1,
                                    -1));
                        }
                    });
                });
                text.commit();
            } finally {
                TDBInternal.expel(dsg);
            }
            StoreDirectory.deleteTree(gen.resolve("text"));
            java.nio.file.Files.move(fresh, gen.resolve("text"));
            store.writeEssays(gen, new EssayRecords(essays));
            StoreFiles.record(gen);
            store.markUpdating(gen, false);
        } catch (java.io.IOException | RuntimeException e) {
            throw StoreFailures.wrap(store, e);
        } finally {
            release(lock);
        }
    }

    /** Whether the live generation is changed in place (else a copy becomes live on commit). */
    public boolean inPlace() {
        return inPlace;
    }

    /** The database, inside the update's write transaction. */
    public DatasetGraph data() {
        return dsg;
    }

    /** The generation's text index. */
    public TextIndexer text() {
        return text;
    }

    /** Removes a graph from the database and the text index; returns the number of quads it held. */
    public long dropGraph(Node graph) {
        try {
            List<Quad> quads = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(graph, Node.ANY, Node.ANY,
                    Node.ANY));
            quads.forEach(dsg::delete);
            summary.subtract(quads);
            text.deleteGraph(graph);
            return quads.size();
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.wrap(store, e);
        }
    }

    /** Adds quads to the database (not to the text index: see {@link #text}). */
    public void add(List<Quad> quads) {
        try {
            summary.admit(quads, dsg::add);
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.wrap(store, e);
        }
    }

    /**
     * Commits database and index, records the essays and {@code info}, compacts a store that has grown too much,
     * and (for a copy) makes the generation live, its steps that take time shown as stages of {@code progress}.
     * Returns the live generation.
     */
    public Path commit(Properties info, EssayRecords records, Progress progress) {
        try {
            progress.stage("updating the corpus summary");
            summary.applyTo(dsg);
            progress.stage("committing the text index");
            text.prepareCommit();
            progress.stage("committing the database");
            dsg.commit();
            dsg.end();
            text.commit();
            if (owned) {
                text.close();
            }
            store.writeEssays(gen, records);
            long compacted = Long.parseLong(info.getProperty(COMPACTED_BYTES, "0"));
            if (compacted > 0 && StoreDirectory.sizeOf(gen.resolve("tdb2")) > GROWTH_BEFORE_COMPACTION * compacted) {
                // TDB2 compacts a live database: readers switch to the compacted copy
                progress.stage("compacting the database");
                DatabaseMgr.compact(dsg, true);
                info.setProperty(COMPACTED_BYTES, Long.toString(StoreDirectory.sizeOf(gen.resolve("tdb2"))));
            }
            progress.stage("switching to the updated generation");
            if (owned) {
                TDBInternal.expel(dsg);
            }
            StoreFiles.record(gen);
            if (inPlace) {
                store.updateInfo(gen, info);
                store.markUpdating(gen, false);
                store.removeAllBut(gen);
            } else {
                store.publish(gen, info);
            }
            done = true;
            onCommit.run();
            return gen;
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.wrap(store, e);
        }
    }

    /** Without a commit: the live store stays as it was. Releases the build lock. */
    @Override
    public void close() {
        try {
            if (!done) {
                try {
                    if (dsg.isInTransaction()) {
                        dsg.abort();
                        dsg.end();
                    }
                    text.rollback();
                } catch (RuntimeException e) {
                    // the update is being thrown away anyway
                }
                if (owned) {
                    TDBInternal.expel(dsg);
                }
                if (inPlace) {
                    // the database aborted and the index rolled back: they agree again
                    store.markUpdating(gen, false);
                } else {
                    store.discard(gen);
                }
            }
        } finally {
            release(lock);
        }
    }

    private static void release(StoreDirectory.BuildLock lock) {
        if (lock != null) {
            lock.close();
        }
    }
}
