package org.nonji.pipeline;

import java.time.Duration;

import org.nonji.corpus.CorpusException;

/**
 * The time one essay may take on its worker, checked between stages and inside every long one (morphology every
 * few thousand tokens; parsing and the stance and relation readings every parse unit; minting every 1,024 quads;
 * SHACL validation every 256 focus nodes): an essay stops at the first check after its time is up.
 */
record EssayDeadline(String file, long startNanos, Duration budget) {
    /** A deadline that never passes. */
    static EssayDeadline none(String file) {
        return new EssayDeadline(file, System.nanoTime(), Duration.ZERO);
    }

    /** A deadline {@code budget} from now; zero means none. */
    static EssayDeadline start(String file, Duration budget) {
        return new EssayDeadline(file, System.nanoTime(), budget);
    }

    /**
     * The same deadline for work that resumes now after {@code spentNanos} of this essay's own: time spent on other
     * essays in between (the rest of a batch's morphology) is not this essay's.
     */
    EssayDeadline resumed(long spentNanos) {
        return new EssayDeadline(file, System.nanoTime() - spentNanos, budget);
    }

    /** How long this essay has taken so far. */
    long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /**
     * A check to run inside a stage that can stop half-way (morphology, parsing, stances, relations, minting,
     * validation): throws naming that stage.
     */
    Runnable during(String stage) {
        return () -> stopIfExpired("during ", stage);
    }

    /** Throws when the time is up, naming the stage just finished. */
    void check(String stage) {
        stopIfExpired("after ", stage);
    }

    /** The one place the timeout's message is made: only when it is thrown, not on every check. */
    private void stopIfExpired(String when, String stage) {
        if (!budget.isZero() && System.nanoTime() - startNanos > budget.toNanos()) {
            throw new CorpusException(file, "took longer than the essay timeout (" + seconds(budget)
                    + " s, --essay-timeout), stopped " + when + stage + " and skipped");
        }
    }

    private static String seconds(Duration d) {
        return d.getNano() == 0 ? Long.toString(d.toSeconds())
                : java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
    }
}
