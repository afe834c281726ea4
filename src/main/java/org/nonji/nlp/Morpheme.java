package org.nonji.nlp;

import java.util.Objects;

/**
 * One token of morphological analysis: its surface as it stands in the text at {@code [begin, end)}, its tag, and
 * the analyser's reading of it ({@code 하/VV+었/EP+다/EF} for an inflected form, else surface/TAG).
 */
public record Morpheme(String surface, int begin, int end, PosTag tag, String analysis) {
    public Morpheme {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(analysis, "analysis");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad morpheme span " + begin + "-" + end);
        }
    }
}
