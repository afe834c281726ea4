package org.nonji.nlp.nori;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.nonji.ExitCodes;
import org.nonji.nlp.Hangul;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.MorphAnalyzer;
import org.nonji.nlp.NlpException;
import org.nonji.nlp.PosTag;

/**
 * Lucene Nori with a user dictionary made from the gazetteer.
 *
 * <p>MIXED decompounding emits a compound and its parts (삼성전자 → 삼성전자, 삼성, 전자): the whole keeps names
 * intact for matching, the parts give word-internal boundaries. DISCARD would split names (반/도체) and cause false
 * matches. User entries with mixed scripts get their script segments (SK하이닉스 → SK 하이닉스) or the parts would
 * no longer be found.
 *
 * <p>The few ordinary words Nori's dictionary misreads are mended afterwards ({@link NoriRepairs}).
 *
 * <p>The tokenizer is a Lucene {@link Analyzer}'s, so each thread reuses one: a new tokenizer per essay would
 * regrow its lattice buffers every time, a sixth of the analyser's allocation.
 */
public final class NoriMorphAnalyzer implements MorphAnalyzer {
    private static final Map<POS.Tag, PosTag> TAGS = new EnumMap<>(POS.Tag.class);

    static {
        for (POS.Tag t : POS.Tag.values()) {
            TAGS.put(t, PosTag.of(t.name()));
        }
    }

    /** By begin, then longest first; written out, the composed comparator cost a tenth of this stage. */
    private static final Comparator<Morpheme> BY_BEGIN_LONGEST_FIRST = (a, b) -> a.begin() != b.begin()
            ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end());

    private final Analyzer tokenizers;
    private final NoriRepairs repairs = NoriRepairs.bundled();

    public NoriMorphAnalyzer(Collection<String> userWords) {
        UserDictionary userDictionary = userDictionary(userWords);
        this.tokenizers = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                        userDictionary, DecompoundMode.MIXED, false, true));
            }
        };
    }

    @Override
    public String name() {
        return "nori";
    }

    @Override
    public List<Morpheme> analyze(String text) {
        return analyze(text, () -> { });
    }

    /** Tokens between two checkpoints: often enough to stop a 10 MB text within a fraction of a second. */
    private static final int CHECK_EVERY = 4096;

    @Override
    public List<Morpheme> analyze(String text, Runnable checkpoint) {
        return joinStemsToNames(text, joinUnfitParticles(text, repairs.apply(text,
                reanalyseStrandedParticles(text, tokens(text, checkpoint)))));
    }

    /** Nori's tokens of a text, sorted by offset, longest first, calling the checkpoint every so often. */
    private List<Morpheme> tokens(String text, Runnable checkpoint) {
        List<Morpheme> out = new ArrayList<>();
        int sinceCheck = 0;
        try (TokenStream tokenizer = tokenizers.tokenStream("", text)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (++sinceCheck == CHECK_EVERY) {
                    sinceCheck = 0;
                    checkpoint.run();   // a throw closes the stream; the analyser resets it for the next text
                }
                int b = offset.startOffset();
                int e = offset.endOffset();
                if (e <= b || e > text.length()) {
                    continue;
                }
                POS.Tag left = pos.getLeftPOS();   // asked once: Nori resolves it through a copy of Tag.values()
                PosTag tag = left == null ? PosTag.UNKNOWN : TAGS.get(left);
                String surface = text.substring(b, e);
                out.add(new Morpheme(surface, b, e, tag, reading(term, pos, left, surface)));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(BY_BEGIN_LONGEST_FIRST);
        return out;
    }

    /**
     * 법이 "과도한 규제"라고: after a particle, Nori sometimes reads on across a space and an opening quotation mark
     * and cuts the next word into particles (과/J 도/J 한/MM). No word begins with a particle, so such a word is read
     * again on its own. Rare, so it costs nothing on ordinary text.
     */
    private List<Morpheme> reanalyseStrandedParticles(String text, List<Morpheme> in) {
        List<Morpheme> out = in;
        for (int k = 0; k < out.size(); k++) {
            Morpheme m = out.get(k);
            if (m.tag() != PosTag.J || !wordInitial(text, m.begin())) {
                continue;
            }
            int end = m.begin();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            List<Morpheme> alone = new ArrayList<>();
            for (Morpheme x : tokens(text.substring(m.begin(), end), () -> { })) {
                alone.add(new Morpheme(x.surface(), x.begin() + m.begin(), x.end() + m.begin(), x.tag(), x.analysis()));
            }
            if (alone.isEmpty() || alone.get(0).tag() == PosTag.J) {
                continue;   // read the same alone: keep Nori's first reading
            }
            int from = m.begin();
            int to = end;
            List<Morpheme> mended = new ArrayList<>(out.size());
            out.stream().filter(x -> x.begin() < from || x.begin() >= to).forEach(mended::add);
            mended.addAll(alone);
            mended.sort(BY_BEGIN_LONGEST_FIRST);
            out = mended;
        }
        return out;
    }

    /**
     * 정지은 대표: 은, 을 and 과 follow only a final consonant, so after a vowel-final noun (정지) they are no
     * particle but the last syllable of a name Nori does not know; the noun and the syllable are read as one proper
     * noun. (After 지 the topic particle is 는.)
     */
    private static List<Morpheme> joinUnfitParticles(String text, List<Morpheme> in) {
        List<Morpheme> out = in;
        for (int k = 0; k < out.size(); k++) {
            Morpheme m = out.get(k);
            if (m.tag() != PosTag.J || m.end() - m.begin() != 1 || m.begin() == 0
                    || Hangul.particleFits(text.charAt(m.begin() - 1), text.charAt(m.begin()))) {
                continue;
            }
            int from = -1;   // the longest noun ending right before it (a compound's whole)
            for (Morpheme x : out) {
                if (x.end() == m.begin() && x.begin() < m.begin() && (x.tag() == PosTag.NNG || x.tag() == PosTag.NNP)
                        && (from < 0 || x.begin() < from)) {
                    from = x.begin();
                }
            }
            if (from < 0 || from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                continue;   // only a whole word: a name, not the end of a longer compound
            }
            int b = from;
            int e = m.end();
            List<Morpheme> mended = new ArrayList<>(out.size());
            out.stream().filter(x -> x.end() <= b || x.begin() >= e).forEach(mended::add);
            String surface = text.substring(b, e);
            mended.add(new Morpheme(surface, b, e, PosTag.NNP, surface + "/NNP"));
            mended.sort(BY_BEGIN_LONGEST_FIRST);
            out = mended;
        }
        return out;
    }

    /**
     * 크래프톤 → 크/VA 래프/NNP 톤/NNG: a bare verb stem cannot stand before a noun in one word (an ending must come
     * between), so a word-initial stem with no ending right before a proper noun is the first syllable of a name
     * Nori does not know; the two are read as one proper noun.
     */
    private static List<Morpheme> joinStemsToNames(String text, List<Morpheme> in) {
        List<Morpheme> out = in;
        for (int k = 0; k + 1 < out.size(); k++) {
            Morpheme m = out.get(k);
            Morpheme next = out.get(k + 1);   // the longest token right after it
            if (m.tag() != PosTag.VA && m.tag() != PosTag.VV || m.analysis().indexOf('+') >= 0
                    || next.begin() != m.end() || next.tag() != PosTag.NNP
                    || m.begin() > 0 && Character.isLetterOrDigit(text.charAt(m.begin() - 1))) {
                continue;
            }
            int b = m.begin();
            int e = next.end();
            List<Morpheme> mended = new ArrayList<>(out.size());
            out.stream().filter(x -> x.end() <= b || x.begin() >= e).forEach(mended::add);
            String surface = text.substring(b, e);
            mended.add(new Morpheme(surface, b, e, PosTag.NNP, surface + "/NNP"));
            mended.sort(BY_BEGIN_LONGEST_FIRST);
            out = mended;
        }
        return out;
    }

    /** Whether offset i starts a word: only opening quotation marks or brackets between it and a space. */
    private static boolean wordInitial(String text, int i) {
        int j = i - 1;
        while (j >= 0 && "\"'“″‘「『(［[".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j < i - 1 && (j < 0 || Character.isWhitespace(text.charAt(j)));
    }

    private static String reading(CharTermAttribute term, PartOfSpeechAttribute pos, POS.Tag left,
                                  String surface) {
        var morphemes = pos.getMorphemes();
        if (morphemes == null || morphemes.length == 0) {
            // the term is nearly always the surface already cut out: no second copy of it then
            String t = sameChars(term, surface) ? surface : term.toString();
            return t + "/" + (left == null ? "UNKNOWN" : left.name());
        }
        StringBuilder b = new StringBuilder();
        for (var m : morphemes) {
            if (b.length() > 0) {
                b.append('+');
            }
            b.append(m.surfaceForm).append('/').append(m.posTag.name());
        }
        return b.toString();
    }

    private static boolean sameChars(CharTermAttribute term, String s) {
        if (term.length() != s.length()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < s.length(); i++) {
            if (buffer[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Nori user dictionary: one entry per Hangul-bearing word without spaces or symbols; mixed-script words
     * carry their segments. Null when no word qualifies. The full-text index uses the same dictionary.
     */
    public static UserDictionary userDictionary(Collection<String> words) {
        TreeSet<String> lines = new TreeSet<>();
        for (String w : words) {
            if (w.isBlank() || w.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) || !hasHangul(w)) {
                continue;
            }
            List<String> segments = scriptSegments(w);
            lines.add(segments.size() > 1 ? w + " " + String.join(" ", segments) : w);
        }
        if (lines.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(String.join("\n", lines)));
        } catch (IOException | RuntimeException e) {
            throw new NlpException("cannot build the Nori user dictionary: " + e.getMessage(), ExitCodes.INTERNAL, e);
        }
    }

    /**
     * The names among {@code words} that Nori's own dictionary reads whole as a proper noun. Such names are best left
     * out of the user dictionary: every user entry is tagged NNG, and a proper noun re-entered as a common one changed
     * how the next word was cut (미국 애리조나 공장 → 미국/NNG 애리조/NNP 나/J).
     */
    public static Set<String> knownProperNouns(Collection<String> words) {
        Set<String> known = new HashSet<>();
        try (KoreanTokenizer plain = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
                DecompoundMode.MIXED, false, true)) {
            CharTermAttribute term = plain.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = plain.addAttribute(PartOfSpeechAttribute.class);
            for (String w : words) {
                if (w.isBlank() || !hasHangul(w)) {
                    continue;
                }
                plain.setReader(new StringReader(w));
                plain.reset();
                int tokens = 0;
                boolean whole = false;
                while (plain.incrementToken()) {
                    tokens++;
                    whole = pos.getLeftPOS() == POS.Tag.NNP && term.toString().equals(w);
                }
                plain.end();
                plain.close();
                if (tokens == 1 && whole) {
                    known.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    private static boolean hasHangul(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static List<String> scriptSegments(String w) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= w.length(); i++) {
            if (i == w.length() || scriptClass(w.charAt(i)) != scriptClass(w.charAt(i - 1))) {
                out.add(w.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    private static int scriptClass(char c) {
        if (Character.isDigit(c)) {
            return 0;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 1 : 2;
    }
}
