package org.nonji.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.LongConsumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Writes a complete dataset as a new store generation and opens the live one for reading. */
public final class TdbStore {
    private static final int BATCH = 50_000;

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
        try (GenerationWriter w = GenerationWriter.create(store, userWords)) {
            List<Quad> batch = new ArrayList<>(BATCH);
            Iterator<Quad> it = data.find();
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH) {
                    w.add(batch);
                    w.text().add(batch);
                    batch.clear();
                    progress.accept(w.quads());
                }
            }
            w.add(batch);
            w.text().add(batch);
            progress.accept(w.quads());
            return w.commit(info, EssayRecords.none());
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.wrap(store, e);
        }
    }

    /**
     * Opens the live generation for reading: TDB2 with the default graph as the union of all named graphs, and the
     * text index. The caller closes it, which releases the files.
     */
    public static Dataset open(StoreDirectory store, Collection<String> userWords) {
        return open(store, userWords, line -> { });
    }

    /** As {@link #open(StoreDirectory, Collection)}, telling {@code notice} when it reads a copy and why. */
    public static Dataset open(StoreDirectory store, Collection<String> userWords,
                               java.util.function.Consumer<String> notice) {
        Path gen = store.current();
        if (!writable(gen)) {
            notice.accept("store " + store.root() + " is read-only: reading a copy of " + gen.getFileName());
            return DatasetFactory.wrap(openCopy(store, gen, userWords));
        }
        if (StoreDirectory.inUse(gen) || heldByAnotherProcess(gen)) {
            // a server (or an update) has the database open, and TDB2 admits one process per database: read a
            // copy, which TDB2 brings to its last commit on opening
            notice.accept("store " + store.root() + " is in use by a server or a build: reading a snapshot of "
                    + gen.getFileName());
            return DatasetFactory.wrap(openCopy(store, gen, userWords));
        }
        return DatasetFactory.wrap(openGeneration(store, gen, userWords));
    }

    /**
     * Whether TDB2 can open the generation in place: it writes its lock file and journal even to read, so a
     * read-only store (a read-only mount, a directory without write permission) is read from a copy instead.
     */
    public static boolean writable(Path gen) {
        return java.nio.file.Files.isWritable(gen) && java.nio.file.Files.isWritable(gen.resolve("tdb2"))
                && java.nio.file.Files.isWritable(gen.resolve("text"));
    }

    /** Opens a private copy of a generation (in the temporary directory), deleted when the dataset is closed. */
    public static OpenGeneration openCopy(StoreDirectory store, Path gen, Collection<String> userWords) {
        Path snapshot = store.snapshot(gen);
        return openGeneration(store, snapshot, userWords, () -> StoreDirectory.deleteTree(snapshot));
    }

    /** Whether TDB2's lock file names a live process other than this one. */
    private static boolean heldByAnotherProcess(Path gen) {
        try {
            String pid = java.nio.file.Files.readString(gen.resolve("tdb2").resolve("tdb.lock")).strip();
            long p = Long.parseLong(pid);
            return p != ProcessHandle.current().pid() && ProcessHandle.of(p).map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (java.io.IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Opens one generation of the store, as {@link #open(StoreDirectory, Collection)} does the live one. */
    public static OpenGeneration openGeneration(StoreDirectory store, Path gen, Collection<String> userWords) {
        return openGeneration(store, gen, userWords, () -> { });
    }

    private static OpenGeneration openGeneration(StoreDirectory store, Path gen, Collection<String> userWords,
                                                 Runnable afterClose) {
        DatasetGraph database;
        try {
            StoreFiles.check(store, gen);
        } catch (StoreException e) {
            afterClose.run();
            throw e;
        }
        try {
            database = DatabaseMgr.connectDatasetGraph(gen.resolve("tdb2").toString());
        } catch (RuntimeException e) {
            afterClose.run();
            if (String.valueOf(e.getMessage()).contains("Failed to get a lock")) {
                throw new StoreException("store " + store.root() + " is in use by another process: " + e.getMessage()
                        + "; stop it or wait for it to finish", e);
            }
            throw new StoreException("corrupt store " + store.root() + ": " + e.getMessage(), e);
        }
        try {
            return new OpenGeneration(database, (TextIndexLucene) TextIndexes.open(gen.resolve("text"), userWords),
                    afterClose);
        } catch (RuntimeException e) {
            TDBInternal.expel(database);
            afterClose.run();
            throw e;
        }
    }
}
