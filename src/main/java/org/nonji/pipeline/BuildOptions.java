package org.nonji.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build reads and writes. The build time is an input (SOURCE_DATE_EPOCH or the clock, decided by the
 * caller) so that the pipeline itself is deterministic.
 */
public record BuildOptions(Path input, Optional<Path> store, Optional<Path> trigOut, boolean strict, String analyzer,
                           Instant buildTime, long maxBytes) {
    public BuildOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(trigOut, "trigOut");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(buildTime, "buildTime");
        if (store.isEmpty() && trigOut.isEmpty()) {
            throw new IllegalArgumentException("a build needs a store or an output file");
        }
    }
}
