package org.nonji.extract;

/**
 * Per-essay bounds, so that one pathological essay (158 KB of comma-separated names once gave 2.85 M quads) costs
 * quads, memory and time linear in its length and capped, while ordinary essays stay far below every bound.
 *
 * @param mentions                mentions kept per essay, the first in document order (the seeds have ~300)
 * @param mentionsPerSentence     mentions kept per sentence, the first: a written sentence names a few dozen at most,
 *                                a list of names run together names hundreds
 * @param stances                 stances kept per essay, the first in document order
 * @param pairs                   co-mention pairs kept per essay, the most frequent first
 * @param pairEntitiesPerSentence distinct entities of one sentence that form co-mention pairs, the first named:
 *                                a list of n names would otherwise give n(n-1)/2 pairs in one sentence
 * @param evidencePerPair         evidence sentences recorded per co-mention pair (its count counts them all)
 */
public record EssayLimits(int mentions, int mentionsPerSentence, int stances, int pairs, int pairEntitiesPerSentence,
                          int evidencePerPair) {
    /** The limits of every build (README "Limits"). */
    public static final EssayLimits DEFAULT = new EssayLimits(10_000, 100, 5_000, 5_000, 12, 3);

    public EssayLimits {
        if (mentions < 1 || mentionsPerSentence < 1 || stances < 1 || pairs < 1 || pairEntitiesPerSentence < 2
                || evidencePerPair < 1) {
            throw new IllegalArgumentException("limits must be positive (and at least two entities per sentence)");
        }
    }
}
