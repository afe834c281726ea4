package org.nonji.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;
import org.nonji.Progress;
import org.nonji.store.EssayRecords;
import org.nonji.store.GenerationWriter;
import org.nonji.store.StoreDirectory;

/** A full build into a new store generation. */
final class StoreSink implements GraphSink {
    private final GenerationWriter writer;

    StoreSink(StoreDirectory store, Collection<String> userWords) {
        this.writer = GenerationWriter.create(store, userWords);
    }

    @Override
    public void add(List<Quad> quads) {
        writer.add(quads);
    }

    @Override
    public Consumer<List<Quad>> text() {
        return writer.text()::add;
    }

    @Override
    public void commit(Properties info, EssayRecords records, Progress progress) {
        writer.commit(info, records, progress);
    }

    @Override
    public void close() {
        writer.close();
    }
}
