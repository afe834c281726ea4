package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence in context over a real server: the essay page shows the text sentence by sentence with its marks, every
 * evidence link lands on its sentence, statements have pages that say what they state, and long lists page.
 */
@Tag("slow")
class EvidencePagesTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

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

    static String page(String path) throws Exception {
        HttpResponse<String> r = WebFixture.get(server, path, BROWSER);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(WebFixture.contentType(r).startsWith("text/html"), WebFixture.contentType(r));
        String body = r.body();
        assertCspClean(path, body);
        return body;
    }

    /** No inline script, style element or attribute, or event handler: the CSP would block them. */
    static void assertCspClean(String path, String body) {
        // essay text is escaped, so every '<' left opens a real tag
        Matcher inline = Pattern.compile("<(script|style)\\b(?![^>]*\\bsrc=)|<[a-zA-Z][^>]*\\s(on[a-z]+|style)\\s*=",
                Pattern.CASE_INSENSITIVE).matcher(body);
        assertFalse(inline.find(), path + " carries inline code or style: " + (inline.hitEnd() ? "" : inline.group())
                + " in " + body);
        assertFalse(body.contains("href=\"javascript:"), path + ": " + body);
    }

    /** The contents of the element with this id, up to its closing tag (no nesting of the same tag inside). */
    static String element(String body, String tag, String id) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</" + tag
                + ">", Pattern.DOTALL).matcher(body);
        assertTrue(m.find(), "no <" + tag + " id=" + id + "> in " + body);
        return m.group(1);
    }

    static List<String> hrefs(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theEssayPageShowsItsTextSentenceBySentenceWithTheEvidenceMarked() throws Exception {
        String body = page("id/essay/a");
        String zentrix = element(body, "p", "s3");
        assertTrue(zentrix.replaceAll("<[^>]+>", "").contains("Zentrix는 소버린 AI 전략을 지지한다."), zentrix);
        // the entity named is a link to its card, the stance cue is coloured by polarity and says what it means
        assertTrue(zentrix.contains("<a href=\"/id/entity/sovereign-ai\" class=\"hl-m\""), zentrix);
        assertTrue(zentrix.contains("<span class=\"hl-cue hl-support\" title=\"Zentrix supports 소버린 AI\">지지한다"
                + "</span>"), zentrix);
        assertTrue(body.contains("class=\"hl-legend\""), "a legend says what the marks mean");
        assertTrue(element(body, "p", "s1").replaceAll("<[^>]+>", "").contains("삼성전자의 HBM은 강하다."), body);
        // the statements read from a sentence are listed under it, each linking to its own page
        assertTrue(body.contains("href=\"/id/essay/a/stance/"), body);
    }

    @Test
    void aHostileEssaysTextIsEscapedInsideItsMarks() throws Exception {
        String body = page("id/essay/h");
        String first = element(body, "p", "s0");
        assertTrue(first.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;"), first);
        assertTrue(first.contains("class=\"hl-m\""), first);
        assertTrue(element(body, "p", "s1").contains("&lt;img src=x onerror=alert(1)&gt;"), body);
        assertFalse(body.contains("<img"), body);
    }

    @Test
    void evidenceLinksLandOnTheirSentence() throws Exception {
        String card = page("id/entity/sovereign-ai");
        List<String> links = hrefs(card);
        assertTrue(links.contains("/id/essay/a#s2"), "a mention links to its sentence: " + links);
        assertTrue(links.contains("/id/essay/a#s3"), "a stance links to its sentence: " + links);
        String essay = page("id/essay/a");
        for (String l : links) {
            if (l.startsWith("/id/essay/a#")) {
                assertTrue(essay.contains("id=\"" + l.substring(l.indexOf('#') + 1) + "\""), l + " has a target");
            }
        }
        String quotes = page("queries/quotes-for-entity?entity=sovereign-ai");
        assertTrue(hrefs(quotes).contains("/id/essay/a#s3"), "canned query rows link to the sentence: " + quotes);
    }
}
