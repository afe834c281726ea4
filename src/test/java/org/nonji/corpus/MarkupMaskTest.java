package org.nonji.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupMaskTest {
    @Test
    void markupIsBlankedAndLengthKept() {
        String md = "## 제목\n**굵게** [링크](https://x.org) ![](/img.png) <b>태그</b> `코드`\n- 항목\n";
        String masked = MarkupMask.mask(md, 0);
        assertEquals(md.length(), masked.length());
        assertEquals("   제목\n  굵게    링크                                  태그      코드 \n  항목\n", masked);
    }

    @Test
    void frontMatterRegionIsBlankedButKeepsLines() {
        String text = "---\na: b\n---\n본문";
        assertEquals("   \n    \n   \n본문", MarkupMask.mask(text, 13));
    }
}
