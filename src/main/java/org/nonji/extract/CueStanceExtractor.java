package org.nonji.extract;

import java.util.ArrayList;
import java.util.BitSet;
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
 *   <li>The target is read from Korean case marking around the cue: the nearest object (X를 강화해야), else the
 *       nearest non-actor subject or topic (X가 필요하다, X는 환상이다), else the nearest mention that is neither an
 *       acting subject (한국은 …해야) nor a genitive modifier of the cue word (Y의 해법); mentions coordinated with
 *       the target (반도체와 로봇) share the stance. Doubt goes first to the subject, actors included (삼성이
 *       점유율을 되찾을지 불투명하다).</li>
 *   <li>Negators in the cue's predicate flip it, by parity (하지 않을 수 없다 = must); a negating prefix (불필요)
 *       flips it too. Hedges anywhere in the clause set the hedged flag.</li>
 *   <li>The holder is the author, unless the sentence reports speech (…라고 밝혔다) with an actor as subject, names
 *       a source (X에 따르면, X 관계자는), or an attitude verb has an actor subject (중국은 반발했다). First-person
 *       markers (나는, 우리는) outside quotations give the clause back to the author. Reported speech whose holder
 *       cannot be found yields no stance rather than a wrong author stance.</li>
 *   <li>"X가 아니라 Y" opposes X and supports Y.</li>
 *   <li>Within a clause the last cue for a target wins: the head of a Korean phrase comes last (매력적 환상).</li>
 * </ul>
 */
public final class CueStanceExtractor implements StanceExtractor {
    private static final List<String> COORDINATORS = List.of("와", "과", "및", ",", "·", "、", "이나", "나", "와도",
            "과도", "랑", "이랑", "하고");
    private static final String CONTRAST = "아니라";

    private final Lexicons lex;
    private final ClauseSplitter clauses;

    public CueStanceExtractor(Lexicons lexicons) {
        this.lex = lexicons;
        this.clauses = new ClauseSplitter(lexicons);
    }

    @Override
    public List<Stance> extract(Essay essay, MorphIndex morphs, List<Mention> mentions) {
        return new Run(essay, morphs).extract(mentions);
    }

    /** Who holds the stances of a clause. */
    private record Holder(Optional<Mention> mention, boolean unattributed) {
        static final Holder AUTHOR = new Holder(Optional.empty(), false);
        static final Holder UNATTRIBUTED = new Holder(Optional.empty(), true);

        static Holder of(Mention m) {
            return new Holder(Optional.of(m), false);
        }
    }

    private record CueHit(Lexicons.StanceCue cue, int begin, int end) {
    }

    /** The work on one essay. */
    private final class Run {
        private final Essay essay;
        private final String text;
        private final MorphIndex morphs;
        private final CaseMarking cases;
        private final BitSet quoted;

        Run(Essay essay, MorphIndex morphs) {
            this.essay = essay;
            this.text = essay.analysisText();
            this.morphs = morphs;
            this.cases = new CaseMarking(text, morphs, lex.particles());
            this.quoted = Quotations.of(text, essay.sentences());
        }

        private List<Mention> all = List.of();

        List<Stance> extract(List<Mention> mentions) {
            all = mentions;
            List<Stance> out = new ArrayList<>();
            List<Integer> authorSentences = new ArrayList<>();
            Map<Integer, List<Mention>> bySentence = Mentions.bySentence(mentions);
            for (Sentence s : essay.sentences()) {
                List<Mention> inSentence = bySentence.getOrDefault(s.index(), List.of());
                Holder reported = reportedHolder(s, inSentence);
                if (reported == Holder.AUTHOR) {
                    authorSentences.add(s.index());
                }
                for (ClauseSplitter.Clause c : clauses.split(text, s, morphs)) {
                    List<Mention> inClause = inSentence.stream()
                            .filter(m -> m.begin() >= c.begin() && m.end() <= c.end()).toList();
                    Holder holder = firstPersonOutsideQuotes(c) ? Holder.AUTHOR : reported;
                    out.addAll(clauseStances(s, c, inClause, holder));
                }
            }
            out.addAll(risksTheAuthorRaises(mentions, authorSentences, out));
            out.sort(Comparator.comparingInt(Stance::sentence).thenComparingInt(st -> st.target().begin()));
            return out;
        }

        /**
         * A risk the author names in their own voice and takes no explicit stance on is one they warn of: an
         * oppose stance whose cue is the risk's own name (중국의 보복 가능성도 무시할 수 없다). Risks are threats by
         * the ontology's definition; naming one is the evidence.
         */
        private List<Stance> risksTheAuthorRaises(List<Mention> mentions, List<Integer> authorSentences,
                                                  List<Stance> found) {
            java.util.Set<String> judged = new java.util.HashSet<>();
            java.util.Set<Mention> othersJudge = new java.util.HashSet<>();
            for (Stance st : found) {
                if (st.byAuthor()) {
                    judged.add(st.target().entity().iri());
                } else {
                    othersJudge.add(st.target());
                }
            }
            List<Stance> out = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.entity().kind() == Kind.RISK && authorSentences.contains(m.sentence()) && !quoted.get(m.begin())
                        && !othersJudge.contains(m) && judged.add(m.entity().iri())) {
                    Sentence s = essay.sentences().get(m.sentence());
                    out.add(new Stance(Optional.empty(), m, Polarity.OPPOSE, false, false, m.surface(), m.begin(),
                            m.end(), s.begin(), s.end(), s.index()));
                }
            }
            return out;
        }

        private List<Stance> clauseStances(Sentence s, ClauseSplitter.Clause c, List<Mention> inClause,
                                           Holder clauseHolder) {
            Map<String, Stance> byTarget = new LinkedHashMap<>();
            for (CueHit cue : cues(c, inClause)) {
                Holder holder = clauseHolder;
                Optional<Mention> agent = attitudeSubject(cue, inClause);
                if (agent.isPresent()) {
                    holder = Holder.of(agent.get());
                }
                if (holder.unattributed()) {
                    continue;
                }
                Holder h = holder;
                List<Mention> candidates = inClause.stream()
                        .filter(m -> !m.overlaps(cue.begin, cue.end))
                        .filter(m -> h.mention.isEmpty() || !h.mention.get().overlaps(m.begin(), m.end()))
                        .toList();
                int negators = countNegators(cue.end, negationWindowEnd(cue.end, c.end()))
                        + (prefixNegated(cue.begin) ? 1 : 0);
                boolean negated = negators % 2 == 1;
                Polarity polarity = negated ? cue.cue.polarity().negate() : cue.cue.polarity();
                boolean hedged = containsAny(c.begin(), c.end(), lex.hedges());
                List<Mention> targets = new ArrayList<>(targets(candidates, cue));
                for (Mention a : antecedents(s, c, cue)) {
                    if (!targets.contains(a)) {
                        targets.add(a);
                    }
                }
                if (targets.isEmpty() && inClause.isEmpty() && cue.cue.polarity() == Polarity.DOUBT) {
                    // Korean drops a subject that continues from the previous clause (X는 매력적이지만, 과연 오래
                    // 지속될 수 있을지는 의문이다): doubt is then about the last thing named before it in the sentence.
                    // Not for support or oppose: after …지만 their dropped subject is as often "we" (…접근해야 한다).
                    topicBefore(s, c).ifPresent(targets::add);
                }
                boolean modal = lex.modalCues().stream().anyMatch(m -> cue.cue.form().startsWith(m));
                for (Mention t : targets) {
                    boolean turned = reversed(t);
                    Stance st = stance(h, t, turned ? polarity.negate() : polarity, negated != turned, hedged,
                            cue.begin, cue.end, c, s);
                    if (modal && byTarget.containsKey(key(st))) {
                        continue;   // a specific cue already judged this target in the clause
                    }
                    put(byTarget, st);
                }
            }
            contrast(c, inClause, clauseHolder, s, byTarget);
            List<Stance> out = new ArrayList<>(byTarget.values());
            out.sort(Comparator.comparingInt((Stance st) -> st.target().begin()));
            return out;
        }

        private Optional<Mention> topicBefore(Sentence s, ClauseSplitter.Clause c) {
            Mention last = null;
            for (Mention m : all) {
                if (m.sentence() == s.index() && m.end() <= c.begin() && m.entity().kind() != Kind.ACTOR) {
                    last = m;
                }
            }
            return Optional.ofNullable(last);
        }

        /** What a demonstrative before the cue in its clause refers back to (이를, 이들은), if anything. */
        private List<Mention> antecedents(Sentence s, ClauseSplitter.Clause c, CueHit cue) {
            String number = null;
            for (var a : lex.anaphors().entrySet()) {
                int i = Scripts.indexOf(text, a.getKey(), c.begin(), c.end());
                int after = i + a.getKey().length();
                if (i >= 0 && i < cue.begin && (i == 0 || !Scripts.isWordChar(text.charAt(i - 1)))
                        && after <= text.length() && (after == text.length() || !Scripts.isWordChar(text.charAt(after)))
                        && !(a.getValue().equals("adnominal") && namesNext(after))) {
                    number = a.getValue().equals("plural") ? "plural" : "singular";
                    break;
                }
            }
            if (number == null) {
                return List.of();
            }
            if (number.equals("singular")) {
                Mention last = null;
                for (Mention m : all) {
                    if (m.end() <= c.begin() && m.sentence() >= s.index() - 1 && m.entity().kind() != Kind.ACTOR) {
                        last = m;
                    }
                }
                return last == null ? List.of() : List.of(last);
            }
            return all.stream().filter(m -> m.sentence() == s.index() - 1 && m.entity().kind() != Kind.ACTOR)
                    .toList();
        }

        /** Whether the next word starts a mention (이러한 범용 AI의 빈틈: the demonstrative points at that name). */
        private boolean namesNext(int offset) {
            int i = offset;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            for (Mention m : all) {
                if (m.begin() == i) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a reversal verb (피하다, 막다, 줄이다) follows the object mention: its stance turns around. */
        private boolean reversed(Mention m) {
            if (!cases.isObject(m)) {
                return false;
            }
            int i = Scripts.wordEnd(text, m.end());
            while (i < text.length() && (text.charAt(i) == ' ' || CaseMarking.isClosingQuote(text.charAt(i)))) {
                i++;
            }
            for (String v : lex.reversalVerbs()) {
                if (text.startsWith(v, i) || text.startsWith(v, nextWordStart(m))) {
                    return true;
                }
            }
            return false;
        }

        private int nextWordStart(Mention m) {
            int i = m.end();
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        /** "X가 아니라 Y": X opposed, Y supported. */
        private void contrast(ClauseSplitter.Clause c, List<Mention> inClause, Holder holder, Sentence s,
                              Map<String, Stance> byTarget) {
            if (holder.unattributed()) {
                return;
            }
            int at = Scripts.indexOf(text, CONTRAST, c.begin(), c.end());
            if (at < 0 || at >= c.end() || (at > 0 && Scripts.isWordChar(text.charAt(at - 1)))) {
                return;
            }
            Mention rejected = null;
            Mention preferred = null;
            for (Mention m : inClause) {
                if (m.end() <= at && Set.of("가", "이").contains(cases.particleAfter(m))
                        && text.substring(Scripts.wordEnd(text, m.end()), at).isBlank()) {
                    rejected = m;
                }
                if (m.begin() > at && preferred == null) {
                    preferred = m;
                }
            }
            int cueEnd = at + CONTRAST.length();
            if (rejected != null) {
                put(byTarget, stance(holder, rejected, Polarity.OPPOSE, false, false, at, cueEnd, c, s));
                if (preferred != null) {
                    put(byTarget, stance(holder, preferred, Polarity.SUPPORT, false, false, at, cueEnd, c, s));
                }
            }
        }

        private Stance stance(Holder h, Mention t, Polarity p, boolean negated, boolean hedged, int cueBegin,
                              int cueEnd, ClauseSplitter.Clause c, Sentence s) {
            ClauseSplitter.Clause quoted = c.evidence(text);
            return new Stance(h.mention, t, p, negated, hedged, essay.text().substring(cueBegin, cueEnd), cueBegin,
                    cueEnd, quoted.begin(), quoted.end(), s.index());
        }

        private void put(Map<String, Stance> byTarget, Stance st) {
            if (st.holder().isPresent() && st.holder().get().entity().iri().equals(st.target().entity().iri())) {
                return;
            }
            byTarget.put(key(st), st);
        }

        private String key(Stance st) {
            return st.holder().map(h -> h.entity().iri()).orElse("") + " " + st.target().entity().iri();
        }

        /** For an attitude verb (반발, 환영, 촉구), the actor that is its subject holds the stance. */
        private Optional<Mention> attitudeSubject(CueHit cue, List<Mention> clause) {
            boolean attitude = lex.holderVerbs().stream().anyMatch(v -> cue.cue.form().startsWith(v));
            if (!attitude) {
                return Optional.empty();
            }
            return clause.stream()
                    .filter(m -> m.end() <= cue.begin && !quoted.get(m.begin()) && isHolderKind(m) && cases.isSubject(m))
                    .findFirst();
        }

        /** Cue occurrences in the clause, left to right, longest cue first at a position, outside mentions. */
        private List<CueHit> cues(ClauseSplitter.Clause c, List<Mention> mentions) {
            List<CueHit> hits = new ArrayList<>();
            for (Lexicons.StanceCue cue : lex.stanceCues()) {
                int from = c.begin();
                while (true) {
                    int i = Scripts.indexOf(text, cue.form(), from, c.end());
                    if (i < 0 || i + cue.form().length() > c.end()) {
                        break;
                    }
                    from = i + 1;
                    int e = i + cue.form().length();
                    if (cue.wordStart() && i > 0 && Scripts.isWordChar(text.charAt(i - 1)) && !prefixNegated(i)) {
                        continue;
                    }
                    if (isException(i, cue) || Mentions.anyOverlaps(mentions, i, e)) {
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

        private boolean isException(int cueBegin, Lexicons.StanceCue cue) {
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

        private List<Mention> targets(List<Mention> candidates, CueHit cue) {
            if (candidates.isEmpty()) {
                return List.of();
            }
            Mention chosen = chooseBefore(candidates, cue);
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
            // doubt is about a whole proposition (X가 Y를 감당할 수 있을지 의문이다): every non-actor it names
            if (before && cue.cue.polarity() == Polarity.DOUBT) {
                for (Mention m : candidates) {
                    if (m.end() <= cue.begin && m.entity().kind() != Kind.ACTOR && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            // strategies and policies named in the clause before a support cue are what it endorses, whatever
            // their case (미국 동맹 내에서 대체 불가능한 파트너가 되는 전략이 필요하다; K-칩스법의 대상을 넓힌 것은 바람직하다).
            // Not for oppose: a strategy there is often the way out (중간제 전략을 통해 … 종속의 늪에 빠지지 않는다).
            if (before && cue.cue.polarity() == Polarity.SUPPORT) {
                for (Mention m : candidates) {
                    if (m.end() <= cue.begin && (m.entity().kind() == Kind.STRATEGY
                            || m.entity().kind() == Kind.POLICY) && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            Mention edge = chosen;
            while (true) {
                Mention sibling = before ? coordinatedBefore(candidates, edge) : coordinatedAfter(candidates, edge);
                if (sibling == null || out.contains(sibling)) {
                    break;
                }
                out.add(sibling);
                sameSpan(candidates, sibling, out);
                edge = sibling;
            }
            return out;
        }

        private Mention chooseBefore(List<Mention> candidates, CueHit cue) {
            List<Mention> before = new ArrayList<>();
            for (Mention m : candidates) {
                if (m.end() <= cue.begin) {
                    before.add(m);
                }
            }
            before.sort(Comparator.comparingInt(Mention::end).reversed());
            boolean remedy = lex.remedyNouns().stream().anyMatch(r -> cue.cue.form().startsWith(r));
            // X의 위험, X의 한계, X의 늪: the cue noun judges its own genitive first
            for (Mention m : before) {
                if (!remedy && modifiesCue(m, cue)) {
                    return m;
                }
            }
            if (cue.cue.polarity() == Polarity.DOUBT) {
                for (Mention m : before) {
                    if (cases.isSubject(m) && !cases.isTopic(m)) {
                        return m;
                    }
                }
            }
            // the nearest argument of the cue's predicate: an object (X를 강화해야) or a non-actor subject (X가 필요하다)
            for (Mention m : before) {
                if (cases.isObject(m) || (m.entity().kind() != Kind.ACTOR && cases.isSubject(m))) {
                    return m;
                }
            }
            int modifierStart = Integer.MAX_VALUE;
            Mention genitiveOnly = null;
            for (Mention m : before) {
                if (m.end() > modifierStart) {
                    continue;
                }
                if ((remedy && modifiesCue(m, cue)) || isModifierChain(m, modifierStart)) {
                    modifierStart = Math.min(modifierStart, m.begin());
                    continue;
                }
                // X의 Y, Y not the cue: X only qualifies Y, and need or harm is about Y (범용 AI의 빈틈 때문에 …
                // 필요성); doubt about X's prospects is about X (소버린 AI의 성공 가능성에 회의적)
                if (cue.cue.polarity() != Polarity.DOUBT && cases.isGenitive(m) && !modifiesCue(m, cue)) {
                    if (genitiveOnly == null) {
                        genitiveOnly = m;
                    }
                    continue;
                }
                if (!(m.entity().kind() == Kind.ACTOR && cases.isSubject(m))) {
                    return m;
                }
            }
            // nothing but genitives: the nearest one is the best reading left (동맹 내에서의 포지션을 구축해야 한다)
            return genitiveOnly;
        }

        /** Y의 directly before the cue's word: Y modifies the cue noun (한국 제조업의 해법), it is not the target. */
        private boolean modifiesCue(Mention m, CueHit cue) {
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
        private boolean isModifierChain(Mention m, int modifierStart) {
            return modifierStart != Integer.MAX_VALUE && m.end() <= modifierStart
                    && text.substring(m.end(), modifierStart).isBlank();
        }

        private void sameSpan(List<Mention> candidates, Mention m, List<Mention> out) {
            for (Mention other : candidates) {
                if (other != m && other.begin() == m.begin() && other.end() == m.end() && !out.contains(other)) {
                    out.add(other);
                }
            }
        }

        private Mention coordinatedBefore(List<Mention> candidates, Mention m) {
            for (Mention o : candidates) {
                if (o.end() <= m.begin() && COORDINATORS.contains(text.substring(o.end(), m.begin()).strip())) {
                    return o;
                }
            }
            return null;
        }

        private Mention coordinatedAfter(List<Mention> candidates, Mention m) {
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
        private int negationWindowEnd(int cueEnd, int clauseEnd) {
            int i = Scripts.wordEnd(text, cueEnd);
            while (i < clauseEnd && text.charAt(i) == ' ') {
                i++;
            }
            return Math.min(clauseEnd, Scripts.wordEnd(text, i));
        }

        private int countNegators(int from, int to) {
            int count = 0;
            int i = from;
            while (i < to) {
                String ignored = longestAt(i, to, lex.notNegators());
                if (ignored != null) {
                    i += ignored.length();
                    continue;
                }
                String found = longestAt(i, to, lex.negatorsAfter());
                if (found != null) {
                    count++;
                    i += found.length();
                } else {
                    i++;
                }
            }
            return count;
        }

        private String longestAt(int i, int to, Set<String> forms) {
            String found = null;
            for (String f : forms) {
                if (text.startsWith(f, i) && i + f.length() <= to && (found == null || f.length() > found.length())) {
                    found = f;
                }
            }
            return found;
        }

        private boolean prefixNegated(int cueBegin) {
            for (String p : lex.negatorPrefixes()) {
                int b = cueBegin - p.length();
                if (b >= 0 && text.startsWith(p, b) && (b == 0 || !Scripts.isWordChar(text.charAt(b - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /** The holder a sentence reports: a named source, the subject of speech or opinion, else the author. */
        private Holder reportedHolder(Sentence s, List<Mention> mentions) {
            for (String marker : lex.sourceMarkers()) {
                int i = Scripts.indexOf(text, marker, s.begin(), s.end());
                while (i >= 0 && i < s.end()) {
                    for (Mention m : mentions) {
                        if (m.end() <= i && text.substring(m.end(), i).isBlank() && isHolderKind(m)) {
                            return Holder.of(m);
                        }
                    }
                    i = Scripts.indexOf(text, marker, i + 1, s.end());
                }
            }
            boolean speech = containsAny(s.begin(), s.end(), lex.speechVerbs());
            boolean opinion = containsAny(s.begin(), s.end(), lex.opinionVerbs());
            if (!speech && !opinion) {
                return Holder.AUTHOR;
            }
            // 나는 …라고 본다: the author reporting their own view
            if (firstPersonOutsideQuotes(new ClauseSplitter.Clause(s.begin(), s.end()))) {
                return Holder.AUTHOR;
            }
            for (Mention m : mentions) {
                if (isHolderKind(m) && !quoted.get(m.begin()) && cases.isSubject(m)) {
                    return Holder.of(m);
                }
            }
            return speech ? Holder.UNATTRIBUTED : Holder.AUTHOR;
        }

        private boolean firstPersonOutsideQuotes(ClauseSplitter.Clause c) {
            for (String f : lex.firstPerson()) {
                int i = Scripts.indexOf(text, f, c.begin(), c.end());
                while (i >= 0 && i + f.length() <= c.end()) {
                    if ((i == 0 || !Scripts.isWordChar(text.charAt(i - 1))) && !quoted.get(i)) {
                        return true;
                    }
                    i = Scripts.indexOf(text, f, i + 1, c.end());
                }
            }
            return false;
        }

        private boolean containsAny(int b, int e, Set<String> forms) {
            String span = text.substring(b, e);
            for (String f : forms) {
                if (span.contains(f)) {
                    return true;
                }
            }
            return false;
        }

    }

    private static boolean isHolderKind(Mention m) {
        return m.entity().kind() == Kind.ACTOR || m.entity().kind() == Kind.CANDIDATE;
    }
}
