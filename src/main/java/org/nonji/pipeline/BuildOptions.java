package org.nonji.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build reads and writes. The build time is an input (SOURCE_DATE_EPOCH or the clock, decided by the
 * caller) so that the pipeline itself is deterministic. {@code threads} is the number of essay workers, 0 for one
 * per core; the output does not depend on it. {@code full} rebuilds a store from scratch even where it could be
 * updated in place. {@code essayTimeout} is the time one essay may take on its worker before it is skipped
 * (zero: no limit).
 */
public record BuildOptions(Path input, Optional<Path> store, Optional<Path> trigOut, boolean strict, String analyzer,
                           Instant buildTime, long maxBytes, int threads, boolean full, Duration essayTimeout) {
    /** The default time one essay may take: ordinary essays take well under a second. */
    public static final Duration DEFAULT_ESSAY_TIMEOUT = Duration.ofSeconds(60);

    public BuildOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(trigOut, "trigOut");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(buildTime, "buildTime");
        Objects.requireNonNull(essayTimeout, "essayTimeout");
        if (essayTimeout.isNegative()) {
            throw new IllegalArgumentException("essayTimeout must be zero (no limit) or more: " + essayTimeout);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more: " + threads);
        }
        if (store.isEmpty() && trigOut.isEmpty()) {
            throw new IllegalArgumentException("a build needs a store or an output file");
        }
    }

    /** Options with one worker per core, updating a store where it can. */
    public BuildOptions(Path input, Optional<Path> store, Optional<Path> trigOut, boolean strict, String analyzer,
                        Instant buildTime, long maxBytes) {
        this(input, store, trigOut, strict, analyzer, buildTime, maxBytes, 0, false, DEFAULT_ESSAY_TIMEOUT);
    }

    /** The same options with {@code n} essay workers (0: one per core). */
    public BuildOptions withThreads(int n) {
        return new BuildOptions(input, store, trigOut, strict, analyzer, buildTime, maxBytes, n, full, essayTimeout);
    }

    /** The same options, rebuilding from scratch or not. */
    public BuildOptions withFull(boolean f) {
        return new BuildOptions(input, store, trigOut, strict, analyzer, buildTime, maxBytes, threads, f,
                essayTimeout);
    }

    /** The same options with another time limit per essay (zero: none). */
    public BuildOptions withEssayTimeout(Duration d) {
        return new BuildOptions(input, store, trigOut, strict, analyzer, buildTime, maxBytes, threads, full, d);
    }
}
