package org.nonji.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.extract.Extraction;

/**
 * Minting runs the essay's checkpoint every 1,024 quads, so an essay past its time budget stops inside it, and a
 * checkpoint that never throws changes nothing.
 */
class MintingCheckpointTest {
    @Test
    void mintingStopsAtTheCheckThatThrowsAndIsUnchangedOtherwise() {
        Extraction x = TestKit.analyzer().analyze(TestKit.essay("long.txt",
                "반도체 전략\n" + "우리 정부는 HBM 투자를 늘려야 한다. 삼성전자는 제3의 길을 비판했다. ".repeat(30) + "\n"));
        List<Quad> plain = EssayGraphs.essayQuads(x);
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> EssayGraphs.essayQuads(x, () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("stopped");
            }
        }));
        assertEquals("stopped", stop.getMessage());
        AtomicInteger all = new AtomicInteger();
        assertEquals(plain, EssayGraphs.essayQuads(x, all::incrementAndGet));
        assertEquals(plain.size() / 1024, all.get(), "one check per 1,024 quads of " + plain.size());
    }
}
