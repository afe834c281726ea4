package org.nonji.syntax;

import java.util.List;
import java.util.Objects;

import org.nonji.nlp.PosTag;

/**
 * One word (어절) of a parsed sentence: a span of the text between spaces, quotation marks and commas, with its
 * morphemes and what they make of it.
 *
 * @param index      position in its parse
 * @param begin      start offset in the essay text
 * @param end        end offset (after any particle)
 * @param contentEnd end of the word without its trailing particles (삼성전자는 → after 삼성전자)
 * @param sentence   index of the sentence it lies in
 * @param bubble     the quotation it lies in (0 = none); words attach only within their quotation
 * @param kind       noun, predicate, adverb…
 * @param role       the role its particles give it (nouns and nominalised predicates)
 * @param topic      whether 은/는 closes its particles (에서는 is a locative topic)
 * @param ending     what its last ending does (predicates)
 * @param link       its last ending plus any particles after it (지도, 아서는), for auxiliary constructions
 * @param lemma      its content morphemes joined: 필요 (필요하다), 현실적 (현실적이다), 늘리 (늘려야), 동맹국
 * @param first      its first content morpheme (수 in 수도, 것 in 것으로)
 * @param commaAfter whether a comma follows it
 * @param exit       whether it is glued to a closing quotation mark ("…"라고, '…'이): it carries the quote outside
 */
public record Word(int index, int begin, int end, int contentEnd, int sentence, int bubble, List<Piece> pieces,
                   Kind kind, Role role, boolean topic, EndingType ending, String link, String lemma, String first,
                   boolean commaAfter, boolean exit) {
    /** What a word is, by its content morphemes. */
    public enum Kind { NOUN, PREDICATE, ADVERB, DETERMINER, FUNCTION, OTHER }

    public Word {
        pieces = List.copyOf(pieces);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(first, "first");
    }

    /** The same word read as an adverb: no role, no ending, no link (a verb that only modifies: 애써, 올 들어). */
    public Word asAdverb() {
        return new Word(index, begin, end, contentEnd, sentence, bubble, pieces, Kind.ADVERB, Role.NONE, false,
                EndingType.NONE, "", lemma, first, commaAfter, exit);
    }

    /** The same word in another role. */
    public Word withRole(Role r) {
        return new Word(index, begin, end, contentEnd, sentence, bubble, pieces, kind, r, topic, ending, link, lemma,
                first, commaAfter, exit);
    }

    /** This word with role r, closing its phrase as a topic does (정부 역시: marked as by 도, a topic's reach). */
    public Word asTopic(Role r) {
        return new Word(index, begin, end, contentEnd, sentence, bubble, pieces, kind, r, true, ending, link, lemma,
                first, commaAfter, exit);
    }

    public boolean isNoun() {
        return kind == Kind.NOUN;
    }

    public boolean isPredicate() {
        return kind == Kind.PREDICATE;
    }

    /** A noun, or a predicate made a noun by 기/음 and given a particle (투자하기를, 늘림으로써): it fills a role. */
    public boolean isNominal() {
        return kind == Kind.NOUN || (kind == Kind.PREDICATE && ending == EndingType.NOMINAL && role != Role.NONE)
                || (kind == Kind.FUNCTION && role != Role.NONE && role != Role.QUOTE);
    }

    /** An adjective, of its own or made of a noun (높은, 노골적으로: VA or XSA among its pieces). */
    public boolean adjectival() {
        return pieces.stream().anyMatch(x -> x.tag() == PosTag.VA || x.tag() == PosTag.XSA);
    }

    /** What says a state, not an action: an adjective or a copula (노골적인, 핵심인). */
    public boolean stative() {
        return adjectival() || hasCopula();
    }

    /** Whether the copula is among its pieces (핵심인, 것들이었고, 결정체다). */
    public boolean hasCopula() {
        return pieces.stream().anyMatch(x -> x.tag() == PosTag.VCP);
    }

    /**
     * A noun said to be something, with the copula or with it dropped (핵심이다, "…핵심 파트너"라고): a predicate with
     * no verb or adjective in it.
     */
    public boolean copular() {
        if (kind != Kind.PREDICATE || pieces.isEmpty()) {
            return false;
        }
        boolean verbal = false;   // loops, not streams: asked for nearly every predicate
        for (Piece x : pieces) {
            if (x.tag() == PosTag.VCP) {
                return true;
            }
            verbal |= x.tag() == PosTag.VV || x.tag() == PosTag.VA || x.tag() == PosTag.XSV || x.tag() == PosTag.XSA
                    || x.tag() == PosTag.VX;
        }
        return pieces.get(0).isNominal() && !verbal;
    }

    /** The counter after the number the word starts with (6월 → 월, 2년간 → 년), or null. */
    public String counter() {
        return pieces.size() >= 2 && pieces.get(0).tag() == PosTag.SN && pieces.get(1).tag() == PosTag.NNBC
                ? pieces.get(1).form() : null;
    }

    /** Whether any morpheme has this form and tag name prefix (e.g. "의", "J"). */
    public boolean has(String form) {
        for (Piece p : pieces) {
            if (p.form().equals(form)) {
                return true;
            }
        }
        return false;
    }
}
