package org.nonji.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class EssayIdsTest {
    @Test
    void asciiStemsAreKept() {
        assertEquals("000_dcda4e88bf3febdc", EssayIds.of("000_dcda4e88bf3febdc.txt"));
        assertEquals("sub--post-1", EssayIds.of("sub/post-1.md"));
    }

    @Test
    void unsafeAndKoreanNamesGetAStableHashAndStayIriSafe() {
        String id = EssayIds.of("한국 전략#2?.txt");
        assertTrue(id.matches("[a-z0-9_-]+"), id);
        assertEquals(id, EssayIds.of(Normalizer.normalize("한국 전략#2?.txt", Normalizer.Form.NFD)));
        assertNotEquals(EssayIds.of("한국.txt"), EssayIds.of("미국.txt"));
    }

    @Test
    void caseVariantsDoNotCollide() {
        assertNotEquals(EssayIds.of("Essay.txt"), EssayIds.of("essay.txt"));
    }
}
