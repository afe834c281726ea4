package org.nonji.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A stance: {@code holder} (empty = the essay's author) takes {@code polarity} towards the target mention, because
 * of the cue at {@code [cueBegin, cueEnd)}; the evidence clause is {@code [begin, end)}.
 *
 * @param negated whether a negator flipped the cue's polarity
 * @param hedged  whether the clause hedges (…수도 있다)
 */
public record Stance(Optional<Mention> holder, Mention target, Polarity polarity, boolean negated, boolean hedged,
                     String cue, int cueBegin, int cueEnd, int begin, int end, int sentence) {
    public Stance {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(cue, "cue");
    }

    /** True when the essay's author holds the stance. */
    public boolean byAuthor() {
        return holder.isEmpty();
    }
}
