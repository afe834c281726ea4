package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.query.TextTable;

/**
 * {@code nonji query} while a server has the store open: from the store (a snapshot copy, since TDB2 admits one
 * holder) and from the server itself with {@code --endpoint}, giving the same rows; tables aligned for Korean.
 */
@Tag("slow")
class QueryWhileServingTest {
    @TempDir
    static Path tmp;

    static EndpointServer server;
    static String store;

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(tmp);
        store = tmp.resolve("store").toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theStoreAndTheServerGiveTheSameRows() {
        var local = TestKit.cli("query", "stances-on", "--store", store, "--param", "target=sovereign-ai",
                "--format", "csv");
        assertEquals(ExitCodes.OK, local.exit(), local.err());
        assertFalse(local.err().contains("corrupt") || local.err().contains("lock"), local.err());
        // the command says, on its own error stream, that it read a snapshot because the server holds the store
        assertTrue(local.err().contains("is in use by a server or a build: reading a snapshot"), local.err());
        assertTrue(local.out().lines().count() > 1, local.out());
        var remote = TestKit.cli("query", "stances-on", "--endpoint", server.url(), "--param",
                "target=ent:sovereign-ai", "--format", "csv");
        assertEquals(ExitCodes.OK, remote.exit(), remote.err());
        assertEquals(local.out().replace("\r\n", "\n"), remote.out().replace("\r\n", "\n"));
    }

    @Test
    void unknownEntitiesAreUsageErrorsBothWays() {
        var local = TestKit.cli("query", "stances-on", "--store", store, "--param", "target=no-such-thing");
        assertEquals(ExitCodes.USAGE, local.exit(), local.err());
        assertTrue(local.err().contains("unknown entity \"no-such-thing\""), local.err());
        var remote = TestKit.cli("query", "stances-on", "--endpoint", server.url(), "--param", "target=no-such-thing");
        assertEquals(ExitCodes.USAGE, remote.exit(), remote.err());
        assertTrue(remote.err().contains("unknown entity \"no-such-thing\""), remote.err());
        var nobody = TestKit.cli("query", "essays", "--endpoint", "http://127.0.0.1:1/");
        assertEquals(ExitCodes.RUNTIME, nobody.exit());
        assertTrue(nobody.err().contains("no nonji server answers"), nobody.err());
    }

    @Test
    void tablesAlignKoreanByDisplayWidth() {
        for (List<String> args : List.of(List.of("--store", store), List.of("--endpoint", server.url()))) {
            var cmd = new java.util.ArrayList<>(List.of("query", "quotes-for-entity", "--param", "entity=삼성전자"));
            cmd.addAll(args);
            var r = TestKit.cli(cmd.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            List<String> lines = r.out().lines().toList();
            assertTrue(lines.size() > 4 && r.out().contains("삼성전자"), r.out());
            int width = TextTable.width(lines.get(0));
            for (String line : lines) {
                assertEquals(width, TextTable.width(line), "every line as wide as the rule: " + line);
            }
            assertTrue(lines.get(3).startsWith("| ent:samsung-electronics"), lines.get(3));
        }
    }

    @Test
    void displayWidthCountsHangulTwice() {
        assertEquals(8, TextTable.width("삼성전자"));
        assertEquals(8, TextTable.width("HBM 반도"));
        assertEquals(2, TextTable.width("\u1112\u1161"), "a conjoining jamo syllable is one wide character");
        assertEquals(3, TextTable.width("e\u0301ab"), "combining accent takes no column");
    }
}
