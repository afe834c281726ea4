package org.nonji.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;

/**
 * The heap a run needs, sampled every 20 ms on a daemon thread: the most the heap held at once, and the most it held
 * right after a collection (what was live). Summing each pool's own peak, as this bench once did, overstates both:
 * with G1 the young generation is largest while the old one is small, so the sum exceeded -Xmx.
 */
final class HeapWatch implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    private HeapWatch() {
        thread = new Thread(this::sample, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching, after a collection so that what came before does not count. */
    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            for (GarbageCollectorMXBean gc : collectors) {
                if (gc instanceof com.sun.management.GarbageCollectorMXBean sun && sun.getLastGcInfo() != null) {
                    long live = 0;
                    for (Map.Entry<String, MemoryUsage> e : sun.getLastGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPools.contains(e.getKey())) {
                            live += e.getValue().getUsed();
                        }
                    }
                    peakLive = Math.max(peakLive, live);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most the heap held at once, in MB. */
    long peakUsedMb() {
        return peakUsed >> 20;
    }

    /** The most the heap held right after a collection, in MB. */
    long peakLiveMb() {
        return peakLive >> 20;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
