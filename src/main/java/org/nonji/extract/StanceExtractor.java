package org.nonji.extract;

import java.util.List;
import java.util.Objects;

import org.nonji.corpus.Essay;
import org.nonji.syntax.Parse;

/** Finds who supports, opposes or doubts what, and the positions those stances add up to. */
public interface StanceExtractor {
    /** What a stance extractor finds in one essay. */
    record Result(List<Stance> stances, List<Concept> concepts, List<Mention> conceptMentions,
                  List<Position> positions) {
        public Result {
            stances = List.copyOf(Objects.requireNonNull(stances, "stances"));
            concepts = List.copyOf(concepts);
            conceptMentions = List.copyOf(conceptMentions);
            positions = List.copyOf(positions);
        }
    }

    /** Stances in document order, over the essay's parses and its mentions (known and candidates). */
    default Result extract(Essay essay, List<Parse> parses, List<Mention> mentions) {
        return extract(essay, parses, mentions, () -> { });
    }

    /** As {@link #extract(Essay, List, List)}, running {@code checkpoint} before each parse (it may throw to stop). */
    Result extract(Essay essay, List<Parse> parses, List<Mention> mentions, Runnable checkpoint);
}
