package org.nonji.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.nonji.corpus.CorpusException;
import org.nonji.corpus.EssaySource;
import org.nonji.extract.LimitHit;
import org.nonji.store.Violation;

/**
 * One essay after the per-essay path: its graph's quads and figures, or why it could not be read, or the SHACL
 * violations that keep it out of the store; and the per-essay limits it reached.
 */
record EssayResult(EssaySource source, List<Quad> quads, Counts counts, List<Violation> violations,
                   Optional<CorpusException> unreadable, List<LimitHit> limits) {
    EssayResult {
        quads = List.copyOf(quads);
        violations = List.copyOf(violations);
        limits = List.copyOf(limits);
    }

    static EssayResult unreadable(EssaySource source, CorpusException e) {
        return new EssayResult(source, List.of(), Counts.NONE, List.of(), Optional.of(e), List.of());
    }

    /** What one essay adds to the build summary. */
    record Counts(int sentences, int mentions, int relations, int coMentions, int stances, long chars,
                  Set<String> entities, Set<String> candidates) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, Set.of(), Set.of());
    }
}
