package org.nonji.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a gold phrase meets a tool's label: the rules the gold README's "Scoring" promises, one per case. */
class LenientTest {
    @Test
    void spacesAndParticlesDoNotMatter() {
        assertTrue(Lenient.phrase("수출 다변화를", "수출다변화"));
    }

    @Test
    void sameHeadWithHalfTheWordsMatches() {
        assertTrue(Lenient.phrase("지분 요구", "보조금을 받는 기업에 대한 지분 요구"));
    }

    @Test
    void phrasesSharingOnlyTheirHeadDoNotMatch() {
        assertFalse(Lenient.phrase("사전 규제", "사후 규제"));
        assertFalse(Lenient.phrase("정권 유지", "비기술 분야 최소 연결고리 유지"));
        assertTrue(Lenient.phrase("규제", "사후 규제"));
    }

    @Test
    void differentHeadsNeverMatch() {
        assertFalse(Lenient.phrase("희토류 비축 확대", "희토류 비축"));
    }

    @Test
    void aClauseToldAsANounLosesItsNominaliserAndVerbalEnding() {
        assertTrue(Lenient.phrase("중국 공장을 철수하는 것", "중국 공장 철수"));
    }

    @Test
    void aVerbWithItsAdnominalOrItsGiEndingIsTheSameVerb() {
        assertTrue(Lenient.phrase("짐을 싸는 것", "짐 싸기"));
        assertTrue(Lenient.phrase("가격 전쟁에 뛰어드는 것", "가격 전쟁 뛰어들기"));   // ㄹ drops before 는
        assertFalse(Lenient.phrase("가격 전쟁에 뛰어드는 것", "가격 전쟁 뛰어넘기"));
        assertFalse(Lenient.phrase("짐을 싸는 것", "짐 줄이기"));
    }

    @Test
    void aSingleNounEndingInGiIsLeftWhole() {
        assertFalse(Lenient.phrase("경기", "경는"));
    }
}
