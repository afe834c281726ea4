package org.nonji.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;

/** A name the gold lists as a candidate that the gazetteer has learned since counts as found, not as an extra. */
class LearnedCandidateTest {
    @Test
    void aGoldCandidateNamedAsAKnownEntityIsFound(@TempDir Path dir) throws IOException {
        // 고용노동부 is in the gazetteer; the gold was written when it was not
        Files.writeString(dir.resolve("t.txt"), "제목\n\n고용노동부는 특별연장근로를 인가했다. 딥코어랩스는 칩을 만든다.\n");
        Files.writeString(dir.resolve("t.gold.tsv"), """
                # genre: news
                # split: dev
                candidate\t고용노동부\t-\t-
                candidate\t딥코어랩스\t-\t-
                candidate\t하나마이크론\t-\t-
                """);
        Scorer.TextScore score = new Scorer(TestKit.analyzer()).score(GoldReader.read(dir).get(0));
        Tally t = score.tally();
        assertEquals(2, t.candidateFound, score.notes().toString());
        assertEquals(0, t.entityFp, score.notes().toString());
        assertEquals(t.candidateRight, t.candidatePredicted, score.notes().toString());
    }
}
