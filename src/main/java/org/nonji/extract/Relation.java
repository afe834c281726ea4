package org.nonji.extract;

import java.util.List;
import java.util.Objects;

/**
 * A typed relation: {@code subject relation object}, with the cue at {@code [cueBegin, cueEnd)} and the evidence
 * clause at {@code [begin, end)}.
 *
 * @param negated whether it is denied or stopped (공급하지 않기로, 투자를 중단했다)
 * @param hedged  whether it is conditional, possible, urged, tentative or questioned
 * @param rules   the ids of the rules that found it ({@code relation-rules.tsv})
 */
public record Relation(Mention subject, String relation, Mention object, String cue, int cueBegin, int cueEnd,
                       int begin, int end, int sentence, boolean negated, boolean hedged, List<String> rules) {
    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(cue, "cue");
        rules = List.copyOf(rules);
    }

    /** Whether the essay states it as a fact or a decided action: neither negated nor hedged. */
    public boolean asserted() {
        return !negated && !hedged;
    }
}
