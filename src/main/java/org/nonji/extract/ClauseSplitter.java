package org.nonji.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nonji.corpus.Sentence;

/**
 * Splits a sentence into clauses, the scope of a stance cue or relation pattern: at ; and :, at a comma after a
 * verbal ending (not one that lists nouns), and after a word that ends in a connective ending (하고, 있으며, 했지만). The connective must also be a verbal ending by the analyser,
 * so nouns that happen to end in the same syllable (최고, 광고) do not split.
 */
public final class ClauseSplitter {
    /** A clause span {@code [begin, end)} of the analysis text. */
    public record Clause(int begin, int end) {
        /** The clause without the spaces and commas around it: the span quoted as evidence. */
        public Clause evidence(String text) {
            int b = begin;
            int e = end;
            while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',')) {
                b++;
            }
            while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            return new Clause(b, e);
        }
    }

    private final Set<String> connectives;

    public ClauseSplitter(Lexicons lexicons) {
        this.connectives = lexicons.connectives();
    }

    /** The clauses of the sentence, in order, covering it without gaps. */
    public List<Clause> split(String text, Sentence s, MorphIndex morphs) {
        List<Clause> out = new ArrayList<>();
        int start = s.begin();
        for (int i = s.begin(); i < s.end(); i++) {
            char c = text.charAt(i);
            boolean cut = false;
            if (c == ';' || c == ':') {
                cut = true;
            } else if (c == ',' || c == '，') {
                // a comma after a verbal ending joins clauses (…하고, …지만,); after a noun it lists (메모리와 파운드리,)
                cut = morphs.endsWithEnding(i);
            } else if (Character.isWhitespace(c) && i > start && Scripts.isHangul(text.charAt(i - 1))) {
                cut = endsInConnective(text, Scripts.wordStart(text, i - 1), i, morphs);
            }
            if (cut && i + 1 > start) {
                out.add(new Clause(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.end()) {
            out.add(new Clause(start, s.end()));
        }
        return out;
    }

    private boolean endsInConnective(String text, int wordStart, int wordEnd, MorphIndex morphs) {
        String word = text.substring(wordStart, wordEnd);
        for (String form : connectives) {
            if (word.length() > form.length() && word.endsWith(form)) {
                return morphs.endsWithEnding(wordEnd);
            }
        }
        return false;
    }
}
