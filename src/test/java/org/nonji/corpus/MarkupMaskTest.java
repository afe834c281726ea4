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
    void aSectionTagOpeningALineIsBlankedButALinkIsNot() {
        String text = "[사설]AI 인재 유출\n[단독] 삼성전자\n[링크](https://x.org)는 본문이다 [주]\n";
        assertEquals("    AI 인재 유출\n     삼성전자\n 링크" + " ".repeat(16) + "는 본문이다 [주]\n",
                MarkupMask.mask(text, 0));
    }

    @Test
    void frontMatterRegionIsBlankedButKeepsLines() {
        String text = "---\na: b\n---\n본문";
        assertEquals("   \n    \n   \n본문", MarkupMask.mask(text, 13));
    }
}
