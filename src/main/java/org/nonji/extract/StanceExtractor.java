package org.nonji.extract;

import java.util.List;

import org.nonji.corpus.Essay;

/** Finds who supports, opposes or doubts what. */
public interface StanceExtractor {
    /** Stances in document order, over the essay's mentions (known and candidates). */
    List<Stance> extract(Essay essay, MorphIndex morphs, List<Mention> mentions);
}
