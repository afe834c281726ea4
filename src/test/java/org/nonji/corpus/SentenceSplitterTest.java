package org.nonji.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return SentenceSplitter.split(text, text, 0).stream().map(Sentence::text).toList();
    }

    @Test
    void koreanDeclarativeAndPoliteEndings() {
        assertEquals(List.of("한국은 편을 선택했다.", "그래요.", "과연 그럴까?"),
                split("한국은 편을 선택했다. 그래요. 과연 그럴까?"));
    }

    @Test
    void aFinalEndingGluedToTheNextSentenceStillEndsOne() {
        // web text often lacks the space; a period inside a name or a number (ver.2, 3.5) does not end one
        assertEquals(List.of("통과한 결과다.", "삼성전자는 공급을 추진하고 있어요.", "버전은 v.2다."),
                split("통과한 결과다.삼성전자는 공급을 추진하고 있어요.버전은 v.2다."));
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        assertEquals(List.of("성장률은 3.5%였다.", "다음 문장이다."), split("성장률은 3.5%였다. 다음 문장이다."));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("그는 \"필요하다.\"", "라고 말했다."), split("그는 \"필요하다.\" 라고 말했다."));
    }

    @Test
    void linesAreSentences() {
        assertEquals(List.of("제목", "첫 문단이다.", "항목 하나"), split("제목\n\n첫 문단이다.\n항목 하나\n"));
    }

    @Test
    void englishAbbreviationsAndInitials() {
        assertEquals(List.of("The U.S. government and Dr. Kim met Mr. Lee.", "They agreed."),
                split("The U.S. government and Dr. Kim met Mr. Lee. They agreed."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  첫째다.   둘째다.";
        for (Sentence s : SentenceSplitter.split(text, text, 0)) {
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
        }
    }

    @Test
    void aLineWithoutAnEndIsCutAtADocumentedLength() {
        for (String line : List.of("가".repeat(10_000), "삼성전자,".repeat(2_000), "삼성전자 ".repeat(2_000),
                "가😀".repeat(3_000))) {
            String text = "제목\n" + line + "\n";
            List<Sentence> sentences = SentenceSplitter.split(text, text, 0);
            assertTrue(sentences.size() > 3, "cut into pieces");
            for (Sentence s : sentences) {
                assertTrue(s.end() - s.begin() <= SentenceSplitter.HARD_MAX_SENTENCE_CHARS, "length " + (s.end()
                        - s.begin()));
                assertEquals(text.substring(s.begin(), s.end()), s.text());
                assertTrue(!Character.isLowSurrogate(text.charAt(s.begin())), "no pair split");
            }
        }
    }
}
