package org.nonji.nlp.nori;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nonji.TsvTable;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.PosTag;

/**
 * Mends the few ordinary words Nori's dictionary reads wrongly ({@code ontology/grammar/nori-repairs.tsv}): a run of
 * adjacent tokens with the listed surfaces and tags is replaced by the listed reading, offsets kept.
 */
final class NoriRepairs {
    static final String FILE = "ontology/grammar/nori-repairs.tsv";
    /** How many tokens back the ending a ~ row must follow is looked for: a compound and its parts. */
    private static final int LOOKBACK = 6;

    /**
     * One token as the file writes it: surface/TAG, or surface/TAG=stem where the reading's stem differs from the
     * surface (나/VV=날: Nori's 날다 read into 나을; 나/VA=낫: the 낫다 it is). {@code stem} is null when not given.
     */
    record Token(String surface, PosTag tag, String stem) {
        static Token parse(TsvTable.Row row, String s) {
            int eq = s.indexOf('=');
            String stem = eq < 0 ? null : s.substring(eq + 1);
            String word = eq < 0 ? s : s.substring(0, eq);
            int slash = word.lastIndexOf('/');
            PosTag tag = slash <= 0 ? PosTag.UNKNOWN : PosTag.of(word.substring(slash + 1));
            if (tag == PosTag.UNKNOWN || stem != null && stem.isEmpty()) {
                throw row.error("not surface/TAG or surface/TAG=stem with a known tag: " + s);
            }
            return new Token(word.substring(0, slash), tag, stem);
        }

        boolean matches(Morpheme m) {
            return m.tag() == tag && m.surface().equals(surface)
                    && (stem == null || m.analysis().equals(reading()));
        }

        /** The reading a replacement token gets: its stem (or surface) and tag. */
        String reading() {
            return (stem == null ? surface : stem) + "/" + tag.name();
        }
    }

    /**
     * A run to replace; {@code afterEnding}: only right after a verbal ending in the same word that ends with that
     * text (~ in the file, with the text before the tokens: ~다 는/J), else null; {@code afterBareNoun}: only as a
     * whole word right after a word that ends in a noun (+ in the file: 일자리 +대체로); {@code wholeWord}: only when
     * the run is a whole word (= in the file: 결국 alone, not 결국은); {@code before}: only when the run ends its word
     * and the next word begins with one of these forms (a trailing >교수|학생 in the file), else empty.
     */
    record Repair(List<Token> from, List<Token> to, String afterEnding, boolean afterBareNoun, boolean wholeWord,
                  List<String> before) {
    }

    private final Map<String, List<Repair>> byFirstSurface = new HashMap<>();
    /**
     * The first chars of those surfaces: a token starting otherwise (nearly all) is passed over without hashing
     * its fresh surface for a map lookup. Null when a surface is empty (then every token is looked up).
     */
    private final String firstChars;

    NoriRepairs(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String afterEnding = null;
            String cell = r.get(0);
            List<String> before = List.of();
            int gt = cell.indexOf(" >");
            if (gt >= 0) {
                before = List.of(cell.substring(gt + 2).split("\\|"));
                cell = cell.substring(0, gt);
                if (before.stream().anyMatch(String::isEmpty)) {
                    throw r.error("an empty form after >");
                }
            }
            boolean afterBareNoun = cell.startsWith("+");
            boolean wholeWord = cell.startsWith("=");
            if (afterBareNoun || wholeWord) {
                cell = cell.substring(1);
            } else if (cell.startsWith("~")) {
                String[] parts = cell.substring(1).split(" ", 2);
                boolean suffix = parts.length == 2 && !parts[0].contains("/");
                afterEnding = suffix ? parts[0] : "";
                cell = suffix ? parts[1] : cell.substring(1);
            }
            List<Token> from = tokens(r, cell);
            List<Token> to = tokens(r, r.get(1));
            if (!spelling(from).equals(spelling(to))) {
                throw r.error("the reading must spell the same characters: " + spelling(from) + " ≠ " + spelling(to));
            }
            byFirstSurface.computeIfAbsent(from.get(0).surface(), k -> new ArrayList<>())
                    .add(new Repair(from, to, afterEnding, afterBareNoun, wholeWord, before));
        }
        StringBuilder firsts = new StringBuilder();
        boolean anyEmpty = false;
        for (String surface : byFirstSurface.keySet()) {
            if (surface.isEmpty()) {
                anyEmpty = true;
            } else if (firsts.indexOf(surface.substring(0, 1)) < 0) {
                firsts.append(surface.charAt(0));
            }
        }
        this.firstChars = anyEmpty ? null : firsts.toString();
    }

    static NoriRepairs bundled() {
        return new NoriRepairs(TsvTable.load(FILE, 2));
    }

    /**
     * The tokens of {@code text} with every listed misreading replaced. {@code sorted} is by begin, longest first,
     * as the analyser returns it; so is the answer. Decompounded parts inside a replaced token go with it.
     */
    List<Morpheme> apply(String text, List<Morpheme> sorted) {
        List<Morpheme> out = null;
        for (int i = 0; i < sorted.size(); i++) {
            Morpheme token = sorted.get(i);
            // a surface's first char is the text's at its begin: the text is at hand, the surface's chars are not
            if (firstChars != null && (token.end() == token.begin()
                    || firstChars.indexOf(text.charAt(token.begin())) < 0)) {
                continue;
            }
            String surface = token.surface();
            List<Repair> candidates = byFirstSurface.get(surface);
            if (candidates == null) {
                continue;
            }
            for (Repair r : candidates) {
                if (r.afterEnding() != null && (!r.from().get(0).matches(token)
                        || !afterEnding(text, sorted, i, r.afterEnding()))) {
                    continue;
                }
                if (r.afterBareNoun() && !afterBareNoun(text, sorted, i)) {
                    continue;
                }
                List<Integer> run = run(sorted, i, r.from());
                if (run == null) {
                    continue;
                }
                int begin = sorted.get(i).begin();
                int end = sorted.get(run.get(run.size() - 1)).end();
                if (r.wholeWord() && !wholeWord(text, begin, end)
                        || !r.before().isEmpty() && !beforeWord(text, end, r.before())) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(sorted);
                }
                out.removeIf(m -> m.begin() >= begin && m.end() <= end);
                int at = begin;
                for (Token t : r.to()) {
                    out.add(new Morpheme(t.surface(), at, at + t.surface().length(), t.tag(), t.reading()));
                    at += t.surface().length();
                }
                break;
            }
        }
        if (out == null) {
            return sorted;
        }
        out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : Integer.compare(b.end(), a.end()));
        return out;
    }

    /**
     * Whether token i follows a verbal ending in the same word that ends with {@code suffix} (거머쥔|다면: Nori reads
     * the ㄴ of ㄴ다면 as an adnominal ending and the rest as a noun; 끌린다|는: the 는 of ㄴ다는 as a particle).
     */
    private static boolean afterEnding(String text, List<Morpheme> sorted, int i, String suffix) {
        int begin = sorted.get(i).begin();
        if (begin == 0 || Character.isWhitespace(text.charAt(begin - 1))) {
            return false;
        }
        // the token before in the same word, or its compound's parts, lies a few places back (sorted by begin)
        for (int j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
            Morpheme m = sorted.get(j);
            if (m.end() == begin && (m.tag() == PosTag.E || m.analysis().endsWith("/E"))) {
                String ending = m.analysis().substring(m.analysis().lastIndexOf('+') + 1);
                return ending.substring(0, ending.lastIndexOf('/')).endsWith(suffix);
            }
        }
        return false;
    }

    /** Whether the word ending at {@code end} is followed, after one space, by a word that begins with a form. */
    private static boolean beforeWord(String text, int end, List<String> forms) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        for (String f : forms) {
            if (text.startsWith(f, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether text[begin, end) is a whole word: nothing but space or punctuation on either side. */
    private static boolean wholeWord(String text, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * Whether token i begins a word right after a word whose last token is a noun, with no particle after it
     * (일자리 대체로: a compound goes on; 시장은 대체로: the adverb).
     */
    private static boolean afterBareNoun(String text, List<Morpheme> sorted, int i) {
        int begin = sorted.get(i).begin();
        if (begin < 2 || text.charAt(begin - 1) != ' ' || Character.isWhitespace(text.charAt(begin - 2))) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
            Morpheme m = sorted.get(j);
            if (m.end() == begin - 1) {
                // (a compound's last part)
                return m.tag() == PosTag.NNG || m.tag() == PosTag.NNP || m.tag() == PosTag.SL;
            }
        }
        return false;
    }

    /** The indexes of a run of adjacent tokens starting at i that reads as {@code from}, or null. */
    private static List<Integer> run(List<Morpheme> sorted, int i, List<Token> from) {
        List<Integer> run = new ArrayList<>();
        int k = i;
        for (Token t : from) {
            int expect = run.isEmpty() ? sorted.get(i).begin() : sorted.get(run.get(run.size() - 1)).end();
            int found = -1;
            for (int j = k; j < sorted.size() && sorted.get(j).begin() <= expect; j++) {
                if (sorted.get(j).begin() == expect && t.matches(sorted.get(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            run.add(found);
            k = found + 1;
        }
        return run;
    }

    private static List<Token> tokens(TsvTable.Row row, String cell) {
        List<Token> out = new ArrayList<>();
        for (String s : cell.split(" ")) {
            if (!s.isEmpty()) {
                out.add(Token.parse(row, s));
            }
        }
        if (out.isEmpty()) {
            throw row.error("no tokens");
        }
        return out;
    }

    private static String spelling(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(t.surface()));
        return b.toString();
    }
}
