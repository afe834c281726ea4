package org.nonji.rdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What the provenance graph says about a build. The time is passed in, never read from the clock inside the
 * pipeline, so the same input and time give a byte-identical graph (the CLI honours SOURCE_DATE_EPOCH).
 */
public record BuildInfo(String toolVersion, String analyzer, Instant startedAt) {
    public BuildInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
