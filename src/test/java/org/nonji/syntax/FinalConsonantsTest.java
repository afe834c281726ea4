package org.nonji.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FinalConsonantsTest {
    @Test
    void anIrregularStemsFinalIsChangedOnlyWhenItIsTheOneAskedFor() {
        assertEquals("들", FinalConsonants.replaced("듣", FinalConsonants.D, FinalConsonants.L));
        assertEquals("쏟아부", FinalConsonants.replaced("쏟아붓", FinalConsonants.S, FinalConsonants.NONE));
        assertEquals("아쉽", FinalConsonants.replaced("아쉬", FinalConsonants.NONE, FinalConsonants.B));
        assertNull(FinalConsonants.replaced("가", FinalConsonants.D, FinalConsonants.L), "no final ㄷ");
        assertNull(FinalConsonants.replaced("반갑", FinalConsonants.NONE, FinalConsonants.B), "already closed");
        assertNull(FinalConsonants.replaced("HBM", FinalConsonants.NONE, FinalConsonants.B), "not Hangul");
        assertNull(FinalConsonants.replaced("", FinalConsonants.NONE, FinalConsonants.B));
    }
}
