package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.eval.GoldReader;
import org.nonji.eval.GoldText;
import org.nonji.eval.Scorer;
import org.nonji.eval.Tally;

/**
 * Scores the extractor on the hand-annotated gold set with the {@code eval} command's scorer and prints the figures,
 * for the dev half (rules are tuned on it) and the frozen test half (never tuned on; see its README). The floors sit
 * a little under the measured figures: they catch regressions, they are not the targets.
 */
class GoldSetTest {
    private static final Path GOLD = TestKit.basedir().resolve("src/test/resources/gold");

    private static Tally score(String split) {
        List<GoldText> texts = GoldReader.read(GOLD.resolve(split));
        Scorer scorer = new Scorer(TestKit.analyzer());
        Tally t = new Tally();
        for (GoldText g : texts) {
            t = t.plus(scorer.score(g).tally());
        }
        System.out.printf("GOLD %s%n%s", split, t.describe());
        return t;
    }

    @Test
    void devHalfMeetsItsFloors() {
        Tally t = score("dev");
        assertTrue(t.texts() >= 109, "dev texts " + t.texts());
        assertTrue(t.entityPrecision() >= 0.97, "entity precision " + t.entityPrecision());
        assertTrue(t.entityRecall() >= 0.97, "entity recall " + t.entityRecall());
        assertTrue(t.candidateRecall() >= 0.75, "candidate recall " + t.candidateRecall());
        assertTrue(t.positionAccuracy() >= FLOOR_DEV_POSITIONS, "position accuracy " + t.positionAccuracy());
        assertTrue(t.positionPrecision() >= 0.43, "position precision " + t.positionPrecision());
        assertTrue(t.polarityAgreement() >= 0.85, "polarity on found pairs " + t.polarityAgreement());
        assertTrue(t.relationPrecision() >= 0.80, "relation precision " + t.relationPrecision());
        assertTrue(t.relationRecall() >= 0.42, "relation recall " + t.relationRecall());
    }

    @Test
    void frozenTestHalfMeetsItsFloors() {
        Tally t = score("test");
        assertTrue(t.texts() >= 72, "test texts " + t.texts());
        assertTrue(t.entityPrecision() >= 0.97, "entity precision " + t.entityPrecision());
        assertTrue(t.entityRecall() >= 0.97, "entity recall " + t.entityRecall());
        assertTrue(t.positionAccuracy() >= FLOOR_TEST_POSITIONS, "position accuracy " + t.positionAccuracy());
        assertTrue(t.candidateRecall() >= 0.74, "candidate recall " + t.candidateRecall());
        assertTrue(t.positionPrecision() >= 0.35, "position precision " + t.positionPrecision());
        assertTrue(t.relationPrecision() >= 0.78, "relation precision " + t.relationPrecision());
        assertTrue(t.relationRecall() >= 0.38, "relation recall " + t.relationRecall());
    }

    static final double FLOOR_DEV_POSITIONS = 0.33;
    static final double FLOOR_TEST_POSITIONS = 0.24;
}
