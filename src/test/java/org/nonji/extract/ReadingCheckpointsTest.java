package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.pipeline.EssayAnalyzer;
import org.nonji.syntax.Grammar;
import org.nonji.syntax.Parse;

/**
 * The stance and relation readings run a checkpoint before every parse unit, so an essay past its time budget
 * stops inside them (the pipeline's checkpoint throws), and a checkpoint that never throws changes nothing.
 */
class ReadingCheckpointsTest {
    private static final String TEXT = "제목\n삼성전자는 HBM 투자를 늘려야 한다. SK하이닉스가 엔비디아에 HBM을 공급한다. "
            + "중국은 수출통제에 반발했다.\n";

    private record Read(Extraction x, List<Parse> parses) {
    }

    private static Read read() {
        EssayAnalyzer a = TestKit.analyzer();
        Essay e = TestKit.essay("r.txt", TEXT);
        Extraction x = a.analyze(e);
        return new Read(x, a.parse(e, a.morphemes(e), x.mentions()));
    }

    /** A checkpoint that counts its calls and throws on the n-th. */
    private static Runnable stopAt(int n, AtomicInteger calls) {
        return () -> {
            if (calls.incrementAndGet() == n) {
                throw new IllegalStateException("stopped at check " + n);
            }
        };
    }

    @Test
    void stancesStopAtTheCheckThatThrowsAndAreUnchangedOtherwise() {
        Read r = read();
        EssayAnalyzer a = TestKit.analyzer();
        ParseStanceExtractor s = new ParseStanceExtractor(a.cues(), a.rules(), Grammar.bundled());
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException stop = assertThrows(IllegalStateException.class,
                () -> s.extract(r.x().essay(), r.parses(), r.x().mentions(), stopAt(2, calls)));
        assertEquals("stopped at check 2", stop.getMessage());
        AtomicInteger all = new AtomicInteger();
        StanceExtractor.Result checked = s.extract(r.x().essay(), r.parses(), r.x().mentions(), all::incrementAndGet);
        assertEquals(r.parses().size(), all.get(), "one check per parse unit");
        assertTrue(r.parses().size() >= 3, "parse units: " + r.parses().size());
        assertEquals(r.x().stances(), checked.stances());
    }

    @Test
    void relationsStopAtTheCheckThatThrowsAndAreUnchangedOtherwise() {
        Read r = read();
        EssayAnalyzer a = TestKit.analyzer();
        FrameRelationExtractor f = new FrameRelationExtractor(a.cues(), a.rules(), Grammar.bundled());
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class,
                () -> f.extract(r.x().essay(), r.parses(), r.x().mentions(), stopAt(2, calls)));
        assertEquals(2, calls.get());
        AtomicInteger all = new AtomicInteger();
        List<Relation> checked = f.extract(r.x().essay(), r.parses(), r.x().mentions(), all::incrementAndGet);
        assertEquals(r.parses().size(), all.get(), "one check per parse unit");
        assertEquals(r.x().relations(), checked);
        assertTrue(!checked.isEmpty(), "the supply sentence gives a relation");
    }
}
