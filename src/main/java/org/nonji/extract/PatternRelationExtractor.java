package org.nonji.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nonji.corpus.Essay;
import org.nonji.corpus.Sentence;

/**
 * Typed relations from cue patterns ({@code ontology/cues/relation-patterns.tsv}), clause by clause.
 *
 * <p>The subject is the first mention in the clause (or, failing that, in the sentence) marked as topic or subject
 * (삼성전자는, 미국이); the object is the mention nearest before the cue that is not the subject, else the first
 * after it. Both must have the kinds the pattern allows. Candidates take part: a new start-up can be a partner.
 */
public final class PatternRelationExtractor {
    private static final Set<String> PARTNER_OR_GOAL = Set.of("와", "과", "와의", "과의", "에", "에게", "을", "를",
            "으로", "로", "에게서", "와도", "과도");

    private final List<Lexicons.RelationPattern> patterns;
    private final ClauseSplitter clauses;
    private final Set<String> particles;

    public PatternRelationExtractor(Lexicons lexicons) {
        this.patterns = lexicons.relationPatterns();
        this.clauses = new ClauseSplitter(lexicons);
        this.particles = lexicons.particles();
    }

    /** Relations in document order. */
    public List<Relation> extract(Essay essay, MorphIndex morphs, List<Mention> mentions) {
        String text = essay.analysisText();
        CaseMarking cases = new CaseMarking(text, morphs, particles);
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, List<Mention>> bySentence = Mentions.bySentence(mentions);
        for (Sentence s : essay.sentences()) {
            List<Mention> inSentence = bySentence.getOrDefault(s.index(), List.of());
            if (inSentence.size() < 2) {
                continue;
            }
            Mention sentenceSubject = subject(cases, inSentence);
            for (ClauseSplitter.Clause c : clauses.split(text, s, morphs)) {
                List<Mention> inClause = inSentence.stream()
                        .filter(m -> m.begin() >= c.begin() && m.end() <= c.end()).toList();
                for (Lexicons.RelationPattern p : patterns) {
                    int cue = indexOutside(text, p.cue(), c, inSentence);
                    if (cue < 0) {
                        continue;
                    }
                    Mention subject = subject(cases, inClause);
                    if (subject == null) {
                        subject = sentenceSubject;
                    }
                    if (subject == null || !allows(p.subjectKinds(), subject)) {
                        continue;
                    }
                    Mention object = object(cases, inClause, subject, cue, cue + p.cue().length(), p);
                    if (object == null) {
                        continue;
                    }
                    String key = subject.entity().iri() + " " + p.relation() + " " + object.entity().iri() + " "
                            + s.index();
                    if (seen.add(key)) {
                        ClauseSplitter.Clause quoted = c.evidence(text);
                        out.add(new Relation(subject, p.relation(), object, essay.text().substring(cue,
                                cue + p.cue().length()), cue, cue + p.cue().length(), quoted.begin(), quoted.end(),
                                s.index()));
                    }
                }
            }
        }
        return out;
    }

    private static int indexOutside(String text, String cue, ClauseSplitter.Clause c, List<Mention> mentions) {
        int from = c.begin();
        while (true) {
            int i = Scripts.indexOf(text, cue, from, c.end());
            if (i < 0 || i + cue.length() > c.end()) {
                return -1;
            }
            int e = i + cue.length();
            if (!Mentions.anyOverlaps(mentions, i, e)) {
                return i;
            }
            from = i + 1;
        }
    }

    private static Mention subject(CaseMarking cases, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (cases.isSubject(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The object: before the cue, the nearest mention with a partner or goal particle (엔비디아와, 미국에, HBM을),
     * else the nearest one that is not a place adjunct (미국에서); after the cue, the first one.
     */
    private static Mention object(CaseMarking cases, List<Mention> clause, Mention subject, int cueBegin, int cueEnd,
                                  Lexicons.RelationPattern p) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : clause) {
            if (m.end() <= cueBegin && notSubject(m, subject) && allows(p.objectKinds(), m)) {
                before.add(m);
            }
        }
        before.sort(java.util.Comparator.comparingInt(Mention::end).reversed());
        for (Mention m : before) {
            if (PARTNER_OR_GOAL.contains(cases.particleAfter(m))) {
                return m;
            }
        }
        for (Mention m : before) {
            if (!cases.particleAfter(m).startsWith("에서")) {
                return m;
            }
        }
        if (!before.isEmpty()) {
            return before.get(0);
        }
        for (Mention m : clause) {
            if (m.begin() >= cueEnd && notSubject(m, subject) && allows(p.objectKinds(), m)) {
                return m;
            }
        }
        return null;
    }

    private static boolean notSubject(Mention m, Mention subject) {
        return !m.entity().iri().equals(subject.entity().iri());
    }

    private static boolean allows(Set<Kind> kinds, Mention m) {
        return kinds.isEmpty() || kinds.contains(m.entity().kind())
                || (m.entity().kind() == Kind.CANDIDATE && kinds.contains(Kind.ACTOR));
    }
}
