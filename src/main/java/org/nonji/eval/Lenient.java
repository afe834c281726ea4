package org.nonji.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.nonji.extract.Entity;
import org.nonji.extract.Kind;

/**
 * How gold names meet the tool's (the README's "Scoring"): a slug matches the entity with that slug; a quoted
 * phrase matches a label when, with spaces, quotation marks and particles removed, the two are equal, or their last
 * words are the same and at least half the words of the shorter occur in the longer, more than the last word alone
 * when both have several (사전 규제 is not 사후 규제). A clause told as a noun
 * loses its final 것 and its verb ending (중국 공장을 철수하는 것 = 중국 공장 철수, 짐을 싸는 것 = 짐 싸기, 전쟁에 뛰어드는
 * 것 = 전쟁 뛰어들기).
 */
final class Lenient {
    private static final List<String> PARTICLES = List.of("에서는", "으로는", "에게는", "이라는", "에서의", "으로의",
            "와의", "과의", "에는", "에도", "에서", "에게", "으로", "라는", "이란", "은", "는", "이", "가", "을", "를", "의",
            "에", "로", "와", "과", "도", "만", "들");

    private static final List<String> VERBAL_ENDINGS = List.of("하는", "하기", "한", "할", "함", "되는", "된");

    private Lenient() {
    }

    /** Whether a gold argument (slug, author, or "phrase") names the tool's entity (null = the author). */
    static boolean matches(String gold, Entity entity) {
        if (gold.equals("author")) {
            return entity == null;
        }
        if (entity == null) {
            return false;
        }
        if (!gold.startsWith("\"")) {
            return entity.kind() != Kind.CANDIDATE && entity.kind() != Kind.CONCEPT
                    && entity.iri().endsWith("/entity/" + gold);
        }
        String phrase = gold.substring(1, gold.length() - (gold.endsWith("\"") ? 1 : 0));
        return phrase(phrase, entity.labelKo()) || phrase(phrase, entity.labelEn());
    }

    /** Whether two phrases match leniently. */
    static boolean phrase(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return false;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (String.join("", x).equals(String.join("", y))) {
            return true;
        }
        if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            return false;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        long shared = shorter.stream().filter(u -> longer.stream().anyMatch(v -> sameWord(u, v))).count();
        // two phrases of several words that share only their head differ in what makes them what they are
        // (사전 규제 is not 사후 규제); a bare head still meets a phrase it heads
        return shared * 2 >= shorter.size() && (shorter.size() == 1 || shared >= 2);
    }

    /** The words of a phrase: NFC, lower case, no quotation marks, each without its trailing particle. */
    static List<String> words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\"'“”‘’「」『』()\\[\\]]", " ");
        List<String> raw = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String w : n.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                raw.add(w);
                out.add(stripParticle(w));
            }
        }
        // a clause told as a noun: 중국 공장을 철수하는 것 = 중국 공장 철수
        if (out.size() > 1 && (out.get(out.size() - 1).equals("것") || out.get(out.size() - 1).equals("일"))) {
            out.remove(out.size() - 1);
            raw.remove(raw.size() - 1);
        }
        if (!out.isEmpty()) {
            // the verb ending is looked for before a particle is (철수하는: not 철수하 + 는); a lone word ending
            // in 는 or 기 is more often a noun (경기) than a verb
            int last = out.size() - 1;
            boolean phrase = out.size() > 1;
            String stem = verbStem(raw.get(last), phrase);
            out.set(last, stem != null ? stem
                    : Objects.requireNonNullElse(verbStem(out.get(last), phrase), out.get(last)));
        }
        return out;
    }

    /**
     * The verb a clause's last word tells, without its ending (철수하는 → 철수; 싸는, 싸기 → 싸: the adnominal and
     * the -기 noun are the same verb), or null when it has none of these endings.
     */
    private static String verbStem(String w, boolean phrase) {
        for (String ending : VERBAL_ENDINGS) {
            if (w.length() > ending.length() + 1 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        if (phrase && w.length() >= 2 && (w.endsWith("는") || w.endsWith("기"))) {
            return withoutFinalRieul(w.substring(0, w.length() - 1));
        }
        return null;
    }

    /**
     * A stem in ㄹ loses it before 는 (뛰어들다: 뛰어드는, 뛰어들기), so both are told without it; no other stem ends in
     * ㄹ, so nothing else is merged.
     */
    private static String withoutFinalRieul(String stem) {
        char last = stem.charAt(stem.length() - 1);
        boolean rieul = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 == 8;
        return rieul ? stem.substring(0, stem.length() - 1) + (char) (last - 8) : stem;
    }

    /** Whether two words are the same, one perhaps with a particle the other lacks (짐을 = 짐: too short to strip). */
    private static boolean sameWord(String a, String b) {
        return a.equals(b) || a.length() > b.length() && a.startsWith(b) && PARTICLES.contains(a.substring(b.length()))
                || b.length() > a.length() && b.startsWith(a) && PARTICLES.contains(b.substring(a.length()));
    }

    private static String stripParticle(String w) {
        for (String p : PARTICLES) {
            if (w.length() > p.length() + 1 && w.endsWith(p)) {
                return w.substring(0, w.length() - p.length());
            }
        }
        return w;
    }

    /** A predicted candidate names a gold one when equal without spaces, or one contains the other mostly. */
    static boolean sameName(String predicted, String gold) {
        String p = predicted.replace(" ", "");
        String g = gold.replace(" ", "");
        return p.equals(g) || (p.length() >= 2 && g.contains(p) && p.length() * 2 >= g.length())
                || (g.length() >= 2 && p.contains(g) && g.length() * 2 >= p.length());
    }
}
