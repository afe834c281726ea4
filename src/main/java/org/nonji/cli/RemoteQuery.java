package org.nonji.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.query.CannedQuery;
import org.nonji.query.QueryRunner;
import org.nonji.query.TextTable;

/**
 * A query asked of a running nonji server: a canned query through {@code /queries/NAME} (the server binds and
 * resolves the parameters), a query file through {@code /kg/sparql}. CSV, TSV and JSON come as the server writes
 * them; a table is drawn here from its SPARQL JSON.
 */
final class RemoteQuery {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final String base;

    RemoteQuery(String endpoint) {
        String e = endpoint.endsWith("/") ? endpoint : endpoint + "/";
        if (!e.matches("https?://[^\\s/]+/.*")) {
            throw new NonjiException("--endpoint must be the server's http(s) URL, e.g. http://127.0.0.1:3330/, not "
                    + NonjiException.quote(endpoint), ExitCodes.USAGE);
        }
        this.base = e;
    }

    void run(CannedQuery cq, boolean canned, Query paged, Map<String, String> params, QueryRunner.Format f,
             PrintWriter out) {
        String format = f == QueryRunner.Format.TABLE ? "json" : f.name().toLowerCase(java.util.Locale.ROOT);
        HttpRequest request;
        if (canned) {
            StringBuilder url = new StringBuilder(base).append("queries/").append(cq.name()).append("?format=")
                    .append(format);
            params.forEach((k, v) -> url.append('&').append(enc(k)).append('=').append(enc(v)));
            request = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofMinutes(5)).GET().build();
        } else {
            if (!params.isEmpty()) {
                throw new NonjiException("--param binds canned queries only when asking a server; put the values in "
                        + "the query file", ExitCodes.USAGE);
            }
            String accept = switch (format) {
                case "csv" -> "text/csv";
                case "tsv" -> "text/tab-separated-values";
                default -> "application/sparql-results+json";
            };
            request = HttpRequest.newBuilder(URI.create(base + "kg/sparql")).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/sparql-query").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(paged.serialize(), StandardCharsets.UTF_8)).build();
        }
        HttpResponse<String> r;
        try {
            r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NonjiException("no nonji server answers at " + base + ": " + e.getMessage()
                    + " (start one with: nonji serve --store DIR)", ExitCodes.RUNTIME, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NonjiException("interrupted asking " + base, ExitCodes.RUNTIME, e);
        }
        if (r.statusCode() != 200) {
            String body = r.body().strip();
            if (r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                try {
                    body = org.apache.jena.atlas.json.JSON.parse(body).get("error").getAsString().value();
                } catch (RuntimeException e) {
                    // not our JSON error: show what came
                }
            }
            String line = body.lines().findFirst().orElse("");
            throw new NonjiException(base + " answered " + r.statusCode() + ": " + (line.length() > 300
                    ? line.substring(0, 300) : line), r.statusCode() / 100 == 4 ? ExitCodes.USAGE : ExitCodes.RUNTIME);
        }
        if (f == QueryRunner.Format.TABLE) {
            var rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            TextTable.write(org.apache.jena.sparql.exec.RowSet.adapt(rows), out);
        } else {
            out.print(r.body());
            out.flush();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
