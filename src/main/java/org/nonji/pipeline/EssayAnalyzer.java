package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.nonji.SortedInts;
import org.nonji.corpus.Essay;
import org.nonji.extract.CoMentions;
import org.nonji.extract.Concept;
import org.nonji.extract.Cues;
import org.nonji.extract.Extraction;
import org.nonji.extract.EssayLimits;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.LimitHit;
import org.nonji.extract.Lexicons;
import org.nonji.extract.LexiconEntityExtractor;
import org.nonji.extract.Kind;
import org.nonji.extract.Mention;
import org.nonji.extract.MorphIndex;
import org.nonji.extract.ParseStanceExtractor;
import org.nonji.extract.PhraseMemo;
import org.nonji.extract.Position;
import org.nonji.extract.FrameRelationExtractor;
import org.nonji.extract.ProperNounCandidateExtractor;
import org.nonji.extract.RuleBook;
import org.nonji.extract.Stance;
import org.nonji.extract.StanceExtractor;
import org.nonji.nlp.MorphAnalyzer;
import org.nonji.nlp.Morpheme;
import org.nonji.syntax.Grammar;
import org.nonji.syntax.HeadFinalParser;
import org.nonji.syntax.Name;
import org.nonji.syntax.Parse;
import org.nonji.syntax.Word;

/**
 * Runs the extraction stages over one essay: morphology, gazetteer mentions, candidates, relations, co-mentions,
 * stances. Built once (the analyser and the tries are heavy), used for every essay; thread-safe.
 *
 * <pre>{@code
 * EssayAnalyzer analyzer = EssayAnalyzer.create(MorphAnalyzers.create("nori", gazetteer.userWords()),
 *         gazetteer, lexicons);
 * Extraction x = analyzer.analyze(essay);
 * }</pre>
 */
public final class EssayAnalyzer {
    private final MorphAnalyzer morph;
    private final LexiconEntityExtractor entities;
    private final ProperNounCandidateExtractor candidates;
    private final FrameRelationExtractor relations;
    private final ParseStanceExtractor stances;
    private final HeadFinalParser parser;
    private final Cues cues;
    private final RuleBook rules;
    private final StageTimes times;
    private final EssayLimits limits;

    private final Gazetteer gazetteer;
    private final Lexicons lexicons;

    private EssayAnalyzer(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons, StageTimes times,
                          EssayLimits limits, Set<String> alsoOn) {
        this.morph = Objects.requireNonNull(morph, "morph");
        this.gazetteer = gazetteer;
        this.lexicons = lexicons;
        this.entities = new LexiconEntityExtractor(gazetteer, lexicons);
        this.candidates = new ProperNounCandidateExtractor(lexicons);
        this.cues = Cues.bundled();
        Grammar grammar = Grammar.bundled();
        java.util.Set<String> implemented = new java.util.HashSet<>(ParseStanceExtractor.RULES);
        implemented.addAll(FrameRelationExtractor.STRUCTURAL);
        implemented.addAll(FrameRelationExtractor.frameIds());
        RuleBook rules = RuleBook.bundled(implemented).withEnabled(alsoOn);
        this.rules = rules;
        this.stances = new ParseStanceExtractor(cues, rules, grammar);
        this.relations = new FrameRelationExtractor(cues, rules, grammar);
        this.parser = new HeadFinalParser(grammar);
        this.times = Objects.requireNonNull(times, "times");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** An analyser that adds the time of each stage to {@code times}. */
    public static EssayAnalyzer create(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons, StageTimes times) {
        return new EssayAnalyzer(morph, gazetteer, lexicons, times, EssayLimits.DEFAULT, Set.of());
    }

    /** An analyser with other per-essay limits than {@link EssayLimits#DEFAULT} (tests). */
    public static EssayAnalyzer create(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons,
                                       EssayLimits limits) {
        return new EssayAnalyzer(morph, gazetteer, lexicons, new StageTimes(), limits, Set.of());
    }

    /** An analyser whose stage times are discarded. */
    public static EssayAnalyzer create(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons) {
        return new EssayAnalyzer(morph, gazetteer, lexicons, new StageTimes(), EssayLimits.DEFAULT, Set.of());
    }

    /** The same analyser with rules that are off in the rule files switched on (golden cases of those rules). */
    public EssayAnalyzer withRulesOn(Set<String> ids) {
        return new EssayAnalyzer(morph, gazetteer, lexicons, times, limits, ids);
    }

    /** The analyser's morphemes of an essay's analysis text. */
    public List<Morpheme> morphemes(Essay essay) {
        return morph.analyze(essay.analysisText());
    }

    /** The cue lexicons the extractors use. */
    public Cues cues() {
        return cues;
    }

    /** The rules the extractors apply, with their ids and descriptions. */
    public RuleBook rules() {
        return rules;
    }

    /** The analyser's name (nori, komoran). */
    public String analyzerName() {
        return morph.name();
    }

    /** The first mentions of each sentence, up to the limit; one line for all the sentences that had more. */
    private List<Mention> perSentence(List<Mention> all, List<LimitHit> hits) {
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        List<Mention> kept = new ArrayList<>(all.size());
        for (Mention m : all) {
            if (seen.merge(m.sentence(), 1, Integer::sum) <= limits.mentionsPerSentence()) {
                kept.add(m);
            }
        }
        if (kept.size() < all.size()) {
            hits.add(new LimitHit("mentions in one sentence (at most " + limits.mentionsPerSentence() + " each)",
                    all.size(), kept.size()));
        }
        return kept;
    }

    /** Everything found in the essay. */
    public Extraction analyze(Essay essay) {
        return analyze(essay, times);
    }

    /** Everything found in the essay, adding the time of each stage to {@code times}. */
    public Extraction analyze(Essay essay, StageTimes times) {
        return analyze(essay, times, EssayDeadline.none(essay.fileName()));
    }

    /**
     * Everything found in each essay, in order: the morphology of all of them first, then the rest essay by essay.
     * Nori's dictionaries then stay in the CPU cache from one essay to the next instead of being evicted by every
     * extraction: a batch of 32–64 essays costs 6–10 % less CPU than the same essays one by one. Give it batches of
     * {@link Batches} (tens of essays, a bounded amount of text).
     */
    public List<Extraction> analyzeAll(List<Essay> essays) {
        List<List<Morpheme>> morphemes = new ArrayList<>(essays.size());
        for (Essay e : essays) {
            morphemes.add(morphology(e, times, EssayDeadline.none(e.fileName())));
        }
        List<Extraction> out = new ArrayList<>(essays.size());
        for (int i = 0; i < essays.size(); i++) {
            Essay e = essays.get(i);
            out.add(extract(e, morphemes.get(i), times, EssayDeadline.none(e.fileName())));
        }
        return out;
    }

    /** As {@link #analyze(Essay, StageTimes)}, giving up between stages once {@code deadline} has passed. */
    Extraction analyze(Essay essay, StageTimes times, EssayDeadline deadline) {
        return extract(essay, morphology(essay, times, deadline), times, deadline);
    }

    /** The first stage on its own: the essay's morphemes (see {@link #analyzeAll}). */
    List<Morpheme> morphology(Essay essay, StageTimes times, EssayDeadline deadline) {
        List<Morpheme> morphemes = times.time("morphology", () -> morph.analyze(essay.analysisText(),
                deadline.during("morphology")));
        deadline.check("morphology");
        return morphemes;
    }

    /** Everything after morphology: mentions, parses, stances, positions, co-mentions and relations. */
    Extraction extract(Essay essay, List<Morpheme> morphemes, StageTimes times, EssayDeadline deadline) {
        return times.time("extract", () -> {
            MorphIndex index = new MorphIndex(morphemes);
            List<Mention> known = entities.extract(essay, index);
            List<Mention> found = candidates.extract(essay, morphemes, index, known);
            deadline.check("mentions");
            // a known name inside a longer candidate name (한국 in 한국통상연구원) is part of that name
            Spans longer = new Spans(found);
            List<Mention> all = new ArrayList<>(known.stream().filter(k -> !longer.strictlyContain(k)).toList());
            all.addAll(found);
            all.sort(Comparator.comparingInt(Mention::begin).thenComparing(m -> m.entity().iri()));
            List<LimitHit> hits = new ArrayList<>();
            all = perSentence(all, hits);
            if (all.size() > limits.mentions()) {
                // everything after parses, pairs and stances over these: cutting here bounds all of it
                hits.add(new LimitHit("mentions", all.size(), limits.mentions()));
                all = new ArrayList<>(all.subList(0, limits.mentions()));
            }
            List<Parse> parses = parse(essay, morphemes, all, deadline.during("parsing"));
            deadline.check("parsing");
            // one memo of the phrases for both: the relations ask much of what the stances asked
            PhraseMemo phrases = new PhraseMemo(all);
            StanceExtractor.Result st = stances.extract(essay, parses, phrases, deadline.during("stances"));
            deadline.check("stances");
            List<Stance> stanceList = st.stances();
            List<Position> positions = st.positions();
            if (stanceList.size() > limits.stances()) {
                hits.add(new LimitHit("stances", stanceList.size(), limits.stances()));
                stanceList = stanceList.subList(0, limits.stances());
                // a position weighs all its stances: one that lost some would misstate its counts
                java.util.Set<Stance> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                kept.addAll(stanceList);
                positions = positions.stream().filter(p -> kept.containsAll(p.stances())
                        && kept.contains(p.decisive())).toList();
            }
            CoMentions.Counted pairs = CoMentions.count(all, limits);
            hits.addAll(pairs.limits());
            FrameRelationExtractor.Result rel = relations.read(essay, parses, phrases, deadline.during("relations"));
            deadline.check("relations");
            return new Extraction(essay, all, rel.relations(), pairs.pairs(), stanceList,
                    Concept.merge(st.concepts(), rel.concepts()), conceptMentions(st.conceptMentions(),
                    rel.conceptMentions()), positions, hits);
        });
    }

    /** The spans of concepts that stances target and of those that relations name, once each, in text order. */
    private static List<Mention> conceptMentions(List<Mention> ofStances, List<Mention> ofRelations) {
        java.util.Set<Mention> out = new java.util.LinkedHashSet<>(ofStances);
        out.addAll(ofRelations);
        List<Mention> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end)
                .thenComparing(m -> m.entity().iri()));
        return sorted;
    }

    /** Candidate spans, sorted, to ask in log time whether one strictly contains a mention. */
    private static final class Spans {
        private final int[] begins;
        /** The largest end among spans [0, i]. */
        private final int[] maxEnds;
        private final List<Mention> sorted;

        Spans(List<Mention> spans) {
            sorted = spans.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
            begins = sorted.stream().mapToInt(Mention::begin).toArray();
            maxEnds = new int[begins.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < begins.length; i++) {
                max = Math.max(max, sorted.get(i).end());
                maxEnds[i] = max;
            }
        }

        /** Whether a span contains {@code m} and is longer than it. */
        boolean strictlyContain(Mention m) {
            int before = SortedInts.firstAtOrAfter(begins, m.begin());
            if (before > 0 && maxEnds[before - 1] >= m.end()) {
                return true;   // starts earlier and ends no earlier
            }
            for (int i = before; i < begins.length && begins[i] == m.begin(); i++) {
                if (sorted.get(i).end() > m.end()) {
                    return true;   // starts together and ends later
                }
            }
            return false;
        }
    }

    /**
     * The essay's dependency parses, with its mentions as names (actors and candidates can speak); a word naming an
     * office or a source (장관, 관계자) can speak too.
     */
    public List<Parse> parse(Essay essay, List<Morpheme> morphemes, List<Mention> mentions) {
        return parse(essay, morphemes, mentions, () -> { });
    }

    /** As above, running {@code checkpoint} before each sentence (or quotation) is parsed. */
    List<Parse> parse(Essay essay, List<Morpheme> morphemes, List<Mention> mentions, Runnable checkpoint) {
        List<Name> names = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            Kind k = m.entity().kind();
            // the most specific type: a company and a country named side by side are not coordinated alike
            names.add(new Name(m.begin(), m.end(), k == Kind.ACTOR ? m.entity().type() : k.localName(),
                    k == Kind.ACTOR || k == Kind.CANDIDATE));
        }
        // 현대차지부, 상무장관: a compound ending in a holder noun names someone too (Cues.holderNoun, as for stances)
        // (a noun that carries a view or a fact, 입장 or 것, does not)
        // (환경단체들: a plural names them as well as the singular)
        java.util.function.Predicate<Word> agentive = w -> {
            String l = w.lemma().length() > 1 && w.lemma().endsWith("들")
                    ? w.lemma().substring(0, w.lemma().length() - 1) : w.lemma();
            Cues.HolderNoun h = cues.holderNoun(l);
            return h != null && h.type() != Cues.HolderType.REPORT && h.type() != Cues.HolderType.FACT;
        };
        return parser.parse(essay.analysisText(), essay.sentences(), morphemes, names, agentive, checkpoint);
    }
}
