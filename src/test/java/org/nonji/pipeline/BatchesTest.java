package org.nonji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.rdf.EssayGraphs;

/**
 * A worker analyses essays a batch at a time, morphology first (EssayAnalyzer.analyzeAll): the batches keep the
 * essays' order and bounds, and a batch gives each essay exactly what analysing it alone gives.
 */
class BatchesTest {
    private static List<List<Integer>> batches(List<Integer> sizes) {
        List<List<Integer>> out = new ArrayList<>();
        Batches.of(sizes.iterator(), Integer::longValue).forEachRemaining(out::add);
        return out;
    }

    @Test
    void smallItemsComeInOrderInBatchesOfAtMostMaxItems() {
        List<Integer> sizes = IntStream.range(0, 70).map(i -> 1000 + i).boxed().toList();
        List<List<Integer>> b = batches(sizes);
        assertEquals(List.of(32, 32, 6), b.stream().map(List::size).toList());
        assertEquals(sizes, b.stream().flatMap(List::stream).toList());
    }

    @Test
    void aBatchHoldsAtMostMaxBytesOfTextAndABigItemStandsAlone() {
        int third = (int) (Batches.MAX_BYTES / 3);
        List<Integer> sizes = List.of(third, third, third, third, (int) Batches.MAX_BYTES * 4, 10, 10);
        List<List<Integer>> b = batches(sizes);
        assertEquals(List.of(List.of(third, third, third), List.of(third), List.of((int) Batches.MAX_BYTES * 4),
                List.of(10, 10)), b);
        assertTrue(batches(List.of()).isEmpty());
    }

    @Test
    void aBatchGivesEveryEssayTheGraphItGivesAlone() throws Exception {
        List<Essay> essays = new ArrayList<>();
        try (var files = Files.list(TestKit.basedir().resolve("src/test/resources/gold/dev"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(6).toList()) {
                essays.add(TestKit.essay(f.getFileName().toString(), Files.readString(f)));
            }
        }
        EssayAnalyzer analyzer = TestKit.analyzer();
        List<String> alone = new ArrayList<>();
        for (Essay e : essays) {
            alone.add(EssayGraphs.essayQuads(analyzer.analyze(e)).toString());
        }
        List<String> batched = analyzer.analyzeAll(essays).stream()
                .map(x -> EssayGraphs.essayQuads(x).toString()).toList();
        assertEquals(alone, batched);
    }
}
