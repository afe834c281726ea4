package org.nonji.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.eval.GoldReader;
import org.nonji.eval.GoldText;
import org.nonji.eval.Scorer;
import org.nonji.eval.Tally;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.pipeline.EssayAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --gold DIR}: scores the extraction against hand-annotated texts, per split (dev, test). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score entities, candidates, positions and relations against a gold directory: NAME.txt "
                + "with NAME.gold.tsv (format: src/test/resources/gold/README.md). Prints figures per split "
                + "(the '# split:' header, else the first sub-directory), then for all texts."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold directory.")
    Path gold;

    @Option(names = "--split", paramLabel = "NAME", description = "Only texts of this split (dev, test).")
    String split;

    @Option(names = "--details", description = "List, per text, what was missed and what was extra.")
    boolean details;

    @Option(names = "--by-rule", description = "Also print, per stance and relation rule, how many of the positions "
            + "and relations it made the gold confirms (its precision).")
    boolean byRule;

    @Option(names = "--analyzer", defaultValue = "nori", description = "nori (default) or komoran.")
    String analyzer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldText> texts = new ArrayList<>(GoldReader.read(gold));
        if (split != null) {
            texts.removeIf(t -> !t.split().equals(split));
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        EssayAnalyzer a = EssayAnalyzer.create(MorphAnalyzers.create(analyzer, gazetteer.userWords()),
                gazetteer, Lexicons.bundled());
        Scorer scorer = new Scorer(a);
        Map<String, Tally> bySplit = new TreeMap<>();
        Tally all = new Tally();
        int i = 0;
        for (GoldText t : texts) {
            err.printf("[%d/%d] %s%n", ++i, texts.size(), t.name());
            err.flush();
            Scorer.TextScore s = scorer.score(t);
            bySplit.merge(t.split(), s.tally(), Tally::plus);
            all = all.plus(s.tally());
            if (details) {
                out.printf("== %s (%s, %s)%n", t.name(), t.split(), t.genre());
                s.notes().forEach(n -> out.println("  " + n));
            }
        }
        for (var e : bySplit.entrySet()) {
            out.printf("%n# split %s%n%s", e.getKey(), e.getValue().describe());
            if (byRule) {
                out.printf("%n%s", e.getValue().describeRules());
            }
        }
        if (bySplit.size() > 1) {
            out.printf("%n# all%n%s", all.describe());
            if (byRule) {
                out.printf("%n%s", all.describeRules());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
