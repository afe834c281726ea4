package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.nonji.corpus.Essay;
import org.nonji.extract.CoMentions;
import org.nonji.extract.Cues;
import org.nonji.extract.Extraction;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.extract.LexiconEntityExtractor;
import org.nonji.extract.Kind;
import org.nonji.extract.Mention;
import org.nonji.extract.MorphIndex;
import org.nonji.extract.ParseStanceExtractor;
import org.nonji.extract.FrameRelationExtractor;
import org.nonji.extract.ProperNounCandidateExtractor;
import org.nonji.extract.RuleBook;
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
 * EssayAnalyzer analyzer = EssayAnalyzer.create(MorphAnalyzers.create("nori", gazetteer.surfaces().keySet()),
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

    private EssayAnalyzer(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons, StageTimes times) {
        this.morph = Objects.requireNonNull(morph, "morph");
        this.entities = new LexiconEntityExtractor(gazetteer, lexicons);
        this.candidates = new ProperNounCandidateExtractor(lexicons);
        this.cues = Cues.bundled();
        Grammar grammar = Grammar.bundled();
        java.util.Set<String> implemented = new java.util.HashSet<>(ParseStanceExtractor.RULES);
        implemented.addAll(FrameRelationExtractor.STRUCTURAL);
        implemented.addAll(FrameRelationExtractor.frameIds());
        RuleBook rules = RuleBook.bundled(implemented);
        this.rules = rules;
        this.stances = new ParseStanceExtractor(cues, rules, grammar);
        this.relations = new FrameRelationExtractor(cues, rules, grammar.controlNouns());
        this.parser = new HeadFinalParser(grammar);
        this.times = Objects.requireNonNull(times, "times");
    }

    /** An analyser that adds the time of each stage to {@code times}. */
    public static EssayAnalyzer create(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons, StageTimes times) {
        return new EssayAnalyzer(morph, gazetteer, lexicons, times);
    }

    /** An analyser whose stage times are discarded. */
    public static EssayAnalyzer create(MorphAnalyzer morph, Gazetteer gazetteer, Lexicons lexicons) {
        return new EssayAnalyzer(morph, gazetteer, lexicons, new StageTimes());
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

    /** Everything found in the essay. */
    public Extraction analyze(Essay essay) {
        return analyze(essay, times);
    }

    /** Everything found in the essay, adding the time of each stage to {@code times}. */
    public Extraction analyze(Essay essay, StageTimes times) {
        List<Morpheme> morphemes = times.time("morphology", () -> morph.analyze(essay.analysisText()));
        return times.time("extract", () -> {
            MorphIndex index = new MorphIndex(morphemes);
            List<Mention> known = entities.extract(essay, index);
            List<Mention> found = candidates.extract(essay, morphemes, known);
            // a known name inside a longer candidate name (한국 in 한국통상연구원) is part of that name
            List<Mention> all = new ArrayList<>(known.stream().filter(k -> found.stream().noneMatch(c ->
                    c.begin() <= k.begin() && k.end() <= c.end() && c.end() - c.begin() > k.end() - k.begin()))
                    .toList());
            all.addAll(found);
            all.sort(Comparator.comparingInt(Mention::begin).thenComparing(m -> m.entity().iri()));
            List<Parse> parses = parse(essay, morphemes, all);
            StanceExtractor.Result st = stances.extract(essay, parses, all);
            return new Extraction(essay, morphemes, all, relations.extract(essay, parses, all),
                    CoMentions.count(all), st.stances(), st.concepts(), st.conceptMentions(), st.positions());
        });
    }

    /**
     * The essay's dependency parses, with its mentions as names (actors and candidates can speak); a word naming an
     * office or a source (장관, 관계자) can speak too.
     */
    public List<Parse> parse(Essay essay, List<Morpheme> morphemes, List<Mention> mentions) {
        List<Name> names = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            Kind k = m.entity().kind();
            // the most specific type: a company and a country named side by side are not coordinated alike
            names.add(new Name(m.begin(), m.end(), k == Kind.ACTOR ? m.entity().type() : k.localName(),
                    k == Kind.ACTOR || k == Kind.CANDIDATE));
        }
        // 현대차지부, 상무장관: a compound ending in a holder noun names someone too (as ParseStanceExtractor reads it)
        java.util.function.Predicate<Word> agentive = w -> cues.holderNouns().containsKey(w.lemma())
                || w.lemma().length() > 2 && cues.holderNouns().containsKey(w.lemma().substring(w.lemma().length() - 2));
        return parser.parse(essay.analysisText(), essay.sentences(), morphemes, names, agentive);
    }
}
