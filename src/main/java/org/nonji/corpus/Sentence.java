package org.nonji.corpus;

import java.util.Objects;

/**
 * One sentence of an essay: {@code text} equals {@code essay.text().substring(begin, end)}.
 * Index counts from 0 in document order.
 */
public record Sentence(int index, int begin, int end, String text) {
    public Sentence {
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence span " + index + ":" + begin + "-" + end);
        }
        Objects.requireNonNull(text, "text");
    }

    /** Whether a span lies inside this sentence. */
    public boolean contains(int b, int e) {
        return b >= begin && e <= end;
    }
}
