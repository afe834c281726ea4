package org.nonji.syntax;

import java.util.Locale;

/** What auxiliary constructions add to a predicate (see {@code ontology/grammar/auxiliaries.tsv}). */
public enum Modality {
    /** …해야 한다, …할 필요가 있다: it ought to be done. */
    DEONTIC,
    /** …하라(고): someone is told to do it (a predicate with it is DEONTIC too). */
    IMPERATIVE,
    /** …해볼 만하다: it is worth doing. */
    WORTH,
    /** …할 수 있다: it may be, or can be done. */
    POSSIBILITY,
    /** …할 수 없다: it cannot be, or cannot be done (not a hedge: a flat denial). */
    INABILITY,
    /** …할 가능성이 낮다, …할 공산은 희박하다: the speaker doubts it will be. */
    UNLIKELY,
    /** …할 수밖에 없다: it must be so. */
    NECESSITY,
    /** …것 같다, …것으로 보인다, …지도 모른다: the speaker does not commit. */
    HEDGE,
    /** …할 것이다. */
    FUTURE,
    /** …하기로 했다: decided. */
    DECISION,
    /** …할 계획이다, …하려고 한다: planned or intended. */
    INTENTION,
    /** …하고 싶다. */
    DESIRE,
    PROGRESSIVE, PASSIVE, ATTEMPT;

    /** The modality for a data-file value; {@code none} gives null. */
    static Modality parse(String s) {
        return s.equals("none") ? null : valueOf(s.toUpperCase(Locale.ROOT));
    }
}
