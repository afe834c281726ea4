package org.nonji.extract;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import org.nonji.nlp.Morpheme;

/** Morpheme boundaries of an essay by offset, for word-internal decisions (is there a morpheme break here?). */
public final class MorphIndex {
    private static final Pattern ENDING_ANALYSIS = Pattern.compile(".*/E[A-Z]*$");

    private final BitSet begins = new BitSet();
    private final BitSet ends = new BitSet();
    // by offset: arrays, not maps of boxed offsets (built for every essay, looked up for every word)
    private final Morpheme[] shortestAt;
    private final Morpheme[] shortestEndingAt;
    private final Morpheme[] longestAt;

    public MorphIndex(List<Morpheme> morphemes) {
        int size = 1;
        for (Morpheme m : morphemes) {
            size = Math.max(size, m.end() + 1);
        }
        shortestAt = new Morpheme[size];
        shortestEndingAt = new Morpheme[size];
        longestAt = new Morpheme[size];
        for (Morpheme m : morphemes) {
            begins.set(m.begin());
            ends.set(m.end());
            Morpheme prev = shortestAt[m.begin()];
            if (prev == null || m.end() < prev.end()) {
                shortestAt[m.begin()] = m;
            }
            Morpheme longest = longestAt[m.begin()];
            if (longest == null || m.end() > longest.end()) {
                longestAt[m.begin()] = m;
            }
            Morpheme last = shortestEndingAt[m.end()];
            if (last == null || m.begin() > last.begin()) {
                shortestEndingAt[m.end()] = m;
            }
        }
    }

    private static Morpheme get(Morpheme[] byOffset, int offset) {
        return offset >= 0 && offset < byOffset.length ? byOffset[offset] : null;
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
        return get(shortestAt, offset);
    }

    /** The longest morpheme beginning at the offset (a dictionary compound rather than its parts), or null. */
    public Morpheme longestAt(int offset) {
        return get(longestAt, offset);
    }

    /** Whether the word ending at the offset ends in a verbal ending (하고, 했으며, 있지만). */
    public boolean endsWithEnding(int offset) {
        Morpheme m = get(shortestEndingAt, offset);
        return m != null && (m.tag().isEnding() || ENDING_ANALYSIS.matcher(m.analysis()).matches());
    }

    /** True when the morphemes from {@code b} to {@code e} chain exactly and are all functional (particles…). */
    public boolean functionalRun(int b, int e) {
        int i = b;
        while (i < e) {
            Morpheme m = get(shortestAt, i);
            if (m == null || m.end() > e || !m.tag().isFunctional()) {
                return false;
            }
            i = m.end();
        }
        return true;
    }
}
