package org.nonji.pipeline;

import java.util.Map;

/** The figures of one build, printed at its end. */
public record BuildSummary(int essays, int skipped, int sentences, int mentions, int entities, int candidates,
                           int relations, int coMentions, int stances, long quads, long chars,
                           Map<String, Long> millis) {
    public BuildSummary {
        millis = Map.copyOf(millis);
    }
}
