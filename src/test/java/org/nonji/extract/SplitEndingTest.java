package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.pipeline.EssayAnalyzer;
import org.nonji.syntax.EndingType;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Predicate;

/**
 * Endings Nori cuts in two after a stem the ㄴ fuses into (미룬다면 → 미루+ㄴ and the noun 다면; 늦춘다는 → 늦추+ㄴ다
 * and the particle 는; 낮춘다고 → 낮추+ㄴ다 and 고): nori-repairs.tsv's ~ rows tag the rest as an ending and the
 * parser reads the run as one, so the clause is a condition, a clause on a noun, or a reported clause. The stems are
 * verbs of the cue lexicons that Nori cut so when this was written. Glued to ㄴ다는, 데 is the connective 는데, not
 * the bound noun of …다는 데.
 */
class SplitEndingTest {
    /** The ending of the predicate word that starts with {@code form}. */
    private static EndingType endingOf(String form, String sentence) {
        EssayAnalyzer a = TestKit.analyzer();
        Essay e = TestKit.essay("e.txt", "제목\n\n" + sentence + "\n");
        List<Parse> ps = a.parse(e, a.morphemes(e), a.analyze(e).mentions());
        Parse p = ps.get(ps.size() - 1);
        for (int i = 0; i < p.size(); i++) {
            Optional<Predicate> pred = p.predicate(i);
            if (pred.isPresent() && e.text().startsWith(form, p.word(i).begin())) {
                return pred.get().ending();
            }
        }
        return null;
    }

    /** ㄴ 다 as a syllable's final: 미루 → 미룬다. */
    private static String nda(String stem) {
        char last = stem.charAt(stem.length() - 1);
        return stem.substring(0, stem.length() - 1) + (char) (last + 4) + "다";
    }

    @ParameterizedTest
    @ValueSource(strings = {"미루", "늦추", "낮추", "선보이", "되살리", "거머쥐", "앞당기", "밀어붙이", "서두르", "반기"})
    void cutEndingsReadAsTheWholeEnding(String stem) {
        String v = nda(stem);
        assertEquals(EndingType.CONDITIONAL, endingOf(v, "그들이 그것을 " + v + "면 좋다."), v + "면");
        assertEquals(EndingType.QUOTE_NOUN, endingOf(v, "그들이 그것을 " + v + "는 점이 중요하다."), v + "는");
        assertEquals(EndingType.QUOTATIVE, endingOf(v, "그들이 그것을 " + v + "고 말했다."), v + "고");
        assertEquals(EndingType.CONCESSIVE, endingOf(v, "그들이 그것을 " + v + "는데 효과는 의문이다."), v + "는데");
    }

    @ParameterizedTest
    @ValueSource(strings = {"완화", "추진", "검토"})
    void theConnectiveNeundeIsNoBoundNoun(String noun) {
        // …한다는데: Nori reads 데 as the bound noun of …다는 데 (with a space), which the clause then modified
        assertEquals(EndingType.CONCESSIVE, endingOf(noun, "정부는 규제를 " + noun + "한다는데 효과는 의문이다."));
        assertEquals(EndingType.QUOTE_NOUN, endingOf(noun, "정부는 규제를 " + noun + "한다는 데 동의했다."));
    }
}
