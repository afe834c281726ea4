package org.nonji.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;

/**
 * The listings that cut their page where the rows are chosen ({@code # page: inner}) against a real TDB2 store of
 * the seeds: pages put together are the whole listing, in essay order, and every filter parameter works.
 */
class PagedListingsTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store");
        TestKit.Run b = TestKit.cli("build", "--input", TestKit.basedir().resolve("seeds").toString(), "--store",
                store.toString());
        assertEquals(ExitCodes.OK, b.exit(), b.err());
    }

    private static List<String> rows(String query, String... params) {
        return TestKit.csvRows(store, query, params);
    }

    @Test
    void everyPagedListingDeclaresItsPageAndDefaultSize() {
        for (String name : List.of("stances", "positions", "mentions", "candidates", "author-stances")) {
            CannedQuery q = QueryCatalog.bundled().get(name);
            assertTrue(q.pagesInner(), name);
            assertEquals(1000, q.defaultLimit().orElseThrow(), name);
        }
    }

    @Test
    void pagesPutTogetherAreTheWholeListingInEssayOrder() {
        for (String name : List.of("stances", "positions", "mentions", "candidates", "author-stances")) {
            List<String> all = rows(name, "limit=all");
            assertTrue(all.size() > 7, name + " has rows to page: " + all.size());
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size() + 7; offset += 7) {
                paged.addAll(rows(name, "limit=7", "offset=" + offset));
            }
            assertEquals(all, paged, name + ": pages of 7 make up the listing");
            if (!name.equals("candidates")) {   // the candidates run by count, the others by essay
                List<String> essays = all.stream().map(r -> r.substring(0, r.indexOf(','))).toList();
                assertEquals(essays.stream().sorted().toList(), essays, name + " runs essay by essay");
            }
        }
        List<String> mentions = rows("mentions", "limit=all");
        assertEquals(mentions.stream().sorted(Comparator.comparing((String r) -> r.split(",")[0])
                .thenComparing(r -> r.split(",")[1])).toList(), mentions, "mentions run by essay, then entity");
    }

    @Test
    void filtersApplyBeforeThePageIsCut() throws Exception {
        List<String> all = rows("positions", "limit=all");
        List<String> opposed = all.stream().filter(r -> r.split(",")[4].equals("oppose")).toList();
        assertFalse(opposed.isEmpty());
        assertEquals(opposed, rows("positions", "polarity=oppose", "limit=all"),
                "the polarity parameter binds the polarity column's variable without a scope error");
        assertEquals(opposed.subList(1, Math.min(3, opposed.size())),
                rows("positions", "polarity=oppose", "limit=2", "offset=1"));
        String target = all.get(0).split(",")[2];
        assertEquals(all.stream().filter(r -> r.split(",")[2].equals(target)).toList(),
                rows("positions", "target=" + target, "limit=all"));
        String essay = all.get(all.size() - 1).split(",")[0];
        List<String> stances = rows("stances", "limit=all");
        assertEquals(stances.stream().filter(r -> r.startsWith(essay + ",")).toList(),
                rows("stances", "essay=" + essay, "limit=all"));
        assertEquals(rows("mentions", "limit=all").stream().filter(r -> r.startsWith(essay + ",")).toList(),
                rows("mentions", "essay=" + essay, "limit=all"));
        assertTrue(Files.isDirectory(store));
    }
}
