package org.nonji.nlp.komoran;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL;
import kr.co.shineware.nlp.komoran.core.Komoran;
import kr.co.shineware.nlp.komoran.model.KomoranResult;
import kr.co.shineware.nlp.komoran.model.Token;
import kr.co.shineware.nlp.komoran.parser.KoreanUnitParser;
import org.nonji.ExitCodes;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.MorphAnalyzer;
import org.nonji.nlp.NlpException;
import org.nonji.nlp.PosTag;

/**
 * KOMORAN as an alternative to Nori, for its fine-grained Sejong tags (JKS, JKG, EP, EF…) and its own lexicon; it is
 * built only with {@code mvn -Pkomoran package} because KOMORAN is published only on JitPack.
 *
 * <p>Text is analysed line by line. KOMORAN splits words only at ASCII spaces, so other whitespace is passed to it
 * as a space. It reports an irregular form's morphemes with the span of the fused syllables (했 → 하+았); those are
 * merged into one morpheme with the reading {@code 하/XSV+았/EP}, as Nori reports them. KOMORAN recomputes
 * offsets by recombining jamo, so a syllable followed by a lone jamo (아ㅋㅋ) shifts them; such a line is analysed
 * again in smaller pieces. Thread-safe: KOMORAN shares one instance across its own worker threads.
 */
public final class KomoranMorphAnalyzer implements MorphAnalyzer {
    private static final String FULL_MODEL_PROBE = "models_full/observation.model";
    private static final int WHOLE = 0;
    private static final int WORDS = 1;
    private static final int SCRIPT_RUNS = 2;

    private final Komoran komoran;
    private final KoreanUnitParser units = new KoreanUnitParser();

    public KomoranMorphAnalyzer(Collection<String> userWords) {
        ClassLoader loader = Komoran.class.getClassLoader();
        // a missing model resource surfaces inside KOMORAN as a bare NullPointerException
        DEFAULT_MODEL model = loader.getResource(FULL_MODEL_PROBE) != null ? DEFAULT_MODEL.FULL : DEFAULT_MODEL.LIGHT;
        this.komoran = new Komoran(model);
        setUserWords(komoran, userWords);
    }

    @Override
    public String name() {
        return "komoran";
    }

    @Override
    public List<Morpheme> analyze(String text) {
        List<Morpheme> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                analyzeSpan(text, lineStart, i, WHOLE, out);
                lineStart = i + 1;
            }
        }
        out.sort(Comparator.comparingInt(Morpheme::begin).thenComparing(Comparator.comparingInt(Morpheme::end)
                .reversed()));
        return out;
    }

    private void analyzeSpan(String text, int begin, int end, int level, List<Morpheme> out) {
        String span = spacesNormalized(text, begin, end);
        if (span.isBlank()) {
            return;
        }
        KomoranResult result = komoran.analyze(span);
        if (units.getSyllableAreaList(result.getJasoUnits()).size() == span.length()) {
            addTokens(text, begin, end, result.getTokenList(), out);
        } else if (level == WHOLE) {
            for (int[] word : pieces(span, WORDS)) {
                analyzeSpan(text, begin + word[0], begin + word[1], WORDS, out);
            }
        } else if (level == WORDS) {
            for (int[] run : pieces(span, SCRIPT_RUNS)) {
                analyzeSpan(text, begin + run[0], begin + run[1], SCRIPT_RUNS, out);
            }
        } else {
            // jamo KOMORAN recombines on its own (ㄱㅏ): no offsets to trust, so the piece stays unanalysed
            out.add(new Morpheme(text.substring(begin, end), begin, end, PosTag.NA, span + "/NA"));
        }
    }

    /** Adds KOMORAN's tokens, offset by {@code base}, merging tokens that share one span into one reading. */
    private static void addTokens(String text, int base, int limit, List<Token> tokens, List<Morpheme> out) {
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).getBeginIndex() == first.getBeginIndex()
                    && tokens.get(j).getEndIndex() == first.getEndIndex()) {
                j++;
            }
            List<Token> fused = tokens.subList(i, j);
            i = j;
            int b = base + first.getBeginIndex();
            int e = base + first.getEndIndex();
            // double spaces yield empty NA tokens; an emoji yields one SW token per UTF-16 half
            if (e <= b || b < base || e > limit || Character.isLowSurrogate(text.charAt(b)) && b > 0
                    && Character.isHighSurrogate(text.charAt(b - 1))) {
                continue;
            }
            if (Character.isHighSurrogate(text.charAt(e - 1)) && e < text.length()
                    && Character.isLowSurrogate(text.charAt(e))) {
                e++;
            }
            String surface = text.substring(b, e);
            StringBuilder reading = new StringBuilder();
            for (Token t : fused) {
                // KOMORAN's symbol morphs are not always the text (an emoji half comes back as ?)
                reading.append(reading.length() > 0 ? "+" : "").append(t.getPos().startsWith("S") ? surface
                        : t.getMorph()).append('/').append(t.getPos());
            }
            out.add(new Morpheme(surface, b, e, PosTag.of(first.getPos()), reading.toString()));
        }
    }

    private static String spacesNormalized(String text, int begin, int end) {
        char[] chars = text.substring(begin, end).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Spans of the space-separated words, or of the runs of lone jamo and of other characters. */
    private static List<int[]> pieces(String span, int level) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= span.length(); i++) {
            boolean boundary = i == span.length() || span.charAt(i) == ' '
                    || level == SCRIPT_RUNS && start >= 0 && isJamo(span.charAt(i)) != isJamo(span.charAt(start));
            if (boundary && start >= 0) {
                out.add(new int[] {start, i});
                start = -1;
            }
            if (i < span.length() && span.charAt(i) != ' ' && start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static boolean isJamo(char c) {
        return c >= '\u3131' && c <= '\u318E';
    }

    /**
     * Registers the words as NNP. KOMORAN reads its user dictionary only from a file, with the platform charset;
     * words it could not read back, words with spaces or tabs and words without Hangul are left out. Latin names
     * stay whole as SL anyway, and as dictionary entries they would match inside longer Latin words.
     */
    private static void setUserWords(Komoran komoran, Collection<String> userWords) {
        CharsetEncoder encoder = Charset.defaultCharset().newEncoder();
        TreeSet<String> lines = new TreeSet<>();
        for (String w : userWords) {
            String word = w.strip();
            if (word.isEmpty() || word.startsWith("#") || word.chars().anyMatch(Character::isWhitespace)
                    || word.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                    || !encoder.canEncode(word)) {
                continue;
            }
            lines.add(word + "\tNNP");
        }
        if (lines.isEmpty()) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("nonji-komoran-", ".dic");
            Files.write(file, lines, Charset.defaultCharset());
            komoran.setUserDic(file.toString());
        } catch (IOException e) {
            throw new NlpException("cannot write the KOMORAN user dictionary: " + e.getMessage(), ExitCodes.RUNTIME,
                    e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
