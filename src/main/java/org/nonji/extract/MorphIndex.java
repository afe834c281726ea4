package org.nonji.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nonji.nlp.Morpheme;

/** Morpheme boundaries of an essay by offset, for word-internal decisions (is there a morpheme break here?). */
public final class MorphIndex {
    private final BitSet begins = new BitSet();
    private final BitSet ends = new BitSet();
    private final Map<Integer, Morpheme> shortestAt = new HashMap<>();
    private final Map<Integer, Morpheme> shortestEndingAt = new HashMap<>();
    private final Map<Integer, Morpheme> longestAt = new HashMap<>();

    public MorphIndex(List<Morpheme> morphemes) {
        for (Morpheme m : morphemes) {
            begins.set(m.begin());
            ends.set(m.end());
            Morpheme prev = shortestAt.get(m.begin());
            if (prev == null || m.end() < prev.end()) {
                shortestAt.put(m.begin(), m);
            }
            Morpheme longest = longestAt.get(m.begin());
            if (longest == null || m.end() > longest.end()) {
                longestAt.put(m.begin(), m);
            }
            Morpheme last = shortestEndingAt.get(m.end());
            if (last == null || m.begin() > last.begin()) {
                shortestEndingAt.put(m.end(), m);
            }
        }
    }

    /** Whether some morpheme begins at the offset. */
    public boolean beginsAt(int offset) {
        return begins.get(offset);
    }

    /** Whether some morpheme ends at the offset. */
    public boolean endsAt(int offset) {
        return ends.get(offset);
    }

    /** The shortest morpheme beginning at the offset, or null. */
    public Morpheme at(int offset) {
        return shortestAt.get(offset);
    }

    /** The longest morpheme beginning at the offset (a dictionary compound rather than its parts), or null. */
    public Morpheme longestAt(int offset) {
        return longestAt.get(offset);
    }

    /** Whether the word ending at the offset ends in a verbal ending (하고, 했으며, 있지만). */
    public boolean endsWithEnding(int offset) {
        Morpheme m = shortestEndingAt.get(offset);
        return m != null && (m.tag().isEnding() || m.analysis().matches(".*/E[A-Z]*$"));
    }

    /** True when the morphemes from {@code b} to {@code e} chain exactly and are all functional (particles…). */
    public boolean functionalRun(int b, int e) {
        int i = b;
        while (i < e) {
            Morpheme m = shortestAt.get(i);
            if (m == null || m.end() > e || !m.tag().isFunctional()) {
                return false;
            }
            i = m.end();
        }
        return true;
    }
}
