package org.nonji.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * read-only server can only refuse (dataset management, upload, edit).
 */
final class SparqlUiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("(static/)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(html|js|css|ico)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8",
            "js", "application/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "ico", "image/x-icon");

    private static final String NONJI_JS = "sparql-ui.js";
    /** The UI's query view, whose example queries and prefixes {@link QueryViewPatch} extends. */
    private static final Pattern QUERY_VIEW = Pattern.compile("static/Query-[A-Za-z0-9_-]+\\.js");
    private static final String NONJI_CSS = "sparql-ui.css";

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

    /**
     * nonji's read-only adjustments: index.html loads them as files of this server (the CSP allows no inline code);
     * the query view gets nonji's examples and prefixes.
     */
    private static String patched(String file, String text) {
        return file.equals("index.html")
                ? text.replace("</head>", "  <link rel=\"stylesheet\" href=\"./" + NONJI_CSS + "\">\n"
                        + "    <script src=\"./" + NONJI_JS + "\"></script>\n  </head>")
                : QueryViewPatch.apply(text);
    }
}
