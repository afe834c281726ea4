package org.nonji.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in nanoseconds with percentiles. */
final class Stopwatch {
    private final List<Long> samples = new ArrayList<>();

    void add(long nanos) {
        samples.add(nanos);
    }

    /** Times the work once and records it. */
    void time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        add(System.nanoTime() - t0);
    }

    /** The p-th percentile (0..100) in milliseconds, nearest-rank. */
    double percentileMillis(double p) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    /** Total time of all samples in seconds. */
    double totalSeconds() {
        return samples.stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    int count() {
        return samples.size();
    }
}
