package org.nonji.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/**
 * {@code GET /$/server}: the dataset description the standard Fuseki UI reads to list datasets and endpoints. The
 * same JSON as Fuseki's admin status, without the admin module (which would also allow creating datasets), plus
 * {@code nonjiStore}: the generation served and its last build (when, essays, quads).
 */
final class ServerStatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String version;
    private final transient java.util.function.Supplier<java.util.Map<String, String>> store;

    /** {@code store} describes the generation being served and its last build (or update). */
    ServerStatusServlet(String version, java.util.function.Supplier<java.util.Map<String, String>> store) {
        this.version = version;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonBuilder b = new JsonBuilder();
        b.startObject();
        b.pair("version", "nonji " + version);
        b.pair("built", "nonji " + version);
        b.pair("startDateTime", Fuseki.serverStartedAt());
        b.pair("uptime", Fuseki.serverUptimeSeconds());
        b.key("nonjiStore");
        b.startObject();
        new java.util.TreeMap<>(store.get()).forEach(b::pair);
        b.finishObject();
        b.key("datasets");
        JsonDescription.arrayDatasets(b, DataAccessPointRegistry.get(getServletContext()));
        b.finishObject();
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, b.build());
        }
    }
}
