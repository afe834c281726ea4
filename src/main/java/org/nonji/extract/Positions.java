package org.nonji.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nonji.corpus.Essay;

/**
 * Net positions (rule {@code net-position}): the stances of one holder on one target in one essay, weighed.
 *
 * <p>Each stance weighs 1, half in a conceded clause (…지만), three quarters when hedged, and one and a half in the
 * essay's last paragraph when the author holds it (where an argument concludes). The polarity with the most
 * weight wins, except that doubt beats support when it has at least half support's weight (doubting what one
 * otherwise backs is doubt), counting no conceded doubt (granted in passing, it turns nothing); ties go to the later
 * stance. The decisive stance, whose quote is the evidence, is the
 * heaviest of the winning polarity, the later on a tie.
 */
final class Positions {
    private Positions() {
    }

    static List<Position> of(Essay essay, List<Stance> stances) {
        int lastParagraph = essay.text().lastIndexOf("\n\n");
        Map<String, List<Stance>> groups = new LinkedHashMap<>();
        for (Stance s : stances) {
            String key = s.holder().map(h -> h.entity().iri()).orElse("") + " " + s.target().entity().iri();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Position> out = new ArrayList<>();
        for (List<Stance> group : groups.values()) {
            Map<Polarity, Double> weight = new EnumMap<>(Polarity.class);
            Map<Polarity, Integer> count = new EnumMap<>(Polarity.class);
            for (Stance s : group) {
                weight.merge(s.polarity(), weight(s, lastParagraph), Double::sum);
                count.merge(s.polarity(), 1, Integer::sum);
            }
            Polarity net = null;
            double best = -1;
            for (Stance s : group) {   // in document order: a tie goes to the later stance
                double w = weight.get(s.polarity());
                if (w >= best) {
                    best = w;
                    net = s.polarity();
                }
            }
            double support = weight.getOrDefault(Polarity.SUPPORT, 0.0);
            // a doubt granted in passing (물론 X가 만능은 아니다, …지만) does not turn what is backed into doubt
            double doubt = group.stream().filter(s -> s.polarity() == Polarity.DOUBT && !s.conceded())
                    .mapToDouble(s -> weight(s, lastParagraph)).sum();
            if (net == Polarity.SUPPORT && doubt > 0 && doubt >= support / 2) {
                net = Polarity.DOUBT;
            }
            Stance decisive = null;
            double heaviest = -1;
            for (Stance s : group) {
                double w = weight(s, lastParagraph);
                if (s.polarity() == net && w >= heaviest) {
                    heaviest = w;
                    decisive = s;
                }
            }
            Optional<Mention> holder = group.get(0).holder();
            out.add(new Position(holder, decisive.target(), net, count.getOrDefault(Polarity.SUPPORT, 0),
                    count.getOrDefault(Polarity.OPPOSE, 0), count.getOrDefault(Polarity.DOUBT, 0), decisive, group));
        }
        return out;
    }

    static double weight(Stance s, int lastParagraph) {
        double w = 1.0;
        if (s.conceded()) {
            w *= 0.5;
        }
        if (s.hedged()) {
            w *= 0.75;
        }
        if (s.byAuthor() && lastParagraph > 0 && s.begin() > lastParagraph) {
            w *= 1.5;
        }
        return w;
    }
}
