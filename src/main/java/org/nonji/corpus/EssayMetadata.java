package org.nonji.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an essay says about itself: front matter fields, or the first line as title for plain text. */
public record EssayMetadata(String title, Optional<String> date, Optional<String> author, List<String> tags,
                            Optional<String> source) {
    public EssayMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        Objects.requireNonNull(source, "source");
    }
}
