package org.nonji.extract;

import java.util.Objects;

/** An entity named in an essay at {@code [begin, end)} of the essay text, inside sentence {@code sentence}. */
public record Mention(int begin, int end, String surface, Entity entity, int sentence) {
    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entity, "entity");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad mention span " + begin + "-" + end);
        }
    }

    /** Whether this mention overlaps the span. */
    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
