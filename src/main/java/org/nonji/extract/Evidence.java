package org.nonji.extract;

import org.nonji.corpus.Essay;
import org.nonji.corpus.Sentence;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Predicate;
import org.nonji.syntax.Word;

/** The span quoted as evidence for what a predicate says: its clause within its sentence. */
final class Evidence {
    /** A clause shorter than this is quoted with its whole sentence, so the quote reads on its own. */
    static final int MIN_CHARS = 12;

    private Evidence() {
    }

    /** {@code {begin, end}}: from the predicate's leftmost dependent to its last auxiliary, sentence-final marks kept. */
    static int[] of(Essay essay, Parse p, Predicate pred) {
        int h = p.head(pred.word());
        if (pred.ending().isAdnominal() && p.dep(pred.word()) == Parse.Dep.MOD && h >= 0
                && p.predicate(h).filter(x -> x.word() == h).isPresent()) {
            // X가 [가장 현실적인] 방안이다: an adjective on the copula's noun is quoted with the copula's clause
            pred = p.predicate(h).get();
        }
        String text = essay.analysisText();
        Word w = p.word(pred.word());
        Sentence s = essay.sentences().get(w.sentence());
        int b = w.begin();
        for (int x = 0; x < p.size(); x++) {
            if (p.word(x).sentence() == w.sentence() && p.word(x).begin() < b && p.dominates(pred.word(), x)) {
                b = p.word(x).begin();
            }
        }
        int e = Math.min(s.end(), Math.max(pred.end(), w.end()));
        while (e < s.end() && ".?!…\"'”’".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        if (e - b < MIN_CHARS) {
            b = s.begin();
            e = s.end();
        }
        while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',')) {
            b++;
        }
        return new int[] {b, e};
    }
}
