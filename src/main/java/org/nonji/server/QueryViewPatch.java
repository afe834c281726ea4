package org.nonji.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nonji.Namespaces;

/**
 * Adds nonji's example queries ({@code nonji/web/sparql-ui-examples.rq}) and prefixes to the Fuseki UI's query
 * view, whose examples and prefixes are literals in its bundle ({@code queries:[…]}, {@code prefixes:[…]}), and
 * points the editor's prefix completion at this server ({@link #PREFIXES_FILE}) instead of prefix.cc. The bundle
 * is the one of the jena-fuseki-ui version nonji ships; should a new version change those literals, that part of
 * the view is served unchanged and {@code WorkbenchPagesTest} or {@code PagesInChromiumTest} fails, rather than
 * the UI breaking.
 */
final class QueryViewPatch {
    static final String QUERIES = "queries:[{value:SELECT_TRIPLES_QUERY,";
    static final String PREFIXES = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"}";
    /**
     * Where the editor (YASQE) fetches the prefixes it completes after {@code PREFIX}: prefix.cc, off the machine,
     * which the CSP refuses with an error in the console as soon as the editor opens.
     */
    static final String PREFIX_CC = "(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")"
            + "+\"prefix.cc/popular/all.file.json\"";
    /** nonji's prefixes in prefix.cc's format ({@code {"nj": "https://…#", …}}), next to the UI's index.html. */
    static final String PREFIXES_FILE = "prefixes.json";
    /** The prefixes the editor offers besides Fuseki's rdf, rdfs, owl and xsd. */
    private static final List<String> EXTRA_PREFIXES = List.of("nj", "ent", "oa", "skos", "dcterms", "prov", "schema");

    private static final String EXAMPLES = examples();
    private static final String PREFIX_LIST = prefixes();

    private QueryViewPatch() {
    }

    /**
     * The view's code with nonji's examples first in its menu and its prefixes added, and prefix completion from
     * this server; each part unchanged if not found.
     */
    static String apply(String js) {
        String out = js.replace(PREFIX_CC, "\"./" + PREFIXES_FILE + "\"");
        if (!out.contains(QUERIES) || !out.contains(PREFIXES)) {
            return out;
        }
        return out.replace(QUERIES, "queries:[" + EXAMPLES + "{value:SELECT_TRIPLES_QUERY,")
                .replace(PREFIXES, "prefixes:[" + PREFIX_LIST + PREFIXES.substring("prefixes:[".length()));
    }

    /** What {@link #PREFIXES_FILE} holds: every prefix nonji uses, sorted. */
    static String prefixesJson() {
        StringBuilder out = new StringBuilder("{");
        new java.util.TreeMap<>(Namespaces.PREFIXES).forEach((p, ns) ->
                out.append(out.length() == 1 ? "" : ",").append(js(p)).append(':').append(js(ns)));
        return out.append("}\n").toString();
    }

    private static String examples() {
        String text;
        try (InputStream in = QueryViewPatch.class.getClassLoader()
                .getResourceAsStream("nonji/web/sparql-ui-examples.rq")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        String title = null;
        List<String> lines = new ArrayList<>();
        for (String line : (text + "\n#> ").split("\n", -1)) {
            if (line.startsWith("#> ")) {
                if (title != null) {
                    out.append("{value:").append(js(String.join("\n", lines).strip() + "\n")).append(",text:")
                            .append(js(title)).append("},");
                }
                title = line.substring(3).strip();
                lines.clear();
            } else if (title != null) {
                lines.add(line);
            }
        }
        return out.toString();
    }

    private static String prefixes() {
        Map<String, String> all = Namespaces.PREFIXES;
        StringBuilder out = new StringBuilder();
        for (String p : EXTRA_PREFIXES) {
            if (all.containsKey(p)) {
                out.append("{uri:").append(js(all.get(p))).append(",text:").append(js(p)).append("},");
            }
        }
        return out.toString();
    }

    /** A JavaScript string literal. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\u003c");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
