package org.nonji.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nonji.nlp.nori.NoriMorphAnalyzer;

/** Pins surfaces, offsets and tags, in the manner of Lucene's assertAnalyzesTo. */
class NoriMorphAnalyzerTest {
    private static final MorphAnalyzer NORI = new NoriMorphAnalyzer(List.of("삼성전자", "SK하이닉스", "엔비디아"));

    private static List<String> analyze(String text) {
        return NORI.analyze(text).stream().map(m -> m.surface() + "/" + m.tag() + "@" + m.begin() + "-" + m.end())
                .toList();
    }

    @Test
    void particleIsSplitFromAUserWord() {
        assertEquals(List.of("삼성전자/NNG@0-4", "는/J@4-5"), analyze("삼성전자는"));
    }

    @Test
    void aParticleThatCannotFollowAVowelEndsAName() {
        // 정지 (a stop) ends in a vowel: the topic particle after it is 는, so 정지은 is one name
        assertEquals(List.of("정지은/NNP@0-3", "대표/NNG@4-6", "는/J@6-7"), analyze("정지은 대표는"));
        // after a final consonant 은 stays a particle
        assertEquals(List.of("산업/NNG@0-2", "은/J@2-3"), analyze("산업은"));
    }

    @Test
    void mixedScriptUserWordStaysWholeWithOffsets() {
        List<String> tokens = analyze("SK하이닉스가 앞선다");
        assertTrue(tokens.contains("SK하이닉스/NNG@0-6") || tokens.contains("SK/SL@0-2") && tokens.contains(
                "하이닉스/NNG@2-6"), tokens.toString());
        assertTrue(tokens.contains("가/J@6-7"), tokens.toString());
    }

    @Test
    void inflectedFormsKeepTheirReading() {
        Morpheme did = NORI.analyze("했다").get(0);
        assertEquals(0, did.begin());
        assertTrue(did.analysis().startsWith("하/"), did.analysis());
    }

    @Test
    void mixedDecompoundingKeepsCompoundAndParts() {
        // the compound first, then its parts: names stay whole for matching, the parts give boundaries
        assertEquals(List.of("반도체/NNG@0-3", "반/NNG@0-1", "도체/NNG@1-3", "산업/NNG@3-5"), analyze("반도체산업"));
    }

    @Test
    void wordsTheDictionaryMisreadsAreMended() {
        // nori-repairs.tsv: 손잡고 is a proper noun in mecab-ko-dic, 끝나서 a noun, a pronoun and a particle
        assertEquals(List.of("엔비디아/NNG@0-4", "와/J@4-5", "손잡/VV@6-8", "고/E@8-9"), analyze("엔비디아와 손잡고"));
        List<String> ended = analyze("회담은 결렬로 끝나서는 안 된다");
        assertTrue(ended.containsAll(List.of("끝나/VV@8-10", "서/E@10-11")), ended.toString());
        assertTrue(analyze("끝나서는").containsAll(List.of("끝나/VV@0-2", "서/E@2-3")), analyze("끝나서는").toString());
        // 강하게 after an object: Nori reads a verb 강하다, which Korean does not have
        List<String> strongly = analyze("조치를 강하게 비판했다");
        assertTrue(strongly.contains("강하/VA@4-6"), strongly.toString());
        // only adjacent tokens: 끝 나서 (a space between) is not the verb
        assertTrue(analyze("끝 나서").stream().noneMatch(t -> t.startsWith("끝나/")), analyze("끝 나서").toString());
    }

    @Test
    void aWordAfterAnOpeningQuotationMarkNeverStartsWithAParticle() {
        // Nori alone reads on from 이 across the space and the mark: 과/J 도/J 한/MM
        List<String> quoted = analyze("법이 \"과도한 규제\"라고 했다");
        assertTrue(quoted.contains("과도/NNG@4-6"), quoted.toString());
        assertTrue(quoted.stream().noneMatch(t -> t.startsWith("과/J")), quoted.toString());
        // a particle right after a closing mark is one: "HBM"과 패키징
        assertTrue(analyze("\"HBM\"과 패키징").contains("과/J@5-6"), analyze("\"HBM\"과 패키징").toString());
    }

    @Test
    void offsetsMatchTheInputText() {
        String text = "  엔비디아와 TSMC는 3.5% 성장했다.";
        for (Morpheme m : NORI.analyze(text)) {
            assertEquals(m.surface(), text.substring(m.begin(), m.end()));
        }
    }

    @Test
    void aCheckpointStopsALongTextHalfWayAndTheAnalyserStaysUsable() {
        String text = "삼성전자는 HBM 투자를 늘렸다. ".repeat(2000);
        List<Morpheme> whole = NORI.analyze(text);
        int[] calls = {0};
        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> NORI.analyze(text, () -> {
            if (++calls[0] == 2) {
                throw new IllegalStateException("time is up");
            }
        }));
        assertEquals("time is up", stop.getMessage());
        assertEquals(2, calls[0]);   // stopped at the second check, long before the text's end
        assertEquals(whole, NORI.analyze(text));   // the next text starts afresh
        int[] all = {0};
        assertEquals(whole, NORI.analyze(text, () -> all[0]++));
        assertTrue(all[0] >= whole.size() / 4096 - 1, "checked " + all[0] + " times over " + whole.size());
    }
}
