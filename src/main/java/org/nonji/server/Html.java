package org.nonji.server;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML escaping for text from essays and queries (they are untrusted), and the frame every nonji page shares. */
final class Html {
    /** Where the Fuseki SPARQL UI lives: {@code /} is nonji's home page. */
    static final String SPARQL_UI = "/sparql-ui/";
    /**
     * Every page's: without it a phone lays the page out 980 px wide and shrinks it to unreadable text, the essay and
     * the cards included.
     */
    static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

    private Html() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** A query-string value: percent-encoded (then escaped where it goes into an attribute). */
    static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Opens a page: doctype, title, the shared style sheet, scripts (same-origin paths; the CSP allows no other)
     * and the navigation bar. The caller writes the body and then {@link #end}.
     */
    static void begin(PrintWriter w, String lang, String title, String bodyClass, String... scripts) {
        w.println("<!doctype html><html lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\">");
        w.println(VIEWPORT);
        w.println("<title>" + escape(title) + " — nonji</title>");
        w.println("<link rel=\"stylesheet\" href=\"/web/nonji.css\">");
        for (String s : scripts) {
            w.println("<script src=\"" + escape(s) + "\" defer></script>");
        }
        w.println("</head><body" + (bodyClass.isEmpty() ? "" : " class=\"" + escape(bodyClass) + "\"") + ">");
        w.println(nav());
    }

    /** The links every page carries. */
    static String nav() {
        return "<nav class=\"top\"><a href=\"/\"><b>nonji</b></a> · <a href=\"/graph\">graph</a> · "
                + "<a href=\"/queries\">queries</a> · <a href=\"" + SPARQL_UI + "\">SPARQL</a> · "
                + "<a href=\"/ont\">ontology</a> · <a href=\"/.well-known/void\">VoID</a></nav>";
    }

    static void end(PrintWriter w) {
        w.println("</body></html>");
    }
}
