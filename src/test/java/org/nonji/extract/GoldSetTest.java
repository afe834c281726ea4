package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;

/**
 * Scores the extractor against the hand-written gold set in {@code src/test/resources/gold/} (the seeds plus short
 * essays written for it, annotated without looking at system output) and prints the figures. The floors sit a
 * little under the measured figures: they catch regressions, they are not the targets.
 */
class GoldSetTest {
    private static final Path GOLD = TestKit.basedir().resolve("src/test/resources/gold");
    private static final Path SEEDS = TestKit.basedir().resolve("seeds");

    record Gold(Set<String> entities, Set<String> candidates, List<String[]> stances) {
    }

    @Test
    void extractionMeetsTheFloorsOnTheGoldSet() throws IOException {
        int tpE = 0;
        int fpE = 0;
        int fnE = 0;
        int candFound = 0;
        int candGold = 0;
        int candPred = 0;
        int candPredGood = 0;
        int stanceGold = 0;
        int stanceFound = 0;
        int stanceCorrect = 0;
        int authorGold = 0;
        int authorCorrect = 0;
        List<String> report = new ArrayList<>();
        for (Path goldFile : goldFiles()) {
            String stem = goldFile.getFileName().toString().replace(".gold.tsv", "");
            Path text = Files.exists(GOLD.resolve(stem + ".txt")) ? GOLD.resolve(stem + ".txt")
                    : SEEDS.resolve(stem + ".txt");
            Gold gold = parse(goldFile);
            Essay essay = new EssayReader().read(stem, stem + ".txt", Files.readAllBytes(text));
            Extraction x = TestKit.analyzer().analyze(essay);

            Set<String> predicted = new LinkedHashSet<>();
            x.knownMentions().forEach(m -> predicted.add(m.entity().slug()));
            int tp = (int) predicted.stream().filter(gold.entities()::contains).count();
            tpE += tp;
            fpE += predicted.size() - tp;
            fnE += gold.entities().size() - tp;
            List<String> missed = gold.entities().stream().filter(e -> !predicted.contains(e)).toList();
            List<String> extra = predicted.stream().filter(e -> !gold.entities().contains(e)).toList();

            Set<String> predCands = new LinkedHashSet<>();
            x.candidateMentions().forEach(m -> predCands.add(m.surface()));
            candGold += gold.candidates().size();
            for (String g : gold.candidates()) {
                if (predCands.stream().anyMatch(p -> sameName(p, g))) {
                    candFound++;
                }
            }
            candPred += predCands.size();
            for (String p : predCands) {
                if (gold.candidates().stream().anyMatch(g -> sameName(p, g))) {
                    candPredGood++;
                }
            }

            List<String> wrongStances = new ArrayList<>();
            for (String[] s : gold.stances()) {
                stanceGold++;
                boolean author = s[0].equals("author");
                if (author) {
                    authorGold++;
                }
                Map<String, Integer> votes = new HashMap<>();
                for (Stance st : x.stances()) {
                    String holder = st.holder().map(h -> h.entity().slug()).orElse("author");
                    if (holder.equals(s[0]) && st.target().entity().slug().equals(s[1])) {
                        votes.merge(st.polarity().localName(), 1, Integer::sum);
                    }
                }
                if (votes.isEmpty()) {
                    wrongStances.add(String.join(" ", s) + " (none)");
                    continue;
                }
                stanceFound++;
                String majority = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                if (majority.equals(s[2])) {
                    stanceCorrect++;
                    if (author) {
                        authorCorrect++;
                    }
                } else {
                    wrongStances.add(String.join(" ", s) + " (got " + votes + ")");
                }
            }
            report.add(String.format("%-28s entities %d/%d missed=%s extra=%s%n%28s stances wrong=%s", stem, tp,
                    gold.entities().size(), missed, extra, "", wrongStances));
        }
        double precision = tpE / (double) Math.max(1, tpE + fpE);
        double recall = tpE / (double) Math.max(1, tpE + fnE);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        double candRecall = candFound / (double) Math.max(1, candGold);
        double candPrecision = candPredGood / (double) Math.max(1, candPred);
        double stanceAcc = stanceCorrect / (double) Math.max(1, stanceGold);
        double authorAcc = authorCorrect / (double) Math.max(1, authorGold);
        report.forEach(System.out::println);
        System.out.printf("GOLD entities: precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)%n", precision,
                recall, f1, tpE, fpE, fnE);
        System.out.printf("GOLD candidates: recall %.3f (%d/%d), precision %.3f (%d/%d)%n", candRecall, candFound,
                candGold, candPrecision, candPredGood, candPred);
        System.out.printf("GOLD stances: polarity correct %.3f (%d/%d), found %d; author stances correct %.3f "
                + "(%d/%d)%n", stanceAcc, stanceCorrect, stanceGold, stanceFound, authorAcc, authorCorrect, authorGold);
        assertTrue(precision >= FLOOR_ENTITY_PRECISION, "entity precision " + precision);
        assertTrue(recall >= FLOOR_ENTITY_RECALL, "entity recall " + recall);
        assertTrue(candRecall >= FLOOR_CANDIDATE_RECALL, "candidate recall " + candRecall);
        assertTrue(authorAcc >= FLOOR_AUTHOR_STANCE, "author stance accuracy " + authorAcc);
    }

    static final double FLOOR_ENTITY_PRECISION = 0.95;
    static final double FLOOR_ENTITY_RECALL = 0.95;
    static final double FLOOR_CANDIDATE_RECALL = 0.65;
    static final double FLOOR_AUTHOR_STANCE = 0.75;

    /** A predicted candidate names a gold one when equal without spaces, or one contains the other. */
    static boolean sameName(String predicted, String gold) {
        String p = predicted.replace(" ", "");
        String g = gold.replace(" ", "");
        return p.equals(g) || (p.length() >= 2 && g.contains(p) && p.length() * 2 >= g.length())
                || (g.length() >= 2 && p.contains(g) && g.length() * 2 >= p.length());
    }

    private static List<Path> goldFiles() throws IOException {
        try (Stream<Path> s = Files.list(GOLD)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.tsv")).sorted().toList();
        }
    }

    static Gold parse(Path file) throws IOException {
        TsvTable t = TsvTable.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), 4);
        Set<String> entities = new LinkedHashSet<>();
        Set<String> candidates = new LinkedHashSet<>();
        List<String[]> stances = new ArrayList<>();
        Map<String, String> unused = new TreeMap<>();
        for (TsvTable.Row r : t.rows()) {
            switch (r.get(0)) {
                case "entity" -> entities.add(r.get(1));
                case "candidate" -> candidates.add(r.get(1));
                case "stance" -> stances.add(new String[] {r.get(1), r.get(2), r.get(3)});
                default -> unused.put(r.get(0), r.file() + ":" + r.line());
            }
        }
        assertTrue(unused.isEmpty(), "unknown row types " + unused);
        return new Gold(entities, candidates, stances);
    }
}
