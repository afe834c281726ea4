package org.nonji.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nonji.export.EntityGraph;
import org.nonji.export.EntityGraphReader;
import org.nonji.export.GraphWriters;
import org.nonji.export.RdfExport;

/**
 * {@code GET /downloads/FILE}: the served store as the {@code export} command would write it, made on demand
 * ({@code ?co-mentions=true} adds co-mention edges to the graph formats). Rendered to memory first, so a failure is
 * an error reply and never half a file.
 */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The files offered, their media types and what they are for. */
    enum Download {
        GRAPHML("graph.graphml", "application/graphml+xml", "GraphML: yEd, Gephi, Cytoscape desktop, networkx"),
        GEXF("graph.gexf", "application/gexf+xml", "GEXF 1.2 with colours and sizes: Gephi"),
        DOT("graph.dot", "text/vnd.graphviz;charset=utf-8", "DOT: Graphviz"),
        CYTOSCAPE("graph.cytoscape.json", "application/json;charset=utf-8", "Cytoscape.js elements JSON"),
        NODES("nodes.csv", "text/csv;charset=utf-8", "the graph's nodes as CSV (UTF-8 with a BOM, opens in Excel)"),
        EDGES("edges.csv", "text/csv;charset=utf-8", "the graph's edges as CSV (UTF-8 with a BOM)"),
        TRIG("nonji.trig", "application/trig;charset=utf-8", "every graph of the store as TriG (RDF)");

        private final String file;
        private final String type;
        private final String description;

        Download(String file, String type, String description) {
            this.file = file;
            this.type = type;
            this.description = description;
        }

        String file() {
            return file;
        }

        String description() {
            return description;
        }
    }

    private final transient DatasetGraph dsg;

    DownloadServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Download d = null;
        for (Download x : Download.values()) {
            if (x.file.equals(name)) {
                d = x;
            }
        }
        if (d == null) {
            ErrorReplies.send(req, resp, 404, "no such download; see the list on the home page");
            return;
        }
        String co = req.getParameter("co-mentions");
        if (co != null && !Set.of("true", "false").contains(co)) {
            ErrorReplies.send(req, resp, 400, "co-mentions is true or false");
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            var ds = DatasetFactory.wrap(dsg);
            if (d == Download.TRIG) {
                RdfExport.write(ds, null, RdfExport.Syntax.of("trig"), buf);
            } else {
                EntityGraph g = EntityGraphReader.read(ds, new EntityGraphReader.Filter(Optional.empty(), Set.of(), 1,
                        "true".equals(co)));
                switch (d) {
                    case GRAPHML -> GraphWriters.graphml(g, buf);
                    case GEXF -> GraphWriters.gexf(g, buf);
                    case DOT -> GraphWriters.dot(g, buf);
                    case CYTOSCAPE -> GraphWriters.cytoscape(g, buf);
                    case NODES -> GraphWriters.nodesCsv(g, buf, true);
                    default -> GraphWriters.edgesCsv(g, buf, true);
                }
            }
        } catch (QueryCancelledException e) {
            ErrorReplies.send(req, resp, 503, "the export timed out");
            return;
        }
        resp.setContentType(d.type);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.file + "\"");
        resp.setContentLength(buf.size());
        try (OutputStream out = resp.getOutputStream()) {
            buf.writeTo(out);
        }
    }
}
