package org.nonji.extract;

import java.util.List;
import java.util.Objects;

/**
 * Two entities named in the same sentences: an association with a count, not a claim. {@code a}'s IRI sorts
 * before {@code b}'s; {@code count} is the number of sentences naming both, {@code sentences} the indexes of the
 * first of them, as many as {@link EssayLimits#evidencePerPair()} allows.
 */
public record CoMention(Entity a, Entity b, int count, List<Integer> sentences) {
    public CoMention {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        sentences = List.copyOf(sentences);
        if (a.iri().compareTo(b.iri()) >= 0) {
            throw new IllegalArgumentException("co-mention pair out of order: " + a.iri() + ", " + b.iri());
        }
        if (sentences.isEmpty() || count < sentences.size()) {
            throw new IllegalArgumentException("co-mention count " + count + " with " + sentences.size()
                    + " evidence sentence(s)");
        }
    }
}
