package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Cues;
import org.nonji.extract.RuleBook;
import org.nonji.syntax.FinalConsonants;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Word;

/**
 * Load-time check of the cue lexicons: a row no rule can ever use is a silent defect, so it is reported. A row is
 * unusable when every rule that reads its frame is switched off, or when the analyser never reads its lemma as one
 * word (a typo, or a form Nori splits differently: the row could never match any essay).
 */
public final class LexiconCheck {
    /** One unusable row: the file, the lemma and why. */
    public record Problem(String file, String lemma, String reason) {
        @Override
        public String toString() {
            return file + ": '" + lemma + "' " + reason;
        }
    }

    private LexiconCheck() {
    }

    /** The unusable rows of the evaluation lexicon, given the rules and an analyser that parses probe sentences. */
    public static List<Problem> check(Cues cues, RuleBook rules, EssayAnalyzer analyzer) {
        List<Problem> out = new ArrayList<>();
        for (Cues.Evaluation e : cues.evaluations().values()) {
            Set<String> readers = switch (e.frame()) {
                case JUDGE -> Set.of("judge-subject", "judge-clause", "copula-identity", "apposition",
                        "noun-complement");
                case ATTITUDE -> Set.of("attitude-holder", "judge-subject");
                case ACT -> Set.of("act-object", "noun-complement");
                case DO, ALLOCATE, ATTEND, HAVE -> Set.of("do-deontic", "clause-object");
            };
            if (readers.stream().noneMatch(rules::on)) {
                out.add(new Problem("evaluations.tsv", e.lemma(), "is read only by rules that are off: " + readers));
            }
            if (!readable(analyzer, e.lemma())) {
                out.add(new Problem("evaluations.tsv", e.lemma(), "is never read as one word by the analyser"));
            }
        }
        for (Cues.LightVerb v : cues.lightVerbs().values().stream().flatMap(m -> m.values().stream()).toList()) {
            String rule = v.slot() == Cues.Slot.CAUSE ? "causes" : "noun-complement";
            if (!rules.on(rule)) {
                out.add(new Problem("light-verbs.tsv", v.lemma(), "is read only by rule " + rule + ", which is off"));
            }
            if (!readable(analyzer, v.lemma())) {
                out.add(new Problem("light-verbs.tsv", v.lemma(), "is never read as one word by the analyser"));
            }
        }
        for (Cues.Idiom i : cues.idioms().values()) {
            if (!rules.on("idiom")) {
                out.add(new Problem("idioms.tsv", i.noun() + " " + i.verb(), "is read only by rule idiom, which is off"));
            }
            if (!readable(analyzer, i.verb())) {
                out.add(new Problem("idioms.tsv", i.verb(), "is never read as one word by the analyser"));
            }
        }
        return out;
    }

    /** The stem with its last syllable's final ㄷ written ㄹ (듣 → 들, 걷 → 걸), or null when it has no final ㄷ. */
    static String dToL(String stem) {
        return FinalConsonants.replaced(stem, FinalConsonants.D, FinalConsonants.L);
    }

    /** The stem without a final ㅅ (쏟아붓 → 쏟아부), or null when it ends otherwise. */
    static String sDropped(String stem) {
        return FinalConsonants.replaced(stem, FinalConsonants.S, FinalConsonants.NONE);
    }

    /** Whether some probe sentence parses with a word whose lemma is the lemma (필요 in 그것은 필요하다). */
    private static boolean readable(EssayAnalyzer analyzer, String lemma) {
        List<String> probes = new ArrayList<>(List.of("그것은 " + lemma + "하다.", "그것은 " + lemma + "이다.",
                "그것을 " + lemma + "다.", "그것을 " + lemma + "었다.", "그것을 " + lemma + "았다.",
                "그것은 " + lemma + "을 받았다."));
        String irregular = dToL(lemma);
        if (irregular != null) {   // 듣 → 들었다: a ㄷ-irregular stem is written with ㄹ before a vowel
            probes.add("그것을 " + irregular + "었다.");
        }
        String dropped = sDropped(lemma);
        if (dropped != null) {   // 붓 → 부었다: a ㅅ-irregular stem loses its ㅅ before a vowel
            probes.add("그것을 " + dropped + "었다.");
        }
        for (String probe : probes) {
            Essay essay = new EssayReader().read("probe", "probe.txt", ("제목\n" + probe + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Parse p : analyzer.parse(essay, analyzer.morphemes(essay), List.of())) {
                for (Word w : p.words()) {
                    String l = w.lemma();
                    if (l.equals(lemma) || l.equals(lemma + "하") || (l.endsWith("하") && l.length() > 1
                            && l.substring(0, l.length() - 1).equals(lemma))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
