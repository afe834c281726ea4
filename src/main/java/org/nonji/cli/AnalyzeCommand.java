package org.nonji.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayIds;
import org.nonji.corpus.EssayReader;
import org.nonji.corpus.Sentence;
import org.nonji.extract.Concept;
import org.nonji.extract.Entity;
import org.nonji.extract.Extraction;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Kind;
import org.nonji.extract.Lexicons;
import org.nonji.extract.Mention;
import org.nonji.extract.Position;
import org.nonji.extract.Relation;
import org.nonji.extract.RuleBook;
import org.nonji.extract.Stance;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.pipeline.EssayAnalyzer;
import org.nonji.syntax.Parse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze FILE}: what nonji finds in one essay, as readable tables, for debugging the extraction. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Show sentences, mentions, candidates, concepts, relations, stances and positions found in "
                + "one essay; --explain adds the rules behind each.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "An essay file (.txt or .md).")
    Path file;

    @Option(names = "--analyzer", defaultValue = "nori", description = "nori (default) or komoran.")
    String analyzer;

    @Option(names = "--morphemes", description = "Also list the morphemes of every sentence.")
    boolean morphemes;

    @Option(names = "--sentences", description = "Also list every sentence with its span.")
    boolean sentences;

    @Option(names = "--parse", description = "Also show each sentence's dependency parse (word, kind, role, "
            + "ending, head, label, predicate).")
    boolean parse;

    @Option(names = "--explain", description = "Show the rules behind every stance, position and relation, and "
            + "what each rule does.")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new NonjiException(file + ": not a file", ExitCodes.BAD_INPUT);
            }
            if (Files.size(file) > EssayReader.DEFAULT_MAX_BYTES) {
                throw new NonjiException(file + ": too large: " + Files.size(file) + " bytes", ExitCodes.BAD_INPUT);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NonjiException(file + ": unreadable: " + e.getMessage(), ExitCodes.BAD_INPUT, e);
        }
        String name = file.getFileName().toString();
        Essay essay = new EssayReader().read(EssayIds.of(name), name, bytes);
        Gazetteer gazetteer = Gazetteer.bundled();
        EssayAnalyzer a = EssayAnalyzer.create(MorphAnalyzers.create(analyzer, gazetteer.userWords()),
                gazetteer, Lexicons.bundled());
        Extraction x = a.analyze(essay);
        print(out, x, a);
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Extraction x, EssayAnalyzer a) {
        Essay e = x.essay();
        out.printf("essay     %s (%s)%n", e.id(), e.fileName());
        out.printf("title     %s%n", e.metadata().title());
        e.metadata().date().ifPresent(d -> out.printf("date      %s%n", d));
        e.metadata().author().ifPresent(d -> out.printf("author    %s%n", d));
        out.printf("sentences %d, mentions %d, candidates %d, concepts %d, relations %d, stances %d, positions %d "
                        + "(analyzer %s)%n", e.sentences().size(), x.knownMentions().size(),
                x.candidateMentions().size(), x.concepts().size(), x.relations().size(), x.stances().size(),
                x.positions().size(), analyzer);
        // the analyser's morphemes again: an extraction does not keep them
        List<Morpheme> tokens = morphemes || parse ? a.morphemes(e) : List.of();
        if (sentences || morphemes) {
            out.println();
            out.println("SENTENCES");
            for (Sentence s : e.sentences()) {
                out.printf("%4d  %6d-%-6d %s%n", s.index(), s.begin(), s.end(), oneLine(s.text(), 100));
                if (morphemes) {
                    StringBuilder b = new StringBuilder();
                    for (Morpheme m : tokens) {
                        if (m.begin() >= s.begin() && m.end() <= s.end()) {
                            b.append(m.analysis()).append(' ');
                        }
                    }
                    out.println("      " + b.toString().strip());
                }
            }
        }
        if (parse) {
            out.println();
            out.println("PARSE");
            for (Parse p : a.parse(e, tokens, x.mentions())) {
                out.println(p.describe(e.text()));
            }
        }
        Set<String> used = new LinkedHashSet<>();
        out.println();
        out.println("MENTIONS");
        out.printf("%4s  %-13s  %-24s  %-36s  %-9s  %s%n", "sent", "span", "surface", "entity", "kind", "type");
        for (Mention m : x.mentions()) {
            out.printf("%4d  %-13s  %-24s  %-36s  %-9s  %s%n", m.sentence(), m.begin() + "-" + m.end(),
                    oneLine(m.surface(), 24), m.entity().kind() == Kind.CANDIDATE ? "(candidate)" : m.entity().slug(),
                    m.entity().kind().localName(), m.entity().type());
        }
        out.println();
        out.println("CONCEPTS");
        for (Concept c : x.concepts()) {
            out.printf("      %-40s  %-9s  about %s%n", oneLine(c.entity().labelKo(), 40), c.entity().type(),
                    c.about().stream().map(Entity::label).toList());
        }
        out.println();
        out.println("RELATIONS");
        for (Relation r : x.relations()) {
            String flags = (r.negated() ? "N" : "-") + (r.hedged() ? "H" : "-") + (r.asserted() ? "A" : "-");
            out.printf("%4d  %s %s %s  %s  cue=%s%s%n", r.sentence(), r.subject().entity().label(), r.relation(),
                    r.object().entity().label(), flags, r.cue(), explain ? "  rules=" + String.join(",", r.rules())
                            : "");
            used.addAll(r.rules());
        }
        out.println();
        out.println("STANCES");
        out.printf("%4s  %-20s  %-8s  %-28s  %-7s  %-10s  %s%n", "sent", "holder", "polarity", "target", "flags",
                "cue", "evidence");
        for (Stance s : x.stances()) {
            String flags = (s.negated() ? "N" : "-") + (s.hedged() ? "H" : "-") + (s.conceded() ? "C" : "-")
                    + (s.byAuthor() ? "A" : "R");
            out.printf("%4d  %-20s  %-8s  %-28s  %-7s  %-10s  %s%n", s.sentence(),
                    s.holder().map(m -> m.entity().label()).orElse("(author)"), s.polarity().localName(),
                    oneLine(s.target().entity().label(), 28), flags, oneLine(s.cue(), 10),
                    oneLine(e.text().substring(s.begin(), s.end()), 80));
            if (explain) {
                out.printf("      rules: %s%n", String.join(" → ", s.rules()));
            }
            used.addAll(s.rules());
        }
        out.println();
        out.println("POSITIONS");
        for (Position p : x.positions()) {
            out.printf("      %-20s  %-8s  %-36s  stances %d (support %d, oppose %d, doubt %d)  «%s»%n",
                    p.holder().map(m -> m.entity().label()).orElse("(author)"), p.polarity().localName(),
                    oneLine(p.target().entity().label(), 36), p.stances().size(), p.supports(), p.opposes(),
                    p.doubts(), oneLine(e.text().substring(p.decisive().begin(), p.decisive().end()), 70));
        }
        if (!x.positions().isEmpty()) {
            used.add("net-position");
        }
        out.println();
        out.println("flags: N negated, H hedged, C conceded, A author's own voice / asserted, R reported");
        if (explain) {
            out.println();
            out.println("RULES USED");
            for (RuleBook.Rule r : a.rules().ordered()) {
                if (used.contains(r.id())) {
                    out.printf("  %-18s %s%n", r.id(), r.description());
                }
            }
        }
    }

    private static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
