package org.nonji.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayIds;
import org.nonji.corpus.EssayReader;
import org.nonji.corpus.Sentence;
import org.nonji.extract.Extraction;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Kind;
import org.nonji.extract.Lexicons;
import org.nonji.extract.Mention;
import org.nonji.extract.Relation;
import org.nonji.extract.Stance;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.pipeline.EssayAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze FILE}: what nonji finds in one essay, as readable tables, for debugging the extraction. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Show sentences, mentions, candidates, relations and stances found in one essay.")
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
        EssayAnalyzer a = EssayAnalyzer.create(MorphAnalyzers.create(analyzer, gazetteer.surfaces().keySet()),
                gazetteer, Lexicons.bundled());
        Extraction x = a.analyze(essay);
        print(out, x);
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Extraction x) {
        Essay e = x.essay();
        out.printf("essay     %s (%s)%n", e.id(), e.fileName());
        out.printf("title     %s%n", e.metadata().title());
        e.metadata().date().ifPresent(d -> out.printf("date      %s%n", d));
        e.metadata().author().ifPresent(d -> out.printf("author    %s%n", d));
        out.printf("sentences %d, mentions %d, candidates %d, relations %d, stances %d (analyzer %s)%n",
                e.sentences().size(), x.knownMentions().size(), x.candidateMentions().size(),
                x.relations().size(), x.stances().size(), analyzer);
        if (sentences || morphemes) {
            out.println();
            out.println("SENTENCES");
            for (Sentence s : e.sentences()) {
                out.printf("%4d  %6d-%-6d %s%n", s.index(), s.begin(), s.end(), oneLine(s.text(), 100));
                if (morphemes) {
                    StringBuilder b = new StringBuilder();
                    for (Morpheme m : x.morphemes()) {
                        if (m.begin() >= s.begin() && m.end() <= s.end()) {
                            b.append(m.analysis()).append(' ');
                        }
                    }
                    out.println("      " + b.toString().strip());
                }
            }
        }
        out.println();
        out.println("MENTIONS");
        out.printf("%4s  %-13s  %-24s  %-36s  %-9s  %s%n", "sent", "span", "surface", "entity", "kind", "type");
        for (Mention m : x.mentions()) {
            out.printf("%4d  %-13s  %-24s  %-36s  %-9s  %s%n", m.sentence(), m.begin() + "-" + m.end(),
                    oneLine(m.surface(), 24), m.entity().kind() == Kind.CANDIDATE ? "(candidate)" : m.entity().slug(),
                    m.entity().kind().localName(), m.entity().type());
        }
        out.println();
        out.println("RELATIONS");
        for (Relation r : x.relations()) {
            out.printf("%4d  %s %s %s   cue=%s%n", r.sentence(), r.subject().entity().label(), r.relation(),
                    r.object().entity().label(), r.cue());
        }
        out.println();
        out.println("STANCES");
        out.printf("%4s  %-20s  %-8s  %-28s  %-7s  %-10s  %s%n", "sent", "holder", "polarity", "target", "flags",
                "cue", "evidence");
        for (Stance s : x.stances()) {
            String flags = (s.negated() ? "N" : "-") + (s.hedged() ? "H" : "-") + (s.byAuthor() ? "A" : "R");
            out.printf("%4d  %-20s  %-8s  %-28s  %-7s  %-10s  %s%n", s.sentence(),
                    s.holder().map(m -> m.entity().label()).orElse("(author)"), s.polarity().localName(),
                    oneLine(s.target().entity().label(), 28), flags, s.cue(),
                    oneLine(e.text().substring(s.begin(), s.end()), 80));
        }
        out.println();
        out.println("flags: N negated, H hedged, A author's own voice, R reported");
    }

    private static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
