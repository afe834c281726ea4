package org.nonji.extract;

import java.util.List;
import java.util.Objects;

import org.nonji.corpus.Essay;
import org.nonji.nlp.Morpheme;

/** Everything found in one essay, in document order; the input of the rdf stage. */
public record Extraction(Essay essay, List<Morpheme> morphemes, List<Mention> mentions, List<Relation> relations,
                         List<CoMention> coMentions, List<Stance> stances) {
    public Extraction {
        Objects.requireNonNull(essay, "essay");
        morphemes = List.copyOf(morphemes);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        coMentions = List.copyOf(coMentions);
        stances = List.copyOf(stances);
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
