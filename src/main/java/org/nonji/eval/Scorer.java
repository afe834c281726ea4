package org.nonji.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayIds;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Entity;
import org.nonji.extract.Extraction;
import org.nonji.extract.Mention;
import org.nonji.extract.Position;
import org.nonji.extract.Relation;
import org.nonji.pipeline.EssayAnalyzer;

/** Scores the tool's extraction of each gold text against its annotation; figures add up per split. */
public final class Scorer {
    private static final Set<String> SYMMETRIC = Set.of("competesWith", "partnersWith");

    private final EssayAnalyzer analyzer;

    public Scorer(EssayAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The score of one text, with what was missed and what was wrong, for the report. */
    public record TextScore(GoldText gold, Tally tally, List<String> notes) {
    }

    public TextScore score(GoldText g) {
        Essay essay;
        try {
            String file = g.text().getFileName().toString();
            essay = new EssayReader().read(EssayIds.of(file), file, Files.readAllBytes(g.text()));
        } catch (IOException e) {
            throw new NonjiException("cannot read " + g.text() + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
        Extraction x = analyzer.analyze(essay);
        Tally t = new Tally();
        List<String> notes = new ArrayList<>();
        entities(g, x, t, notes);
        positions(g, x, t, notes);
        relations(g, x, t, notes);
        t.texts = 1;
        if (g.opinion()) {
            t.opinionChars += essay.text().length() - essay.bodyBegin();
            t.opinionAuthorPositions += (int) x.positions().stream().filter(Position::byAuthor).count();
        }
        return new TextScore(g, t, notes);
    }

    private static void entities(GoldText g, Extraction x, Tally t, List<String> notes) {
        Set<String> predicted = new LinkedHashSet<>();
        x.knownMentions().forEach(m -> predicted.add(m.entity().slug()));
        // a name the gold lists as a candidate that the gazetteer has learned since is found, as a known entity
        Set<String> learned = new LinkedHashSet<>();
        for (Mention m : x.knownMentions()) {
            if (!g.entities().contains(m.entity().slug())
                    && g.candidates().stream().anyMatch(c -> Lenient.sameName(m.surface(), c))) {
                learned.add(m.surface());
                predicted.remove(m.entity().slug());
            }
        }
        for (String p : predicted) {
            if (g.entities().contains(p)) {
                t.entityTp++;
            } else {
                t.entityFp++;
                notes.add("entity extra: " + p);
            }
        }
        for (String e : g.entities()) {
            if (!predicted.contains(e)) {
                t.entityFn++;
                notes.add("entity missed: " + e);
            }
        }
        Set<String> cands = new LinkedHashSet<>();
        x.candidateMentions().forEach(m -> cands.add(m.surface()));
        t.candidateGold += g.candidates().size();
        learned.removeAll(cands);
        t.candidatePredicted += cands.size() + learned.size();
        t.candidateRight += learned.size();
        for (String c : g.candidates()) {
            if (cands.stream().anyMatch(p -> Lenient.sameName(p, c))
                    || learned.stream().anyMatch(p -> Lenient.sameName(p, c))) {
                t.candidateFound++;
            } else {
                notes.add("candidate missed: " + c);
            }
        }
        for (String p : cands) {
            if (g.candidates().stream().anyMatch(c -> Lenient.sameName(p, c))) {
                t.candidateRight++;
            } else {
                notes.add("candidate extra: " + p);
            }
        }
    }

    private static Entity holder(Position p) {
        return p.holder().map(Mention::entity).orElse(null);
    }

    private static void positions(GoldText g, Extraction x, Tally t, List<String> notes) {
        List<Position> sys = x.positions();
        boolean[] right = new boolean[sys.size()];
        for (GoldText.Claim c : g.positions()) {
            boolean author = c.a().equals("author");
            List<Position> pair = new ArrayList<>();
            for (Position p : sys) {
                if (Lenient.matches(c.a(), holder(p)) && Lenient.matches(c.b(), p.target().entity())) {
                    pair.add(p);
                }
            }
            String why = "";
            if (pair.isEmpty()) {
                // where a miss comes from: who holds it, or what it is about
                boolean target = sys.stream().anyMatch(p -> Lenient.matches(c.b(), p.target().entity()));
                boolean holder = sys.stream().anyMatch(p -> Lenient.matches(c.a(), holder(p)));
                if (target) {
                    t.missedHolder++;
                    why = " (target found, held by " + sys.stream().filter(p -> Lenient.matches(c.b(),
                            p.target().entity())).map(p -> p.byAuthor() ? "author" : holder(p).label()).distinct()
                            .toList() + ")";
                } else if (holder) {
                    t.missedTarget++;
                } else {
                    t.missedBoth++;
                    why = " (holder not found)";
                }
            }
            boolean correct = !pair.isEmpty() && pair.stream().allMatch(p -> p.polarity().localName().equals(c.c()));
            t.add(author, pair.isEmpty() ? 0 : 1, correct ? 1 : 0);
            for (int i = 0; i < sys.size(); i++) {
                if (pair.contains(sys.get(i)) && sys.get(i).polarity().localName().equals(c.c())) {
                    right[i] = true;
                }
            }
            if (!correct) {
                notes.add("position " + (pair.isEmpty() ? "missed" : "wrong") + ": " + c + why
                        + (pair.isEmpty() ? "" : " (tool: " + pair.stream().map(p -> p.polarity().localName())
                        .toList() + ")"));
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            Position p = sys.get(i);
            t.predicted(p.byAuthor(), right[i]);
            Tally.byRule(t.positionsByRule, p.decisive().rules(), right[i]);
            // right ones are listed too, so that a rule's precision can be read off the details
            notes.add("position " + (right[i] ? "right: " : "extra: ")
                    + (p.byAuthor() ? "author" : p.holder().get().entity().label())
                    + " " + p.target().entity().label() + " " + p.polarity().localName()
                    + "  [" + String.join(",", p.decisive().rules()) + "] cue=" + p.decisive().cue());
        }
    }

    private static void relations(GoldText g, Extraction x, Tally t, List<String> notes) {
        List<Relation> sys = x.relations().stream().filter(Relation::asserted).toList();
        t.relationGold += g.relations().size();
        t.relationPredicted += sys.size();
        for (GoldText.Claim c : g.relations()) {
            if (sys.stream().anyMatch(r -> same(c, r))) {
                t.relationFound++;
            } else {
                notes.add("relation missed: " + c);
            }
        }
        for (Relation r : sys) {
            boolean right = g.relations().stream().anyMatch(c -> same(c, r));
            Tally.byRule(t.relationsByRule, r.rules(), right);
            if (right) {
                t.relationRight++;
            } else {
                notes.add("relation extra: " + r.subject().entity().label() + " " + r.relation() + " "
                        + r.object().entity().label() + "  [" + String.join(",", r.rules()) + "]");
            }
            for (GoldText.Claim c : g.norelations()) {
                if (same(c, r)) {
                    t.knownWrong++;
                    notes.add("relation KNOWN WRONG: " + c);
                }
            }
        }
    }

    private static boolean same(GoldText.Claim c, Relation r) {
        if (!c.b().equals(r.relation())) {
            return false;
        }
        boolean forward = Lenient.matches(c.a(), r.subject().entity()) && Lenient.matches(c.c(), r.object().entity());
        boolean backward = SYMMETRIC.contains(c.b()) && Lenient.matches(c.a(), r.object().entity())
                && Lenient.matches(c.c(), r.subject().entity());
        return forward || backward;
    }
}
