package org.nonji.export;

import java.util.Map;

/**
 * How graph files look when opened: a colour per kind and per polarity (the same as the {@code /graph} page) and a
 * node size that grows with mentions, for the formats that carry them (GEXF viz, yEd's GraphML, DOT).
 */
public final class GraphStyle {
    /** Colour of each kind, as {@code #rrggbb}. */
    static final Map<String, String> KIND_COLOURS = Map.of("Actor", "#4e79a7", "Asset", "#59a14f",
            "Strategy", "#b07aa1", "Risk", "#e15759", "Policy", "#9c755f", "Event", "#edc948",
            "Candidate", "#bab0ac", "Author", "#333333");
    /** Colour of each stance polarity; other edges are grey. */
    static final Map<String, String> POLARITY_COLOURS = Map.of("support", "#2ca02c", "oppose", "#d62728",
            "doubt", "#ff7f0e", "neutral", "#7f7f7f");
    private static final String OTHER = "#999999";

    private GraphStyle() {
    }

    static String kindColour(String kind) {
        return KIND_COLOURS.getOrDefault(kind, OTHER);
    }

    static String edgeColour(EntityGraph.Edge e) {
        return POLARITY_COLOURS.getOrDefault(e.polarity(), OTHER);
    }

    /** The colour's red, green and blue, 0..255. */
    static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    /**
     * A node's size: 10 for one mention, growing with the logarithm of mentions, so a name in every paragraph
     * stands out without dwarfing the rest (≈ 24 at 10 mentions, ≈ 38 at 100).
     */
    static double size(EntityGraph.Node n) {
        return Math.round((10 + 6 * Math.log(Math.max(1, n.mentions()))) * 10) / 10.0;
    }
}
