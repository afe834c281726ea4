package org.nonji.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stance: {@code holder} (empty = the essay's author) takes {@code polarity} towards the target (an entity, a
 * candidate or a concept), because of the cue at {@code [cueBegin, cueEnd)}; the evidence clause is
 * {@code [begin, end)}.
 *
 * @param negated  whether a negation flipped the cue's polarity
 * @param hedged   whether the stance is hedged or hypothetical (…수도 있다, …하면)
 * @param conceded whether it stands in a conceded clause (…지만): it counts less in a position
 * @param rules    the ids of the rules that produced it, in the order they applied ({@code stance-rules.tsv})
 */
public record Stance(Optional<Mention> holder, Mention target, Polarity polarity, boolean negated, boolean hedged,
                     boolean conceded, String cue, int cueBegin, int cueEnd, int begin, int end, int sentence,
                     List<String> rules) {
    public Stance {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(cue, "cue");
        rules = List.copyOf(rules);
    }

    /** True when the essay's author holds the stance. */
    public boolean byAuthor() {
        return holder.isEmpty();
    }

    /** The same stance held by another (empty: the author), with the rules that now stand behind it. */
    public Stance withHolder(Optional<Mention> h, List<String> rs) {
        return new Stance(h, target, polarity, negated, hedged, conceded, cue, cueBegin, cueEnd, begin, end, sentence,
                rs);
    }

    /** The same stance with another polarity and one more rule. */
    public Stance withPolarity(Polarity p, String rule) {
        List<String> r = new java.util.ArrayList<>(rules);
        r.add(rule);
        return new Stance(holder, target, p, negated, hedged, conceded, cue, cueBegin, cueEnd, begin, end, sentence,
                r);
    }
}
