package org.nonji.corpus;

import java.util.List;
import java.util.Objects;

/** The readable essay files of an input, in path order, and the files that were skipped with the reason. */
public record CorpusListing(List<EssaySource> sources, List<CorpusException> skipped) {
    public CorpusListing {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }
}
