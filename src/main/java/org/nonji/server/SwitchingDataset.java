package org.nonji.server;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset a server serves, switchable to a newer store generation without dropping a request: a transaction
 * stays on the generation it began on (pinned to its thread), new transactions go to the newest, and a replaced
 * generation is closed once its last transaction has ended.
 *
 * <p>{@link #version()} counts switches and in-place updates, so that what a servlet derives from the data (VoID
 * counts) can be recomputed when it changes.
 */
final class SwitchingDataset extends DatasetGraphWrapper {
    /** One generation as served, with the transactions open on it. */
    static final class Served {
        final DatasetGraph dataset;
        final Runnable close;
        final AtomicInteger open = new AtomicInteger();
        volatile boolean retired;

        Served(DatasetGraph dataset, Runnable close) {
            this.dataset = dataset;
            this.close = close;
        }

        void closeIfIdle() {
            if (retired && open.get() == 0) {
                synchronized (this) {
                    if (!closed) {
                        closed = true;
                        close.run();
                    }
                }
            }
        }

        private boolean closed;
    }

    private volatile Served current;
    private final ThreadLocal<Served> pinned = new ThreadLocal<>();
    private final AtomicLong version = new AtomicLong();

    SwitchingDataset(Served first) {
        super(first.dataset);
        this.current = first;
    }

    /** Serves {@code next} from now on; the previous generation closes when its last transaction ends. */
    void switchTo(Served next) {
        Served old = current;
        current = next;
        version.incrementAndGet();
        old.retired = true;
        old.closeIfIdle();
    }

    /** Says the data changed in place (an update committed into the served generation). */
    void changed() {
        version.incrementAndGet();
    }

    /** Changes with every switch and update. */
    long version() {
        return version.get();
    }

    /** Closes the generation being served (at server stop). */
    void closeCurrent() {
        Served s = current;
        s.retired = true;
        s.closeIfIdle();
    }

    @Override
    protected DatasetGraph get() {
        Served p = pinned.get();
        return (p != null ? p : current).dataset;
    }

    @Override
    public Context getContext() {
        return get().getContext();
    }

    private void pin(Runnable begin) {
        Served s = current;
        s.open.incrementAndGet();
        pinned.set(s);
        try {
            begin.run();
        } catch (RuntimeException e) {
            unpin();
            throw e;
        }
    }

    private void unpin() {
        Served s = pinned.get();
        pinned.remove();
        if (s != null) {
            s.open.decrementAndGet();
            s.closeIfIdle();
        }
    }

    @Override
    public void begin() {
        begin(TxnType.READ);
    }

    @Override
    public void begin(TxnType type) {
        pin(() -> get().begin(type));
    }

    @Override
    public void begin(ReadWrite readWrite) {
        pin(() -> get().begin(readWrite));
    }

    @Override
    public void end() {
        try {
            if (pinned.get() != null) {
                get().end();
            }
        } finally {
            unpin();
        }
    }

    @Override
    public void commit() {
        get().commit();
    }

    @Override
    public void abort() {
        get().abort();
    }

    @Override
    public boolean isInTransaction() {
        return pinned.get() != null && get().isInTransaction();
    }
}
