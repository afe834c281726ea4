package org.nonji.nlp.komoran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Extraction;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzer;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.nlp.Morpheme;
import org.nonji.pipeline.EssayAnalyzer;

/** Pins KOMORAN's surfaces, offsets and fine tags, in the manner of Lucene's assertAnalyzesTo. */
class KomoranMorphAnalyzerTest {
    private static final List<String> WORDS = List.of("삼성전자", "SK하이닉스", "엔비디아");
    // loading takes seconds: one instance for the whole class
    private static final MorphAnalyzer KOMORAN = new KomoranMorphAnalyzer(WORDS);

    private static List<String> analyze(String text) {
        return KOMORAN.analyze(text).stream().map(m -> m.surface() + "/" + m.tag() + "@" + m.begin() + "-" + m.end())
                .toList();
    }

    @Test
    void particleKeepsItsFineTag() {
        assertEquals(List.of("삼성전자/NNP@0-4", "의/JKG@4-5"), analyze("삼성전자의"));
    }

    @Test
    void mixedScriptUserWordStaysWhole() {
        List<String> tokens = analyze("SK하이닉스가 앞선다");
        assertTrue(tokens.contains("SK하이닉스/NNP@0-6"), tokens.toString());
        assertTrue(tokens.contains("가/JKS@6-7"), tokens.toString());
    }

    @Test
    void offsetsMatchTheInputText() {
        String text = "  엔비디아와 TSMC는 3.5% 성장했다.\n\t둘째  줄 😀 ㅋㅋ 아ㅋㅋ";
        List<Morpheme> morphemes = KOMORAN.analyze(text);
        for (Morpheme m : morphemes) {
            assertEquals(m.surface(), text.substring(m.begin(), m.end()), m.toString());
        }
        List<String> tokens = analyze(text);
        assertTrue(tokens.containsAll(List.of("엔비디아/NNP@2-6", "TSMC/SL@8-12", "3/SN@14-15", "성장/NNG@19-21")),
                tokens.toString());
    }

    @Test
    void fusedSyllableIsOneMorphemeWithItsReading() {
        Morpheme did = KOMORAN.analyze("했다").get(0);
        assertEquals("했", did.surface());
        assertTrue(did.analysis().startsWith("하/") && did.analysis().contains("+았/EP"), did.analysis());
    }

    @Test
    void nameIsKomoran() {
        assertEquals("komoran", KOMORAN.name());
    }

    @Test
    void factoryFindsTheAdapter() {
        assertInstanceOf(KomoranMorphAnalyzer.class, MorphAnalyzers.create("komoran", WORDS));
    }

    @Test
    void wholeExtractionRunsOnKomoran() {
        Gazetteer gazetteer = Gazetteer.bundled();
        EssayAnalyzer analyzer = EssayAnalyzer.create(new KomoranMorphAnalyzer(gazetteer.userWords()),
                gazetteer, Lexicons.bundled());
        String text = "삼성전자는 HBM에 집중해야 한다.";
        Essay essay = new EssayReader().read("komoran-smoke", "komoran-smoke.txt",
                text.getBytes(StandardCharsets.UTF_8));
        Extraction x = analyzer.analyze(essay);
        assertEquals("komoran", analyzer.analyzerName());
        assertTrue(x.mentions().stream().anyMatch(m -> m.surface().equals("삼성전자")
                && m.entity().iri().equals("https://w3id.org/nonji/id/entity/samsung-electronics")), x.toString());
        assertEquals(1, x.stances().size(), x.stances().toString());
    }
}
