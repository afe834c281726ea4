package org.nonji.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.nonji.ExitCodes;

class EssayReaderTest {
    private final EssayReader reader = new EssayReader();

    private Essay read(String text) {
        return reader.read("e", "e.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private CorpusException fails(byte[] bytes) {
        CorpusException e = assertThrows(CorpusException.class, () -> reader.read("e", "e.txt", bytes));
        assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("e.txt: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one-line message");
        return e;
    }

    @Test
    void invisibleCharactersNeitherHideANameNorSurviveInTheTitle() {
        // NFD 삼성 with a zero-width space between jamo, and a title carrying Unicode tag characters
        String nfd = Normalizer.normalize("삼성", Normalizer.Form.NFD);
        String split = nfd.substring(0, 2) + "\u200B" + nfd.substring(2);
        Essay e = read("제목\uDB40\uDC41\uDB40\uDC7F 있음\n\n" + split + "전자가 투자했다.\n");
        assertEquals("제목 있음", e.metadata().title());
        assertTrue(e.text().contains("삼성전자가"), e.text());
    }

    @Test
    void plainTextTitleIsTheFirstLine() {
        Essay e = read("\n\n한국의 AI 전략\n\n본문이다. 두 번째 문장이다.\n");
        assertEquals("한국의 AI 전략", e.metadata().title());
        assertEquals(List.of("한국의 AI 전략", "본문이다.", "두 번째 문장이다."),
                e.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void frontMatterFieldsAndOffsetsIntoTheFile() {
        String text = "---\ntitle: \"반도체 전쟁\"\ndate: 2025-10-18\nauthor: 김필자\ntags: [hbm, ai]\nsource: "
                + "https://example.org/a\n---\n본문이다.\n";
        Essay e = read(text);
        assertEquals("반도체 전쟁", e.metadata().title());
        assertEquals("2025-10-18", e.metadata().date().orElseThrow());
        assertEquals("김필자", e.metadata().author().orElseThrow());
        assertEquals(List.of("hbm", "ai"), e.metadata().tags());
        assertEquals("https://example.org/a", e.metadata().source().orElseThrow());
        Sentence s = e.sentences().get(0);
        assertEquals("본문이다.", text.substring(s.begin(), s.end()));
        assertEquals(1, e.sentences().size(), "front matter is not text");
    }

    @Test
    void everyCommonDateFormIsAValidXsdLexicalForm() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("2025-10-18T00:00:00Z", "2025-10-18T00:00:00Z");
        forms.put("2025-10-18 15:55:00 +0900", "2025-10-18T15:55:00+09:00");
        forms.put("2025-10-18 15:55:00 +09:00", "2025-10-18T15:55:00+09:00");
        forms.put("2025-10-18 09:30:00", "2025-10-18T09:30:00");
        forms.put("2025-10-18 09:30", "2025-10-18T09:30:00");
        forms.put("2025-10-18T09:30+09:00", "2025-10-18T09:30:00+09:00");
        forms.put("2025-10-18T09:30:00.5-05:00", "2025-10-18T09:30:00.5-05:00");
        forms.put("\"2025-10-18\"", "2025-10-18");
        forms.put("2025-10-18", "2025-10-18");
        forms.forEach((raw, expected) -> {
            String lexical = read("---\ndate: " + raw + "\n---\n본문이다.\n").metadata().date().orElseThrow();
            assertEquals(expected, lexical, raw);
            XSDDatatype type = lexical.contains("T") ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate;
            assertTrue(type.isValid(lexical), raw + " gave an invalid " + type.getURI() + ": " + lexical);
        });
        for (String bad : List.of("2025-02-30", "2025-10-18T25:00", "2025-10-1809:30", "0000-01-01", "어제쯤")) {
            assertTrue(fails(("---\ndate: " + bad + "\n---\n본문이다.\n").getBytes(StandardCharsets.UTF_8))
                    .getMessage().contains("malformed front matter: date"), bad);
        }
    }

    @Test
    void valuesThatAreNotPlainTextAreRefusedByName() {
        Map<String, String> values = Map.of(
                "title: !!binary aGVsbG8=", "'title' must be plain text, not binary data",
                "title: !!set {a, b}", "'title' must be plain text, not a set",
                "title: 1e999", "'title' must be plain text, not a number that is not finite",
                "author: .nan", "'author' must be plain text, not a number that is not finite",
                "tags: [a, !!binary aGVsbG8=]", "'tags' must be plain text, not binary data",
                "tags: !!set {a, b}", "'tags' must be plain text, not a set");
        values.forEach((yaml, message) -> {
            String m = fails(("---\n" + yaml + "\n---\n본문이다.\n").getBytes(StandardCharsets.UTF_8)).getMessage();
            assertTrue(m.contains(message) && !m.contains("[B@"), yaml + " → " + m);
        });
        assertEquals("2025", read("---\ntitle: 2025\n---\n본문이다.\n").metadata().title(), "numbers stay text");
    }

    @Test
    void bomAndCrlfGiveTheSameEssay() {
        Essay clean = read("제목\n삼성전자는 HBM을 만든다.\n");
        Essay dirty = reader.read("e", "e.txt", ("\uFEFF제목\r\n삼성전자는 HBM을 만든다.\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(clean.text(), dirty.text());
        assertEquals(clean.sha256(), dirty.sha256());
        assertEquals(clean.sentences(), dirty.sentences());
    }

    @Test
    void nfdHangulIsNormalisedToNfc() {
        String nfd = Normalizer.normalize("삼성전자는 강하다.", Normalizer.Form.NFD);
        assertEquals("삼성전자는 강하다.", read(nfd).sentences().get(0).text());
    }

    @Test
    void zeroWidthAndBidiCharactersAreRemoved() {
        assertEquals("삼성전자는 강하다.", read("삼성\u200B전자는 \u202E강하다.").sentences().get(0).text());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() {
        assertTrue(fails(new byte[0]).getMessage().contains("empty"));
        assertTrue(fails(" \n\t\n".getBytes(StandardCharsets.UTF_8)).getMessage().contains("empty"));
    }

    @Test
    void binaryIsRefused() {
        assertTrue(fails(new byte[] {'a', 0, 'b'}).getMessage().contains("binary"));
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() {
        byte[] bytes = {'a', 'b', (byte) 0xC3, (byte) 0x28};
        assertTrue(fails(bytes).getMessage().contains("invalid UTF-8 at byte 2"), "offset of the bad byte");
    }

    @Test
    void cp949IsRecognisedAndExplained() {
        byte[] bytes = "삼성전자는 반도체를 만든다.".getBytes(Charset.forName("x-windows-949"));
        assertTrue(fails(bytes).getMessage().contains("CP949"));
    }

    @Test
    void malformedFrontMatterIsRefused() {
        assertTrue(fails("---\ntitle: x\n본문\n".getBytes(StandardCharsets.UTF_8)).getMessage()
                .contains("no closing"));
        assertTrue(fails("---\ntitle: a\ntitle: b\n---\n본문이다.\n".getBytes(StandardCharsets.UTF_8)).getMessage()
                .contains("malformed front matter"));
        assertTrue(fails("---\ndate: yesterday\n---\n본문이다.\n".getBytes(StandardCharsets.UTF_8)).getMessage()
                .contains("date"));
    }

    @Test
    void yamlAliasBombIsRefused() {
        StringBuilder y = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        y.append("---\n본문이다.\n");
        assertTrue(fails(y.toString().getBytes(StandardCharsets.UTF_8)).getMessage().contains("front matter"));
    }

    @Test
    void frontMatterOnlyIsRefused() {
        assertTrue(fails("---\ntitle: x\n---\n\n".getBytes(StandardCharsets.UTF_8)).getMessage()
                .contains("front matter only"));
    }

    @Test
    void tooLargeIsRefused() {
        EssayReader small = new EssayReader(10);
        CorpusException e = assertThrows(CorpusException.class,
                () -> small.read("e", "e.txt", "12345678901".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("too large"));
    }
}
