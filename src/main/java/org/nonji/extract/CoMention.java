package org.nonji.extract;

import java.util.List;
import java.util.Objects;

/**
 * Two entities named in the same sentences: an association with a count, not a claim. {@code a}'s IRI sorts
 * before {@code b}'s; {@code sentences} are the indexes of the shared sentences.
 */
public record CoMention(Entity a, Entity b, List<Integer> sentences) {
    public CoMention {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        sentences = List.copyOf(sentences);
        if (a.iri().compareTo(b.iri()) >= 0) {
            throw new IllegalArgumentException("co-mention pair out of order: " + a.iri() + ", " + b.iri());
        }
    }

    /** Number of sentences naming both. */
    public int count() {
        return sentences.size();
    }
}
