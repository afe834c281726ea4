package org.nonji.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;

/**
 * The canned queries that read the store's summary graph (co-mentions, actors-by-mentions) against a real TDB2
 * store of the seeds and the gold texts: their totals are what grouping every essay's own records gives.
 */
class SummaryQueriesTest {
    private static final String PREFIX = "PREFIX nj: <https://w3id.org/nonji/ont#>\n";

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void build() throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        for (Path dir : List.of(TestKit.basedir().resolve("seeds"),
                TestKit.basedir().resolve("src/test/resources/gold/dev"))) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
                        .limit(8).toList()) {
                    if (!Files.exists(input.resolve(f.getFileName()))) {   // the seeds are gold texts too
                        Files.copy(f, input.resolve(f.getFileName()));
                    }
                }
            }
        }
        // a second copy of each seed (a sentence longer: a build skips a text it already has): their named holders
        // then hold their positions in two essays (stance-conflicts ranks such heavy pairs apart from the light
        // ones), while each copy has an author of its own
        try (var seeds = Files.list(TestKit.basedir().resolve("seeds"))) {
            for (Path seed : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.writeString(input.resolve("copy-" + seed.getFileName()), Files.readString(seed) + "\n\n사본이다.\n");
            }
        }
        store = tmp.resolve("store");
        TestKit.Run b = TestKit.cli("build", "--input", input.toString(), "--store", store.toString());
        assertEquals(ExitCodes.OK, b.exit(), b.err());
    }

    private static List<String> rows(String query, String... params) {
        return TestKit.csvRows(store, query, params);
    }

    /** The cells of a CSV row (RFC 4180 quoting: labels may hold commas). */
    private static String[] cells(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted && ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }

    private static List<String> sparql(String name, String text) throws Exception {
        Path file = tmp.resolve(name + ".rq");
        Files.writeString(file, PREFIX + text);
        return rows(file.toString());
    }

    @Test
    void coMentionTotalsAreTheEssaysRecordsSummed() throws Exception {
        List<String> expected = sparql("pairs", """
                SELECT ?a ?b (SUM(?n) AS ?count) (COUNT(?cm) AS ?essays)
                WHERE { ?cm a nj:CoMention ; nj:subject ?a ; nj:object ?b ; nj:count ?n }
                GROUP BY ?a ?b""");
        assertTrue(expected.size() > 100, "pairs to compare: " + expected.size());
        TreeSet<String> actual = new TreeSet<>();
        for (String r : rows("co-mentions", "limit=all")) {
            String[] c = cells(r);
            actual.add(String.join(",", c[0], c[3], c[c.length - 2], c[c.length - 1]));
        }
        assertEquals(new TreeSet<>(expected), actual);
    }

    @Test
    void coMentionPagesPutTogetherAreTheWholeListingStrongestFirst() {
        List<String> all = rows("co-mentions", "limit=all");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size() + 50; offset += 50) {
            paged.addAll(rows("co-mentions", "limit=50", "offset=" + offset));
        }
        assertEquals(all, paged);
        List<Integer> counts = all.stream().map(r -> Integer.parseInt(cells(r)[6])).toList();
        assertEquals(counts.stream().sorted((x, y) -> y - x).toList(), counts, "strongest edges first");
        List<String> strong = rows("co-mentions", "limit=all", "min=3");
        assertEquals(all.stream().filter(r -> Integer.parseInt(cells(r)[6]) >= 3).toList(), strong, "min");
        String china = "https://w3id.org/nonji/id/entity/china";
        List<String> neighbours = rows("co-mentions", "limit=all", "entity=" + china);
        assertTrue(neighbours.size() > 3, "china has neighbours");
        assertEquals(all.stream().filter(r -> r.startsWith(china + ",") || cells(r)[3].equals(china)).toList(),
                neighbours, "entity");
    }

    @Test
    void actorTotalsAreTheMentionsCountedAndAnEssayCountsOnlyItsOwn() throws Exception {
        Map<String, String> expected = new HashMap<>();
        for (String r : sparql("actors", """
                SELECT ?actor (COUNT(*) AS ?mentions) WHERE { ?m nj:entity ?actor } GROUP BY ?actor""")) {
            expected.put(cells(r)[0], cells(r)[1]);
        }
        List<String> all = rows("actors-by-mentions", "limit=all");
        assertTrue(all.size() > 20, "actors: " + all.size());
        Map<String, Integer> perEssaySum = new HashMap<>();
        for (String essay : rows("essays", "limit=all").stream().map(r -> cells(r)[0]).toList()) {
            for (String r : rows("actors-by-mentions", "limit=all", "essay=" + essay)) {
                String[] c = cells(r);
                assertEquals("1", c[4], "an essay counts itself once: " + r);
                perEssaySum.merge(c[0], Integer.parseInt(c[3]), Integer::sum);
            }
        }
        for (String r : all) {
            String[] c = cells(r);
            assertEquals(expected.get(c[0]), c[3], "mentions of " + c[0]);
            assertEquals(Integer.parseInt(c[3]), perEssaySum.get(c[0]), "per-essay counts add up for " + c[0]);
        }
    }

    @Test
    void candidateCountsAndSurfacesAreTheMentionsGroupedAndAnEssayCountsOnlyItsOwn() throws Exception {
        TreeSet<String> expected = new TreeSet<>(sparql("candidates", """
                SELECT ?c (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?e) AS ?essays)
                       (GROUP_CONCAT(DISTINCT ?s; separator=" | ") AS ?surfaces)
                WHERE { ?c a nj:Candidate . ?m nj:entity ?c ; nj:essay ?e ; nj:surface ?s }
                GROUP BY ?c"""));
        List<String> all = rows("candidates", "limit=all");
        assertTrue(all.size() > 3, "candidates: " + all.size());
        Map<String, String[]> listed = new HashMap<>();
        for (String r : all) {
            String[] c = cells(r);
            listed.put(c[0], c);
            assertTrue(c[8].contains(c[7].split(" \\| ")[0]), "the example sentence shows it: " + r);
        }
        assertEquals(expected.size(), listed.size());
        for (String e : expected) {
            String[] x = cells(e);
            String[] l = listed.get(x[0]);
            assertEquals(x[1] + "," + x[2], l[3] + "," + l[4], "mentions and essays of " + x[0]);
            // surfaces are a set: compared as sets
            assertEquals(new TreeSet<>(List.of(x[3].split(" \\| "))), new TreeSet<>(List.of(l[7].split(" \\| "))),
                    "surfaces of " + x[0]);
        }
        Map<String, Integer> perEssay = new HashMap<>();
        for (String essay : rows("essays", "limit=all").stream().map(r -> cells(r)[0]).toList()) {
            for (String r : rows("candidates", "limit=all", "essay=" + essay)) {
                assertEquals("1", cells(r)[4], "an essay counts itself once: " + r);
                perEssay.merge(cells(r)[0], Integer.parseInt(cells(r)[3]), Integer::sum);
            }
        }
        for (String r : all) {
            assertEquals(Integer.parseInt(cells(r)[3]), perEssay.get(cells(r)[0]), "per-essay counts add up: " + r);
        }
    }

    @Test
    void strategiesLandscapeCountsAsGroupingEveryRecordDoesAndAnEssayCountsOnlyItsOwn() throws Exception {
        TreeSet<String> expected = new TreeSet<>(sparql("landscape", """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?strategy (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?e) AS ?essays)
                WHERE { ?type rdfs:subClassOf* nj:Strategy . ?strategy a ?type .
                        ?m nj:entity ?strategy ; nj:essay ?e }
                GROUP BY ?strategy"""));
        TreeSet<String> positions = new TreeSet<>(sparql("landscape-positions", """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?strategy (SUM(IF(?p = nj:support, 1, 0)) AS ?s) (SUM(IF(?p = nj:oppose, 1, 0)) AS ?o)
                       (SUM(IF(?p = nj:doubt, 1, 0)) AS ?d) (COUNT(DISTINCT ?h) AS ?holders)
                WHERE { ?type rdfs:subClassOf* nj:Strategy . ?strategy a ?type .
                        ?x a nj:Position ; nj:target ?strategy ; nj:polarity ?p ; nj:holder ?h }
                GROUP BY ?strategy"""));
        List<String> rows = rows("strategies-landscape", "limit=all");
        assertTrue(rows.size() > 10, "strategies: " + rows.size());
        TreeSet<String> counted = new TreeSet<>();
        TreeSet<String> taken = new TreeSet<>();
        for (String r : rows) {
            String[] c = cells(r);
            counted.add(String.join(",", c[0], c[2], c[3]));
            if (!(c[4] + c[5] + c[6]).equals("000")) {
                taken.add(String.join(",", c[0], c[4], c[5], c[6], c[7]));
            }
        }
        assertEquals(expected, counted, "mentions and essays");
        assertEquals(positions, taken, "positions by polarity and holders");
        Map<String, Integer> perEssay = new HashMap<>();
        for (String essay : rows("essays", "limit=all").stream().map(r -> cells(r)[0]).toList()) {
            for (String r : rows("strategies-landscape", "limit=all", "essay=" + essay)) {
                perEssay.merge(cells(r)[0], Integer.parseInt(cells(r)[2]), Integer::sum);
            }
        }
        for (String r : rows) {
            assertEquals(Integer.parseInt(cells(r)[2]), perEssay.get(cells(r)[0]), "an essay's own mentions: " + r);
        }
    }

    @Test
    void stanceConflictsPairEverySupporterWithEveryOpponentAndQuoteEachSidesOwnPosition() throws Exception {
        TreeSet<String> expected = new TreeSet<>(sparql("conflict-pairs", """
                SELECT ?t ?a ?b ?op WHERE {
                  { SELECT DISTINCT ?t ?a WHERE { ?x a nj:Position ; nj:target ?t ; nj:holder ?a ;
                                                     nj:polarity nj:support } }
                  { SELECT DISTINCT ?t ?b ?op WHERE { ?y a nj:Position ; nj:target ?t ; nj:holder ?b ;
                                                         nj:polarity ?p
                                                      FILTER (?p IN (nj:oppose, nj:doubt))
                                                      BIND (STRAFTER(STR(?p), "#") AS ?op) } } }"""));
        TreeSet<String> quotes = new TreeSet<>(sparql("position-quotes", """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?t ?h ?side ?q WHERE {
                  ?x a nj:Position ; nj:target ?t ; nj:holder ?h ; nj:polarity ?p ;
                     nj:evidence/oa:hasSelector/oa:exact ?q
                  BIND (IF(?p = nj:support, "support", "against") AS ?side) }"""));
        List<String> rows = rows("stance-conflicts", "limit=all");
        assertTrue(rows.size() > 10, "conflicts: " + rows.size());
        TreeSet<String> pairs = new TreeSet<>();
        for (String r : rows) {
            String[] c = cells(r);
            pairs.add(String.join(",", c[0], c[2], c[5], c[7]));
            assertTrue(quotes.contains(String.join(",", c[0], c[2], "support", csv(c[10]))), "support quote: " + r);
            assertTrue(quotes.contains(String.join(",", c[0], c[5], "against", csv(c[11]))), "opposing quote: " + r);
        }
        assertEquals(expected, pairs);
    }

    /**
     * stance-conflicts ranks its heavy pairs (a side with more than one position) and its light ones in two runs
     * that the page is cut from as they stream: every page, also one that spans both runs or ends where the heavy
     * run ends, is that slice of the whole ranked listing.
     */
    @Test
    void stanceConflictsPagesAreSlicesOfTheWholeRankingAcrossItsTwoRuns() {
        List<String> all = rows("stance-conflicts", "limit=all");
        int heavy = (int) all.stream().map(SummaryQueriesTest::cells)
                .filter(c -> Integer.parseInt(c[4]) + Integer.parseInt(c[8]) > 2).count();
        assertTrue(heavy > 2 && heavy < all.size() - 2, "heavy " + heavy + " of " + all.size());
        for (int limit : new int[] {1, 2, heavy, heavy + 1}) {
            for (int offset : new int[] {0, heavy - 2, heavy - 1, heavy, heavy + 1, all.size() - 1}) {
                List<String> page = rows("stance-conflicts", "limit=" + limit, "offset=" + offset);
                assertEquals(all.subList(offset, Math.min(all.size(), offset + limit)), page,
                        "limit " + limit + ", offset " + offset);
            }
        }
    }

    /** A cell as the CSV writer spells it, so that it compares with a raw row. */
    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
