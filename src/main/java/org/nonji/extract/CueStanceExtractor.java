package org.nonji.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nonji.corpus.Essay;
import org.nonji.corpus.Sentence;

/**
 * Stances from cue lexicons, clause by clause.
 *
 * <ul>
 *   <li>A cue (필요, 환상, 회의적…) applies to the mention nearest before it in its clause (Korean puts the
 *       predicate last: "X가 필요하다", "X라는 환상"), else the first after it, plus mentions coordinated with that
 *       one (반도체와 로봇). A topic-marked actor (한국은) is the one who should act, not the target, when the clause
 *       names something else.</li>
 *   <li>Negators after the cue in the clause flip it, by parity (하지 않을 수 없다 = must); a negating prefix
 *       (불필요) flips it too. Hedges anywhere in the clause set the hedged flag.</li>
 *   <li>The holder is the author unless the sentence reports speech (…라고 밝혔다) with an actor as subject, or
 *       names a source (X에 따르면), and the clause carries no first-person marker (나는, 우리는). Reported speech
 *       whose holder cannot be found yields no stance rather than a wrong author stance.</li>
 *   <li>Within a clause the last cue for a target wins: the head of a Korean phrase comes last (매력적 환상).</li>
 * </ul>
 */
public final class CueStanceExtractor implements StanceExtractor {
    private static final List<String> SUBJECT_PARTICLES = List.of("은", "는", "이", "가", "도", "측은", "측이", "측도");
    private static final List<String> OBJECT_PARTICLES = List.of("을", "를");
    private static final List<String> COORDINATORS = List.of("와", "과", "및", ",", "·", "、", "이나", "나", "와도",
            "과도", "랑", "이랑", "하고");

    private final Lexicons lex;
    private final ClauseSplitter clauses;

    public CueStanceExtractor(Lexicons lexicons) {
        this.lex = lexicons;
        this.clauses = new ClauseSplitter(lexicons);
    }

    @Override
    public List<Stance> extract(Essay essay, MorphIndex morphs, List<Mention> mentions) {
        String text = essay.analysisText();
        List<Stance> out = new ArrayList<>();
        for (Sentence s : essay.sentences()) {
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            if (inSentence.isEmpty()) {
                continue;
            }
            Holder reported = reportedHolder(text, s, inSentence);
            for (ClauseSplitter.Clause c : clauses.split(text, s, morphs)) {
                List<Mention> inClause = inSentence.stream()
                        .filter(m -> m.begin() >= c.begin() && m.end() <= c.end()).toList();
                if (inClause.isEmpty()) {
                    continue;
                }
                Holder holder = containsWordStart(text, c.begin(), c.end(), lex.firstPerson()) ? Holder.AUTHOR
                        : reported;
                if (holder.unattributed()) {
                    continue;
                }
                out.addAll(clauseStances(essay, s, c, inClause, holder));
            }
        }
        return out;
    }

    private List<Stance> clauseStances(Essay essay, Sentence s, ClauseSplitter.Clause c, List<Mention> inClause,
                                       Holder holder) {
        String text = essay.analysisText();
        Map<String, Stance> byTarget = new LinkedHashMap<>();
        for (CueHit cue : cues(text, c, inClause)) {
            List<Mention> candidates = inClause.stream()
                    .filter(m -> !m.overlaps(cue.begin, cue.end))
                    .filter(m -> holder.mention.isEmpty() || !holder.mention.get().overlaps(m.begin(), m.end()))
                    .toList();
            List<Mention> targets = targets(text, candidates, cue);
            int negators = countNegators(text, cue.end, negationWindowEnd(text, cue.end, c.end()))
                    + (prefixNegated(text, cue.begin) ? 1 : 0);
            boolean negated = negators % 2 == 1;
            Polarity polarity = negated ? cue.cue.polarity().negate() : cue.cue.polarity();
            boolean hedged = containsAny(text, c.begin(), c.end(), lex.hedges());
            for (Mention t : targets) {
                if (holder.mention.isPresent() && holder.mention.get().entity().iri().equals(t.entity().iri())) {
                    continue;
                }
                byTarget.put(t.entity().iri(), new Stance(holder.mention, t, polarity, negated, hedged,
                        essay.text().substring(cue.begin, cue.end), cue.begin, cue.end,
                        trimStart(text, c.begin(), c.end()), trimEnd(text, c.begin(), c.end()), s.index()));
            }
        }
        List<Stance> out = new ArrayList<>(byTarget.values());
        out.sort(Comparator.comparingInt((Stance st) -> st.target().begin()));
        return out;
    }

    private record CueHit(Lexicons.StanceCue cue, int begin, int end) {
    }

    /** Cue occurrences in the clause, left to right, longest cue first at a position, outside mentions. */
    private List<CueHit> cues(String text, ClauseSplitter.Clause c, List<Mention> mentions) {
        List<CueHit> hits = new ArrayList<>();
        for (Lexicons.StanceCue cue : lex.stanceCues()) {
            int from = c.begin();
            while (true) {
                int i = text.indexOf(cue.form(), from);
                if (i < 0 || i + cue.form().length() > c.end()) {
                    break;
                }
                from = i + 1;
                int e = i + cue.form().length();
                if (cue.wordStart() && i > 0 && Scripts.isWordChar(text.charAt(i - 1))
                        && !prefixNegated(text, i)) {
                    continue;
                }
                if (isException(text, i, cue) || insideMention(mentions, i, e)) {
                    continue;
                }
                hits.add(new CueHit(cue, i, e));
            }
        }
        hits.sort(Comparator.comparingInt(CueHit::begin).thenComparing(h -> -(h.end - h.begin)));
        List<CueHit> kept = new ArrayList<>();
        int lastEnd = -1;
        for (CueHit h : hits) {
            if (h.begin >= lastEnd) {
                kept.add(h);
                lastEnd = h.end;
            }
        }
        return kept;
    }

    private static boolean isException(String text, int cueBegin, Lexicons.StanceCue cue) {
        for (String ex : cue.exceptions()) {
            int offset = ex.indexOf(cue.form());
            if (offset < 0) {
                continue;
            }
            int start = cueBegin - offset;
            if (start >= 0 && text.startsWith(ex, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideMention(List<Mention> mentions, int b, int e) {
        for (Mention m : mentions) {
            if (m.overlaps(b, e)) {
                return true;
            }
        }
        return false;
    }

    private List<Mention> targets(String text, List<Mention> candidates, CueHit cue) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Mention chosen = chooseBefore(text, candidates, cue);
        boolean before = chosen != null;
        if (chosen == null) {
            for (Mention m : candidates) {
                if (m.begin() >= cue.end && (chosen == null || m.begin() < chosen.begin())) {
                    chosen = m;
                }
            }
        }
        if (chosen == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(chosen);
        sameSpan(candidates, chosen, out);
        Mention edge = chosen;
        while (true) {
            Mention sibling = before ? coordinatedBefore(text, candidates, edge) : coordinatedAfter(text, candidates, edge);
            if (sibling == null) {
                break;
            }
            out.add(sibling);
            sameSpan(candidates, sibling, out);
            edge = sibling;
        }
        return out;
    }

    /**
     * The target among the mentions before the cue, by Korean case marking: the nearest object (X를 강화해야), else
     * the nearest non-actor subject or topic (X가 필요하다, X는 환상이다), else the nearest mention that is neither an
     * acting subject (한국은 …해야) nor a genitive modifier of the cue word itself (Y의 해법).
     */
    private static Mention chooseBefore(String text, List<Mention> candidates, CueHit cue) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.end() <= cue.begin) {
                before.add(m);
            }
        }
        before.sort(Comparator.comparingInt(Mention::end).reversed());
        for (Mention m : before) {
            if (followedBy(text, m, OBJECT_PARTICLES)) {
                return m;
            }
        }
        for (Mention m : before) {
            if (m.entity().kind() != Kind.ACTOR && followedBy(text, m, SUBJECT_PARTICLES)) {
                return m;
            }
        }
        int modifierStart = Integer.MAX_VALUE;
        for (Mention m : before) {
            if (m.end() > modifierStart) {
                continue;
            }
            if (modifiesCue(text, m, cue) || isModifierChain(text, m, modifierStart)) {
                modifierStart = Math.min(modifierStart, m.begin());
                continue;
            }
            if (!(m.entity().kind() == Kind.ACTOR && followedBy(text, m, SUBJECT_PARTICLES))) {
                return m;
            }
        }
        return before.isEmpty() ? null : before.get(0);
    }

    /** Y의 directly before the cue's word: Y modifies the cue noun (한국 제조업의 해법), it is not the target. */
    private static boolean modifiesCue(String text, Mention m, CueHit cue) {
        int wordEnd = Scripts.wordEnd(text, m.end());
        if (!text.substring(m.end(), wordEnd).equals("의")) {
            return false;
        }
        int next = wordEnd;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next == Scripts.wordStart(text, cue.begin);
    }

    /** A mention spaced right before a skipped modifier belongs to the same noun phrase (한국 제조업의). */
    private static boolean isModifierChain(String text, Mention m, int modifierStart) {
        return modifierStart != Integer.MAX_VALUE && m.end() <= modifierStart
                && text.substring(m.end(), modifierStart).isBlank();
    }

    private static void sameSpan(List<Mention> candidates, Mention m, List<Mention> out) {
        for (Mention other : candidates) {
            if (other != m && other.begin() == m.begin() && other.end() == m.end() && !out.contains(other)) {
                out.add(other);
            }
        }
    }

    private static Mention coordinatedBefore(String text, List<Mention> candidates, Mention m) {
        for (Mention o : candidates) {
            if (o.end() <= m.begin() && COORDINATORS.contains(text.substring(o.end(), m.begin()).strip())) {
                return o;
            }
        }
        return null;
    }

    private static Mention coordinatedAfter(String text, List<Mention> candidates, Mention m) {
        for (Mention o : candidates) {
            if (o.begin() >= m.end() && COORDINATORS.contains(text.substring(m.end(), o.begin()).strip())) {
                return o;
            }
        }
        return null;
    }

    /**
     * Negation binds to the predicate the cue is part of: the rest of the cue's word and the next word
     * (필요하지 않다, 필요가 없다). A negator further on belongs to another verb (환상에 매달리지 말고).
     */
    private static int negationWindowEnd(String text, int cueEnd, int clauseEnd) {
        int i = Scripts.wordEnd(text, cueEnd);
        while (i < clauseEnd && text.charAt(i) == ' ') {
            i++;
        }
        return Math.min(clauseEnd, Scripts.wordEnd(text, i));
    }

    private int countNegators(String text, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            String ignored = longestAt(text, i, to, lex.notNegators());
            if (ignored != null) {
                i += ignored.length();
                continue;
            }
            String found = null;
            for (String n : lex.negatorsAfter()) {
                if (text.startsWith(n, i) && i + n.length() <= to && (found == null || n.length() > found.length())) {
                    found = n;
                }
            }
            if (found != null) {
                count++;
                i += found.length();
            } else {
                i++;
            }
        }
        return count;
    }

    private static String longestAt(String text, int i, int to, Set<String> forms) {
        String found = null;
        for (String f : forms) {
            if (text.startsWith(f, i) && i + f.length() <= to && (found == null || f.length() > found.length())) {
                found = f;
            }
        }
        return found;
    }

    private boolean prefixNegated(String text, int cueBegin) {
        for (String p : lex.negatorPrefixes()) {
            int b = cueBegin - p.length();
            if (b >= 0 && text.startsWith(p, b) && (b == 0 || !Scripts.isWordChar(text.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The holder a sentence reports, or the author when it reports none. */
    private Holder reportedHolder(String text, Sentence s, List<Mention> mentions) {
        for (String marker : lex.sourceMarkers()) {
            int i = text.indexOf(marker, s.begin());
            if (i >= 0 && i < s.end()) {
                for (Mention m : mentions) {
                    if (m.end() <= i && text.substring(m.end(), i).isBlank() && isHolderKind(m)) {
                        return Holder.of(m);
                    }
                }
            }
        }
        if (!containsAny(text, s.begin(), s.end(), lex.speechVerbs())) {
            return Holder.AUTHOR;
        }
        for (Mention m : mentions) {
            if (isHolderKind(m) && followedBy(text, m, SUBJECT_PARTICLES)) {
                return Holder.of(m);
            }
        }
        return Holder.UNATTRIBUTED;
    }

    private static boolean isHolderKind(Mention m) {
        return m.entity().kind() == Kind.ACTOR || m.entity().kind() == Kind.CANDIDATE;
    }

    private static boolean followedBy(String text, Mention m, List<String> particles) {
        int wordEnd = Scripts.wordEnd(text, m.end());
        String tail = text.substring(m.end(), wordEnd);
        return particles.contains(tail);
    }

    private static boolean containsAny(String text, int b, int e, Set<String> forms) {
        String span = text.substring(b, e);
        for (String f : forms) {
            if (span.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a form occurs at the start of a word (나의 in 나의 생각, not in 하나의). */
    private static boolean containsWordStart(String text, int b, int e, Set<String> forms) {
        for (String f : forms) {
            int i = text.indexOf(f, b);
            while (i >= 0 && i + f.length() <= e) {
                if (i == 0 || !Scripts.isWordChar(text.charAt(i - 1))) {
                    return true;
                }
                i = text.indexOf(f, i + 1);
            }
        }
        return false;
    }

    private static int trimStart(String text, int b, int e) {
        while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',')) {
            b++;
        }
        return b;
    }

    private static int trimEnd(String text, int b, int e) {
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    /** Who holds the stances of a clause. */
    private record Holder(Optional<Mention> mention, boolean unattributed) {
        static final Holder AUTHOR = new Holder(Optional.empty(), false);
        static final Holder UNATTRIBUTED = new Holder(Optional.empty(), true);

        static Holder of(Mention m) {
            return new Holder(Optional.of(m), false);
        }
    }
}
