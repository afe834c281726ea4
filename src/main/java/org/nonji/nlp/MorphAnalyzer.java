package org.nonji.nlp;

import java.util.List;

/**
 * A Korean morphological analyser. Offsets of the returned morphemes point into the analysed text. Implementations
 * may return overlapping tokens (a compound and its parts) in order of their begin offset.
 */
public interface MorphAnalyzer {
    /** Morphemes of the text, sorted by begin, then by longer first. */
    List<Morpheme> analyze(String text);

    /**
     * As {@link #analyze(String)}, running {@code checkpoint} now and then on the way, so that a caller with a time
     * budget can stop a long text half-way by throwing from it; the analyser stays usable after that. An analyser
     * that cannot stop half-way runs it once, before.
     */
    default List<Morpheme> analyze(String text, Runnable checkpoint) {
        checkpoint.run();
        return analyze(text);
    }

    /** A short name for provenance and the CLI: {@code nori} or {@code komoran}. */
    String name();
}
