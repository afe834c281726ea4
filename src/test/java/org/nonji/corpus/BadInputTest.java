package org.nonji.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.TestKit.Run;

/** Every file of src/test/resources/bad/ through the real CLI: one clear line, the right exit code, no damage. */
@Tag("slow")
class BadInputTest {
    private static final Path BAD = TestKit.basedir().resolve("src/test/resources/bad");
    private static final Map<String, String> SKIPPED = Map.ofEntries(
            Map.entry("empty.txt", "empty file"),
            Map.entry("whitespace-only.txt", "empty essay"),
            Map.entry("front-matter-only.txt", "front matter only"),
            Map.entry("binary.txt", "binary content"),
            Map.entry("invalid-utf8.txt", "invalid UTF-8 at byte"),
            Map.entry("cp949.txt", "CP949/EUC-KR"),
            Map.entry("unclosed-front-matter.txt", "malformed front matter"),
            Map.entry("duplicate-keys.txt", "malformed front matter"),
            Map.entry("odd-date.txt", "malformed front matter: date"),
            Map.entry("yaml-alias-bomb.txt", "malformed front matter"),
            Map.entry("yaml-type-tag.txt", "malformed front matter"));

    @TempDir
    Path tmp;

    private Path input(String... files) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "in");
        for (String f : files) {
            Files.copy(BAD.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> eachBadFileIsSkippedWithOneLineOrFailsStrictBuildsWithoutDamage() {
        return SKIPPED.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(
                e.getKey(), () -> {
                    Path in = input("clean.txt", e.getKey());
                    Path store = Files.createTempDirectory(tmp, "store").resolve("s");
                    Run lenient = TestKit.cli("build", "--input", in.toString(), "--store", store.toString());
                    assertEquals(ExitCodes.OK, lenient.exit(), lenient.err());
                    List<String> lines = lenient.err().lines().filter(l -> l.contains(e.getKey())).toList();
                    assertEquals(1, lines.size(), lenient.err());
                    assertTrue(lines.get(0).startsWith("skipped: " + e.getKey() + ": ")
                            && lines.get(0).contains(e.getValue()), lines.get(0));
                    String current = Files.readString(store.resolve("CURRENT"));
                    Run strict = TestKit.cli("build", "--strict", "--input", in.toString(), "--store",
                            store.toString());
                    assertEquals(ExitCodes.BAD_INPUT, strict.exit(), strict.err());
                    assertEquals(current, Files.readString(store.resolve("CURRENT")), "store untouched");
                }));
    }

    @Test
    void bomCrlfAndNfdCopiesGiveTheSameGraphAsTheCleanFile() throws Exception {
        String reference = null;
        for (String variant : List.of("clean.txt", "bom-crlf.txt", "nfd.txt")) {
            Path in = Files.createTempDirectory(tmp, "v");
            Files.copy(BAD.resolve(variant), in.resolve("essay.txt"));
            Path trig = tmp.resolve(variant + ".trig");
            Run r = TestKit.cli("build", "--input", in.toString(), "--out", trig.toString());
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            String nq = TestKit.sortedNQuads(trig).replaceAll("build/[0-9a-f]{16}", "build/X")
                    .replaceAll("\"\\d{4}-\\d\\d-\\d\\dT[^\"]*\"\\^\\^<http://www.w3.org/2001/XMLSchema#dateTime>",
                            "TIME");
            if (reference == null) {
                reference = nq;
            } else {
                assertEquals(reference, nq, variant);
            }
        }
    }

    @Test
    void invisibleCharactersDoNotHideNames() throws Exception {
        Run r = TestKit.cli("analyze", BAD.resolve("zero-width-bidi.txt").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("samsung-electronics") && r.out().contains("hbm"), r.out());
    }

    @Test
    void aHugeOneLineEssayIsReadInBoundedTime() throws Exception {
        Path in = Files.createTempDirectory(tmp, "long");
        Files.writeString(in.resolve("long.txt"), "긴 줄\n" + "삼성전자는 HBM에 집중해야 한다 ".repeat(25_000) + "\n",
                StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Run r = TestKit.cli("build", "--input", in.toString(), "--out", tmp.resolve("long.trig").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(System.nanoTime() - t0 < 120_000_000_000L, "finished");
        Essay e = new EssayReader().read("long", "long.txt", Files.readAllBytes(in.resolve("long.txt")));
        assertTrue(e.sentences().stream().allMatch(s -> s.end() - s.begin() <= 2100), "sentences are capped");
    }

    @Test
    void dateFormsWithZeroSecondsPassShaclAndBuild() throws Exception {
        Path in = input("clean.txt");
        String[] dates = {"2025-10-18 09:30:00", "2025-10-18T00:00:00Z", "2025-10-18 15:55:00 +0900",
            "2025-10-18T09:30+09:00"};
        for (int i = 0; i < dates.length; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "---\ntitle: 날짜 " + i + "\ndate: " + dates[i]
                    + "\n---\n삼성전자는 강하다. " + i + "\n", StandardCharsets.UTF_8);
        }
        Path trig = tmp.resolve("d.trig");
        Run r = TestKit.cli("build", "--input", in.toString(), "--out", trig.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("built 5 essay(s)"), r.err());
        assertTrue(TestKit.sortedNQuads(trig).contains("\"2025-10-18T09:30:00\"^^<http://www.w3.org/2001/XMLSchema#"
                + "dateTime>"), "seconds kept");
    }

    @Test
    void overTheSizeLimitIsSkipped() throws Exception {
        Path in = input("clean.txt");
        Files.writeString(in.resolve("big.txt"), "제목\n" + "가".repeat(500) + "\n", StandardCharsets.UTF_8);
        Run r = TestKit.cli("build", "--max-bytes", "300", "--input", in.toString(), "--out",
                tmp.resolve("o.trig").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("skipped: big.txt: too large"), r.err());
    }

    @Test
    void hostileNamesCollisionsLinksAndDuplicates() throws Exception {
        Path in = input("clean.txt");
        String text = "제목\n삼성전자는 강하다. ";
        Files.writeString(in.resolve("a#b?%c.txt"), text + "1", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("new\nline.txt"), text + "2", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("한국어 이름.txt"), text + "3", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("x".repeat(200) + ".txt"), text + "4", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("Case.txt"), text + "5", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("case.txt"), text + "6", StandardCharsets.UTF_8);
        Files.writeString(in.resolve(Normalizer.normalize("반도체.txt", Normalizer.Form.NFC)), text + "7",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve(Normalizer.normalize("반도체.txt", Normalizer.Form.NFD)), text + "8",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("twice.txt"), Files.readString(in.resolve("clean.txt")), StandardCharsets.UTF_8);
        Path outside = tmp.resolve("secret.txt");
        Files.writeString(outside, "제목\n바깥 파일이다.", StandardCharsets.UTF_8);
        Files.createSymbolicLink(in.resolve("link.txt"), outside);
        Path trig = tmp.resolve("h.trig");
        Run r = TestKit.cli("build", "--input", in.toString(), "--out", trig.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("skipped: link.txt: symbolic link to outside the input directory"), r.err());
        assertTrue(r.err().contains("skipped: twice.txt: same text as clean.txt")
                || r.err().contains("skipped: clean.txt: same text as twice.txt"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("반도체") && l.contains("already taken")), r.err());
        assertTrue(r.err().contains("new?line.txt") || !r.err().contains("new\nline"), "names print on one line");
        String nq = TestKit.sortedNQuads(trig);
        for (String line : nq.split("\n")) {
            var m = java.util.regex.Pattern.compile("<https://w3id.org/nonji/id/essay/([^/>]+)").matcher(line);
            while (m.find()) {
                assertTrue(m.group(1).matches("[a-z0-9_-]+"), "IRI-safe essay id: " + m.group(1));
            }
        }
        assertTrue(nq.contains("/essay/case") && nq.contains("/essay/case-"), "Case.txt and case.txt stay apart");
    }
}
