package org.nonji.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Content negotiation for the linked-data pages: {@code ?format=} wins, else the offer the Accept header rates
 * highest (q-values, {@code type/*} and {@code *}{@code /*} ranges), ties going to the earlier offer.
 */
final class Negotiation {
    static final String HTML = "text/html";
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";

    /** The {@code ?format=} names. */
    private static final Map<String, String> FORMATS = Map.of("html", HTML, "ttl", TURTLE, "turtle", TURTLE,
            "jsonld", JSONLD, "nt", NTRIPLES);

    private Negotiation() {
    }

    /** The chosen media type among {@code offers} (first is the default), or null when none is acceptable. */
    static String choose(HttpServletRequest req, List<String> offers) {
        String f = req.getParameter("format");
        if (f != null) {
            String t = FORMATS.get(f.toLowerCase(Locale.ROOT));
            return t != null && offers.contains(t) ? t : null;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(accept, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q-value the most specific matching range in {@code accept} gives {@code offer}; 0 if none. */
    static double quality(String accept, String offer) {
        String offerType = offer.substring(0, offer.indexOf('/'));
        double q = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            int s;
            if (type.equals(offer)) {
                s = 2;
            } else if (type.equals(offerType + "/*")) {
                s = 1;
            } else if (type.equals("*/*")) {
                s = 0;
            } else {
                continue;
            }
            if (s > specificity) {
                specificity = s;
                q = qValue(parts);
            }
        }
        return q;
    }

    private static double qValue(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
