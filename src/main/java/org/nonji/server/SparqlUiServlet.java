package org.nonji.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /sparql-ui/}: Fuseki's own UI (the jena-fuseki-ui jar's {@code webapp/}), moved off {@code /} so the home
 * page can be nonji's. The UI finds the server relative to its own path ({@code window.location.pathname}), so its
 * calls arrive as {@code /sparql-ui/$/ping} or {@code /sparql-ui/kg/sparql}: those are redirected (307, which keeps
 * a POST a POST) to the real {@code /$/…} and {@code /kg/…}, where every filter of the server applies to them.
 * Its {@code index.html} also loads nonji's {@code sparql-ui.js} and {@code .css}, which take away the controls a
 * read-only server can only refuse (dataset management, upload, edit), and Font Awesome's style sheet as a file
 * ({@code fontawesome.css}, taken from the UI's bundle): left to itself the bundle inserts it as a {@code <style>},
 * which the CSP refuses, and every icon is drawn at full size.
 */
final class SparqlUiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile(
            "(static/)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(html|js|css|ico|json)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8",
            "js", "application/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "ico", "image/x-icon");

    private static final String NONJI_JS = "sparql-ui.js";
    /** The UI's query view, whose example queries and prefixes {@link QueryViewPatch} extends. */
    private static final Pattern QUERY_VIEW = Pattern.compile("static/Query-[A-Za-z0-9_-]+\\.js");
    private static final String NONJI_CSS = "sparql-ui.css";
    private static final String FONT_AWESOME_CSS = "fontawesome.css";
    /** The UI's entry script, as index.html names it. */
    private static final Pattern ENTRY = Pattern.compile("src=\"\\./(static/index-[A-Za-z0-9_-]+\\.js)\"");
    /** Font Awesome's style sheet in the bundle: a template literal (no escapes, no ${…}) of its CSS variables. */
    private static final Pattern FA_CSS = Pattern.compile("`(:root, :host \\{\\s*--fa-(?:[^`$\\\\]|\\$(?!\\{))*+)`");

    /** Font Awesome's CSS from the bundle, or null if this UI version keeps it elsewhere (then nothing changes). */
    private static final String FONT_AWESOME = fontAwesomeCss();

    private final String dataset;

    SparqlUiServlet(String dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (rest.isEmpty()) {
            resp.sendRedirect(Html.SPARQL_UI);
            return;
        }
        if (rest.startsWith("/$/") || rest.startsWith(dataset + "/") || rest.equals(dataset)) {
            String q = req.getQueryString();
            resp.setStatus(307);
            resp.setHeader("Location", rest + (q == null ? "" : "?" + q));
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            ErrorReplies.send(req, resp, 405, "the SPARQL UI's files are read-only");
            return;
        }
        String file = rest.equals("/") ? "index.html" : rest.substring(1);
        if (!FILE.matcher(file).matches()) {
            ErrorReplies.send(req, resp, 404, "no such file in the SPARQL UI");
            return;
        }
        if (file.equals(QueryViewPatch.PREFIXES_FILE)) {
            made(resp, "application/json", QueryViewPatch.prefixesJson());
            return;
        }
        if (file.equals(FONT_AWESOME_CSS) && FONT_AWESOME != null) {
            made(resp, TYPES.get("css"), FONT_AWESOME);
            return;
        }
        boolean ours = file.equals(NONJI_JS) || file.equals(NONJI_CSS);
        try (InputStream in = SparqlUiServlet.class.getClassLoader().getResourceAsStream(
                (ours ? "nonji/web/" : "webapp/") + file)) {
            if (in == null) {
                ErrorReplies.send(req, resp, 404, "no such file in the SPARQL UI");
                return;
            }
            resp.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            // the bundle's names carry content hashes; index.html and nonji's files do not and must be re-read
            resp.setHeader("Cache-Control", file.startsWith("static/") ? "public, max-age=86400" : "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                if (file.equals("index.html") || QUERY_VIEW.matcher(file).matches()) {
                    out.write(patched(file, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
            }
        }
    }

    /** A file this server makes rather than takes from the bundle: never cached, never sniffed. */
    private static void made(HttpServletResponse resp, String type, String text) throws IOException {
        resp.setContentType(type);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * nonji's read-only adjustments: index.html loads them as files of this server (the CSP allows no inline code),
     * with Font Awesome's style sheet as a file and its own insertion turned off (Font Awesome reads
     * {@code data-auto-add-css} from any script element); the query view gets nonji's examples and prefixes.
     */
    private static String patched(String file, String text) {
        if (!file.equals("index.html")) {
            return QueryViewPatch.apply(text);
        }
        String fa = FONT_AWESOME == null ? ""
                : "  <link rel=\"stylesheet\" href=\"./" + FONT_AWESOME_CSS + "\">\n    ";
        String noInsert = FONT_AWESOME == null ? "" : " data-auto-add-css=\"false\"";
        return text.replace("</head>", fa + "<link rel=\"stylesheet\" href=\"./" + NONJI_CSS + "\">\n"
                + "    <script src=\"./" + NONJI_JS + "\"" + noInsert + "></script>\n  </head>");
    }

    /** Font Awesome's CSS as the UI's entry script holds it, or null when it is not found there. */
    static String fontAwesomeCss() {
        String index = resource("webapp/index.html");
        Matcher entry = index == null ? null : ENTRY.matcher(index);
        if (entry == null || !entry.find()) {
            return null;
        }
        String bundle = resource("webapp/" + entry.group(1));
        Matcher css = bundle == null ? null : FA_CSS.matcher(bundle);
        return css != null && css.find() ? css.group(1) : null;
    }

    private static String resource(String name) {
        try (InputStream in = SparqlUiServlet.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
