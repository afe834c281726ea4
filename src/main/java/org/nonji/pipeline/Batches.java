package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

/**
 * Consecutive items in batches of at most {@link #MAX_ITEMS} and, past the first item, at most {@link #MAX_BYTES}
 * of text: what one worker analyses in a row, morphology first (see {@link EssayAnalyzer#analyzeAll}). The bound on
 * text keeps a batch's morphemes small and its morphology short, whatever the essays' sizes.
 */
public final class Batches<T> implements Iterator<List<T>> {
    public static final int MAX_ITEMS = 32;
    public static final long MAX_BYTES = 128 * 1024;

    private final Iterator<T> items;
    private final ToLongFunction<T> bytes;
    private T next;
    private long nextBytes;

    private Batches(Iterator<T> items, ToLongFunction<T> bytes) {
        this.items = items;
        this.bytes = bytes;
        advance();
    }

    /** Takes the next item and its size (asked once: it may be measured, not stored). */
    private void advance() {
        next = items.hasNext() ? items.next() : null;
        nextBytes = next == null ? 0 : bytes.applyAsLong(next);
    }

    /** The items in batches, in order; {@code bytes} says how much text an item holds. */
    public static <T> Iterator<List<T>> of(Iterator<T> items, ToLongFunction<T> bytes) {
        return new Batches<>(items, bytes);
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public List<T> next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        List<T> batch = new ArrayList<>();
        long size = 0;
        do {
            batch.add(next);
            size += nextBytes;
            advance();
        } while (next != null && batch.size() < MAX_ITEMS && size + nextBytes <= MAX_BYTES);
        return batch;
    }
}
