package org.nonji.pipeline;

import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;
import org.nonji.Progress;
import org.nonji.store.EssayRecords;

/** Where a build's quads go, essay by essay: a new store generation, an update of a store, a TriG file. */
interface GraphSink extends AutoCloseable {
    /** Adds quads, in the order the build makes them; called from one thread. */
    void add(List<Quad> quads);

    /** Where the text of these quads is indexed; called from any thread. */
    default Consumer<List<Quad>> text() {
        return q -> { };
    }

    /**
     * Completes the output, with the build's info and essay records; only now does it replace what was there. Its
     * steps that take time are stages of {@code progress}.
     */
    void commit(Properties info, EssayRecords records, Progress progress);

    /** Without a commit, throws the partial output away. */
    @Override
    void close();
}
