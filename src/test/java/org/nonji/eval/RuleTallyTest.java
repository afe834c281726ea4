package org.nonji.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;

/** {@code eval --by-rule}: per rule, how many of the claims it took part in the gold confirms. */
class RuleTallyTest {
    @Test
    void aRuleIsCreditedOnlyWithWhatTheGoldConfirms(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.txt"), "제목\n\n반도체특별법이 필요하다. 관세는 위험하다. "
                + "삼성전자는 엔비디아에 HBM을 공급한다.\n");
        Files.writeString(dir.resolve("t.gold.tsv"), """
                # genre: opinion
                # split: dev
                position\tauthor\tsemiconductor-special-act\tsupport
                relation\tsamsung-electronics\tsuppliesTo\tnvidia
                """);
        Tally t = new Scorer(TestKit.analyzer()).score(GoldReader.read(dir).get(0)).tally();
        String rules = t.describeRules();
        // two author judgements, one of them listed; the supply relation listed
        assertTrue(rules.matches("(?s).*\\njudge-subject +1/2 \\(0\\.50\\) +- *\\n.*"), rules);
        assertTrue(rules.matches("(?s).*\\nsupply +- +1/1 \\(1\\.00\\)\\n.*"), rules);
        // summing two texts sums the counts
        assertTrue(t.plus(t).describeRules().matches("(?s).*\\njudge-subject +2/4 \\(0\\.50\\).*"), rules);
    }
}
