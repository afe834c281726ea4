package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.extract.Cues;
import org.nonji.extract.Polarity;
import org.nonji.extract.RuleBook;

class LexiconCheckTest {
    @Test
    void everyBundledLexiconRowIsUsable() {
        EssayAnalyzer a = TestKit.analyzer();
        List<LexiconCheck.Problem> problems = LexiconCheck.check(a.cues(), a.rules(), a);
        assertEquals(List.of(), problems, "unusable lexicon rows");
    }

    @Test
    void aDigeutIrregularStemIsProbedInItsLForm() {
        // 반기를 들었다: Nori's lemma 듣 appears only where the text writes 들 (듣다 alone reads otherwise)
        assertEquals("들", LexiconCheck.dToL("듣"));
        assertEquals("걸", LexiconCheck.dToL("걷"));
        assertEquals(null, LexiconCheck.dToL("먹"));
        assertEquals(null, LexiconCheck.dToL("AI"));
    }

    @Test
    void aSiotIrregularStemIsProbedWithoutItsSiot() {
        // 쏟아부었다: the ㅅ of 붓다 drops before a vowel
        assertEquals("쏟아부", LexiconCheck.sDropped("쏟아붓"));
        assertEquals("이", LexiconCheck.sDropped("잇"));
        assertEquals(null, LexiconCheck.sDropped("듣"));
        assertEquals(null, LexiconCheck.sDropped("AI"));
    }

    @Test
    void aRowWhoseRulesAreOffAndATypoAreFlagged() {
        EssayAnalyzer a = TestKit.analyzer();
        Cues cues = new Cues(Map.of("필요", new Cues.Evaluation("필요", Polarity.SUPPORT, Cues.Frame.ACT,
                Polarity.OPPOSE), "퓌료", new Cues.Evaluation("퓌료", Polarity.SUPPORT, Cues.Frame.JUDGE,
                Polarity.OPPOSE)), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Map.of(), Set.of(), Set.of(), Set.of(), Map.of());
        RuleBook rules = a.rules();
        Map<String, RuleBook.Rule> off = new java.util.HashMap<>(rules.rules());
        for (String id : Set.of("act-object", "noun-complement")) {
            RuleBook.Rule r = off.get(id);
            off.put(id, new RuleBook.Rule(r.id(), r.order(), false, r.description()));
        }
        List<LexiconCheck.Problem> problems = LexiconCheck.check(cues, new RuleBook(off), a);
        assertTrue(problems.stream().anyMatch(p -> p.lemma().equals("필요") && p.reason().contains("off")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.lemma().equals("퓌료") && p.reason().contains("never read")),
                problems.toString());
    }
}
