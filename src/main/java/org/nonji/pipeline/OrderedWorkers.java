package org.nonji.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on a pool of threads and hands the results to one consumer in input order, with a bounded number in
 * flight: the consumer sees exactly what a sequential loop would give it, and memory holds at most {@code window}
 * results. With one thread the work runs on the caller's thread.
 */
final class OrderedWorkers<I, O> implements AutoCloseable {
    private final int threads;
    private final int window;
    private final Function<I, O> work;
    private final ExecutorService pool;

    OrderedWorkers(int threads, int window, Function<I, O> work) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window);
        }
        this.threads = threads;
        this.window = window;
        this.work = work;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nonji-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs every item; the first failure, in input order, is rethrown and the rest is cancelled. */
    void run(Iterator<I> items, Consumer<O> sink) {
        if (threads == 1) {
            items.forEachRemaining(i -> sink.accept(work.apply(i)));
            return;
        }
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                if (inFlight.size() >= window) {
                    sink.accept(take(inFlight.removeFirst()));
                }
                I item = items.next();
                inFlight.addLast(pool.submit(() -> work.apply(item)));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <O> O take(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
