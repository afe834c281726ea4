package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nonji.export.ExternalTools;
import org.nonji.query.QueryCatalog;

/**
 * Every kind of page the server has, loaded in headless Chromium over the DevTools protocol ({@link Chromium}) as a
 * person would see it, at a desktop's width and again at a phone's: nothing requested off the machine, no script
 * error, console error or failed load (a CSP refusal or a missing script is one), no element made from the hostile
 * essay's markup, no link to this server that leads nowhere (anchors included), a way home, what the page is for
 * visible in its DOM, a layout that fits the phone; and a screenshot of each, desktop and phone, in
 * {@code target/pages/} for a person to look at.
 */
@Tag("slow")
class PagesInChromiumTest {
    @TempDir
    static Path tmp;

    static EndpointServer server;
    static Chromium browser;

    static final Path SHOTS = Path.of(System.getProperty("nonji.basedir", "."), "target", "pages");
    static final int DESK_W = 1200;
    static final int DESK_H = 900;
    /** A common phone's CSS width and height. */
    static final int PHONE_W = 390;
    static final int PHONE_H = 844;

    /** The hostile essay's title, which its pages must show as text. */
    static final String HOSTILE_TITLE = "<script>alert(1)</script> & \"x\" ]]>";

    @BeforeAll
    static void start() throws Exception {
        ExternalTools.require("chromium", Files.isExecutable(Path.of("/usr/bin/chromium"))
                || ExternalTools.onPath("chromium"));
        server = WebFixture.start(tmp);
        browser = Chromium.launch(tmp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void home() throws Exception {
        try (Chromium.Tab tab = visit("home", "?q=" + enc("삼성"), "[...document.querySelectorAll('[data-suggestions]')]"
                + ".some(e => +e.dataset.suggestions > 0)")) {
            assertEquals("2", text(tab, "#n-essays"));
            assertEquals(HOSTILE_TITLE, text(tab, "a[href='/id/essay/h']"), "the hostile title, shown as text");
            assertTrue(count(tab, "a[href='/id/entity/samsung-electronics']") > 0, "home.js suggested 삼성전자");
        }
    }

    @Test
    void queryList() throws Exception {
        try (Chromium.Tab tab = visit("queries", "queries", null)) {
            assertEquals(QueryCatalog.bundled().all().size(), count(tab, "ul.queries > li"));
            assertEquals(QueryCatalog.bundled().all().size(), count(tab, "ul.queries > li > a[href^='/queries/']"));
        }
    }

    @Test
    void aCannedQueryWithItsFormFilledFromTheUrl() throws Exception {
        try (Chromium.Tab tab = visit("query-stances-on", "queries/stances-on?target=" + enc("ent:sovereign-ai"),
                null)) {
            assertEquals("ent:sovereign-ai", eval(tab, "document.querySelector(\"form.params input[name=target]\")"
                    + ".value").getAsString().value());
            assertEquals(3, count(tab, "table.results tbody tr"), "three holders support 소버린 AI");
            assertEquals(3, count(tab, "table.results tbody .pol-support"));
            assertTrue(texts(tab, "table.results tbody td").contains(
                    "삼성전자는 <script>alert(\"x&y\")</script> ]]> javascript:alert(1) 소버린 AI 전략을 지지한다."),
                    "the hostile quote, as text");
        }
    }

    @Test
    void anEntityCard() throws Exception {
        try (Chromium.Tab tab = visit("entity", "id/entity/sovereign-ai", null)) {
            assertEquals("소버린 AI", text(tab, "h1"));
            assertEquals(3, count(tab, "#stances-on-list > li"));
            assertEquals("3 support, 0 oppose, 0 doubt", text(tab, "svg.chart > title"), "the polarity chart");
        }
    }

    @Test
    void anEssayWithItsEvidenceMarked() throws Exception {
        String essay = local(one("SELECT ?e WHERE { ?e a nj:Essay ; dcterms:title ?t "
                + "FILTER CONTAINS(?t, \"<script>\") }"));
        try (Chromium.Tab tab = visit("essay", essay, null)) {
            assertEquals(HOSTILE_TITLE, text(tab, "h1"));
            assertEquals(HOSTILE_TITLE + " — nonji", eval(tab, "document.title").getAsString().value());
            assertEquals(List.of("s0", "s1"), texts(tab, "p.sentence", "id"), "each sentence, anchored");
            assertEquals(List.of("#s0", "#s1"), texts(tab, "p.sentence > a.sn", "getAttribute('href')"));
            assertTrue(text(tab, "#s0").contains("<script>alert(\"x&y\")</script> ]]> javascript:alert(1)"),
                    "the essay's markup is text: " + text(tab, "#s0"));
            assertEquals(List.of("삼성전자", "소버린 AI", "삼성전자", "미국"), texts(tab, "p.sentence .hl-m"),
                    "every entity named, marked");
            assertEquals(List.of("지지한다"), texts(tab, "p.sentence .hl-cue.hl-support"));
            assertEquals(List.of("반대한다"), texts(tab, "p.sentence .hl-cue.hl-oppose"));
            assertEquals(List.of("짓는"), texts(tab, "p.sentence .hl-rel"));
            // (the tab is at the phone's width now) Korean breaks lines between words, not inside one: a marked
            // word split over two lines (지지한 / 다) is hard to read
            assertEquals(List.of(), eval(tab, "[...document.querySelectorAll('p.sentence .hl-m, p.sentence .hl-cue,"
                    + " p.sentence .hl-rel')].filter(e => !/\\s/.test(e.textContent.trim())"
                    + " && e.getClientRects().length > 1).map(e => e.textContent)").getAsArray().stream()
                    .map(v -> v.getAsString().value()).toList(), "marked words split over two lines");
            for (String mark : List.of(".hl-m", ".hl-cue", ".hl-rel")) {
                String line = eval(tab, "getComputedStyle(document.querySelector('p.sentence " + mark + "'))"
                        + ".borderBottomStyle").getAsString().value();
                assertFalse(line.equals("none"), mark + " is underlined, not only classed");
            }
        }
    }

    @Test
    void aStance() throws Exception {
        String stance = local(one("SELECT ?s WHERE { ?s a nj:Stance ; nj:polarity nj:oppose ; nj:essay ?e . "
                + "?e dcterms:title ?t FILTER CONTAINS(?t, \"<script>\") }"));
        try (Chromium.Tab tab = visit("stance", stance, null)) {
            Map<String, String> dl = definitions(tab);
            assertEquals("<b>필자</b>", dl.get("holder"), dl.toString());
            assertEquals("opposes", dl.get("polarity"), dl.toString());
            assertEquals("삼성전자 미국 공장 짓기", dl.get("target"), dl.toString());
            assertTrue(text(tab, "#quote").contains(
                    "우리는 삼성전자가 <img src=x onerror=alert(1)> 미국에 공장을 짓는 것에 반대한다."), text(tab, "#quote"));
            // the context before the quote opens on a whole word of the sentence before (…javascript:alert(1)),
            // not on the cut of a fixed-length selector (…cript:alert(1))
            String before = text(tab, "#quote .ctx");
            assertTrue(before.equals("…") || before.startsWith("…javascript") || before.startsWith("…]]>")
                    || before.startsWith("…소버린"), before);
            assertEquals("반대한다", text(tab, "#quote .hl-cue.hl-oppose"));
            // the vocabulary's terms are explained on this server (the link check finds their anchors there)
            assertEquals(List.of("/ont#oppose", "/ont#Stance"), texts(tab, "details a[href^='/ont#']",
                    "getAttribute('href')"));
            assertEquals(0, count(tab, "a[href^='https://w3id.org/']"), "no link off to the IRIs themselves");
        }
    }

    @Test
    void aRelation() throws Exception {
        String relation = local(one("SELECT ?r WHERE { ?r a nj:Relation ; nj:relationType nj:buildsIn }"));
        try (Chromium.Tab tab = visit("relation", relation, null)) {
            Map<String, String> dl = definitions(tab);
            assertEquals("삼성전자", dl.get("subject"), dl.toString());
            assertEquals("builds in (건설)", dl.get("relation"), dl.toString());
            assertEquals("미국", dl.get("object"), dl.toString());
            assertEquals("짓는", text(tab, "#quote .hl-rel"));
        }
    }

    @Test
    void aPosition() throws Exception {
        String position = local(one("SELECT ?p WHERE { ?p a nj:Position ; nj:polarity nj:oppose }"));
        try (Chromium.Tab tab = visit("position", position, null)) {
            Map<String, String> dl = definitions(tab);
            assertEquals("<b>필자</b>", dl.get("holder"), dl.toString());
            assertEquals("opposes", dl.get("polarity"), dl.toString());
            assertEquals("삼성전자 미국 공장 짓기", dl.get("target"), dl.toString());
            assertEquals("1 stance: 0 support, 1 oppose, 0 doubt", dl.get("weighs"), dl.toString());
            assertTrue(count(tab, "dd a[href$='/stance/1']") > 0, "the stance behind it, linked");
        }
    }

    @Test
    void aPieceOfEvidence() throws Exception {
        String span = local(one("SELECT ?x WHERE { ?x a oa:SpecificResource ; oa:hasSource <"
                + "https://w3id.org/nonji/id/essay/a> } ORDER BY DESC(?x) LIMIT 1"));
        try (Chromium.Tab tab = visit("evidence", span, null)) {
            Map<String, String> dl = definitions(tab);
            assertFalse(dl.getOrDefault("quote", "").isEmpty(), dl.toString());
            assertEquals("“" + dl.get("quote") + "”", text(tab, "h1"), "headed by what it quotes, not its offsets");
            assertEquals("반도체 전략", dl.get("essay"), "the essay by its title");
            assertTrue(dl.getOrDefault("characters", "").matches("\\d+–\\d+"), dl.toString());
            assertEquals(1, count(tab, "dd a.ev[href^='/id/essay/a#s']"), "a link to its sentence in the essay");
        }
    }

    @Test
    void aSentence() throws Exception {
        try (Chromium.Tab tab = visit("sentence", "id/essay/a/sentence/1", null)) {
            assertEquals("Sentence 1 of 반도체 전략", text(tab, "h1"), "named by its place in its essay");
            assertEquals("삼성전자의 HBM은 강하다.", definitions(tab).get("text"));
            assertEquals(1, count(tab, "dd a.ev[href='/id/essay/a#s1']"), "a link to it in the essay's text");
        }
    }

    /** The other resources a card describes, one of each type: the generic checks, its heading and its IRI. */
    @ParameterizedTest
    @ValueSource(strings = {"nj:Author", "nj:Candidate", "nj:Concept", "nj:Rule", "nj:Sentence", "nj:Mention",
            "nj:CoMentionTotal", "oa:SpecificResource"})
    void otherCards(String type) throws Exception {
        String iri = one("SELECT ?x WHERE { ?x a " + type + " FILTER STRSTARTS(STR(?x), \"https://w3id.org/nonji/id/\")"
                + " } ORDER BY ?x LIMIT 1");
        try (Chromium.Tab tab = visit("card-" + type.replace(':', '-'), local(iri), null)) {
            assertFalse(text(tab, "h1").isEmpty(), type + ": a heading");
            assertEquals(iri, text(tab, "p.iri code"), type + ": its IRI");
            if (Set.of("nj:Sentence", "nj:Mention", "nj:CoMentionTotal", "oa:SpecificResource").contains(type)) {
                // named by what it is about, never by the number or hash its IRI ends in ("0", "0-3", "381c…")
                assertFalse(iri.endsWith("/" + text(tab, "h1")), type + ": headed " + text(tab, "h1"));
            }
            if (type.equals("nj:Mention")) {
                assertTrue(text(tab, "h1").matches("“.+” in .+"), text(tab, "h1"));
            }
            if (type.equals("nj:CoMentionTotal")) {
                assertTrue(text(tab, "h1").matches(".+ and .+, named together"), text(tab, "h1"));
            }
        }
    }

    @Test
    void theGraph() throws Exception {
        try (Chromium.Tab tab = visit("graph", "graph", "+document.body.dataset.renderedNodes > 0")) {
            assertTrue(eval(tab, "+document.body.dataset.visibleNodes").getAsNumber().value().intValue() > 0);
            assertTrue(count(tab, "#nodes button") > 0, "the nodes, listed as buttons");
        }
    }

    /**
     * {@code /graph?download=svg} (the essay card's "as SVG" link) draws the graph and hands it over as a file: every
     * shown node a circle with its label, read back by the JDK's XML parser.
     */
    @Test
    void theGraphDownloadsItsPictureAsSvg() throws Exception {
        Path downloads = tmp.resolve("downloads");
        browser.downloadTo(downloads);
        try (Chromium.Tab tab = browser.open(DESK_W, DESK_H)) {
            tab.navigate(server.url() + "graph?download=svg", Duration.ofMillis(300), Duration.ofSeconds(5));
            tab.waitFor("document.body.dataset.svgNodes", Duration.ofSeconds(15));
            assertQuiet("graph as SVG", tab);
            long shown = eval(tab, "+document.body.dataset.visibleNodes").getAsNumber().value().longValue();
            assertTrue(shown > 0);
            assertEquals(shown, eval(tab, "+document.body.dataset.svgNodes").getAsNumber().value().longValue());
            // Chromium writes nonji-graph.svg.crdownload and renames it when the file is whole
            Path svg = downloads.resolve("nonji-graph.svg");
            for (int i = 0; i < 100 && !Files.exists(svg); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(svg), "downloaded: " + svg);
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            assertEquals(shown, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
            assertTrue(Files.readString(svg).contains(">삼성전자<"), "labels in Korean");
        }
    }

    @Test
    void theOntology() throws Exception {
        try (Chromium.Tab tab = visit("ontology", "ont", null)) {
            assertTrue(text(tab, "h1").startsWith("nonji ontology"));
            assertTrue(text(tab, "dt#Stance").contains("nj:Stance"), "classes listed by anchor");
        }
    }

    @Test
    void theSparqlUi() throws Exception {
        try (Chromium.Tab tab = visit("sparql-ui", "sparql-ui/#/dataset/kg/query",
                "document.querySelector('[data-icon=\"gauge-high\"]') && document.querySelector('.CodeMirror')")) {
            assertEquals(0, count(tab, "a[href='#/manage']"), "no write controls");
            // the editor completes prefixes from this server's list (it keeps the list it fetched in localStorage)
            assertTrue(eval(tab, "localStorage.getItem('prefixes') || ''").getAsString().value()
                    .contains("ent: <https://w3id.org/nonji/id/entity/>"), "prefix completion from prefixes.json");
            assertEquals("16px", eval(tab, "getComputedStyle(document.querySelector('svg[data-icon=\"gauge-high\"]'))"
                    + ".height").getAsString().value(), "icons at text size: Font Awesome's CSS applies");
        }
    }

    @Test
    void anUnknownEntity() throws Exception {
        try (Chromium.Tab tab = visit("not-found", "id/entity/no-such-thing", null, 404)) {
            assertEquals("404 Not Found", text(tab, "h1"));
            assertEquals("no such resource", text(tab, "p.error"));
        }
    }

    @Test
    void aCannedQueryWithABadParameter() throws Exception {
        try (Chromium.Tab tab = visit("query-error", "queries/stances-on?target=" + enc("<b>nope</b>"), null, 400)) {
            assertTrue(text(tab, "p.error").contains("unknown entity \"<b>nope</b>\""), text(tab, "p.error"));
            assertEquals("<b>nope</b>", eval(tab, "document.querySelector('input[name=target]').value")
                    .getAsString().value(), "the form keeps what was asked, to correct it");
        }
    }

    /** Linked from every page's navigation: Turtle, which a browser shows as text (no page to lay out). */
    @Test
    void theVoidDescription() throws Exception {
        try (Chromium.Tab tab = browser.open(DESK_W, DESK_H)) {
            tab.navigate(server.url() + ".well-known/void", Duration.ofMillis(300), Duration.ofSeconds(5));
            assertQuiet("void", tab);
            assertEquals("text/turtle", eval(tab, "document.contentType").getAsString().value());
            assertTrue(eval(tab, "document.body.innerText").getAsString().value().contains("void:Dataset"));
            tab.screenshot(SHOTS.resolve("void.png"), 3000);
        }
    }

    // --- the visit and what every page must pass

    /**
     * Opens {@code path} in a new tab, waits for its load (and, if given, until {@code ready} is true), screenshots
     * it, checks what every page must pass at desktop and phone width, and hands the tab back for the page's own
     * checks.
     */
    static Chromium.Tab visit(String name, String path, String ready) throws Exception {
        return visit(name, path, ready, 200);
    }

    /** As above, for a page the server answers with {@code status} (an error page is a page too). */
    static Chromium.Tab visit(String name, String path, String ready, int status) throws Exception {
        Chromium.Tab tab = browser.open(DESK_W, DESK_H);
        try {
            tab.navigate(server.url() + path, Duration.ofMillis(300), Duration.ofSeconds(5));
            if (ready != null) {
                tab.waitFor(ready, Duration.ofSeconds(15));
            }
            tab.screenshot(SHOTS.resolve(name + ".png"), 6000);
            assertQuiet(name, tab, server.url() + path, status);
            assertEquals(0, count(tab, "script:not([src]), [onerror], [onload], img[src='x'], "
                    + "a[href^='javascript:' i], iframe, object, embed"),
                    name + ": no element made from an essay's markup");
            assertEquals(List.of(), browser.unreadable(), "DevTools messages read");
            assertLinksResolve(name, tab);
            if (!path.startsWith("sparql-ui/")) {   // Fuseki's UI has its own navigation
                assertTrue(count(tab, "nav a[href='/']") > 0, name + ": a way back to the home page");
            }
            // the phone: the page loaded again at a phone's width (scripts lay out for the size they start at), with
            // the viewport meta tag honoured as a phone does
            tab.viewport(PHONE_W, PHONE_H, true);
            tab.reload(Duration.ofMillis(300), Duration.ofSeconds(5));
            if (ready != null) {
                tab.waitFor(ready, Duration.ofSeconds(15));
            }
            tab.screenshot(SHOTS.resolve(name + "-phone.png"), 6000);
            long view = eval(tab, "window.innerWidth").getAsNumber().value().longValue();
            // a phone lays a page out at its own width only when the page asks (viewport meta) and nothing on it is
            // wider; otherwise it widens the layout to fit and shrinks it all to unreadable
            assertEquals(PHONE_W, view, name + ": laid out at the phone's width (a viewport meta tag and nothing wider"
                    + " than the screen): " + eval(tab, WIDEST).getAsString().value());
            long wide = eval(tab, "document.documentElement.scrollWidth").getAsNumber().value().longValue();
            assertTrue(wide <= view, name + ": scrolls sideways on a phone (" + wide + " > " + view + " CSS px): "
                    + eval(tab, WIDEST).getAsString().value());
            assertEquals("", eval(tab, OUT_OF_FORM).getAsString().value(), name + ": form fields stay in their form");
            assertQuiet(name + " on a phone", tab, server.url() + path, status);
            return tab;
        } catch (Exception | Error e) {
            tab.close();
            throw e;
        }
    }

    /**
     * What sticks out past the phone's width, for the failure message: the innermost elements that do (none of their
     * children does), with the start of their text.
     */
    static final String WIDEST = "(() => { const out = e => e.getBoundingClientRect().right > " + PHONE_W + " + 0.5;"
            + " return [...document.body.querySelectorAll('*')].filter(e => out(e) && ![...e.children].some(out))"
            + ".slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className"
            + " === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ends at '"
            + " + Math.round(e.getBoundingClientRect().right) + ' «' + (e.textContent || '').trim().slice(0, 40) + '»')"
            + ".join('; '); })()";

    /** A form field whose right edge is past its form's, as text (empty when none). */
    static final String OUT_OF_FORM = "[...document.querySelectorAll('form')].flatMap(f => [...f.querySelectorAll("
            + "'input, select, textarea, button')].filter(i => i.getBoundingClientRect().right"
            + " > f.getBoundingClientRect().right + 0.5).map(i => (i.name || i.id || i.tagName) + ' ends at '"
            + " + Math.round(i.getBoundingClientRect().right) + ' > ' + Math.round(f.getBoundingClientRect().right)))"
            + ".join('; ')";

    /** Links already followed, so each is fetched once for the whole class. */
    static final java.util.Set<String> FOLLOWED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Every link on the page to this server answers (2xx or 3xx), and a link to a place in a page
     * ({@code /id/essay/a#s2}) lands on an element with that id. Hash routes of the SPARQL UI ({@code #/…}) are its
     * own business.
     */
    static void assertLinksResolve(String name, Chromium.Tab tab) throws Exception {
        List<String> broken = new ArrayList<>();
        for (String href : texts(tab, "a[href]", "href")) {
            if (!href.startsWith(server.url()) || !FOLLOWED.add(href)) {
                continue;
            }
            java.net.URI uri = java.net.URI.create(href);
            String fragment = uri.getFragment();
            String path = href.substring(server.url().length(), href.contains("#") ? href.indexOf('#') : href.length());
            var r = WebFixture.get(server, path, WebFixture.BROWSER);
            if (r.statusCode() >= 400) {
                broken.add(href + " → " + r.statusCode());
            } else if (fragment != null && !fragment.isEmpty() && !fragment.startsWith("/")
                    && !r.body().contains("id=\"" + fragment + "\"")) {
                broken.add(href + " → no id=\"" + fragment + "\" in the page");
            }
        }
        assertEquals(List.of(), broken, name + ": links that lead nowhere");
    }

    /** Nothing off the machine, no failed or refused load, no script error, no error in the console or the log. */
    static void assertQuiet(String name, Chromium.Tab tab) {
        assertQuiet(name, tab, null, 200);
    }

    /**
     * As above; the page at {@code page} itself is answered with {@code status}, and Chromium's log line for that
     * status of the page (not of anything it loads) is expected.
     */
    static void assertQuiet(String name, Chromium.Tab tab, String page, int status) {
        List<String> problems = new ArrayList<>();
        boolean answered = page == null;
        String doc = page == null || !page.contains("#") ? page : page.substring(0, page.indexOf('#'));   // not sent
        for (JsonObject e : tab.events("Network.requestWillBeSent")) {
            String url = e.getObj("request").getString("url");
            if (!url.startsWith(server.url()) && !url.startsWith("data:") && !url.startsWith("blob:")
                    && !url.startsWith("about:")) {
                problems.add("request off the server: " + url);
            }
        }
        for (JsonObject e : tab.events("Network.responseReceived")) {
            JsonObject r = e.getObj("response");
            if (r.getString("url").equals(doc) && e.getString("type").equals("Document")) {
                answered = true;
                if (r.getNumber("status").intValue() != status) {
                    problems.add("HTTP " + r.getNumber("status") + " for the page, not " + status);
                }
            } else if (r.getNumber("status").intValue() >= 400) {
                problems.add("HTTP " + r.getNumber("status") + ": " + r.getString("url"));
            }
        }
        for (JsonObject e : tab.events("Network.loadingFailed")) {
            if (e.hasKey("canceled") && e.getBoolean("canceled")) {
                continue;   // the browser dropped it (a reload, a poll left behind): nothing failed to load
            }
            problems.add("load failed: " + e.getString("errorText") + " " + JSON.toStringFlat(e));
        }
        for (JsonObject e : tab.events("Runtime.exceptionThrown")) {
            problems.add("script error: " + JSON.toStringFlat(e.get("exceptionDetails")));
        }
        for (JsonObject e : tab.events("Runtime.consoleAPICalled")) {
            String type = e.getString("type");
            if (type.equals("error") || type.equals("assert")) {
                problems.add("console." + type + ": " + JSON.toStringFlat(e.get("args")));
            }
        }
        for (JsonObject e : tab.events("Log.entryAdded")) {
            JsonObject entry = e.getObj("entry");
            boolean pageStatus = status >= 400 && doc != null && doc.equals(entry.hasKey("url")
                    ? entry.getString("url") : null) && entry.getString("source").equals("network");
            if (entry.getString("level").equals("error") && !pageStatus) {
                problems.add("log (" + entry.getString("source") + "): " + entry.getString("text")
                        + (entry.hasKey("url") ? " at " + entry.getString("url") : ""));
            }
        }
        if (!answered) {
            problems.add("no answer seen for " + doc);
        }
        assertEquals(List.of(), problems, name + ": the page loads clean");
    }

    // --- reading the page

    static JsonValue eval(Chromium.Tab tab, String expression) throws IOException {
        return tab.eval(expression);
    }

    static long count(Chromium.Tab tab, String selector) throws IOException {
        return eval(tab, "document.querySelectorAll(" + js(selector) + ").length").getAsNumber().value().longValue();
    }

    /** The first match's text as a person reads it (markup in the source shows as characters). */
    static String text(Chromium.Tab tab, String selector) throws IOException {
        JsonValue v = eval(tab, "(document.querySelector(" + js(selector) + ") || {}).textContent");
        assertTrue(v.isString(), "no " + selector);
        return v.getAsString().value().strip();
    }

    static List<String> texts(Chromium.Tab tab, String selector) throws IOException {
        return texts(tab, selector, "textContent.trim()");
    }

    /** A property (or a call such as {@code getAttribute('href')}) of every match, in document order. */
    static List<String> texts(Chromium.Tab tab, String selector, String property) throws IOException {
        List<String> out = new ArrayList<>();
        eval(tab, "[...document.querySelectorAll(" + js(selector) + ")].map(e => e." + property + ")")
                .getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    /** A card's first definition list as term → text. */
    static Map<String, String> definitions(Chromium.Tab tab) throws IOException {
        Map<String, String> out = new TreeMap<>();
        JsonObject dl = eval(tab, "Object.fromEntries([...document.querySelectorAll('dl:first-of-type > dt')]"
                + ".map(dt => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]))").getAsObject();
        dl.forEach((k, v) -> out.put(k, v.getAsString().value()));
        return out;
    }

    static String js(String s) {
        return JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(s));
    }

    // --- finding resources to look at

    /** The only value of a one-variable SELECT against the server's endpoint. */
    static String one(String select) throws Exception {
        String q = "PREFIX nj: <https://w3id.org/nonji/ont#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "PREFIX oa: <http://www.w3.org/ns/oa#> " + select;
        var r = WebFixture.get(server, "kg/sparql?query=" + enc(q), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = r.body().lines().skip(1).toList();
        assertEquals(1, rows.size(), select + " → " + r.body());
        return rows.get(0).strip();
    }

    /** The server path of a minted IRI. */
    static String local(String iri) {
        assertTrue(iri.startsWith("https://w3id.org/nonji/"), iri);
        return iri.substring("https://w3id.org/nonji/".length());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
