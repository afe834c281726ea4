package org.nonji.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * An error answered in the client's own format, escaped once for it: an HTML page for a browser, JSON for a client
 * that asks for JSON (SPARQL results included), plain text otherwise. Not Jetty's error page, whose HTML is
 * escaped again inside text ({@code &apos;}) and whose form a script cannot read.
 */
final class ErrorReplies {
    private ErrorReplies() {
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Security-Policy", ClasspathServlet.CSP);
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
        String format = req.getParameter("format");
        byte[] body;
        if (wantsHtml(req)) {
            resp.setContentType("text/html;charset=utf-8");
            StringWriter sw = new StringWriter();
            try (PrintWriter w = new PrintWriter(sw)) {
                Html.begin(w, "en", "Error " + status, "");
                w.println("<h1>" + status + " " + Html.escape(reason(status)) + "</h1>");
                w.println("<p class=\"error\">" + Html.escape(message) + "</p>");
                w.println("<p><a href=\"/\">Home</a> · <a href=\"/queries\">canned queries</a></p>");
                Html.end(w);
            }
            body = sw.toString().getBytes(StandardCharsets.UTF_8);
        } else if (accept.contains("json") || "json".equals(format)) {
            resp.setContentType("application/json;charset=utf-8");
            JsonObject o = new JsonObject();
            o.put("status", status);
            o.put("error", message);
            body = JSON.toString(o).getBytes(StandardCharsets.UTF_8);
        } else {
            resp.setContentType("text/plain;charset=utf-8");
            body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** A browser: asks for HTML (or {@code ?format=html}) and did not ask for a data format explicitly. */
    static boolean wantsHtml(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return format.equals("html");
        }
        String accept = req.getHeader("Accept");
        return accept != null && Negotiation.quality(accept, "text/html") > 0
                && Negotiation.quality(accept, "text/html") >= Negotiation.quality(accept, "application/json")
                && accept.contains("text/html");
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 406 -> "Not Acceptable";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
