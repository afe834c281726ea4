package org.nonji.extract;

import java.util.BitSet;
import java.util.List;

import org.nonji.corpus.Sentence;

/** Marks the characters inside quotation marks, sentence by sentence ("…", “…”, ″…″, '…', ‘…’, 「…」, 『…』). */
final class Quotations {
    private Quotations() {
    }

    static BitSet of(String text, List<Sentence> sentences) {
        BitSet quoted = new BitSet(text.length());
        for (Sentence s : sentences) {
            mark(text, s.begin(), s.end(), '"', '"', quoted);
            mark(text, s.begin(), s.end(), '“', '”', quoted);
            mark(text, s.begin(), s.end(), '″', '″', quoted);   // a double prime, as some outlets quote
            mark(text, s.begin(), s.end(), '‘', '’', quoted);
            mark(text, s.begin(), s.end(), '「', '」', quoted);
            mark(text, s.begin(), s.end(), '『', '』', quoted);
        }
        return quoted;
    }

    private static void mark(String text, int b, int e, char open, char close, BitSet quoted) {
        int start = -1;
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (start < 0 && c == open) {
                start = i;
            } else if (start >= 0 && c == close) {
                quoted.set(start, i + 1);
                start = -1;
            }
        }
    }
}
