package org.nonji.push;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to push: the Graph Store Protocol endpoint ({@code ?graph=IRI} is appended), the SPARQL query
 * endpoint that lists the essay graphs already there (for what to drop; Fuseki answers both on the dataset's URL),
 * HTTP headers sent with every request (authorisation), whether to delete essay graphs the source no longer has,
 * whether to only say what would change, how many graphs are sent at once, and how often and after what first
 * pause a request that fails with a 5xx or an I/O error is tried again (the pause doubles each time).
 */
public record PushOptions(String endpoint, Optional<String> sparql, Map<String, String> headers, boolean prune,
                          boolean dryRun, int batch, int retries, Duration backoff) {
    public PushOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(sparql, "sparql");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(backoff, "backoff");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be 1 or more: " + batch);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more: " + retries);
        }
    }

    /** Defaults: list through the endpoint itself, 8 graphs at once, 5 retries from 0.5 s. */
    public static PushOptions to(String endpoint) {
        return new PushOptions(endpoint, Optional.empty(), Map.of(), false, false, 8, 5, Duration.ofMillis(500));
    }

    public PushOptions withSparql(String url) {
        return new PushOptions(endpoint, Optional.of(url), headers, prune, dryRun, batch, retries, backoff);
    }

    public PushOptions withHeaders(Map<String, String> h) {
        return new PushOptions(endpoint, sparql, h, prune, dryRun, batch, retries, backoff);
    }

    public PushOptions withPrune(boolean p) {
        return new PushOptions(endpoint, sparql, headers, p, dryRun, batch, retries, backoff);
    }

    public PushOptions withDryRun(boolean d) {
        return new PushOptions(endpoint, sparql, headers, prune, d, batch, retries, backoff);
    }

    public PushOptions withBatch(int n) {
        return new PushOptions(endpoint, sparql, headers, prune, dryRun, n, retries, backoff);
    }

    public PushOptions withRetries(int n, Duration first) {
        return new PushOptions(endpoint, sparql, headers, prune, dryRun, batch, n, first);
    }

    /** The URL that answers SPARQL queries. */
    public String queryEndpoint() {
        return sparql.orElse(endpoint);
    }
}
