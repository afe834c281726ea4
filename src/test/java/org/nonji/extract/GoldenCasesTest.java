package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nonji.TestKit;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;

/**
 * One directory per phenomenon under {@code src/test/resources/golden/}: {@code input.txt}, {@code expected.tsv}
 * (mentions, candidates, stances, relations as sorted lines), a one-line README and, for a rule that is off by
 * default, {@code rules-on} naming the rules the case switches on. Compared as sorted text with a
 * diff on failure; {@code -Dgolden.update=true} rewrites the expectations, to be reviewed as a diff.
 */
class GoldenCasesTest {
    private static final Path DIR = TestKit.basedir().resolve("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 12, "expected the golden cases under " + DIR);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("input.txt"));
        Essay essay = new EssayReader().read(dir.getFileName().toString(), "input.txt", bytes);
        // a case of a rule that is off by default names it in rules-on, so its code stays tested
        Path rulesOn = dir.resolve("rules-on");
        var analyzer = Files.exists(rulesOn)
                ? TestKit.analyzer().withRulesOn(java.util.Set.copyOf(Files.readAllLines(rulesOn).stream()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()))
                : TestKit.analyzer();
        String actual = render(analyzer.analyze(essay));
        Path expectedFile = dir.resolve("expected.tsv");
        if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected, actual, () -> "golden case " + dir.getFileName() + " differs:\n" + diff(expected, actual));
    }

    /** The extraction as sorted, tab-separated lines, with the quoted text of each span. */
    static String render(Extraction x) {
        String text = x.essay().text();
        List<String> lines = new ArrayList<>();
        for (Mention m : x.mentions()) {
            String kind = m.entity().kind() == Kind.CANDIDATE ? "candidate" : "mention";
            String id = m.entity().kind() == Kind.CANDIDATE ? "-" : m.entity().slug();
            lines.add(String.join("\t", kind, m.begin() + "-" + m.end(), text.substring(m.begin(), m.end()), id));
        }
        for (Stance s : x.stances()) {
            lines.add(String.join("\t", "stance", holder(s.holder()), slugOrSurface(s.target()),
                    s.polarity().localName(), (s.negated() ? "negated" : "-") + "," + (s.hedged() ? "hedged" : "-")
                            + "," + (s.conceded() ? "conceded" : "-"), "cue=" + s.cue()));
        }
        for (Position p : x.positions()) {
            lines.add(String.join("\t", "position", holder(p.holder()), slugOrSurface(p.target()),
                    p.polarity().localName(), "stances=" + p.stances().size()));
        }
        for (Relation r : x.relations()) {
            lines.add(String.join("\t", "relation", slugOrSurface(r.subject()), r.relation(),
                    slugOrSurface(r.object()), r.asserted() ? "asserted"
                            : r.negated() && r.hedged() ? "negated,hedged" : r.negated() ? "negated" : "hedged", "cue=" + r.cue()));
        }
        if (x.essay().metadata().date().isPresent() || x.essay().metadata().author().isPresent()) {
            var md = x.essay().metadata();
            lines.add(String.join("\t", "metadata", md.title(), md.date().orElse("-"), md.author().orElse("-"),
                    String.join(",", md.tags())));
        }
        lines.sort(null);
        return String.join("\n", lines) + "\n";
    }

    private static String slugOrSurface(Mention m) {
        return switch (m.entity().kind()) {
            case CANDIDATE -> "candidate:" + m.surface();
            case CONCEPT -> "concept:" + m.entity().labelKo();
            default -> m.entity().type().equals("UnnamedSource") ? "unnamed:" + m.entity().labelKo()
                    : m.entity().slug();
        };
    }

    private static String holder(java.util.Optional<Mention> h) {
        return h.map(GoldenCasesTest::slugOrSurface).orElse("author");
    }

    private static String diff(String expected, String actual) {
        List<String> e = List.of(expected.split("\n"));
        List<String> a = List.of(actual.split("\n"));
        StringBuilder b = new StringBuilder();
        e.stream().filter(l -> !a.contains(l)).forEach(l -> b.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).forEach(l -> b.append("+ ").append(l).append('\n'));
        return b.toString();
    }
}
