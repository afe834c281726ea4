package org.nonji.cli;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.nonji.extract.Gazetteer;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that read a store. */
final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    /**
     * Opens a store for reading with its Korean text index (the gazetteer is the index's user dictionary); a line on
     * {@code err} says when a read-only or busy store is read from a copy.
     */
    static Dataset open(Path store, java.io.PrintWriter err) {
        return TdbStore.open(new StoreDirectory(store), Gazetteer.bundled().userWords(), line -> {
            err.println(line);
            err.flush();
        });
    }
}
