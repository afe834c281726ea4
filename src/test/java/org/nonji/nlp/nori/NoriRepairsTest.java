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

    private static Morpheme m(String s, int begin, PosTag tag) {
        return new Morpheme(s, begin, begin + s.length(), tag, s + "/" + tag.name());
    }
}
