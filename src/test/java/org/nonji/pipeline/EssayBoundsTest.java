package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.ExitCodes;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.extract.CoMention;
import org.nonji.extract.EssayLimits;
import org.nonji.extract.Extraction;
import org.nonji.extract.LimitHit;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.rdf.EssayGraphs;

/** An essay's graph is linear in its length and capped: a list of names is no quadratic bomb. */
class EssayBoundsTest {
    /**
     * Quads per 1,000 characters any essay may give (README "Limits"; the bound). A list names ~170
     * entities per 1,000 characters, each mention ~15 quads with its evidence, so it is the first 100 mentions of
     * each (at most 2,500-character) sentence that bound it; pairs add at most 66 per sentence. Before the limits
     * the same list gave over 40,000.
     */
    static final int MAX_QUADS_PER_1000_CHARS = 2_000;

    /** ~50 KB of the gazetteer's names, comma-separated, on one line without a sentence end. */
    private static String listOfNames(int chars) {
        List<String> names = TestKit.gazetteer().surfaces().keySet().stream()
                .filter(s -> s.length() >= 2 && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c)))
                .sorted().toList();
        StringBuilder b = new StringBuilder("이름 목록\n");
        for (int i = 0; b.length() < chars; i++) {
            b.append(names.get(i % names.size())).append(", ");
        }
        return b.append('\n').toString();
    }

    @Test
    void aFiftyKilobyteListOfNamesBuildsInBoundedQuads() {
        Essay essay = TestKit.essay("list.txt", listOfNames(50_000));
        Extraction x = TestKit.analyzer().analyze(essay);
        List<Quad> quads = EssayGraphs.essayQuads(x);
        double perThousand = quads.size() * 1000.0 / essay.text().length();
        assertTrue(perThousand <= MAX_QUADS_PER_1000_CHARS, quads.size() + " quads for " + essay.text().length()
                + " chars: " + perThousand + " per 1,000");
        EssayLimits limits = EssayLimits.DEFAULT;
        assertTrue(x.coMentions().size() <= limits.pairs(), "pairs " + x.coMentions().size());
        for (CoMention c : x.coMentions()) {
            assertTrue(c.sentences().size() <= limits.evidencePerPair(), "evidence of " + c);
            assertTrue(c.count() >= c.sentences().size(), "count of " + c);
        }
        assertTrue(x.limits().stream().anyMatch(l -> l.what().startsWith("entities of one sentence")), x.limits()
                .toString());
    }

    @Test
    void mentionsStancesAndPairsStopAtTheirLimitsAndSaySo() {
        EssayAnalyzer small = EssayAnalyzer.create(MorphAnalyzers.create("nori",
                TestKit.gazetteer().userWords()), TestKit.gazetteer(), TestKit.lexicons(),
                new EssayLimits(200, 100, 3, 5, 4, 1));
        String stances = "삼성전자는 HBM 투자를 확대해야 한다. 정부는 반도체 보조금을 늘려야 한다. "
                + "SK하이닉스는 중국 수출을 줄여야 한다. 미국은 관세를 낮춰야 한다. 삼성전자는 파운드리를 포기하면 안 된다.\n";
        Extraction x = small.analyze(TestKit.essay("list.txt", stances + listOfNames(5_000)));
        assertEquals(200, x.mentions().size());
        assertTrue(x.stances().size() <= 3, "stances " + x.stances().size());
        assertTrue(x.coMentions().size() <= 5 && x.coMentions().stream().allMatch(c -> c.sentences().size() == 1));
        String hits = x.limits().stream().map(LimitHit::what).collect(Collectors.joining(","));
        assertTrue(hits.contains("mentions") && hits.contains("co-mention pairs")
                && hits.contains("entities of one sentence"), hits);
        EssayGraphs.essayQuads(x);   // a cut extraction still mints (positions keep only whole stance sets)
    }

    @Test
    void aBuildSaysWhichLimitAnEssayReachedAndStillValidates(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("list.txt"), listOfNames(8_000), StandardCharsets.UTF_8);
        TestKit.Run r = TestKit.cli("build", "--input", in.toString(), "--out", tmp.resolve("o.trig").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("limit: list.txt: entities of one sentence paired as "
                + "co-mentions: ") && l.contains(" kept")), r.err());
    }
}
