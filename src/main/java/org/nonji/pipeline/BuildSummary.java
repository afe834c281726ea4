package org.nonji.pipeline;

import java.util.Map;

/**
 * The figures of one build, printed at its end. {@code essays} and the counts after it are of the essays this
 * build processed (all of them in a full build, the added and changed ones in an update); {@code changes} says what
 * happened to the store.
 */
public record BuildSummary(int essays, int skipped, int sentences, int mentions, int entities, int candidates,
                           int relations, int coMentions, int stances, long quads, long chars,
                           Map<String, Long> millis, Changes changes) {
    public BuildSummary {
        millis = Map.copyOf(millis);
    }

    /** How a build changed the store: a full rebuild, an update, or nothing to do. */
    public record Changes(Mode mode, int added, int changed, int removed, int unchanged) {
        /** A full build of {@code n} essays. */
        static Changes full(int n) {
            return new Changes(Mode.FULL, n, 0, 0, 0);
        }
    }

    /** The kinds of build. */
    public enum Mode {
        /** Every essay processed into a new store generation (or only a TriG file). */
        FULL,
        /** Only added and changed essays processed, removed ones dropped, in one atomic step. */
        UPDATE,
        /** The store already holds exactly the input. */
        UP_TO_DATE
    }
}
