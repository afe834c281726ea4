package org.nonji.extract;

import java.util.Objects;

/**
 * A typed relation found by a pattern: {@code subject relation object}, with the cue at {@code [cueBegin, cueEnd)}
 * and the evidence clause at {@code [begin, end)}.
 */
public record Relation(Mention subject, String relation, Mention object, String cue, int cueBegin, int cueEnd,
                       int begin, int end, int sentence) {
    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(cue, "cue");
    }
}
