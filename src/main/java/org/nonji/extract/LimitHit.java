package org.nonji.extract;

import java.util.Objects;

/** A per-essay limit an essay reached: what was counted, how many were found and how many were kept. */
public record LimitHit(String what, long found, long kept) {
    public LimitHit {
        Objects.requireNonNull(what, "what");
    }

    /** One line for the build's progress: {@code co-mention pairs: 45210 found, 5000 kept}. */
    @Override
    public String toString() {
        return what + ": " + found + " found, " + kept + " kept";
    }
}
