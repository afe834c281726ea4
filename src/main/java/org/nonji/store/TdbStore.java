package org.nonji.store;

import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Properties;
import java.util.function.LongConsumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Writes a complete dataset as a new store generation and opens the live one for reading. */
public final class TdbStore {
    private static final int PROGRESS_EVERY = 50_000;

    private TdbStore() {
    }

    /**
     * Writes {@code data} to a new generation of the store and makes it live. Until the final rename the old
     * generation stays live; on any failure the new one is deleted and the old store is as it was.
     *
     * @return the generation directory now live
     */
    public static Path write(StoreDirectory store, DatasetGraph data, Collection<String> userWords,
                             Properties info, LongConsumer progress) {
        try (FileLock lock = store.lockForBuild()) {
            Path gen = store.newGeneration();
            try {
                Dataset base = TDB2Factory.connectDataset(gen.resolve("tdb2").toString());
                Dataset ds = TextIndexes.wrap(base, gen.resolve("text"), userWords);
                try {
                    ds.begin(ReadWrite.WRITE);
                    DatasetGraph target = ds.asDatasetGraph();
                    long n = 0;
                    Iterator<Quad> it = data.find();
                    while (it.hasNext()) {
                        target.add(it.next());
                        if (++n % PROGRESS_EVERY == 0) {
                            progress.accept(n);
                        }
                    }
                    ds.commit();
                    progress.accept(n);
                } finally {
                    if (ds.isInTransaction()) {
                        ds.abort();
                    }
                    ds.close();
                    // release the files now: the generation may be deleted or opened by a server next
                    TDBInternal.expel(base.asDatasetGraph());
                }
                store.publish(gen, info);
                return gen;
            } catch (StoreException e) {
                store.discard(gen);
                throw e;
            } catch (RuntimeException | InternalError e) {
                // a full disk shows up as an I/O exception, or as InternalError from a fault in a memory-mapped file
                store.discard(gen);
                throw new StoreException("cannot write the store " + store.root() + ": " + rootMessage(e)
                        + " (is the disk full?); the previous store is unchanged", e);
            } catch (Error e) {
                store.discard(gen);
                throw e;
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot release the store lock: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * Opens the live generation: TDB2 with the default graph as the union of all named graphs, wrapped with the
     * text index. The caller closes it.
     */
    public static Dataset open(StoreDirectory store, Collection<String> userWords) {
        Path gen = store.current();
        Dataset base;
        try {
            base = TDB2Factory.connectDataset(gen.resolve("tdb2").toString());
        } catch (RuntimeException e) {
            throw new StoreException("corrupt store " + store.root() + ": " + e.getMessage(), e);
        }
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        return TextIndexes.wrap(base, gen.resolve("text"), userWords);
    }
}
