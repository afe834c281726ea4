package org.nonji.extract;

import java.util.List;

import org.nonji.corpus.Essay;

/** Finds the entities an essay names. */
public interface EntityExtractor {
    /** Mentions in document order; {@code morphs} indexes the essay's morphemes. */
    List<Mention> extract(Essay essay, MorphIndex morphs);
}
