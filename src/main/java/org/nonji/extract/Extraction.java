package org.nonji.extract;

import java.util.List;
import java.util.Objects;

import org.nonji.corpus.Essay;

/**
 * Everything found in one essay, in document order; the input of the rdf stage. Not the morphemes it was found in:
 * nothing after extraction reads them, and whoever holds many extractions (a batch, a benchmark's pass) would hold
 * every token of every essay too, for the garbage collector to copy.
 *
 * @param mentions        mentions of gazetteer entities and candidates
 * @param conceptMentions the spans of concepts that stances target
 * @param concepts        the concepts, once each
 * @param limits          the per-essay limits ({@link EssayLimits}) the essay reached, with what was cut
 */
public record Extraction(Essay essay, List<Mention> mentions, List<Relation> relations,
                         List<CoMention> coMentions, List<Stance> stances, List<Concept> concepts,
                         List<Mention> conceptMentions, List<Position> positions, List<LimitHit> limits) {
    public Extraction {
        Objects.requireNonNull(essay, "essay");
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        coMentions = List.copyOf(coMentions);
        stances = List.copyOf(stances);
        concepts = List.copyOf(concepts);
        conceptMentions = List.copyOf(conceptMentions);
        positions = List.copyOf(positions);
        limits = List.copyOf(limits);
    }

    /** Mentions of gazetteer entities (not candidates). */
    public List<Mention> knownMentions() {
        return mentions.stream().filter(m -> m.entity().kind() != Kind.CANDIDATE).toList();
    }

    /** Mentions of candidates. */
    public List<Mention> candidateMentions() {
        return mentions.stream().filter(m -> m.entity().kind() == Kind.CANDIDATE).toList();
    }
}
