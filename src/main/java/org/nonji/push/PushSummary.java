package org.nonji.push;

import java.util.List;

/**
 * What a push changed (or, in a dry run, would change): essay graphs added, replaced, unchanged, and those on the
 * endpoint that the source no longer has, dropped (deleted, with prune) or only reported as stale; the shared graphs
 * (ontology, build) likewise; how many requests were tried again.
 */
public record PushSummary(int added, int replaced, int unchanged, List<String> dropped, List<String> stale,
                          int sharedWritten, int sharedUnchanged, int retries, boolean listed, boolean dryRun,
                          long millis) {
    public PushSummary {
        dropped = List.copyOf(dropped);
        stale = List.copyOf(stale);
    }

    /** One line for people. */
    public String line() {
        String verb = dryRun ? "would push" : "pushed";
        return String.format("%s %d essay graph(s): %d added, %d replaced, %d unchanged, %d dropped%s; "
                        + "shared graphs: %d %s, %d unchanged; %d retried request(s) in %d ms",
                verb, added + replaced + unchanged, added, replaced, unchanged, dropped.size(),
                !listed ? " (the endpoint's graphs could not be listed: nothing known about stale ones)"
                        : stale.isEmpty() ? "" : ", " + stale.size() + " stale on the endpoint (kept: --prune drops them)",
                sharedWritten, dryRun ? "to write" : "written", sharedUnchanged, retries, millis);
    }
}
