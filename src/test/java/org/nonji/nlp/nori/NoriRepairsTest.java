package org.nonji.nlp.nori;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nonji.NonjiException;
import org.nonji.TsvTable;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.PosTag;

class NoriRepairsTest {
    @Test
    void aRepairMustSpellTheSameCharacters() {
        TsvTable bad = TsvTable.parse("bad.tsv", "손잡고/NNP\t손잡/VV 다/E\n", 2);
        NonjiException e = assertThrows(NonjiException.class, () -> new NoriRepairs(bad));
        assertTrue(e.getMessage().startsWith("bad.tsv:1:"), e.getMessage());
    }

    @Test
    void anUnknownTagIsRefusedWithItsLine() {
        TsvTable bad = TsvTable.parse("bad.tsv", "# header\n손잡고/XYZ\t손잡/VV 고/E\n", 2);
        NonjiException e = assertThrows(NonjiException.class, () -> new NoriRepairs(bad));
        assertTrue(e.getMessage().startsWith("bad.tsv:2:"), e.getMessage());
    }

    @Test
    void theCompoundsPartsGoWithItAndOthersStay() {
        NoriRepairs r = new NoriRepairs(TsvTable.parse("t.tsv", "가나/NNP\t가/VV 나/E\n", 2));
        List<Morpheme> in = List.of(m("가나", 0, PosTag.NNP), m("가", 0, PosTag.NNG), m("나", 1, PosTag.NNG),
                m("다", 2, PosTag.J));
        assertEquals(List.of(m("가", 0, PosTag.VV), m("나", 1, PosTag.E), m("다", 2, PosTag.J)), r.apply("가나다", in));
    }

    @Test
    void aTildeRowRepairsOnlyRightAfterAVerbalEndingInTheSameWord() {
        NoriRepairs r = new NoriRepairs(TsvTable.parse("t.tsv", "~다면/NNG\t다면/E\n", 2));
        List<Morpheme> after = List.of(m("인", 0, PosTag.E), m("다면", 1, PosTag.NNG));
        assertEquals(List.of(m("인", 0, PosTag.E), m("다면", 1, PosTag.E)), r.apply("인다면", after));
        List<Morpheme> spaced = List.of(m("인", 0, PosTag.E), m("다면", 2, PosTag.NNG));
        assertEquals(spaced, r.apply("인 다면", spaced));   // a word of its own: the noun 다면 (many-sided)
        List<Morpheme> afterNoun = List.of(m("그것", 0, PosTag.NP), m("다면", 2, PosTag.NNG));
        assertEquals(afterNoun, r.apply("그것다면", afterNoun));
    }

    @Test
    void aPlusRowRepairsOnlyAWholeWordAfterABareNoun() {
        NoriRepairs r = new NoriRepairs(TsvTable.parse("t.tsv", "+대체로/MAG\t대체/NNG 로/J\n", 2));
        List<Morpheme> compound = List.of(m("일자리", 0, PosTag.NNG), m("대체로", 4, PosTag.MAG));
        assertEquals(List.of(m("일자리", 0, PosTag.NNG), m("대체", 4, PosTag.NNG), m("로", 6, PosTag.J)),
                r.apply("일자리 대체로", compound));
        List<Morpheme> afterTopic = List.of(m("시장", 0, PosTag.NNG), m("은", 2, PosTag.J), m("대체로", 4, PosTag.MAG));
        assertEquals(afterTopic, r.apply("시장은 대체로", afterTopic));   // the adverb: by and large
        List<Morpheme> first = List.of(m("대체로", 0, PosTag.MAG));
        assertEquals(first, r.apply("대체로", first));
        List<Morpheme> glued = List.of(m("일자리", 0, PosTag.NNG), m("대체로", 3, PosTag.MAG));
        assertEquals(glued, r.apply("일자리대체로", glued));   // not a word of its own
    }

    @Test
    void anEqualsRowRepairsOnlyAWholeWord() {
        NoriRepairs r = new NoriRepairs(TsvTable.parse("t.tsv", "=결국/NNG\t결국/MAG\n", 2));
        List<Morpheme> alone = List.of(m("결국", 0, PosTag.NNG), m("임금", 3, PosTag.NNG));
        assertEquals(List.of(m("결국", 0, PosTag.MAG), m("임금", 3, PosTag.NNG)), r.apply("결국 임금", alone));
        List<Morpheme> topic = List.of(m("결국", 0, PosTag.NNG), m("은", 2, PosTag.J));
        assertEquals(topic, r.apply("결국은", topic));   // with a particle: the noun stays
        List<Morpheme> quoted = List.of(m("결국", 1, PosTag.NNG));
        assertEquals(List.of(m("결국", 1, PosTag.MAG)), r.apply("\"결국\"", quoted));   // punctuation bounds a word
    }

    @Test
    void aStemIsMatchedAndGivenWhereTheRowNamesOne() {
        NoriRepairs r = new NoriRepairs(TsvTable.parse("t.tsv", "나/VV=날 을/E\t나/VA=낫 을/E\n", 2));
        List<Morpheme> misread = List.of(new Morpheme("나", 0, 1, PosTag.VV, "날/VV"), m("을", 1, PosTag.E));
        assertEquals(List.of(new Morpheme("나", 0, 1, PosTag.VA, "낫/VA"), m("을", 1, PosTag.E)),
                r.apply("나을", misread));
        List<Morpheme> otherStem = List.of(new Morpheme("나", 0, 1, PosTag.VV, "나/VV"), m("을", 1, PosTag.E));
        assertEquals(otherStem, r.apply("나을", otherStem));   // the row names 날: another reading stays
    }

    @Test
    void anEmptyStemIsRefused() {
        TsvTable bad = TsvTable.parse("bad.tsv", "나/VV= 을/E\t나/VA=낫 을/E\n", 2);
        assertThrows(NonjiException.class, () -> new NoriRepairs(bad));
    }

    private static Morpheme m(String s, int begin, PosTag tag) {
        return new Morpheme(s, begin, begin + s.length(), tag, s + "/" + tag.name());
    }
}
