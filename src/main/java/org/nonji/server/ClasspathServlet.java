package org.nonji.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One file from the classpath at one path, with a fixed content type: the graph page, its script and style,
 * Cytoscape.js from its WebJar, the JSON-LD context. Read once at start-up, so a missing file fails the start,
 * not the first request.
 */
final class ClasspathServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The CSP of every HTML page served here: scripts, styles and data from this server only. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final byte[] body;
    private final String contentType;

    ClasspathServlet(String resource, String contentType) {
        try (InputStream in = ClasspathServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            this.body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (contentType.startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", CSP);
        }
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
