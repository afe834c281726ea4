package org.nonji.pipeline;

import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;
import org.nonji.Progress;
import org.nonji.store.EssayRecords;
import org.nonji.store.StoreUpdate;

/** An update of a store: the pipeline drops the old graphs through the update, then adds the new ones here. */
final class UpdateSink implements GraphSink {
    private final StoreUpdate update;

    UpdateSink(StoreUpdate update) {
        this.update = update;
    }

    @Override
    public void add(List<Quad> quads) {
        update.add(quads);
    }

    @Override
    public Consumer<List<Quad>> text() {
        return update.text()::add;
    }

    @Override
    public void commit(Properties info, EssayRecords records, Progress progress) {
        update.commit(info, records, progress);
    }

    @Override
    public void close() {
        // the pipeline closes the update itself, after dropping through it
    }
}
