package org.nonji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.TestKit.Run;

/** The CLI in-process through picocli, as a user runs it: exit codes, stdout for data, stderr for the rest. */
@Tag("slow")
class CliTest {
    @TempDir
    Path tmp;

    private Path essays(String... nameAndText) throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(dir.resolve(nameAndText[i]), nameAndText[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void unknownCommandAndMissingOptionAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, TestKit.cli("frobnicate").exit());
        assertEquals(ExitCodes.USAGE, TestKit.cli("build").exit());
    }

    @Test
    void serveOptionsOutOfRangeAreUsageErrorsInOneLine() {
        for (String[] bad : new String[][] {{"--max-request-bytes", "2147483647"}, {"--max-request-bytes", "10"},
                {"--max-concurrent-queries", "0"}, {"--timeout", "0"}}) {
            Run r = TestKit.cli("serve", "--store", tmp.resolve("none").toString(), "--port", "0", bad[0], bad[1]);
            assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().startsWith("nonji: " + bad[0] + " must be"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void buildThenContractQueriesAsCsv() throws Exception {
        Path in = essays("a.txt", "제목\n우리에게는 소버린 AI 전략이 필요하다. 삼성전자는 HBM에 집중해야 한다.\n");
        Path store = tmp.resolve("store");
        Run build = TestKit.cli("build", "--input", in.toString(), "--store", store.toString());
        assertEquals(ExitCodes.OK, build.exit(), build.err());
        assertTrue(build.err().contains("built 1 essay"), build.err());
        assertTrue(build.err().contains("time per stage:"), build.err());

        Run mentions = TestKit.cli("query", "mentions", "--store", store.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, mentions.exit(), mentions.err());
        List<String> lines = mentions.out().lines().toList();
        assertEquals("essay,entity,kind,label", lines.get(0));
        assertTrue(lines.contains("https://w3id.org/nonji/id/essay/a,https://w3id.org/nonji/id/entity/sovereign-ai,"
                + "Strategy,소버린 AI"), mentions.out());

        Run stances = TestKit.cli("query", "stances", "--store", store.toString(), "--format", "csv");
        List<String> rows = stances.out().lines().toList();
        assertEquals("essay,holder,target,targetLabel,polarity,quote", rows.get(0));
        assertTrue(rows.contains("https://w3id.org/nonji/id/essay/a,https://w3id.org/nonji/id/essay/a/author,"
                + "https://w3id.org/nonji/id/entity/sovereign-ai,소버린 AI,support,우리에게는 소버린 AI 전략이 필요하다."),
                stances.out());
    }

    @Test
    void exportsAreReadableByOthersAndRefuseUnknownKinds() throws Exception {
        Path in = essays("a.txt", "제목\n우리에게는 소버린 AI 전략이 필요하다. 삼성전자는 HBM에 집중해야 한다.\n");
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.OK, TestKit.cli("build", "--input", in.toString(), "--store", store.toString()).exit());
        Run typo = TestKit.cli("export", "--store", store.toString(), "--format", "gexf", "--kind", "Actr");
        assertEquals(ExitCodes.USAGE, typo.exit(), typo.err());
        assertTrue(typo.err().contains("unknown --kind \"Actr\": use Actor, Asset, Strategy, Risk, Policy, Event, "
                + "Candidate, Author"), typo.err());
        Path gexf = tmp.resolve("out/g.gexf");
        assertEquals(ExitCodes.OK, TestKit.cli("export", "--store", store.toString(), "--format", "gexf", "--out",
                gexf.toString()).exit());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(gexf)), "an export is for sharing: 0644, not a temp file's 0600");
        Run csv = TestKit.cli("export", "--store", store.toString(), "--format", "csv", "--excel", "--out",
                tmp.resolve("out/g").toString());
        assertEquals(ExitCodes.OK, csv.exit(), csv.err());
        byte[] nodes = Files.readAllBytes(tmp.resolve("out/g.nodes.csv"));
        assertEquals(0xEF, nodes[0] & 0xFF, "--excel starts with a UTF-8 BOM");
        assertEquals(ExitCodes.USAGE, TestKit.cli("export", "--store", store.toString(), "--format", "gexf",
                "--excel").exit());
    }

    @Test
    void badFilesAreSkippedAndReportedOrFailUnderStrict() throws Exception {
        Path in = essays("good.txt", "제목\n삼성전자는 강하다.\n", "empty.txt", "");
        Files.write(in.resolve("bad.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
        Path store = tmp.resolve("store");
        Run lenient = TestKit.cli("build", "--input", in.toString(), "--store", store.toString());
        assertEquals(ExitCodes.OK, lenient.exit(), lenient.err());
        assertTrue(lenient.err().contains("skipped: bad.txt: invalid UTF-8"), lenient.err());
        assertTrue(lenient.err().contains("skipped: empty.txt: empty"), lenient.err());

        String before = Files.readString(store.resolve("CURRENT"));
        Run strict = TestKit.cli("build", "--strict", "--input", in.toString(), "--store", store.toString());
        assertEquals(ExitCodes.BAD_INPUT, strict.exit());
        assertTrue(strict.err().contains("--strict"), strict.err());
        assertEquals(before, Files.readString(store.resolve("CURRENT")), "the store is untouched");
    }

    @Test
    void aMissingInputIsBadInputInOneLine() {
        Run r = TestKit.cli("build", "--input", tmp.resolve("nowhere").toString(), "--store",
                tmp.resolve("s").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("nonji: input not found"), r.err());
    }

    @Test
    void noReadableEssayIsBadInput() throws Exception {
        Path in = essays("empty.txt", "  \n");
        Run r = TestKit.cli("build", "--input", in.toString(), "--store", tmp.resolve("s").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("nonji: no readable essays")), r.err());
    }

    @Test
    void analyzeShowsMentionsAndStances() throws Exception {
        Path in = essays("a.txt", "제목\n제3의 길은 매력적인 환상에 불과하다.\n");
        Run r = TestKit.cli("analyze", in.resolve("a.txt").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("third-way"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("(author)") && l.contains("oppose")
                && l.contains("환상")), r.out());
    }

    @Test
    void komoranAbsentGivesAClearUsageError() throws Exception {
        Path in = essays("a.txt", "제목\n본문이다.\n");
        Run r = TestKit.cli("analyze", "--analyzer", "komoran", in.resolve("a.txt").toString());
        if (r.exit() != ExitCodes.OK) {
            assertEquals(ExitCodes.USAGE, r.exit());
            assertTrue(r.err().contains("-Pkomoran"), r.err());
        }
    }

    @Test
    void queryListAndStoreErrors() {
        Run list = TestKit.cli("query", "--list");
        assertEquals(ExitCodes.OK, list.exit());
        assertTrue(list.out().contains("mentions") && list.out().contains("stances"));
        Run missing = TestKit.cli("query", "mentions", "--store", tmp.resolve("nope").toString());
        assertEquals(ExitCodes.RUNTIME, missing.exit());
        assertTrue(missing.err().contains("no store"), missing.err());
        Run badParam = TestKit.cli("query", "mentions", "--store", tmp.resolve("nope").toString(), "--param",
                "essay=not an iri");
        assertTrue(badParam.exit() != ExitCodes.OK);
    }

    @Test
    void validateAndStatsOnABuiltStore() throws Exception {
        Path in = essays("a.txt", "제목\n엔비디아는 HBM을 산다.\n");
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.OK, TestKit.cli("build", "--input", in.toString(), "--store", store.toString()).exit());
        Run v = TestKit.cli("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, v.exit(), v.out() + v.err());
        assertTrue(v.out().contains("conforms"));
        Run s = TestKit.cli("stats", "--store", store.toString());
        assertEquals(ExitCodes.OK, s.exit(), s.err());
        assertTrue(s.out().contains("https://w3id.org/nonji/ont#Mention"), s.out());
    }
}
