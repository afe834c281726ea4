package org.nonji.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small charts of positions by polarity as inline SVG, drawn on the server: no script and no library to load, so
 * they work offline and under the pages' CSP (presentation attributes, no inline style). Colours are those of the
 * graph page's edges.
 */
final class PolarityChart {
    static final List<String> POLARITIES = List.of("support", "oppose", "doubt");
    private static final Map<String, String> COLOURS = Map.of("support", "#2ca02c", "oppose", "#d62728",
            "doubt", "#ff7f0e");

    private PolarityChart() {
    }

    /** One stacked bar of the counts per polarity, with the numbers written beside it. */
    static String bar(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "";
        }
        int width = 400;
        StringBuilder b = new StringBuilder("<svg class=\"chart\" role=\"img\" width=\"" + (width + 220)
                + "\" height=\"28\" viewBox=\"0 0 " + (width + 220) + " 28\"><title>" + Html.escape(describe(counts))
                + "</title>");
        double x = 0;
        for (String p : POLARITIES) {
            int n = counts.getOrDefault(p, 0);
            double w = width * n / (double) total;
            if (n > 0) {
                b.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"20\" "
                        + "fill=\"%s\"><title>%s: %d</title></rect>", x, w, COLOURS.get(p), p, n));
            }
            x += w;
        }
        b.append("<text x=\"").append(width + 8).append("\" y=\"19\" font-size=\"13\">")
                .append(Html.escape(describe(counts))).append("</text></svg>");
        return b.toString();
    }

    /** Stacked columns per period (e.g. 2025-10), in the order given. */
    static String columns(LinkedHashMap<String, Map<String, Integer>> byPeriod) {
        if (byPeriod.isEmpty()) {
            return "";
        }
        int max = byPeriod.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int colWidth = 28;
        int gap = 10;
        int height = 120;
        int width = byPeriod.size() * (colWidth + gap) + gap;
        StringBuilder b = new StringBuilder("<svg class=\"chart\" role=\"img\" width=\"" + width + "\" height=\""
                + (height + 40) + "\" viewBox=\"0 0 " + width + " " + (height + 40) + "\"><title>positions per month"
                + "</title>");
        int i = 0;
        for (var e : byPeriod.entrySet()) {
            double x = gap + i * (colWidth + gap);
            double y = height;
            for (String p : POLARITIES) {
                int n = e.getValue().getOrDefault(p, 0);
                if (n == 0) {
                    continue;
                }
                double h = height * n / (double) max;
                y -= h;
                b.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s %s: %d</title></rect>", x, y, colWidth, h, COLOURS.get(p),
                        Html.escape(e.getKey()), p, n));
            }
            b.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" "
                    + "text-anchor=\"middle\">%s</text>", x + colWidth / 2.0, height + 14, Html.escape(e.getKey())));
            i++;
        }
        return b.append("</svg>").toString();
    }

    static String describe(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        for (String p : POLARITIES) {
            b.append(b.length() == 0 ? "" : ", ").append(counts.getOrDefault(p, 0)).append(' ').append(p);
        }
        return b.toString();
    }
}
