package org.nonji.corpus;

import java.util.List;
import java.util.Objects;

/** The essays read from an input directory, in path order, and the files that were skipped with the reason. */
public record Corpus(List<Essay> essays, List<CorpusException> skipped) {
    public Corpus {
        essays = List.copyOf(Objects.requireNonNull(essays, "essays"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }
}
