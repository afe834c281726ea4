package org.nonji.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts that add up over texts, and the figures made from them. */
public final class Tally {
    int texts;
    int entityTp;
    int entityFp;
    int entityFn;
    int candidateGold;
    int candidateFound;
    int candidatePredicted;
    int candidateRight;
    int authorGold;
    int authorFound;
    int authorCorrect;
    int reportedGold;
    int reportedFound;
    int reportedCorrect;
    int authorPredicted;
    int authorPredictedRight;
    int reportedPredicted;
    int reportedPredictedRight;
    /** Gold positions with no pair found: the target was found for another holder, the holder had other targets, or neither. */
    int missedHolder;
    int missedTarget;
    int missedBoth;
    int relationGold;
    int relationFound;
    int relationPredicted;
    int relationRight;
    int knownWrong;
    long opinionChars;
    int opinionAuthorPositions;
    /** Per rule id: {positions it took part in that gold confirms, positions it took part in}; relations alike. */
    final Map<String, int[]> positionsByRule = new TreeMap<>();
    final Map<String, int[]> relationsByRule = new TreeMap<>();

    /** Counts one claim for each rule that made it. */
    static void byRule(Map<String, int[]> counts, Iterable<String> rules, boolean right) {
        Set<String> seen = new HashSet<>();
        for (String r : rules) {
            if (seen.add(r)) {
                int[] c = counts.computeIfAbsent(r, k -> new int[2]);
                c[0] += right ? 1 : 0;
                c[1]++;
            }
        }
    }

    private static Map<String, int[]> merged(Map<String, int[]> a, Map<String, int[]> b) {
        Map<String, int[]> out = new TreeMap<>();
        for (Map<String, int[]> m : List.of(a, b)) {
            m.forEach((r, c) -> {
                int[] t = out.computeIfAbsent(r, k -> new int[2]);
                t[0] += c[0];
                t[1] += c[1];
            });
        }
        return out;
    }

    void add(boolean author, int found, int correct) {
        if (author) {
            authorGold++;
            authorFound += found;
            authorCorrect += correct;
        } else {
            reportedGold++;
            reportedFound += found;
            reportedCorrect += correct;
        }
    }

    void predicted(boolean author, boolean right) {
        if (author) {
            authorPredicted++;
            authorPredictedRight += right ? 1 : 0;
        } else {
            reportedPredicted++;
            reportedPredictedRight += right ? 1 : 0;
        }
    }

    /** This tally and another added up. */
    public Tally plus(Tally o) {
        Tally t = new Tally();
        t.texts = texts + o.texts;
        t.entityTp = entityTp + o.entityTp;
        t.entityFp = entityFp + o.entityFp;
        t.entityFn = entityFn + o.entityFn;
        t.candidateGold = candidateGold + o.candidateGold;
        t.candidateFound = candidateFound + o.candidateFound;
        t.candidatePredicted = candidatePredicted + o.candidatePredicted;
        t.candidateRight = candidateRight + o.candidateRight;
        t.authorGold = authorGold + o.authorGold;
        t.authorFound = authorFound + o.authorFound;
        t.authorCorrect = authorCorrect + o.authorCorrect;
        t.reportedGold = reportedGold + o.reportedGold;
        t.reportedFound = reportedFound + o.reportedFound;
        t.reportedCorrect = reportedCorrect + o.reportedCorrect;
        t.authorPredicted = authorPredicted + o.authorPredicted;
        t.authorPredictedRight = authorPredictedRight + o.authorPredictedRight;
        t.reportedPredicted = reportedPredicted + o.reportedPredicted;
        t.reportedPredictedRight = reportedPredictedRight + o.reportedPredictedRight;
        t.missedHolder = missedHolder + o.missedHolder;
        t.missedTarget = missedTarget + o.missedTarget;
        t.missedBoth = missedBoth + o.missedBoth;
        t.relationGold = relationGold + o.relationGold;
        t.relationFound = relationFound + o.relationFound;
        t.relationPredicted = relationPredicted + o.relationPredicted;
        t.relationRight = relationRight + o.relationRight;
        t.knownWrong = knownWrong + o.knownWrong;
        t.opinionChars = opinionChars + o.opinionChars;
        t.opinionAuthorPositions = opinionAuthorPositions + o.opinionAuthorPositions;
        t.positionsByRule.putAll(merged(positionsByRule, o.positionsByRule));
        t.relationsByRule.putAll(merged(relationsByRule, o.relationsByRule));
        return t;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : a / (double) b;
    }

    public int texts() {
        return texts;
    }

    public double entityPrecision() {
        return ratio(entityTp, entityTp + entityFp);
    }

    public double entityRecall() {
        return ratio(entityTp, entityTp + entityFn);
    }

    public double entityF1() {
        double p = entityPrecision();
        double r = entityRecall();
        return 2 * p * r / (p + r);
    }

    public double candidateRecall() {
        return ratio(candidateFound, candidateGold);
    }

    public double candidatePrecision() {
        return ratio(candidateRight, candidatePredicted);
    }

    /** Gold positions found with the right polarity and no contradicting one (a miss counts as wrong). */
    public double positionAccuracy() {
        return ratio(authorCorrect + reportedCorrect, authorGold + reportedGold);
    }

    public double authorAccuracy() {
        return ratio(authorCorrect, authorGold);
    }

    public double reportedAccuracy() {
        return ratio(reportedCorrect, reportedGold);
    }

    /** Of the gold positions whose holder and target the tool found, those with the right polarity. */
    public double polarityAgreement() {
        return ratio(authorCorrect + reportedCorrect, authorFound + reportedFound);
    }

    /** The tool's positions that a gold position confirms. */
    public double positionPrecision() {
        return ratio(authorPredictedRight + reportedPredictedRight, authorPredicted + reportedPredicted);
    }

    public double authorPrecision() {
        return ratio(authorPredictedRight, authorPredicted);
    }

    public double reportedPrecision() {
        return ratio(reportedPredictedRight, reportedPredicted);
    }

    public double relationRecall() {
        return ratio(relationFound, relationGold);
    }

    public double relationPrecision() {
        return ratio(relationRight, relationPredicted);
    }

    public int knownWrongRelations() {
        return knownWrong;
    }

    /** Author positions per 1,000 characters of the opinion texts. */
    public double authorDensity() {
        return opinionChars == 0 ? Double.NaN : 1000.0 * opinionAuthorPositions / opinionChars;
    }

    /** The figures as lines of a report. */
    public String describe() {
        return String.format("""
                texts %d
                entities     precision %.3f  recall %.3f  F1 %.3f
                candidates   recall %.3f (%d/%d)  precision %.3f (%d/%d)
                positions    accuracy %.3f (%d/%d)  precision %.3f (%d/%d)  polarity on pairs found %.3f
                  missed     %d with the target found for another holder, %d with the holder found on other targets, %d with neither
                  author     accuracy %.3f (%d/%d)  precision %.3f (%d/%d)
                  reported   accuracy %.3f (%d/%d)  precision %.3f (%d/%d)
                relations    recall %.3f (%d/%d)  precision %.3f (%d/%d)  known-wrong asserted %d
                density      %.2f author positions per 1,000 characters of opinion text
                """, texts, entityPrecision(), entityRecall(), entityF1(),
                candidateRecall(), candidateFound, candidateGold, candidatePrecision(), candidateRight,
                candidatePredicted,
                positionAccuracy(), authorCorrect + reportedCorrect, authorGold + reportedGold, positionPrecision(),
                authorPredictedRight + reportedPredictedRight, authorPredicted + reportedPredicted, polarityAgreement(),
                missedHolder, missedTarget, missedBoth,
                authorAccuracy(), authorCorrect, authorGold, authorPrecision(), authorPredictedRight, authorPredicted,
                reportedAccuracy(), reportedCorrect, reportedGold, reportedPrecision(), reportedPredictedRight,
                reportedPredicted,
                relationRecall(), relationFound, relationGold, relationPrecision(), relationRight, relationPredicted,
                knownWrong, authorDensity());
    }

    /**
     * Per rule, how many of the positions and asserted relations it took part in the gold confirms: a rule's
     * precision, to judge a rule by (counts only, so it may be read on a frozen half too).
     */
    public String describeRules() {
        StringBuilder b = new StringBuilder(String.format("%-22s %22s %22s%n", "rule", "positions right/made",
                "relations right/made"));
        Set<String> rules = new TreeSet<>(positionsByRule.keySet());
        rules.addAll(relationsByRule.keySet());
        for (String r : rules) {
            b.append(String.format("%-22s %22s %22s%n", r, cell(positionsByRule.get(r)),
                    cell(relationsByRule.get(r))));
        }
        return b.toString();
    }

    private static String cell(int[] c) {
        return c == null ? "-" : String.format("%d/%d (%.2f)", c[0], c[1], c[0] / (double) c[1]);
    }
}
