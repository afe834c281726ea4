package org.nonji.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time spent per pipeline stage, for the build summary. Thread-safe. */
public final class StageTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs the work and adds its duration to the stage. */
    public <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    /** Runs the work and adds its duration to the stage. */
    public void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    private synchronized void add(String stage, long ns) {
        nanos.merge(stage, ns, Long::sum);
    }

    /** Milliseconds per stage, in first-use order. */
    public synchronized Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }
}
