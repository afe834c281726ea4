package org.nonji.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One annotated text of a gold directory (format: {@code src/test/resources/gold/README.md}): the text file and
 * what a careful reader finds in it.
 */
public record GoldText(String name, Path text, String genre, String split, Set<String> entities,
                       Set<String> candidates, List<Claim> positions, List<Claim> relations,
                       List<Claim> norelations) {
    /**
     * A position (holder, target, polarity) or a relation (subject, relation, object). Each argument is a slug,
     * {@code author}, or a quoted phrase kept with its quotes ({@code "업계 관계자"}).
     */
    public record Claim(String a, String b, String c, int line) {
        public Claim {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(c, "c");
        }

        @Override
        public String toString() {
            return a + " " + b + " " + c;
        }
    }

    public GoldText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        // in file order: Set.copyOf iterates in an order that changes from one JVM to the next, and so did the
        // "entity missed" lines of eval --details
        entities = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(entities));
        candidates = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(candidates));
        positions = List.copyOf(positions);
        relations = List.copyOf(relations);
        norelations = List.copyOf(norelations);
    }

    public boolean opinion() {
        return genre.equals("opinion");
    }
}
