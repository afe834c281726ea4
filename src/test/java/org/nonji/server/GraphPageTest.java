package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.export.ExternalTools;

/** The /graph page, its script and data over a real server, and the page drawn by a headless Chromium. */
@Tag("slow")
class GraphPageTest {
    @TempDir
    static Path tmp;

    static EndpointServer server;

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

    @Test
    void pageScriptsAndDataAreServed() throws Exception {
        var page = WebFixture.get(server, "graph", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(WebFixture.contentType(page).startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        assertTrue(page.body().contains("<script src=\"/webjars/cytoscape.min.js\"></script>"), page.body());
        var lib = WebFixture.get(server, "webjars/cytoscape.min.js", null);
        assertEquals(200, lib.statusCode());
        assertTrue(WebFixture.contentType(lib).startsWith("application/javascript"));
        assertTrue(lib.body().length() > 100_000 && lib.body().contains("cytoscape"));
        var js = WebFixture.get(server, "graph/graph.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(WebFixture.contentType(js).startsWith("application/javascript"));
        assertEquals(200, WebFixture.get(server, "web/nonji.css", null).statusCode());

        var data = WebFixture.get(server, "graph/data.json", null);
        assertEquals(200, data.statusCode());
        assertTrue(WebFixture.contentType(data).startsWith("application/json"), WebFixture.contentType(data));
        JsonObject root = JSON.parse(data.body());
        int all = root.get("elements").getAsObject().get("nodes").getAsArray().size();
        assertTrue(all > 3, data.body());
        assertTrue(root.get("elements").getAsObject().get("edges").getAsArray().size() > 0, data.body());
        assertEquals(2, root.get("essays").getAsArray().size(), data.body());
    }

    @Test
    void dataFiltersAndRefusesBadParameters() throws Exception {
        var actors = JSON.parse(WebFixture.get(server, "graph/data.json?kind=Actor,Strategy", null).body());
        for (JsonValue n : actors.get("elements").getAsObject().get("nodes").getAsArray()) {
            String kind = n.getAsObject().get("data").getAsObject().get("kind").getAsString().value();
            assertTrue(List.of("Actor", "Strategy", "Author").contains(kind), kind);
        }
        String essay = URLEncoder.encode("https://w3id.org/nonji/id/essay/h", StandardCharsets.UTF_8);
        var one = JSON.parse(WebFixture.get(server, "graph/data.json?essay=" + essay, null).body());
        for (JsonValue n : one.get("elements").getAsObject().get("nodes").getAsArray()) {
            assertTrue(n.getAsObject().get("data").getAsObject().get("essays").getAsArray().toString()
                    .contains("essay/h"), n.toString());
        }
        // co-mentions on demand: association edges only when asked for
        String plain = WebFixture.get(server, "graph/data.json", null).body();
        String with = WebFixture.get(server, "graph/data.json?coMentions=true", null).body();
        assertTrue(!plain.contains("\"coMention\"") && with.contains("\"coMention\""), with);
        assertEquals(400, WebFixture.get(server, "graph/data.json?coMentions=yes", null).statusCode());
        assertEquals(400, WebFixture.get(server, "graph/data.json?kind=Bogus", null).statusCode());
        assertEquals(400, WebFixture.get(server, "graph/data.json?kind=Actor,", null).statusCode());
        assertEquals(400, WebFixture.get(server, "graph/data.json?essay=not-an-iri", null).statusCode());
        assertEquals(400, WebFixture.get(server, "graph/data.json?essay="
                + URLEncoder.encode("https://x/> } ; DROP <y", StandardCharsets.UTF_8), null).statusCode());
    }

    @Test
    void chromiumDrawsTheGraph() throws Exception {
        ExternalTools.require("chromium", ExternalTools.onPath("chromium"));
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        List<String> base = List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000");
        var dom = ExternalTools.run(concat(base, "--dump-dom", server.url() + "graph"), tmp);
        assertEquals(0, dom.exit(), dom.err());
        Matcher m = Pattern.compile("<body[^>]*\\bdata-rendered-nodes=\"(\\d+)\"").matcher(dom.out());
        assertTrue(m.find(), "no rendered-nodes mark in the DOM: " + dom.out() + "\n" + dom.err());
        assertTrue(Integer.parseInt(m.group(1)) > 0, dom.out());
        assertTrue(dom.out().contains("data-rendered-edges=\""), dom.out());
        // unconnected nodes are hidden until asked for, and the layout is the same on every load
        Matcher visible = Pattern.compile("data-visible-nodes=\"(\\d+)\"").matcher(dom.out());
        assertTrue(visible.find(), dom.out());
        assertTrue(Integer.parseInt(visible.group(1)) < Integer.parseInt(m.group(1)), "some nodes hidden: " + dom.out());
        assertTrue(Integer.parseInt(visible.group(1)) > 0, "and some shown: " + dom.out());
        // without a pointer: every shown node is a button in the side list (Tab to it, Enter shows its card and
        // its edges as buttons that bring up their evidence)
        assertTrue(dom.out().contains("data-listed-nodes=\"" + visible.group(1) + "\""), dom.out());
        Matcher list = Pattern.compile("<ol id=\"nodes\">(.*?)</ol>", Pattern.DOTALL).matcher(dom.out());
        assertTrue(list.find(), dom.out());
        assertEquals(Integer.parseInt(visible.group(1)), list.group(1).split("<button type=\"button\">", -1).length - 1,
                list.group(1));
        Matcher layout = Pattern.compile("data-layout=\"(-?\\d+)\"").matcher(dom.out());
        assertTrue(layout.find(), dom.out());
        Path again = Files.createDirectories(tmp.resolve("chromium-profile-2"));
        List<String> second = new java.util.ArrayList<>(base);
        second.set(second.indexOf("--user-data-dir=" + profile), "--user-data-dir=" + again);
        var reload = ExternalTools.run(concat(second, "--dump-dom", server.url() + "graph"), tmp);
        assertTrue(reload.out().contains("data-layout=\"" + layout.group(1) + "\""), "same layout on reload: "
                + layout.group(1) + " vs " + reload.out());
        assertTrue(dom.out().contains("id=\"png\""), "a PNG download");
        // and an SVG one: PagesInChromiumTest.theGraphDownloadsItsPictureAsSvg, which receives the file (here
        // chromium --dump-dom of /graph?download=svg printed the page, then often never exited, hanging the build)
        // opened for one essay (the essay card's link): that essay once in the list, by its title
        Matcher option = Pattern.compile("<option value=\"(https://w3id.org/nonji/id/essay/[^\"]+)\">([^<]*)<")
                .matcher(dom.out());
        assertTrue(option.find(), dom.out());
        String essay = option.group(1);
        Path third = Files.createDirectories(tmp.resolve("chromium-profile-3"));
        List<String> one = new java.util.ArrayList<>(base);
        one.set(one.indexOf("--user-data-dir=" + profile), "--user-data-dir=" + third);
        String forEssay = ExternalTools.run(concat(one, "--dump-dom", server.url() + "graph?essay="
                + URLEncoder.encode(essay, StandardCharsets.UTF_8)), tmp).out();
        assertEquals(1, forEssay.split(Pattern.quote("value=\"" + essay + "\""), -1).length - 1, forEssay);
        assertTrue(forEssay.contains("value=\"" + essay + "\" selected=\"\">" + option.group(2) + "<")
                || forEssay.contains(">" + option.group(2) + "</option>"), "named by its title: " + forEssay);

        // opened for one node (an entity card's link): its card in the panel, its edges as buttons to their evidence
        Matcher node = Pattern.compile("\"source\"\\s*:\\s*\"([^\"]+)\"").matcher(WebFixture.get(server, "graph/data.json",
                null).body());
        assertTrue(node.find());
        Path fourth = Files.createDirectories(tmp.resolve("chromium-profile-4"));
        List<String> picked = new java.util.ArrayList<>(base);
        picked.set(picked.indexOf("--user-data-dir=" + profile), "--user-data-dir=" + fourth);
        String forNode = ExternalTools.run(concat(picked, "--dump-dom", server.url() + "graph?select="
                + URLEncoder.encode(node.group(1), StandardCharsets.UTF_8)), tmp).out();
        Matcher links = Pattern.compile("<ol id=\"links\">(.*?)</ol>", Pattern.DOTALL).matcher(forNode);
        assertTrue(links.find(), forNode);
        assertTrue(links.group(1).contains("<button type=\"button\">→ "), links.group(1));

        Path png = tmp.resolve("graph.png");
        var shot = ExternalTools.run(concat(base, "--screenshot=" + png, "--window-size=1200,800",
                server.url() + "graph"), tmp);
        assertEquals(0, shot.exit(), shot.err());
        assertTrue(Files.exists(png), shot.err());
        // a blank 1200x800 page compresses to a few KB; a drawn graph with labels does not
        assertTrue(Files.size(png) > 10_000, "screenshot only " + Files.size(png) + " bytes");
        Path keep = Path.of(System.getProperty("nonji.basedir", "."), "target", "graph-page.png");
        Files.createDirectories(keep.getParent());
        Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }
}
