package org.nonji.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.nonji.Progress;

/**
 * Writes a whole store generation from a stream of quads: TDB2 through Jena's sequential bulk loader, and the text
 * index (which any thread may feed while the loader runs). The sequential loader works in the caller's thread: the
 * phased and parallel loaders hang when a worker thread dies, as it does on a full disk. Nothing is live until {@link #commit}; closing without a
 * commit deletes the generation and leaves the store as it was.
 *
 * <pre>{@code
 * try (GenerationWriter w = GenerationWriter.create(store, userWords)) {
 *     w.add(quads);            // as many times as needed, from one thread
 *     w.text().add(quads);     // from any thread
 *     w.commit(info);          // makes the generation live
 * }
 * }</pre>
 */
public final class GenerationWriter implements AutoCloseable {
    /** TDB2's quad indexes besides the primary GSPO: GPOS, GOSP, POSG, OSPG, SPOG. */
    private static final int SECONDARY_INDEXES = 5;
    private final StoreDirectory store;
    private final StoreDirectory.BuildLock lock;
    private final Path gen;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final TextIndexer text;
    private final CorpusSummary summary = new CorpusSummary();
    private long quads;
    private boolean done;
    /** The progress of building the secondary indexes, while the load finishes. */
    private volatile Progress indexing;

    private GenerationWriter(StoreDirectory store, StoreDirectory.BuildLock lock, Path gen, Collection<String> userWords) {
        this.store = store;
        this.lock = lock;
        this.gen = gen;
        this.dsg = DatabaseMgr.connectDatasetGraph(gen.resolve("tdb2").toString());
        this.loader = LoaderFactory.sequentialLoader(dsg, this::loaderSays);
        this.text = TextIndexer.open(gen.resolve("text"), userWords);
        loader.startBulk();
        this.stream = loader.stream();
    }

    /**
     * What Jena's loader says: while the load finishes, "GPOS indexing: …" as it completes a secondary index (one
     * that is not its primary {@code GSPO}); the time a large store takes is spent there, in silence otherwise.
     */
    private void loaderSays(String format, Object... args) {
        Progress p = indexing;
        if (p != null && String.format(format, args).contains(" indexing:")) {
            p.step();
        }
    }

    /** Takes the build lock and starts a new, not yet live, generation. */
    public static GenerationWriter create(StoreDirectory store, Collection<String> userWords) {
        StoreDirectory.BuildLock lock = store.lockForBuild();
        Path gen = null;
        try {
            gen = store.newGeneration();
            return new GenerationWriter(store, lock, gen, userWords);
        } catch (RuntimeException e) {
            if (gen != null) {
                store.discard(gen);
            }
            release(lock);
            throw StoreFailures.wrap(store, e);
        }
    }

    /** Adds quads to the database (not to the text index: see {@link #text}). */
    public void add(List<Quad> batch) {
        try {
            quads += summary.admit(batch, stream::quad);
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.wrap(store, e);
        }
    }

    /** The generation's text index. */
    public TextIndexer text() {
        return text;
    }

    /** Quads added so far. */
    public long quads() {
        return quads;
    }

    /**
     * Finishes the load, records the essays and {@code info} (with the database's size, the baseline for later
     * compaction) and makes the generation live; returns its directory.
     */
    public Path commit(Properties info, EssayRecords records) {
        return commit(info, records, Progress.none());
    }

    /** As {@link #commit(Properties, EssayRecords)}, its steps that take time shown as stages of {@code progress}. */
    public Path commit(Properties info, EssayRecords records, Progress progress) {
        try {
            progress.stage("summing up the corpus");
            summary.quads().forEach(stream::quad);
            // the sequential loader wrote the primary indexes as quads came; the others are built now
            progress.stage("building the TDB2 indexes", SECONDARY_INDEXES, "indexes");
            indexing = progress;
            loader.finishBulk();
            indexing = null;
            progress.stage("committing the text index");
            text.commit();
            text.close();
            progress.stage("switching to the new generation");
            TDBInternal.expel(dsg);
            info.setProperty(StoreUpdate.COMPACTED_BYTES, Long.toString(StoreDirectory.sizeOf(gen.resolve("tdb2"))));
            store.writeEssays(gen, records);
            StoreFiles.record(gen);
            store.publish(gen, info);
            done = true;
            return gen;
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.wrap(store, e);
        }
    }

    /** Without a commit: abandons the generation; the previous one stays live. Releases the build lock. */
    @Override
    public void close() {
        try {
            if (!done) {
                try {
                    loader.finishException(new IllegalStateException("build abandoned"));
                } catch (RuntimeException e) {
                    // the load is being thrown away anyway
                }
                try {
                    text.close();
                } catch (RuntimeException e) {
                    // same
                }
                TDBInternal.expel(dsg);
                store.discard(gen);
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
