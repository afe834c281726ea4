package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's workbench over a real server: the home page, name suggestions, the SPARQL UI under its own path,
 * canned queries as pages with forms and tables, entity parameters by IRI, prefixed name, slug or label, errors in
 * the client's format, and on-demand downloads.
 */
@Tag("slow")
class WorkbenchPagesTest {
    @TempDir
    static Path tmp;

    static EndpointServer server;

    static final String BROWSER = WebFixture.BROWSER;

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return WebFixture.get(server, path, accept);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageSaysWhatTheGraphHoldsAndLinksEverything() throws Exception {
        var home = get("", BROWSER);
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(WebFixture.contentType(home).startsWith("text/html"), WebFixture.contentType(home));
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        String body = home.body();
        assertTrue(body.contains("<dd id=\"n-essays\">2</dd>"), body);
        assertTrue(body.contains("Strategy</a>"), "entities by kind: " + body);
        assertTrue(body.contains("<dd id=\"built\">2025-01-01"), "last build: " + body);
        for (String link : new String[] {"href=\"/graph\"", "href=\"/queries\"", "href=\"/sparql-ui/\"",
                "href=\"/ont\"", "href=\"/.well-known/void\"", "href=\"/downloads/graph.gexf\"",
                "href=\"/queries/stances-on\"", "href=\"/id/essay/a\"", "action=\"/queries/search\"",
                "src=\"/web/home.js\""}) {
            assertTrue(body.contains(link), link + " in " + body);
        }
        assertFalse(body.contains("<script>alert"), "the hostile essay's title is escaped: " + body);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body);
        assertFalse(body.contains("<style") || body.contains(" style=") || body.contains("<script>"),
                "CSP-clean: no inline style or script");
        assertEquals(200, get("web/home.js", null).statusCode());
    }

    @Test
    void suggestionsFindKoreanEnglishAndPartialNames() throws Exception {
        JsonArray ko = JSON.parseAny(get("suggest?q=" + enc("삼성전"), null).body()).getAsArray();
        assertTrue(ko.toString().contains("/id/entity/samsung-electronics"), ko.toString());
        JsonArray en = JSON.parseAny(get("suggest?q=" + enc("Sovereign"), null).body()).getAsArray();
        JsonObject first = en.get(0).getAsObject();
        assertEquals("/id/entity/sovereign-ai", first.get("path").getAsString().value(), en.toString());
        assertEquals("소버린 AI", first.get("label").getAsString().value());
        assertEquals("Strategy", first.get("kind").getAsString().value());
        assertTrue(JSON.parseAny(get("suggest?q=zzzqqq", null).body()).getAsArray().isEmpty());
        var none = get("suggest", "application/json");
        assertEquals(400, none.statusCode());
        assertTrue(WebFixture.contentType(none).startsWith("application/json"), WebFixture.contentType(none));
        var quote = JSON.parseAny(get("suggest?q=" + enc("\" } ; DROP ALL"), null).body()).getAsArray();
        assertTrue(quote.isEmpty(), quote.toString());
    }

    @Test
    void theSparqlUiLivesUnderItsOwnPathAndReachesTheServer() throws Exception {
        var ui = get("sparql-ui/", BROWSER);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), ui.body());
        var ping = get("sparql-ui/$/ping", null);
        assertEquals(307, ping.statusCode());
        assertEquals("/$/ping", ping.headers().firstValue("Location").orElse(""));
        var query = get("sparql-ui/kg/sparql?query=ASK%7B%7D", null);
        assertEquals(307, query.statusCode());
        assertEquals("/kg/sparql?query=ASK%7B%7D", query.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("sparql-ui/pom.xml", null).statusCode());
        int escaped = get("sparql-ui/static/..%2F..%2Fnonji%2Fweb%2Fgraph.js", null).statusCode();
        assertTrue(escaped == 400 || escaped == 404, "no way out of the UI's files: " + escaped);
        var bare = get("sparql-ui", null);
        assertEquals(3, bare.statusCode() / 100, "redirected to /sparql-ui/");
    }

    @Test
    void aCannedQueryIsAPageWithAFormATableAndDownloads() throws Exception {
        var page = get("queries/stances-on?target=" + enc("ent:sovereign-ai"), BROWSER);
        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("<form class=\"params\""), body);
        assertTrue(body.contains("name=\"target\" value=\"ent:sovereign-ai\""), body);
        assertTrue(body.contains("<table class=\"results\">"), body);
        assertTrue(body.contains("<span class=\"pol pol-support\">support</span>"), body);
        assertTrue(body.contains("<a href=\"/id/entity/sovereign-ai\">소버린 AI</a>"), "linked by label: " + body);
        // headings in words with the variable in the tooltip, and essays by their title, not their id
        assertTrue(body.contains("<th title=\"?polarityName\">polarity</th>"), body);
        assertTrue(body.contains("<th title=\"?sentenceIndex\">sentence</th>"), body);
        assertTrue(body.contains("<a href=\"/id/essay/a\">반도체 전략</a>"), "the essay by its title: " + body);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile title escaped: " + body);
        assertTrue(body.contains("format=csv"), body);
        assertFalse(body.contains("<script>alert"), body);
        // the same rows whichever way the entity is named
        String byIri = get("queries/stances-on?format=csv&target="
                + enc("https://w3id.org/nonji/id/entity/sovereign-ai"), null).body();
        assertTrue(byIri.lines().count() > 1, byIri);
        for (String name : new String[] {"ent:sovereign-ai", "sovereign-ai", "소버린 AI", "Sovereign AI"}) {
            assertEquals(byIri, get("queries/stances-on?format=csv&target=" + enc(name), null).body(), name);
        }
    }

    @Test
    void pagesPageThroughResults() throws Exception {
        var first = get("queries/quotes-for-entity?limit=1", BROWSER);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("Rows 1–1"), first.body());
        assertTrue(first.body().contains("rel=\"next\" href=\"/queries/quotes-for-entity?limit=1&amp;offset=1\""),
                first.body());
        var second = get("queries/quotes-for-entity?limit=1&offset=1", BROWSER);
        assertTrue(second.body().contains("Rows 2–2") && second.body().contains("rel=\"prev\""), second.body());
        // a listing that cuts its page where it chooses its rows (# page: inner) pages the same way
        List<String> all = get("queries/stances?format=csv&limit=all", null).body().lines().toList();
        assertTrue(all.size() > 4, all.toString());
        assertEquals(List.of(all.get(0), all.get(3), all.get(4)),
                get("queries/stances?format=csv&limit=2&offset=2", null).body().lines().toList());
        var page = get("queries/stances?limit=2&offset=2", BROWSER);
        assertTrue(page.body().contains("Rows 3–4"), page.body());
    }

    @Test
    void anUnknownEntityIsA400NamingItInTheClientsFormat() throws Exception {
        var html = get("queries/stances-on?target=no-such-thing", BROWSER);
        assertEquals(400, html.statusCode());
        assertTrue(WebFixture.contentType(html).startsWith("text/html"));
        assertTrue(html.body().contains("unknown entity &quot;no-such-thing&quot;"), html.body());
        assertTrue(html.body().contains("<form class=\"params\""), "the form stays to correct it: " + html.body());
        var json = get("queries/stances-on?target=no-such-thing", "application/sparql-results+json");
        assertEquals(400, json.statusCode());
        JsonObject o = JSON.parse(json.body());
        assertTrue(o.get("error").getAsString().value().contains("unknown entity \"no-such-thing\""), json.body());
        var text = get("queries/stances-on?target=" + enc("it's-not-there"), null);
        assertEquals(400, text.statusCode());
        assertTrue(WebFixture.contentType(text).startsWith("text/plain"), WebFixture.contentType(text));
        assertTrue(text.body().contains("\"it's-not-there\""), "escaped once, for text: " + text.body());
        assertFalse(text.body().contains("&apos;") || text.body().contains("&#39;"), text.body());
        var missing = get("queries/no-such-query", BROWSER);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no canned query of that name"), missing.body());
        assertTrue(missing.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void downloadsAreMadeOnDemand() throws Exception {
        var gexf = get("downloads/graph.gexf", null);
        assertEquals(200, gexf.statusCode());
        assertTrue(gexf.body().contains("<gexf"), gexf.body());
        assertTrue(gexf.headers().firstValue("Content-Disposition").orElse("").contains("graph.gexf"));
        var nodes = HttpRequest.newBuilder(URI.create(server.url() + "downloads/nodes.csv"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        byte[] csv = WebFixture.HTTP.send(nodes, HttpResponse.BodyHandlers.ofByteArray()).body();
        assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 BOM first");
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("id,label,labelKo,labelEn,kind,class"));
        assertEquals(200, get("downloads/nonji.trig", null).statusCode());
        assertEquals(404, get("downloads/secret.txt", null).statusCode());
    }

    @Test
    void chromiumRunsTheSearchBoxUnderTheCsp() throws Exception {
        org.nonji.export.ExternalTools.require("chromium", org.nonji.export.ExternalTools.onPath("chromium"));
        Path profile = java.nio.file.Files.createDirectories(tmp.resolve("chromium-profile"));
        var base = java.util.List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000");
        var cmd = new java.util.ArrayList<>(base);
        cmd.addAll(java.util.List.of("--dump-dom", server.url() + "?q=" + enc("삼성")));
        var dom = org.nonji.export.ExternalTools.run(cmd, tmp);
        assertEquals(0, dom.exit(), dom.err());
        var m = java.util.regex.Pattern.compile("data-suggestions=\"(\\d+)\"").matcher(dom.out());
        assertTrue(m.find(), "home.js ran and filled the suggestions: " + dom.out());
        assertTrue(Integer.parseInt(m.group(1)) > 0, dom.out());
        assertTrue(dom.out().contains("href=\"/id/entity/samsung-electronics\""), dom.out());
        assertFalse(dom.err().contains("Content Security Policy"), "no CSP violation: " + dom.err());
        cmd = new java.util.ArrayList<>(base);
        Path png = tmp.resolve("query.png");
        cmd.addAll(java.util.List.of("--screenshot=" + png, "--window-size=1200,1000",
                server.url() + "queries/stances-on?target=" + enc("ent:sovereign-ai")));
        assertEquals(0, org.nonji.export.ExternalTools.run(cmd, tmp).exit());
        Path keep = Path.of(System.getProperty("nonji.basedir", "."), "target", "query-page.png");
        java.nio.file.Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void chromiumShowsTheSparqlUiWithoutWriteControlsAndWithNonjiExamples() throws Exception {
        org.nonji.export.ExternalTools.require("chromium", org.nonji.export.ExternalTools.onPath("chromium"));
        assertTrue(get("sparql-ui/", BROWSER).body().contains("src=\"./sparql-ui.js\""), "index.html loads nonji's script");
        // Font Awesome's CSS as a file (its own <style> is refused by the CSP): found in this UI version's bundle
        assertTrue(get("sparql-ui/", BROWSER).body().contains("href=\"./fontawesome.css\""));
        var fa = get("sparql-ui/fontawesome.css", null);
        assertEquals(200, fa.statusCode());
        assertTrue(fa.body().contains(".svg-inline--fa"), fa.body());
        // the editor completes prefixes from this server, not from prefix.cc (off the machine, refused by the CSP)
        JsonObject prefixes = JSON.parse(get("sparql-ui/prefixes.json", null).body());
        assertEquals("https://w3id.org/nonji/ont#", prefixes.getString("nj"));
        for (String route : new String[] {"", "#/dataset/kg/query", "#/manage", "#/dataset/kg/upload"}) {
            Path profile = java.nio.file.Files.createDirectories(tmp.resolve("chromium-ui-" + route.length()));
            var cmd = java.util.List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--virtual-time-budget=8000",
                    "--dump-dom", server.url() + "sparql-ui/" + route);
            var dom = org.nonji.export.ExternalTools.run(cmd, tmp);
            assertEquals(0, dom.exit(), dom.err());
            assertTrue(dom.out().contains("data-icon=\"gauge-high\""), route + ": the UI rendered: " + dom.out());
            for (String gone : new String[] {"href=\"#/manage\"", "/upload\"", "/edit\"", "data-icon=\"upload\"",
                    "data-icon=\"pen-to-square\"", ">add data<"}) {
                assertFalse(dom.out().contains(gone), route + ": no " + gone);
            }
            assertFalse(dom.err().contains("Content Security Policy"), "no CSP violation: " + dom.err());
            if (!route.isEmpty()) {   // the query editor, where every write route leads
                assertTrue(dom.out().contains("nonji: positions (who thinks what, with the quote)"),
                        route + ": nonji's examples in the menu (QueryViewPatch applies to this Fuseki UI)");
                assertTrue(dom.out().contains(">nj<") && dom.out().contains(">ent<"), route + ": nonji's prefixes");
            }
        }
    }

    @Test
    void anEntityPageChartsThePositionsOnIt() throws Exception {
        String top = get("kg/sparql?query=" + enc("PREFIX nj: <https://w3id.org/nonji/ont#> SELECT ?t (COUNT(?x) AS ?n) "
                + "WHERE { ?x a nj:Position ; nj:target ?t FILTER (STRSTARTS(STR(?t), "
                + "\"https://w3id.org/nonji/id/entity/\")) } GROUP BY ?t ORDER BY DESC(?n) ?t LIMIT 1"), "text/csv")
                .body().lines().skip(1).findFirst().orElse(",");
        String target = top.substring(0, top.indexOf(','));
        String counts = get("kg/sparql?query=" + enc("PREFIX nj: <https://w3id.org/nonji/ont#> SELECT ?p (COUNT(?x) AS ?n) "
                + "WHERE { ?x a nj:Position ; nj:target <" + target + "> ; nj:polarity ?p } GROUP BY ?p"), "text/csv")
                .body();
        java.util.Map<String, String> n = new java.util.HashMap<>();
        counts.lines().skip(1).forEach(l -> n.put(l.substring(l.indexOf('#') + 1, l.indexOf(',')), l.substring(
                l.indexOf(',') + 1).strip()));
        assertFalse(n.isEmpty(), "positions on " + target + ": " + counts);
        var page = get(target.substring("https://w3id.org/nonji/".length()), BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h2 id=\"charts\">"), page.body());
        assertTrue(page.body().contains("<svg class=\"chart\" role=\"img\""), page.body());
        String described = n.getOrDefault("support", "0") + " support, " + n.getOrDefault("oppose", "0")
                + " oppose, " + n.getOrDefault("doubt", "0") + " doubt";
        assertTrue(page.body().contains(described), described + " in " + page.body());
        assertFalse(page.body().contains("style=\""), "no inline style (the CSP forbids it)");
    }
}
