package org.nonji.syntax;

/**
 * The word lists of {@code ontology/grammar/}, one file each: which words make a construction mean something else
 * than its form says. Each list is general Korean, never about an essay or a topic; a file's header says what its
 * words do and why.
 */
public enum WordSet {
    /** Nouns whose relative clause has the subject of the clause around the noun (…할 계획을 밝혔다). */
    CONTROL_NOUNS("control-nouns.tsv"),
    /** Bound nouns that make the adnominal clause before them adverbial (…할 때, …한 뒤). */
    CLAUSE_NOUNS("clause-nouns.tsv"),
    /** Verbal nouns that say when or how far an action goes, not which action (양산을 시작하다). */
    ASPECT_VERBS("aspect-verbs.tsv"),
    /** Verbs of thinking whose negation denies the clause they report (…라고 생각하지 않는다). */
    BELIEF_VERBS("belief-verbs.tsv"),
    /** Nouns that open a sentence or clause as a connective (반면, 한편). */
    DISCOURSE_NOUNS("discourse-nouns.tsv"),
    /** Words that open a sentence as a concession (물론 X는 만능이 아니다): its stances count as conceded. */
    CONCESSION_OPENERS("concession-openers.tsv"),
    /** Nouns that, marked with 으로, take the object before them as their own (X를 바탕으로). */
    FRAME_NOUNS("frame-nouns.tsv"),
    /** Nouns that before 보다 measure rather than name an alternative (예년보다). */
    COMPARISON_STANDARDS("comparison-standards.tsv"),
    /** Adjectives that after a clause told as a noun say it tends to happen (…하는 경우가 많다). */
    TENDENCY_ADJECTIVES("tendency-adjectives.tsv"),
    /** Verbs of falling into a state, the state in the dative (침체에 빠지다). */
    STATE_VERBS("state-verbs.tsv"),
    /** Nouns that make the noun before them adverbial (원전 대신). */
    ADVERBIAL_NOUNS("adverbial-nouns.tsv"),
    /** Adjectives before a noun that take no subject (막대한 보조금). */
    DEGREE_ADJECTIVES("degree-adjectives.tsv"),
    /** Predicates that take a partner in 와/과 (A와 경쟁하는). */
    COMITATIVE_VERBS("comitative-verbs.tsv"),
    /** Nouns that after a clause say how likely it is ([X할] 가능성이 크다). */
    LIKELIHOOD_NOUNS("likelihood-nouns.tsv"),
    /** Verbs that only carry the noun before them ([파트너가] 되는 것). */
    SUPPORT_VERBS("support-verbs.tsv"),
    /** Nouns a copula names to say how things stand ([하락하고 있는] 상황이다). */
    CIRCUMSTANCE_NOUNS("circumstance-nouns.tsv"),
    /** Nouns that only bound or size a number (1조 원 이상). */
    QUANTITY_NOUNS("quantity-nouns.tsv"),
    /** Bound nouns that make the clause before them a condition ([X할] 경우). */
    CONDITION_NOUNS("condition-nouns.tsv"),
    /** Nouns counted with 한 (one) rather than done (한 해, 한 축). */
    COUNTING_NOUNS("counting-nouns.tsv"),
    /** Verbs that report a reading of what others do (분석했다, 내다봤다): the clause read keeps its own subject. */
    ASSESSMENT_VERBS("assessment-verbs.tsv"),
    /** Words that say how sure something is ([X할] 것이 확실하다): with a clause of what is yet to be, a forecast. */
    CERTAINTY_WORDS("certainty-words.tsv"),
    /** Nouns that say when, not what (최근, 그동안): labels leave them out. */
    TIME_NOUNS("time-nouns.tsv"),
    /** Units that make a date of a number (1일, 6월, 2025년): labels leave the date out. */
    DATE_UNITS("date-units.tsv"),
    /** Verbs whose adnominal before a date only places it in time (지난 6월, 오는 10일): they take no subject. */
    TIME_DETERMINERS("time-determiners.tsv"),
    /** Verbs that before a noun or clause serve as a postposition (X에 대한, X를 통해): they take one argument. */
    POSTPOSITION_VERBS("postposition-verbs.tsv"),
    /** Adverbs that with the bare verb 하다 make its object so (X를 분명히 하다): one lemma, 분명히하. */
    RESULT_ADVERBS("result-adverbs.tsv"),
    /** Nouns of a period one enters (올해 들어, 하반기 들어): before 들어 they make it an adverb of time. */
    PERIOD_NOUNS("period-nouns.tsv"),
    /** Nouns of expecting that something will be: faulted, they doubt their content ([X라는] 기대는 섣부르다). */
    EXPECTATION_NOUNS("expectation-nouns.tsv"),
    /** Bound nouns after which a -기 clause has not happened yet ([X를 외치기] 전에): it takes no side. */
    PROSPECT_NOUNS("prospect-nouns.tsv"),
    /** Verbs of coming to be (현실화하다): in a condition, what they tell comes about ([X가 현실화하면]). */
    HAPPEN_VERBS("happen-verbs.tsv"),
    /** Nouns of a hardship suffered (어려움, 난항): pleaded, they are complained of, and their cause opposed. */
    HARDSHIP_NOUNS("hardship-nouns.tsv"),
    /** Nouns of what something costs (시간, 비용): needed, they tell a price, not a side on the cost. */
    COST_NOUNS("cost-nouns.tsv"),
    /** Verbs that reshape what they act on (다변화하다): a side on doing it is on the act, not the object. */
    RESHAPE_VERBS("reshape-verbs.tsv"),
    /** Verbs of turning something into something else (X를 Y로 전환하다): urged, they want Y. */
    CHANGE_VERBS("change-verbs.tsv"),
    /** Verbs of taking something as something (X를 Y로 평가하다): with a judging noun as Y, they judge X. */
    REGARD_VERBS("regard-verbs.tsv"),
    /** Verbs of being there (있다, 존재하다): urged, they want their subject to be. */
    EXISTENCE_VERBS("existence-verbs.tsv"),
    /** Verbs telling that their subject is missing (빠지다, 누락되다): a side on the clause is the other on it. */
    ABSENCE_VERBS("absence-verbs.tsv"),
    /** Verbs saying that something hangs on their dative (X는 Y에 달려 있다): Y is held decisive. */
    DECISIVE_VERBS("decisive-verbs.tsv"),
    /** Verbs whose object is a hurdle passed (X가 국회를 통과하다): a side on the clause is on the subject. */
    PASSAGE_VERBS("passage-verbs.tsv"),
    RIVAL_VERBS("rival-verbs.tsv"),
    MOTIVE_NOUNS("motive-nouns.tsv"),
    /** Verbs whose subject receives or meets a side someone gives (Y의 지원을 받다, Y의 반발에 부딪히다). */
    RECEIVING_VERBS("receiving-verbs.tsv"),
    /** Nouns of a task to be done (과제, 숙제): a risk as the task is a problem to solve, not something wanted. */
    TASK_NOUNS("task-nouns.tsv"),
    /** Nouns of a means to an end (수단, 방법): said of X with the end in a relative clause, they back X. */
    MEANS_NOUNS("means-nouns.tsv"),
    /** Nouns for a firm by what it makes (업체, 스타트업): between a product and a name, the name makes it. */
    FIRM_NOUNS("firm-nouns.tsv"),
    /** Verbs of rating (평가하다, 보다, 점치다) whose manner adverb says how highly the object is rated. */
    RATING_VERBS("rating-verbs.tsv"),
    /** Adverbs that rate highly with a rating verb (높이 평가하다). */
    HIGH_RATING_ADVERBS("high-rating-adverbs.tsv"),
    /** Adverbs that rate low with a rating verb (낮게 보다). */
    LOW_RATING_ADVERBS("low-rating-adverbs.tsv"),
    /** Verbs of putting off (늦추다, 미루다): a doer's own delay is a change of schedule, not a side. */
    DELAY_VERBS("delay-verbs.tsv"),
    /** Verbs that in a relative clause with an amount only measure (1조 엔이 넘는 돈): nothing before it is theirs. */
    AMOUNT_VERBS("amount-verbs.tsv"),
    /** Measures taken against others (제재, 관세): braced for or answered, a threat, as a risk is. */
    THREAT_NOUNS("threat-nouns.tsv"),
    /** Verbs of pleading (호소하다): a grievance told in a clause takes no side of the plea's own. */
    PLEA_VERBS("plea-verbs.tsv"),
    /** Adverbs of excess (지나치게): a judgement that would back its target says it is rated too well. */
    EXCESS_ADVERBS("excess-adverbs.tsv"),
    /** Verbs of answering (대응하다): a side only on a risk or threat answered. */
    ANSWERING_VERBS("answering-verbs.tsv"),
    /** Verbs of making (개발하다, 구축하다): that a maker makes its product is a fact, not a side. */
    MAKING_VERBS("making-verbs.tsv"),
    /** Verbs of joining others (합류하다, 동참하다): with nothing joined named, no reaction to anything. */
    JOINING_VERBS("joining-verbs.tsv"),
    /** Nouns of an occasion of speaking (발표, 토론): alone, never what a side is taken on. */
    SPEAKING_EVENTS("speaking-events.tsv"),
    /** Sentence openers that go on from the sentence before (또, 이어): a saying after them is the last speaker's. */
    CONTINUATION_OPENERS("continuation-openers.tsv"),
    /** Adjectives whose negation says something is no small matter (만만치 않다): of a risk, a warning. */
    FORMIDABLE_ADJECTIVES("formidable-adjectives.tsv"),
    /** Nouns of a reaction that happens (반발, 반감): a view, but also an event that can be feared. */
    REACTION_NOUNS("reaction-nouns.tsv"),
    /** Adjectives of sameness (같은 이유로, 다른 방식으로): on a noun, they take no topic or X도 of their own. */
    IDENTITY_ADJECTIVES("identity-adjectives.tsv"),
    /** Adverbs that offer the other of two questions (아니면): the pair asks a choice and takes no side. */
    ALTERNATIVE_ADVERBS("alternative-adverbs.tsv"),
    /** Verbs that take a …것으로 clause as what their subject foresees or judges (…할 것으로 내다봤다). */
    FORECAST_VERBS("forecast-verbs.tsv"),
    /** Nouns of a decided or proposed act (결정, 방침): pointed back at (이번 결정), the act just reported. */
    DECISION_NOUNS("decision-nouns.tsv"),
    /** Adverbs of persisting (아직도, 굳이): 왜 … 아직도 …하는가 questions the doing, not asks its reasons. */
    INSISTENCE_ADVERBS("insistence-adverbs.tsv"),
    /** Verbs of wishing (바라다): 정부는 X하길 바란다 wishes it of the government, in the writer's voice. */
    WISH_VERBS("wish-verbs.tsv"),
    /** Words of fearing (긴장하다, 촉각을 곤두세우다): a question clause before them is what is feared. */
    FEAR_WORDS("fear-words.tsv"),
    /** Nouns of an example (예, 사례): X가 좋은 예다 shows X as a case in point, no side on X. */
    EXAMPLE_NOUNS("example-nouns.tsv"),
    /** Nouns of how something turns out (승부, 성패): what they hang on is held decisive. */
    OUTCOME_NOUNS("outcome-nouns.tsv"),
    /** Nouns of a first step or a stopgap (처방, 출발점): X일 뿐이다 doubts that X will do. */
    PARTIAL_NOUNS("partial-nouns.tsv"),
    /** Verbs of avoiding or preventing (피하다, 막다): what cannot be avoided is bound to come, not urged on. */
    AVOIDANCE_VERBS("avoidance-verbs.tsv"),
    /** Verbs that only do what their object names (경쟁을 벌이다, 공세를 펼치다): the object is the deed. */
    DOING_VERBS("doing-verbs.tsv"),
    /** Nouns that only frame what they are said to be (X라는 방향, X라는 주장): what is judged of them is X. */
    FRAMING_NOUNS("framing-nouns.tsv"),
    /** Adverbs that make a question rhetorical (과연, 정말): what it asks is doubted. */
    RHETORICAL_ADVERBS("rhetorical-adverbs.tsv"),
    /** Last syllables of an institution's short name (서울대, 연세대): such a name is no person's, however short. */
    INSTITUTION_ENDINGS("institution-endings.tsv"),
    /** Counters and nouns that count the names listed before them (독일·네덜란드 2개국, 삼성과 SK 두 회사). */
    TALLY_NOUNS("tally-nouns.tsv"),
    /** Native numerals before a noun (두 회사, 세 나라) that count a list of names with a tally noun. */
    NATIVE_NUMERALS("native-numerals.tsv");

    private final String file;

    WordSet(String file) {
        this.file = file;
    }

    /** The file under {@code ontology/grammar/} that lists the words. */
    public String file() {
        return file;
    }
}
