package org.nonji.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.nonji.nlp.PosTag;

/**
 * A predicate with its auxiliaries, as one unit of meaning: 재고해야 한다 is 재고 + deontic; 바람직하지 않다 is
 * 바람직 + one negation; 하지 않을 수 없다 is two negations and a possibility (so: must).
 *
 * @param word        the main word's index
 * @param auxiliaries indices of the auxiliary words joined to it, in order
 * @param complement  the word 아니다 or 되다 takes as its content (해법이 아니다 → 해법이), or -1
 * @param lemma       what the predicate says: the main word's lemma, or the complement's (해법)
 * @param ending      the ending of the last word of the unit: what the whole clause does
 * @param modalities  what the auxiliaries add
 * @param negations   how many negations (않다, 못하다, 없다, 안, 아니다): odd flips the meaning
 * @param end         the end offset of the last word of the unit
 */
public record Predicate(int word, List<Integer> auxiliaries, int complement, String lemma, EndingType ending,
                        Set<Modality> modalities, int negations, int end) {
    public Predicate {
        auxiliaries = List.copyOf(auxiliaries);
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(ending, "ending");
        // an EnumSet: the rules ask has() of nearly every predicate
        modalities = modalities.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(modalities));
    }

    public boolean negated() {
        return negations % 2 == 1;
    }

    public boolean has(Modality m) {
        return modalities.contains(m);
    }

    /**
     * Whether the predicate is passive, by an auxiliary (…게 되다) or by its head word {@code w} (생산된, 지원받은:
     * a verbal noun with 되다 or 받다): what it tells is done to its subject, by someone unnamed.
     */
    public boolean passive(Word w) {
        if (has(Modality.PASSIVE)) {
            return true;
        }
        for (Piece x : w.pieces()) {
            if (x.tag() == PosTag.XSV && (x.form().equals("되") || x.form().equals("받"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit without its negations and its inability, for a construction whose meaning the negation is part of
     * (X 없이는 할 수 없다 says X is needed, not that something is denied).
     */
    public Predicate affirmed() {
        Set<Modality> kept = modalities.stream().filter(m -> m != Modality.INABILITY)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new Predicate(word, auxiliaries, complement, lemma, ending, kept, 0, end);
    }

    /** The unit read with another ending (a clause in 다고 that no one says: a concession). */
    public Predicate withEnding(EndingType e) {
        return new Predicate(word, auxiliaries, complement, lemma, e, modalities, negations, end);
    }

    /** The last word of the unit (the main word when there is no auxiliary). */
    public int lastWord() {
        return auxiliaries.isEmpty() ? word : auxiliaries.get(auxiliaries.size() - 1);
    }
}
