package org.nonji.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a holder thinks of a target in one essay, all its stances weighed (rule {@code net-position}): the net
 * polarity, how many stances of each polarity stand behind it, and the decisive stance whose quote is the evidence.
 */
public record Position(Optional<Mention> holder, Mention target, Polarity polarity, int supports, int opposes,
                       int doubts, Stance decisive, List<Stance> stances) {
    public Position {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(decisive, "decisive");
        stances = List.copyOf(stances);
    }

    public boolean byAuthor() {
        return holder.isEmpty();
    }
}
