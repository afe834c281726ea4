package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.pipeline.EssayAnalyzer;
import org.nonji.syntax.Parse;

/**
 * Every parse is a tree: walking up from any word reaches a root. Readings walk up heads without a bound, so a loop
 * made an essay's analysis run forever (규모가 막대할 것으로 보인다: a degree adjective gave its subject to its own
 * auxiliary).
 */
class ParseTreeTest {
    private static List<Parse> parses(String name, String text) {
        EssayAnalyzer a = TestKit.analyzer();
        Essay e = TestKit.essay(name, text);
        var x = a.analyze(e);
        return a.parse(e, a.morphemes(e), x.mentions());
    }

    private static void assertTree(String name, Parse p) {
        for (int i = 0; i < p.size(); i++) {
            int k = i;
            for (int steps = 0; k >= 0; steps++) {
                assertTrue(steps <= p.size(), () -> name + ": a loop above word " + p.word(0).sentence());
                k = p.head(k);
            }
        }
    }

    @Test
    void aDegreeAdjectiveBeforeItsOwnBoundNounKeepsItsSubject() {
        List<Parse> ps = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> parses("d.txt", "제목\n\n투자 규모가 막대할 것으로 보인다.\n"));
        Parse p = ps.get(ps.size() - 1);
        assertTree("d.txt", p);
        assertEquals(2, p.head(1), "규모가 is the subject of 막대할");
    }

    @Test
    void anAboutPhraseBeforeAnOwnersGenitiveNamesWhatTheOwnedNounIsAbout() {
        Parse p = parses("o.txt", "제목\n\n규제 완화에 대한 노동계의 반발이 거세다.\n").get(1);
        assertEquals("대하", p.word(2).lemma());
        assertEquals(4, p.head(2), "대한 goes with 반발, what the workers' backlash is about, not with 노동계");
        Parse q = parses("q.txt", "제목\n\n보조금에 대한 우려의 목소리가 크다.\n").get(1);
        assertEquals(2, q.head(1), "대한 stays with 우려: a genitive of no one who acts owns nothing");
    }

    @Test
    void aTopicOrAlsoBeforeAnAdjectiveOfSamenessBelongsToTheClauseAbove() {
        Parse p = parses("s.txt", "제목\n\n보조금 확대도 같은 이유로 바람직하지 않다.\n").get(1);
        assertEquals("같", p.word(2).lemma());
        assertEquals(4, p.head(1), "확대도 is what 바람직하지 않다 judges, not the subject of 같은 (the same reason)");
        Parse q = parses("t.txt", "제목\n\n두 제품은 성능이 같은 수준이다.\n").get(1);
        assertEquals(3, q.head(2), "성능이 stays the subject of 같은: only a topic or X도 goes up");
    }

    @Test
    void aRelativeClauseBeforeTheComplementOfDoedaDescribesThatNoun() {
        Parse p = parses("c.txt", "제목\n\n대체할 수 없는 파트너가 되어야 한다.\n").get(1);
        assertEquals("파트너", p.word(3).lemma());
        assertEquals(3, p.head(0), "대체할 수 없는 describes 파트너, the noun 되다 takes, not the clause after it");
        Parse q = parses("d.txt", "제목\n\n없어서는 안 될 존재가 되는 것이 중요하다.\n").get(1);
        assertEquals(3, q.head(0), "없어서는 안 될 describes 존재, not the 것 that nominalises 되는");
    }

    @Test
    void anAdjectiveInGeBeforeAnObjectSaysHowTheVerbAfterItActs() {
        Parse p = parses("m.txt", "제목\n\n무리하게 투자를 늘릴 경우 비용 부담이 커진다.\n").get(1);
        assertEquals("무리", p.word(0).lemma());
        assertEquals(2, p.head(0), "무리하게 says how 늘릴 acts; it is no clause of 커진다 that judges 부담");
    }

    @Test
    void aClauseNounAfterABareNounStaysInTheRelativeClause() {
        Parse p = parses("c.txt", "제목\n\n테슬라가 TSMC 대신 삼성전자를 택한 배경에는 이점이 있었다.\n").get(1);
        assertEquals("대신", p.word(2).lemma());
        assertEquals(4, p.head(2), "TSMC 대신 (instead of TSMC) goes with 택한; it closes no clause to climb out of");
    }

    @Test
    void aConditionInsideAContentClauseStaysInIt() {
        Parse p = parses("w.txt", "제목\n\n중국산 장비가 끊기면 공장이 멈출 수 있다는 경고가 나온다.\n").get(1);
        assertEquals("끊기", p.word(2).lemma());
        assertEquals(4, p.head(2), "the condition is part of what the warning tells (멈출), not of 나온다");
    }

    @Test
    void aQuotationToldWithMyeoGoesWithTheSayingPastTheReportedClauseAfterIt() {
        Parse p = parses("q.txt", "제목\n\n전문가들은 \"전력정책은 제자리걸음\"이라며 정책이 현실과 괴리돼 있다고 입을 모은다.\n").get(1);
        assertEquals("제자리걸음", p.word(2).lemma());
        assertEquals(9, p.head(3), "\"…\"이라며 goes with 모은다, the saying, not with 괴리돼 inside what is said");
    }

    @Test
    void anArgumentBeforeAGenitiveSkipsTheRelativeClauseInsideItsPhrase() {
        Parse p = parses("g.txt", "제목\n\n협회는 정부에 전력망 특별법의 조속한 처리를 요청했다.\n").get(1);
        assertEquals("정부", p.word(1).lemma());
        assertEquals(6, p.head(1), "정부에 goes with 요청했다, not with 조속한 inside 특별법의 … 처리");
    }

    @Test
    void aNounBeforeAlsoBelongsToTheSentenceAndTakesItsAlsoAlong() {
        Parse p = parses("a.txt", "제목\n\n정부 역시 규제를 완화하는 방안을 검토했다.\n").get(1);
        assertEquals("역시", p.word(1).lemma());
        assertEquals(5, p.head(0), "정부 (역시) is the subject of 검토했다, not of 완화하는 inside the relative clause");
        assertEquals(5, p.head(1), "역시 goes with its noun");
    }

    @Test
    void twoNounsInDoBeforeOnePredicateAreAList() {
        Parse p = parses("l.txt", "제목\n\n반도체도 데이터센터도 필요하다.\n").get(1);
        assertEquals(Parse.Dep.CONJ, p.dep(0), "반도체도 is coordinated with 데이터센터도 (A도 B도: both)");
        assertEquals(1, p.head(0));
        Parse q = parses("m.txt", "제목\n\n정부도 반도체 생산을 늘렸다.\n").get(1);
        assertEquals(Parse.Dep.ARG, q.dep(0), "one noun in 도 before an object is no list");
        assertEquals(3, q.head(0));
    }

    @Test
    void aSubjectBeforeAClauseOnAnArgumentOfAPlansClauseIsThePlannersSubject() {
        Parse p = parses("n.txt", "제목\n\n민주당이 예외 조항을 뺀 법안을 신속히 처리하는 방안을 추진했다.\n").get(1);
        assertEquals("추진", p.word(8).lemma());
        assertEquals(8, p.head(0), "민주당이 pushes the plan; 법안's clause is ruled by 방안's, and that by 추진했다");
        Parse q = parses("s.txt", "제목\n\n민주당이 예외 조항을 뺀 특별법을 신속히 처리하는 방안을 추진했다.\n").get(1);
        assertEquals(8, q.head(0), "뺀 sits on 특별법, no noun of intent, an argument of the clause on 방안");
    }

    @Test
    void aClauseJoinedBeforeAContentClauseThatIsTheSubjectIsPartOfTheContent() {
        Parse p = parses("c.txt", "제목\n\n장비는 계속 제한돼 불확실성이 남아 있다는 지적이 나온다.\n").get(1);
        assertEquals("제한", p.word(2).lemma());
        assertEquals(4, p.head(2), "제한돼 is part of what the 지적 tells (남아 있다는), not joined to 나온다");
    }

    @Test
    void aSubjectBeforeAnAdjectiveInJeokGoesToTheVerbAfterIt() {
        Parse p = parses("j.txt", "제목\n\n한국이 세계적인 강국으로 도약하는 발판이 될 것이다.\n").get(1);
        assertEquals("도약", p.word(3).lemma());
        assertEquals(3, p.head(0), "한국이 is the subject of 도약하는, not of 세계적인 nor of 될");
    }

    @Test
    void goldenAndProbeTextsParseAsTrees() throws IOException {
        List<String[]> texts = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestKit.basedir().resolve("src/test/resources/golden"))) {
            for (Path d : dirs.sorted().toList()) {
                texts.add(new String[] {d.getFileName().toString(),
                        Files.readString(d.resolve("input.txt"), StandardCharsets.UTF_8)});
            }
        }
        for (String line : Files.readAllLines(TestKit.basedir().resolve("src/test/resources/probe/probes.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                texts.add(new String[] {"probe", "제목\n\n" + line.split("\t")[5] + "\n"});
            }
        }
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (String[] t : texts) {
                for (Parse p : parses(t[0] + ".txt", t[1])) {
                    assertTree(t[0], p);
                }
            }
        });
    }
}
