package org.nonji.extract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nonji.HashedCopies;
import org.nonji.Namespaces;
import org.nonji.SortedInts;
import org.nonji.corpus.Essay;
import org.nonji.corpus.Sentence;
import org.nonji.nlp.Hangul;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.PosTag;

/**
 * Names the gazetteer does not know, as {@link Kind#CANDIDATE} mentions for review: Hangul words the analyser tags
 * as proper nouns (NNP), and runs of capitalised Latin-script words (Harvey AI, GPT-5, xAI).
 *
 * <p>Precision guards: stop words (generic acronyms, function words), a minimum length, no overlap with a
 * gazetteer mention, and no capitalised first word of an English sentence standing alone.
 */
public final class ProperNounCandidateExtractor {
    private static final Pattern LATIN_RUN = Pattern.compile(
            "[A-Za-z][A-Za-z0-9&+.'-]*(?:[ ][A-Za-z0-9][A-Za-z0-9&+.'-]*)*");

    /**
     * Names written in two scripts within one word: 하이퍼클로바X, 하나DC파트너스 (Latin inside Hangul: a Latin word
     * before Hangul, AI반도체, is a compound as often as a name), K-클라우드, X-에너지, 엑사원-3.
     */
    private static final Pattern MIXED_NAME = Pattern.compile(
            "[가-힣]{2,}[A-Z][A-Za-z0-9]*|[가-힣]+[A-Z][A-Za-z0-9]*[가-힣]{2,}|[A-Z]-[가-힣]{2,}|[가-힣A-Za-z]+-\\d+[A-Za-z]*");
    /** A Latin short name of two to five capitals glued to a Hangul name of two syllables or more (SK실트론). */
    private static final Pattern LATIN_LED = Pattern.compile("[A-Z]{2,5}[가-힣]{2,}");
    /** What ends a word in {@link #words}: regex whitespace, quotation marks, brackets and punctuation. */
    private static final String WORD_BREAKS = " \t\n\u000B\f\r\"'“”″‘’()[]{}<>「」『』,.!?;:…·";
    /** What a specialist firm's compound says before its kind of firm (패키징 전문기업). */
    private static final String SPECIALIST = "전문";
    /** The category cues that are kinds of firm end in one of these. */
    private static final List<String> FIRM_ENDS = List.of("기업", "업체", "회사", "사", "스타트업");
    /** The words after an example and before the category it is one of (솔브레인 같은 기업). */
    private static final Set<String> LIKENING = Set.of("같은", "등", "등의");
    private static final Pattern SPACE_FREE = Pattern.compile("[^ ]+");

    private final Set<String> stopwords;
    private final Map<String, String> cues;
    /** The longest cue: a longer word with its particles is no cue, and is not cut out to be looked up. */
    private final int longestCue;
    /** The cues' last characters: a word ending otherwise is no cue, and is not cut out to be looked up. */
    private final java.util.BitSet cueEnds = new java.util.BitSet();
    /** The institution suffixes of the cues (X연구원), looked up for every word. */
    private final List<String> suffixes;
    /** The category cues that are kinds of firm (전문기업 X, 전문업체 X). */
    private final List<String> categories;
    /** The suffixes' last characters: a word ending otherwise tries none of them. */
    private final String suffixEnds;
    private final boolean anySuffixEmpty;
    private final int longestParticle;
    /** The particles' first characters, sorted, each with its particles: a word's tail is matched in place. */
    private final char[] particleFirsts;
    private final String[][] particlesByFirst;

    public ProperNounCandidateExtractor(Lexicons lexicons) {
        this.cues = lexicons.candidateCues();
        this.longestCue = cues.keySet().stream().mapToInt(String::length).max().orElse(0);
        cues.keySet().stream().filter(c -> !c.isEmpty()).forEach(c -> cueEnds.set(c.charAt(c.length() - 1)));
        this.suffixes = cues.entrySet().stream().filter(c -> c.getValue().equals("suffix")).map(Map.Entry::getKey)
                .sorted().toList();
        // only the kinds of firm end a compound that names one (전문기업 X, not K로봇 X)
        this.categories = cues.entrySet().stream().filter(c -> c.getValue().equals("category"))
                .map(Map.Entry::getKey).filter(c -> FIRM_ENDS.stream().anyMatch(c::endsWith)).sorted().toList();
        StringBuilder last = new StringBuilder();
        suffixes.forEach(x -> last.append(x.isEmpty() ? "" : x.substring(x.length() - 1)));
        this.suffixEnds = last.toString();
        this.anySuffixEmpty = suffixes.stream().anyMatch(String::isEmpty);
        Set<String> particles = lexicons.particles();
        this.longestParticle = particles.stream().mapToInt(String::length).max().orElse(0);
        Map<Character, List<String>> byFirst = new java.util.TreeMap<>();
        particles.stream().filter(x -> !x.isEmpty()).sorted()
                .forEach(x -> byFirst.computeIfAbsent(x.charAt(0), k -> new ArrayList<>()).add(x));
        this.particleFirsts = new char[byFirst.size()];
        this.particlesByFirst = new String[byFirst.size()][];
        int n = 0;
        for (var e : byFirst.entrySet()) {
            particleFirsts[n] = e.getKey();
            particlesByFirst[n++] = e.getValue().toArray(String[]::new);
        }
        Set<String> lower = new java.util.HashSet<>();
        lexicons.candidateStopwords().forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        this.stopwords = HashedCopies.set(lower);
    }

    /** Candidate mentions not overlapping the {@code known} ones, in document order. */
    public List<Mention> extract(Essay essay, List<Morpheme> morphemes, List<Mention> known) {
        return extract(essay, morphemes, new MorphIndex(morphemes), known);
    }

    /** As {@link #extract(Essay, List, List)}, with the essay's morpheme index already built. */
    public List<Mention> extract(Essay essay, List<Morpheme> morphemes, MorphIndex index, List<Mention> known) {
        String text = essay.analysisText();
        // every overlap test looks at one sentence's mentions: over the whole essay it was quadratic (a 7 MB list
        // of names spent minutes here)
        Map<Integer, List<Mention>> knownBy = Mentions.bySentence(known);
        Map<Integer, List<Mention>> outBy = new java.util.TreeMap<>();
        Map<String, Entity> minted = new HashMap<>();
        int lastEnd = -1;
        int[] begins = sortedBegins(morphemes);
        for (Morpheme m : morphemes) {
            if (m.tag() != PosTag.NNP || m.begin() < lastEnd || !isHangulWord(m.surface())) {
                continue;
            }
            int[] span = nounRun(text, morphemes, begins, m);
            String surface = essay.text().substring(span[0], span[1]);
            if (surface.codePointCount(0, surface.length()) < 2 || isStopword(surface)) {
                continue;
            }
            Sentence s = essay.sentenceAt(span[0], span[1]);
            if (s == null || Mentions.anyOverlaps(knownBy.getOrDefault(s.index(), List.of()), span[0], span[1])) {
                continue;
            }
            outBy.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new Mention(span[0], span[1], surface,
                    minted.computeIfAbsent(surface, k -> candidate(k)), s.index()));
            lastEnd = span[1];
        }
        Matcher run = LATIN_RUN.matcher(text);
        for (Sentence s : essay.sentences()) {
            // a run starts at a Latin letter: most Korean sentences have none, and need neither the regex nor
            // the count of their scripts
            int first = firstLatinLetter(text, s.begin(), s.end());
            if (first < 0) {
                continue;
            }
            boolean english = mostlyLatin(s.text());
            run.region(first, s.end());
            List<Mention> sentenceKnown = knownBy.getOrDefault(s.index(), List.of());
            while (run.find()) {
                latinCandidates(essay, s, run.start(), run.end(), english, sentenceKnown, minted,
                        outBy.computeIfAbsent(s.index(), k -> new ArrayList<>()));
            }
        }
        for (Sentence s : essay.sentences()) {
            cueCandidates(essay, s, index, knownBy.getOrDefault(s.index(), List.of()), minted,
                    outBy.computeIfAbsent(s.index(), k -> new ArrayList<>()));
        }
        elsewhere(essay, minted, knownBy, outBy);
        List<Mention> out = new ArrayList<>();
        outBy.values().forEach(out::addAll);
        out.sort(java.util.Comparator.comparingInt(Mention::begin));
        return abbreviated(essay.text(), out);
    }

    /**
     * 커먼웰스퓨전시스템즈(CFS): a name in brackets right after a new name is its short form, the same candidate there
     * and wherever else the essay writes it (CFS는 …), so what is said of either is said of one.
     */
    private static List<Mention> abbreviated(String text, List<Mention> mentions) {
        Map<String, Entity> shortForms = new HashMap<>();
        for (int i = 1; i < mentions.size(); i++) {
            Mention name = mentions.get(i - 1);
            Mention brief = mentions.get(i);
            if (brief.begin() == name.end() + 1 && text.charAt(name.end()) == '('
                    && brief.end() < text.length() && text.charAt(brief.end()) == ')'
                    && brief.surface().length() < name.surface().length()) {
                shortForms.putIfAbsent(brief.surface(), name.entity());
            }
        }
        if (shortForms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Entity e = shortForms.get(m.surface());
            out.add(e == null ? m : new Mention(m.begin(), m.end(), m.surface(), e, m.sentence()));
        }
        return out;
    }

    /**
     * A Hangul name found once is the same name wherever else the essay writes it as a word of its own, bare or with
     * a particle: Nori reads a name differently by what follows it (고양시의 is a name, 고양시가 is 고양 + 시가), and a
     * holder or target missed there is missed for good.
     */
    private void elsewhere(Essay essay, Map<String, Entity> minted, Map<Integer, List<Mention>> knownBy,
                           Map<Integer, List<Mention>> outBy) {
        String text = essay.analysisText();
        for (Map.Entry<String, Entity> c : minted.entrySet()) {
            String name = c.getKey();
            if (name.length() < 2 || !isHangulWord(name)) {
                continue;
            }
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                int end = i + name.length();
                int wordEnd = end;
                while (wordEnd < text.length() && !isBreak(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                if (i > 0 && !isBreak(text.charAt(i - 1)) || wordEnd > end && !isParticle(text, end, wordEnd)) {
                    continue;   // inside a longer word (고양시청), or before a word's own ending
                }
                Sentence s = essay.sentenceAt(i, end);
                if (s == null || Mentions.anyOverlaps(knownBy.getOrDefault(s.index(), List.of()), i, end)
                        || Mentions.anyOverlaps(outBy.getOrDefault(s.index(), List.of()), i, end)) {
                    continue;
                }
                outBy.computeIfAbsent(s.index(), k -> new ArrayList<>())
                        .add(new Mention(i, end, essay.text().substring(i, end), c.getValue(), s.index()));
            }
        }
    }

    /**
     * A word of a sentence: its span and the end of its noun stem without a trailing particle. The stem is cut out
     * of the text only where it is used: most words are only looked at in place.
     */
    private record Word(int begin, int end, int stemEnd) {
        boolean bare() {
            return stemEnd == end;
        }

        String stem(String text) {
            return text.substring(begin, stemEnd);
        }

        int stemLength() {
            return stemEnd - begin;
        }
    }

    /** The kind of the cue {@code text[b, e)} is, or null; a span no cue ends like is not cut out to look it up. */
    private String cueAt(String text, int b, int e) {
        return e - b <= longestCue && e > b && cueEnds.get(text.charAt(e - 1)) ? cues.get(text.substring(b, e))
                : null;
    }

    private List<Word> words(String text, Sentence s) {
        List<Word> words = new ArrayList<>();
        // runs of characters that are not breaks, scanned by hand: a regex here cost more than the rest of the stage
        int i = s.begin();
        while (i < s.end()) {
            if (isBreak(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < s.end() && !isBreak(text.charAt(i))) {
                i++;
            }
            int length = i - b;
            int cut = length;
            // the longest particle ending the word; none is longer than longestParticle
            for (int k = Math.max(1, length - longestParticle); k < length; k++) {
                char c = text.charAt(b + k);
                if (Scripts.isHangul(c) && isParticle(text, b + k, i)
                        && Hangul.particleFits(text.charAt(b + k - 1), c)) {   // (정지은 is a name, not 정지 + 은)
                    cut = k;
                    break;
                }
            }
            words.add(new Word(b, i, b + cut));
        }
        return words;
    }

    /** Whether a word ends at the char; a Hangul syllable, most of the text, never ends one. */
    private static boolean isBreak(char c) {
        return (c < 0xAC00 || c > 0xD7A3) && WORD_BREAKS.indexOf(c) >= 0;
    }

    /** Whether {@code text[from, to)} is a particle, compared in place: no substring per try. */
    private boolean isParticle(String text, int from, int to) {
        int f = java.util.Arrays.binarySearch(particleFirsts, text.charAt(from));
        if (f < 0) {
            return false;
        }
        for (String p : particlesByFirst[f]) {
            if (p.length() == to - from && text.regionMatches(from, p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    /** The first A-Z or a-z in {@code text[from, to)}, -1 if none. */
    private static int firstLatinLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Names found by their neighbours (data file candidate-cues.tsv): after a category (스타트업 X), before a title
     * (X 교수) or a facility head (X 공장), ending in an institution suffix (X연구원), or a model-like shape
     * (한결AI, 누리-13B).
     */
    private void cueCandidates(Essay essay, Sentence s, MorphIndex morphs, List<Mention> known,
                               Map<String, Entity> minted, List<Mention> out) {
        String text = essay.analysisText();
        List<Word> words = words(text, s);
        for (int j = 0; j < words.size(); j++) {
            Word w = words.get(j);
            String kind = cueAt(text, w.begin(), w.stemEnd());
            boolean bare = w.bare();
            if (!bare) {
                String whole = cueAt(text, w.begin(), w.end());
                if (whole != null) {
                    kind = whole;   // 설계사, 개발사: the 사 that ends a name (삼성사) is the cue's own
                    bare = true;
                }
            }
            if (kind == null && bare && categoryEnding(text, w)) {
                kind = "category";   // 패키징·테스트 전문기업 하나마이크론: a specialist firm of the category
            }
            if ("category".equals(kind) && j >= 2) {
                int name = likenedTo(text, words, j);
                if (name >= 0) {
                    // before 같은 only 와/과 is a particle: the rest of the word is the name's (솔브레인, not 솔브레 + 인)
                    Word x = words.get(name);
                    String cut = text.substring(x.stemEnd(), x.end());
                    int e = cut.equals("와") || cut.equals("과") ? x.stemEnd() : x.end();
                    if (e - x.begin() >= 2 && looksLikeName(text, x.begin(), e, morphs)) {
                        addCandidate(essay, s, x.begin(), e, known, minted, out);
                    }
                }
            }
            if ("category".equals(kind) && bare && j + 1 < words.size()) {
                Word next = words.get(j + 1);
                if (text.substring(w.end(), next.begin()).isBlank()
                        && looksLikeName(text, next.begin(), next.stemEnd(), morphs)) {
                    addCandidate(essay, s, next.begin(), next.stemEnd(), known, minted, out);
                }
            } else if ("title".equals(kind) && j > 0) {
                Word prev = words.get(j - 1);
                int syllables = prev.stemLength();
                // (부품업체 대표: a kind of firm before the title is who the person speaks for, no name)
                if (prev.bare() && syllables >= 2 && syllables <= 4 && isHangulWord(prev.stem(text))
                        && cueAt(text, prev.begin(), prev.end()) == null && !categoryEnding(text, prev)) {
                    addCandidate(essay, s, prev.begin(), prev.end(), known, minted, out);
                }
                int person = personBefore(text, words, j, morphs);
                if (person >= 0) {   // 김도현 한국기술교육대 기계공학부 교수: the organisation stands between
                    Word name = words.get(person);
                    addCandidate(essay, s, name.begin(), name.end(), known, minted, out);
                }
            } else if ("head".equals(kind) && quotedBefore(text, words, j) >= 0) {
                // 'K-브레인 리턴' 프로그램: a quotation right before the cue is the name of what the cue names
                wholeCandidate(essay, s, words.get(quotedBefore(text, words, j)).begin(), words.get(j - 1).stemEnd(),
                        known, minted, out);
            } else if ("head".equals(kind) && quotedFrom(text, words, j) >= 0) {
                // 'SMR 데이터파크 컨소시엄': a quotation that the cue ends is a name, common words and names inside
                // it too (the longer name wins)
                wholeCandidate(essay, s, words.get(quotedFrom(text, words, j)).begin(), w.stemEnd(), known, minted,
                        out);
            } else if ("head".equals(kind) && j > 0 && words.get(j - 1).bare() && words.get(j - 1).stemLength() >= 2
                    && looksLikeName(text, words.get(j - 1).begin(), words.get(j - 1).end(), morphs)) {
                addCandidate(essay, s, words.get(j - 1).begin(), w.stemEnd(), known, minted, out);
            }
            String stem = null;
            int suffixed = -1;
            if (anySuffixEmpty || w.stemLength() > 0 && suffixEnds.indexOf(text.charAt(w.stemEnd() - 1)) >= 0) {
                stem = w.stem(text);
                suffixed = endsInSuffix(text, w.begin(), w.stemEnd()) ? w.stemEnd() : -1;
            }
            if (suffixed < 0 && !w.bare()) {
                suffixed = suffixedInTail(text, w);
            }
            if (suffixed > 0) {
                // NH투자증권: the whole word, not the Latin piece already taken as a name
                wholeCandidate(essay, s, w.begin(), suffixed, known, minted, out);
            }
            if (mayBeMixedName(text, w.begin(), w.stemEnd())) {
                String whole = stem != null ? stem : w.stem(text);
                if (MIXED_NAME.matcher(whole).matches() || latinLedName(whole, w.begin(), known)) {
                    // a whole-word name may contain a known one (한국통상연구원, 한결AI) or a Latin piece already taken
                    // as a name (DC in 하나DC파트너스): the longer name wins
                    wholeCandidate(essay, s, w.begin(), w.stemEnd(), known, minted, out);
                }
            }
        }
    }

    /**
     * The end of a name that ends in a suffix cue inside the part {@link #words} took for a particle: 삼성물산은 is
     * 삼성물산 + 은, though 산은 is a particle of its own (중국산은). -1 when there is none.
     */
    private int suffixedInTail(String text, Word w) {
        for (int e = w.stemEnd() + 1; e < w.end(); e++) {
            if (suffixEnds.indexOf(text.charAt(e - 1)) >= 0 && isParticle(text, e, w.end())
                    && endsInSuffix(text, w.begin(), e)) {
                return e;
            }
        }
        return -1;
    }

    /** Whether {@code text[b, e)} ends in a suffix cue with at least two characters of name before it. */
    private boolean endsInSuffix(String text, int b, int e) {
        for (String suffix : suffixes) {
            int at = e - suffix.length();
            if (at >= b + 2 && text.startsWith(suffix, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is a specialist firm (패키징 전문기업, 장비 전문업체): the appositive news writes before a firm's
     * name. Other compounds of a kind of firm (대기업, 중소기업) are said of firms in general (대기업 세액공제).
     */
    private boolean categoryEnding(String text, Word w) {
        for (String c : categories) {
            int b = w.stemEnd() - c.length();
            if (w.stemLength() > c.length() && text.startsWith(c, b) && b - SPECIALIST.length() >= w.begin()
                    && text.startsWith(SPECIALIST, b - SPECIALIST.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before 같은 or 등 that the category cue j names an example of (솔브레인 같은 국내 기업, X 등 장비업체), with
     * at most one modifier between, or -1.
     */
    private static int likenedTo(String text, List<Word> words, int j) {
        for (int k = j - 1; k >= Math.max(1, j - 2); k--) {
            String like = text.substring(words.get(k).begin(), words.get(k).end());
            if (LIKENING.contains(like)) {
                Word name = words.get(k - 1);
                boolean adjacent = text.substring(name.end(), words.get(k).begin()).equals(" ");
                return adjacent && (k == j - 1 || words.get(j - 1).bare()) ? k - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a word's stem is a group's Latin short name glued to a Hangul name (SK실트론, KT클라우드, NHN클라우드): another
     * company, not the group. A Latin piece the gazetteer knows as something other than an actor (AI반도체, HBM시장)
     * names what the word is about.
     */
    private static boolean latinLedName(String stem, int begin, List<Mention> known) {
        if (!LATIN_LED.matcher(stem).matches()) {
            return false;
        }
        for (Mention m : known) {
            if (m.begin() == begin && m.entity().kind() != Kind.ACTOR) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #MIXED_NAME} can match {@code text[b, e)}: each branch needs a capital A-Z or a hyphen. */
    private static boolean mayBeMixedName(String text, int b, int e) {
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * The person's name two to four words before title j, with only bare words (an organisation, a department)
     * between: a 2–3 syllable Hangul word starting with a surname (candidate-cues.tsv) that the dictionary does not
     * read as one common noun (장비 업체 대표: 장 is a surname, 장비 equipment), or -1.
     */
    private int personBefore(String text, List<Word> words, int j, MorphIndex morphs) {
        for (int k = j - 2; k >= Math.max(0, j - 4); k--) {
            Word x = words.get(k);
            Word next = words.get(k + 1);
            // (전자공학과: the 과 of a department, not the particle 과 "and")
            if (!text.substring(x.end(), next.begin()).isBlank()
                    || !next.bare() && !text.startsWith("학과", next.end() - 2)) {
                return -1;   // a mark or a particle between: not one name-and-title phrase
            }
            String stem = x.stem(text);
            if (x.bare() && Scripts.personNameShape(stem) && "surname".equals(cues.get(stem.substring(0, 1)))
                    && !commonNoun(morphs, x)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the dictionary reads word x's stem as one common noun (장비, not a name that starts with 장). */
    private static boolean commonNoun(MorphIndex morphs, Word x) {
        Morpheme whole = morphs.longestAt(x.begin());
        return whole != null && whole.end() == x.stemEnd() && whole.tag() == PosTag.NNG;
    }

    /**
     * The first word of a short quotation (at most four words) that closes right before word j ('X' 프로그램), or -1.
     */
    private static int quotedBefore(String text, List<Word> words, int j) {
        if (j == 0) {
            return -1;
        }
        int end = words.get(j - 1).stemEnd();
        String between = text.substring(end, words.get(j).begin());
        if (between.length() != 2 || !Scripts.closesQuote(between.charAt(0)) || between.charAt(1) != ' ') {
            return -1;
        }
        return quotedFrom(text, words, j - 1);
    }

    /**
     * The first word of a short quotation (at most four words) that word j closes, or -1: 'X 컨소시엄'을 — the mark
     * opens right before that word and closes right after j's stem.
     */
    private static int quotedFrom(String text, List<Word> words, int j) {
        int end = words.get(j).stemEnd();
        if (end >= text.length() || !Scripts.closesQuote(text.charAt(end))) {
            return -1;
        }
        for (int k = j; k >= Math.max(0, j - 3); k--) {
            int b = words.get(k).begin();
            if (k < j && !text.substring(words.get(k).end(), words.get(k + 1).begin()).isBlank()) {
                return -1;   // a mark or a comma between the words: not one quoted name
            }
            if (b > 0 && Scripts.opensQuote(text.charAt(b - 1))) {
                return k < j ? k : -1;   // the cue alone in quotes names nothing
            }
        }
        return -1;
    }

    /**
     * A stem that the analyser reads as one dictionary word that is not a proper noun (경쟁, 세탁기, 하나) or
     * that ends in a verbal ending (결합된) is no name. Anything else next to a cue is taken: unknown names come out of the analyser in odd
     * pieces (하이탄정밀 → 하이/타+ㄴ/정밀), so their analysis is no guide.
     */
    private static boolean looksLikeName(String text, int b, int e, MorphIndex morphs) {
        if (e <= b || morphs.endsWithEnding(e)) {
            return false;
        }
        for (int i = b; i < e; i++) {
            Morpheme piece = morphs.at(i);
            if (piece != null && (piece.tag() == PosTag.XSN || piece.tag() == PosTag.XPN && i == b)) {
                return false;   // derived common nouns: 기술력, 수주액, 대기업, 자동화
            }
        }
        Morpheme m = morphs.longestAt(b);
        if (m == null || m.end() != e) {
            return true;
        }
        // one dictionary word: a name only if the dictionary says proper noun (or it is foreign script)
        return m.tag() == PosTag.NNP || m.tag() == PosTag.SL || m.tag() == PosTag.SH || m.tag() == PosTag.UNKNOWN;
    }

    /** Known mentions that cover at least the span: those a candidate there would only repeat. */
    private static List<Mention> covering(List<Mention> known, int b, int e) {
        return known.stream().filter(m -> m.overlaps(b, e) && !(b <= m.begin() && m.end() <= e
                && e - b > m.end() - m.begin())).toList();
    }

    /**
     * A name that replaces the candidates found inside it (브레인 in 'K-브레인 리턴', NH in NH투자증권); known names may
     * lie in it.
     */
    private void wholeCandidate(Essay essay, Sentence s, int b, int e, List<Mention> known,
                                Map<String, Entity> minted, List<Mention> out) {
        List<Mention> inside = out.stream().filter(m -> b <= m.begin() && m.end() <= e).toList();
        out.removeAll(inside);
        int before = out.size();
        addCandidate(essay, s, b, e, covering(known, b, e), minted, out);
        if (out.size() == before) {
            out.addAll(inside);
        }
        out.sort(java.util.Comparator.comparingInt(Mention::begin));
    }

    private void addCandidate(Essay essay, Sentence s, int b, int e, List<Mention> known, Map<String, Entity> minted,
                              List<Mention> out) {
        String surface = essay.text().substring(b, e);
        if (surface.codePointCount(0, surface.length()) < 2 || isStopword(surface) || Mentions.anyOverlaps(known, b, e)
                || Mentions.anyOverlaps(out, b, e) || surface.chars().noneMatch(Character::isLetter)
                || surface.chars().anyMatch(c -> Character.isDigit(c)) && !MIXED_NAME.matcher(surface).matches()
                && surface.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
            return;
        }
        out.add(new Mention(b, e, surface, minted.computeIfAbsent(surface, k -> candidate(k)), s.index()));
    }

    private static boolean isHangulWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Scripts.isHangul(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The morphemes' begins when the list is sorted by begin (the analyser's order), else null. */
    private static int[] sortedBegins(List<Morpheme> morphemes) {
        int[] begins = new int[morphemes.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = morphemes.get(i).begin();
            if (i > 0 && begins[i] < begins[i - 1]) {
                return null;
            }
        }
        return begins;
    }

    /**
     * The whole noun stem around a proper-noun token inside its word: Nori splits an unknown name into known
     * pieces (딥/NNG 코어/NNG 랩스/NNP), and the name is all of them, without the particle (딥코어랩스는).
     */
    private static int[] nounRun(String text, List<Morpheme> all, int[] begins, Morpheme nnp) {
        int wordStart = Scripts.wordStart(text, nnp.begin());
        int wordEnd = Scripts.wordEnd(text, nnp.begin());
        // only morphemes that begin inside the word can count (an empty one never does): with the list sorted
        // by begin they are one run of it, in the same order, so the scan is of the word, not the essay
        List<Morpheme> morphemes = all;
        if (begins != null) {
            int from = SortedInts.firstAtOrAfter(begins, wordStart);
            int to = SortedInts.firstAtOrAfter(begins, wordEnd);
            morphemes = all.subList(from, to);
        }
        int b = nnp.begin();
        int e = nnp.end();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Morpheme m : morphemes) {
                if (m.begin() >= wordStart && m.end() <= wordEnd) {
                    if (m.end() == b && m.begin() < b && (isNounish(m) || brokenPiece(m))) {
                        b = m.begin();
                        grown = true;
                    } else if (m.begin() == e && m.end() > e
                            && (isNounish(m) || m.tag() == PosTag.XSN && nounAfter(morphemes, m)
                            || m.tag() == PosTag.XPN && stemEndsAt(morphemes, m.end()))) {
                        e = m.end();
                        grown = true;
                    }
                }
            }
        }
        // 컨/NNP 스텔레/NNP 이/VCP 션/E 에너지/NNG: an ending with a noun after it inside one word is the analyser
        // breaking an unknown name, and the name runs on to that noun
        boolean broken = false;
        for (Morpheme m : morphemes) {
            if (m.begin() < e || m.end() > wordEnd) {
                continue;
            }
            if (m.tag().isParticle()) {
                break;
            }
            if (m.tag().isEnding() || m.tag() == PosTag.VCP) {
                broken = true;
            } else if (broken && isNounish(m) && m.begin() >= e) {
                e = m.end();
            }
        }
        return new int[] {b, e};
    }

    /**
     * Whether a piece before a name inside one word is the analyser breaking an unknown name: a suffix, a determiner
     * or an interjection there cannot be a word of its own (낙/NNG 스/XSN 트라/NNP, 각/MM 스/IC 트라/NNP).
     */
    private static boolean brokenPiece(Morpheme m) {
        return m.tag() == PosTag.XSN || m.tag() == PosTag.MM || m.tag() == PosTag.IC;
    }

    /** Whether a noun follows the suffix inside the word: a suffix there is part of the name, not its end. */
    private static boolean nounAfter(List<Morpheme> word, Morpheme suffix) {
        for (Morpheme m : word) {
            if (m.begin() == suffix.end() && isNounish(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether nothing but a particle follows offset {@code end} inside the word: a prefix there (한빛/NNP 대/XPN in
     * 한빛대 교수, read as 대교수) prefixes nothing, so it is the end of the name (a university's 대).
     */
    private static boolean stemEndsAt(List<Morpheme> word, int end) {
        for (Morpheme m : word) {
            if (m.begin() == end && m.end() > end && !m.tag().isParticle()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNounish(Morpheme m) {
        return (m.tag() == PosTag.NNG || m.tag() == PosTag.NNP || m.tag() == PosTag.SL || m.tag() == PosTag.SN)
                && !m.analysis().contains("+");
    }

    private void latinCandidates(Essay essay, Sentence s, int b, int e, boolean english, List<Mention> known,
                                 Map<String, Entity> minted, List<Mention> out) {
        String text = essay.analysisText();
        if ((b > 0 && Scripts.isLatinOrDigit(text.charAt(b - 1)))) {
            return;
        }
        // split the run into name-like words; a lower-case word ends a name (except glue like "of" inside)
        List<int[]> words = new ArrayList<>();
        Matcher w = SPACE_FREE.matcher(text).region(b, e);
        while (w.find()) {
            int wb = w.start();
            int we = w.end();
            while (we > wb && ".'-".indexOf(text.charAt(we - 1)) >= 0) {
                we--;
            }
            if (we > wb) {
                words.add(new int[] {wb, we});
            }
        }
        int i = 0;
        while (i < words.size()) {
            if (!nameLike(text, words.get(i)) || Mentions.anyOverlaps(known, words.get(i)[0], words.get(i)[1])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && nameLike(text, words.get(j + 1))
                    && !Mentions.anyOverlaps(known, words.get(j + 1)[0], words.get(j + 1)[1])) {
                j++;
            }
            int nb = words.get(i)[0];
            int ne = words.get(j)[1];
            // trim generic words at either edge: "Nvidia CEO" → handled by overlap; "AI" alone is not a name
            while (i <= j && isStopword(text.substring(words.get(i)[0], words.get(i)[1]))) {
                i++;
                if (i <= j) {
                    nb = words.get(i)[0];
                }
            }
            while (j >= i && isStopword(text.substring(words.get(j)[0], words.get(j)[1]))) {
                j--;
                if (j >= i) {
                    ne = words.get(j)[1];
                }
            }
            if (i <= j) {
                String surface = essay.text().substring(nb, ne);
                boolean sentenceInitial = english && nb == firstWordStart(text, s);
                if (!(sentenceInitial && i == j) && surface.length() >= 2 && !isStopword(surface)) {
                    out.add(new Mention(nb, ne, surface,
                            minted.computeIfAbsent(surface, k -> candidate(k)), s.index()));
                }
            }
            i = Math.max(i, j) + 1;
        }
    }

    private static int firstWordStart(String text, Sentence s) {
        int i = s.begin();
        while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean nameLike(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        boolean upper = false;
        boolean digit = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
        }
        return upper || (digit && Character.isLetter(w.charAt(0)));
    }

    private static boolean mostlyLatin(String s) {
        long latin = 0;
        long hangul = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (c >= 0xAC00 && c <= 0xD7A3) {
                hangul++;
            }
        }
        return latin > 3 * hangul;
    }

    private boolean isStopword(String s) {
        return stopwords.contains(s.toLowerCase(Locale.ROOT));
    }

    /** A candidate entity; its IRI is a slug of the surface (Latin) or its percent-encoded NFC form (Hangul). */
    static Entity candidate(String surface) {
        boolean latin = surface.chars().noneMatch(c -> c > 127);
        String slug = latin
                ? surface.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                : URLEncoder.encode(surface, StandardCharsets.UTF_8).replace("+", "%20");
        if (slug.isEmpty()) {
            slug = URLEncoder.encode(surface, StandardCharsets.UTF_8);
        }
        return new Entity(Namespaces.CANDIDATE + slug, "Candidate", Kind.CANDIDATE, latin ? "" : surface,
                latin ? surface : "", List.of(surface));
    }
}
