package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.nonji.corpus.CorpusException;
import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssaySource;
import org.nonji.extract.Extraction;
import org.nonji.extract.Kind;
import org.nonji.nlp.Morpheme;
import org.nonji.rdf.EssayGraphs;
import org.nonji.store.ShaclCheck;
import org.nonji.store.Violation;

/**
 * The per-essay path of a build, run on the worker threads a batch of essays at a time: read the file again,
 * analyse, mint the essay's graph, validate it. Each thread has its own analyser; everything else here is shared
 * and immutable.
 */
final class EssayProcessor {
    private final CorpusReader reader;
    private final Supplier<EssayAnalyzer> borrow;
    private final Consumer<EssayAnalyzer> release;
    private final ShaclCheck.Essays validator;
    private final Node build;
    private final Consumer<List<Quad>> text;
    private final StageTimes times;
    private final java.time.Duration timeout;

    /**
     * @param borrow  gives this thread an analyser of its own (they are not shared between threads)
     * @param release takes it back when the essay is done
     * @param text    indexes an essay's text as soon as it is made (thread-safe)
     * @param timeout the time one essay may take (zero: no limit), see {@link EssayDeadline}
     */
    EssayProcessor(CorpusReader reader, Supplier<EssayAnalyzer> borrow, Consumer<EssayAnalyzer> release,
                   ShaclCheck.Essays validator, Node build, Consumer<List<Quad>> text, StageTimes times,
                   java.time.Duration timeout) {
        this.reader = reader;
        this.borrow = borrow;
        this.release = release;
        this.validator = validator;
        this.build = build;
        this.text = text;
        this.times = times;
        this.timeout = timeout;
    }

    /**
     * A batch of consecutive essays (see {@link Batches}): each read and taken through morphology first, then each
     * through the rest, so that the analyser's dictionaries stay in the CPU cache ({@link EssayAnalyzer#analyzeAll}).
     * Each essay's deadline counts its own work only, and the results are what essay-by-essay processing gives.
     */
    List<EssayResult> process(List<EssaySource> batch) {
        EssayAnalyzer analyzer = borrow.get();
        try {
            List<Staged> staged = new ArrayList<>(batch.size());
            for (EssaySource source : batch) {
                staged.add(morphology(analyzer, source));
            }
            List<EssayResult> out = new ArrayList<>(batch.size());
            for (Staged s : staged) {
                out.add(s.done() != null ? s.done() : rest(analyzer, s));
            }
            return out;
        } finally {
            release.accept(analyzer);
        }
    }

    /** An essay read and through morphology (with the time that took), or what it gave when it stopped there. */
    private record Staged(EssaySource source, Essay essay, List<Morpheme> morphemes, EssayDeadline deadline,
                          long spentNanos, EssayResult done) {
    }

    private Staged morphology(EssayAnalyzer analyzer, EssaySource source) {
        EssayDeadline deadline = EssayDeadline.start(source.fileName(), timeout);
        try {
            Essay essay = times.time("read", () -> reader.load(source));
            deadline.check("reading");
            List<Morpheme> morphemes = analyzer.morphology(essay, times, deadline);
            return new Staged(source, essay, morphemes, deadline, deadline.elapsedNanos(), null);
        } catch (CorpusException e) {
            return new Staged(source, null, null, deadline, 0, EssayResult.unreadable(source, e));
        }
    }

    private EssayResult rest(EssayAnalyzer analyzer, Staged s) {
        EssayDeadline deadline = s.deadline().resumed(s.spentNanos());
        Extraction x;
        List<Quad> quads;
        List<Violation> violations;
        try {
            x = analyzer.extract(s.essay(), s.morphemes(), times, deadline);
            quads = times.time("rdf", () -> EssayGraphs.essayQuads(x, deadline.during("minting")));
            deadline.check("minting");
            List<Triple> links = EssayGraphs.provenance(build, s.essay().id());
            violations = times.time("validate", () -> validator.validateQuads(quads, links,
                    deadline.during("validation")));
        } catch (CorpusException e) {
            return EssayResult.unreadable(s.source(), e);
        }
        if (violations.isEmpty()) {
            times.run("index", () -> text.accept(quads));
        }
        return new EssayResult(s.source(), quads, counts(x), violations, java.util.Optional.empty(), x.limits());
    }

    private static EssayResult.Counts counts(Extraction x) {
        Set<String> entities = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        x.mentions().forEach(m -> (m.entity().kind() == Kind.CANDIDATE ? candidates : entities)
                .add(m.entity().iri()));
        return new EssayResult.Counts(x.essay().sentences().size(), x.mentions().size(), x.relations().size(),
                x.coMentions().size(), x.stances().size(), x.essay().text().length(), entities, candidates);
    }
}
