package org.nonji.extract;

import java.util.Set;

import org.nonji.nlp.Morpheme;

/**
 * Which particle marks the noun phrase a mention belongs to. Korean marks case on the last word of the phrase, so
 * in 소버린 AI 전략이 or 김정관 산업부 장관은 the mention's case is read from a following noun word (up to two).
 */
final class CaseMarking {
    static final Set<String> SUBJECT = Set.of("은", "는", "이", "가", "도", "께서", "측은", "측이", "측도", "이야말로",
            "만은", "마저", "조차");
    static final Set<String> TOPIC = Set.of("은", "는", "측은");
    static final Set<String> OBJECT = Set.of("을", "를");
    static final Set<String> GENITIVE = Set.of("의", "에서의", "과의", "와의", "으로의", "로의");
    private static final String CLOSING_QUOTES = "'\"’”」』)";
    private static final int MAX_HEAD_WORDS = 2;

    private final String text;
    private final MorphIndex morphs;
    private final Set<String> particles;

    CaseMarking(String text, MorphIndex morphs, Set<String> particles) {
        this.text = text;
        this.morphs = morphs;
        this.particles = particles;
    }

    /** The particle after the mention's phrase ("" when none: the phrase ends in a bare noun or a verb follows). */
    String particleAfter(Mention m) {
        int after = m.end();
        // a quoted name takes its particle after the closing quote: '중간제 강국'이
        while (after < text.length() && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        int end = Scripts.wordEnd(text, after);
        if (end > after) {
            return text.substring(after, end);
        }
        int i = after;
        for (int k = 0; k < MAX_HEAD_WORDS; k++) {
            int b = i;
            while (b < text.length() && text.charAt(b) == ' ') {
                b++;
            }
            if (b == i || b >= text.length() || !Scripts.isHangul(text.charAt(b))) {
                return "";
            }
            int e = Scripts.wordEnd(text, b);
            Morpheme first = morphs.at(b);
            if (first == null || !first.tag().isNoun() || first.end() > e) {
                return "";
            }
            String word = text.substring(b, e);
            String particle = longestParticleSuffix(word);
            if (particle != null) {
                return particle;
            }
            if (first.end() != e) {
                return "";
            }
            i = e;
        }
        return "";
    }

    boolean isSubject(Mention m) {
        return SUBJECT.contains(particleAfter(m));
    }

    boolean isTopic(Mention m) {
        return TOPIC.contains(particleAfter(m));
    }

    static boolean isClosingQuote(char c) {
        return CLOSING_QUOTES.indexOf(c) >= 0;
    }

    boolean isGenitive(Mention m) {
        return GENITIVE.contains(particleAfter(m));
    }

    boolean isObject(Mention m) {
        return OBJECT.contains(particleAfter(m));
    }

    private String longestParticleSuffix(String word) {
        String best = null;
        for (int i = 1; i < word.length(); i++) {
            String suffix = word.substring(i);
            if ((particles.contains(suffix) || SUBJECT.contains(suffix) || OBJECT.contains(suffix))
                    && (best == null || suffix.length() > best.length())) {
                best = suffix;
            }
        }
        return best;
    }
}
