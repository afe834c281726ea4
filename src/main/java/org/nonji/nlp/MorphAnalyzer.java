package org.nonji.nlp;

import java.util.List;

/**
 * A Korean morphological analyser. Offsets of the returned morphemes point into the analysed text. Implementations
 * may return overlapping tokens (a compound and its parts) in order of their begin offset.
 */
public interface MorphAnalyzer {
    /** Morphemes of the text, sorted by begin, then by longer first. */
    List<Morpheme> analyze(String text);

    /** A short name for provenance and the CLI: {@code nori} or {@code komoran}. */
    String name();
}
