package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nori keeps a verb of feeling whole (아쉬워하/VV, 불안해하/VV): the adjective it is made of is found again, ㅂ-irregular
 * stems included, so that the evaluation of the adjective becomes a side its subject takes.
 */
class FeltAdjectiveTest {
    @ParameterizedTest
    @CsvSource({"아쉬워하,아쉽", "반가워하,반갑", "두려워하,두렵", "불안해하,불안", "좋아하,좋", "싫어하,싫"})
    void adjectiveOfAFeelingVerb(String verb, String adjective) {
        assertEquals(adjective, Cues.feltAdjective(verb));
    }

    @ParameterizedTest
    @ValueSource(strings = {"하", "강화하", "추진하", "가", "아쉽"})
    void otherWordsHaveNone(String lemma) {
        assertNull(Cues.feltAdjective(lemma));
    }

    @Test
    void feelingAJudgementIsAnAct() {
        Cues.Evaluation e = Cues.bundled().evaluation("아쉬워하").orElseThrow();
        assertEquals(Polarity.OPPOSE, e.polarity());
        assertEquals(Cues.Frame.ACT, e.frame());
    }
}
