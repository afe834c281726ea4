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
    static final String BROWSER = WebFixture.BROWSER;

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
        // the statements read from a sentence are listed under it, each linking to its own page; the unnamed
        // author is 필자 there, not "필자: <the essay's title>" again
        assertTrue(body.contains("<a href=\"/id/essay/a/stance/0\">필자 supports 소버린 AI</a>"), body);
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

    @Test
    void aStancePageSaysWhoHoldsWhatWithTheQuoteFlagsAndRules() throws Exception {
        String body = page("id/essay/a/stance/1");
        assertTrue(body.contains("<title>Zentrix supports 소버린 AI — nonji</title>"), body);
        assertTrue(body.contains("<h1>Zentrix supports 소버린 AI</h1>"), body);
        String quote = element(body, "blockquote", "quote");
        assertTrue(quote.contains("<span class=\"hl-cue hl-support\">지지한다</span>"), quote);
        assertTrue(quote.replaceAll("<[^>]+>", "").contains("Zentrix는 소버린 AI 전략을 지지한다"), quote);
        assertTrue(hrefs(body).contains("/id/essay/a#s3"), "a link to the sentence in its essay: " + body);
        assertTrue(body.contains("<dt>holder</dt><dd><a href=\"/id/candidate/zentrix\">Zentrix</a></dd>"), body);
        assertTrue(body.contains("<dt>target</dt><dd><a href=\"/id/entity/sovereign-ai\">소버린 AI</a></dd>"), body);
        assertTrue(body.contains("<span class=\"pol pol-support\">supports</span>"), body);
        String flags = element(body, "ul", "flags");
        for (String off : new String[] {"negated", "hedged", "conceded"}) {
            assertTrue(flags.contains("<li class=\"flag off\">not " + off + "</li>"), flags);
        }
        assertTrue(flags.contains("<li class=\"flag on\"><b>reported</b>"), "Zentrix's view, not the author's: "
                + flags);
        assertTrue(Pattern.compile("<dt>rules</dt><dd><ol class=\"rules\"><li><a href=\"/id/rule/[^\"]+\">")
                .matcher(body).find(), "the rules that produced it: " + body);
    }

    @Test
    void aHostileStancePageIsEscapedAndSaysItsPolarityInWords() throws Exception {
        String body = page("id/essay/h/stance/1");
        assertTrue(body.contains("<h1>&lt;b&gt;필자&lt;/b&gt; opposes "), body);
        assertTrue(element(body, "blockquote", "quote").contains("&lt;img src=x onerror=alert(1)&gt;"), body);
        assertTrue(body.contains("<span class=\"hl-cue hl-oppose\">반대한다</span>"), body);
        assertTrue(hrefs(body).contains("/id/essay/h#s1"), body);
    }

    @Test
    void aRelationPageAndTheEntityCardReadInTheRelationsDirection() throws Exception {
        String body = page("id/essay/h/relation/0");
        assertTrue(body.contains("<h1>삼성전자 builds in 미국</h1>"), body);
        assertTrue(body.contains("<dt>subject</dt><dd><a href=\"/id/entity/samsung-electronics\">삼성전자</a>"), body);
        assertTrue(element(body, "blockquote", "quote").contains("<span class=\"hl-rel\">짓는</span>"), body);
        assertTrue(hrefs(body).contains("/id/essay/h#s1"), body);
        Matcher object = Pattern.compile("<dt>object</dt><dd><a href=\"(/id/[^\"]+)\">미국</a>").matcher(body);
        assertTrue(object.find(), body);

        String usa = page(object.group(1).substring(1));
        assertFalse(usa.contains("Relations in"), usa);
        assertTrue(usa.contains("Relations to it"), usa);
        assertTrue(usa.contains("<a href=\"/id/entity/samsung-electronics\">삼성전자</a> <span class=\"rel\">builds in"
                + "</span> <b>미국</b>"), "subject, relation, then this entity: " + usa);
        String samsung = page("id/entity/samsung-electronics");
        assertTrue(samsung.contains("<b>삼성전자</b> <span class=\"rel\">builds in</span> <a href=\""
                + object.group(1) + "\">미국</a>"), samsung);
    }

    @Test
    void listsOnACardPageBeyondFifty(@TempDir Path own) throws Exception {
        Path in = own.resolve("in");
        java.nio.file.Files.createDirectories(in);
        StringBuilder text = new StringBuilder("많은 문장\n");
        for (int i = 0; i < 60; i++) {
            text.append("삼성전자는 HBM을 지지한다. ");
        }
        java.nio.file.Files.writeString(in.resolve("many.txt"), text.append('\n').toString());
        EndpointServer many = WebFixture.serve(own, in, o -> o);
        try {
            HttpResponse<String> first = WebFixture.get(many, "id/entity/samsung-electronics", BROWSER);
            assertEquals(200, first.statusCode(), first.body());
            String body = first.body();
            assertCspClean("card", body);
            assertTrue(body.contains("<h2 id=\"mentions\">Mentions <small>(1–50 of more)</small></h2>"), body);
            assertEquals(50, count(element(body, "ul", "mentions-list"), "<li>"), body);
            assertTrue(body.contains("<a rel=\"next\" href=\"?list=mentions&amp;page=2#mentions\">more →</a>"),
                    body);
            assertTrue(body.contains("<a rel=\"next\" href=\"?list=stances-by&amp;page=2#stances-by\">"), body);

            HttpResponse<String> second = WebFixture.get(many, "id/entity/samsung-electronics?list=mentions&page=2",
                    BROWSER);
            assertEquals(200, second.statusCode(), second.body());
            String two = second.body();
            assertTrue(two.contains("<h2 id=\"mentions\">Mentions <small>(51–60)</small></h2>"), two);
            assertEquals(10, count(element(two, "ul", "mentions-list"), "<li>"), two);
            assertTrue(two.contains("<a rel=\"prev\" href=\"?list=mentions&amp;page=1#mentions\">"), two);
            assertTrue(hrefs(two).contains("/id/essay/many#s60"), "the last mention's sentence: " + two);
            // the other lists stay on their first page
            assertTrue(two.contains("<h2 id=\"stances-by\">Stances it holds <small>(1–50 of more)</small>"), two);

            for (String bad : new String[] {"?list=mentions&page=0", "?list=mentions&page=x", "?page=2",
                    "?list=%3Cb%3E&page=2"}) {
                HttpResponse<String> r = WebFixture.get(many, "id/entity/samsung-electronics" + bad, BROWSER);
                assertEquals(400, r.statusCode(), bad + ": " + r.body());
                // the error page's own nav bolds the name; the list name asked for is never echoed as markup
                assertFalse(r.body().replace("<b>nonji</b>", "").contains("<b>"), r.body());
            }
        } finally {
            many.stop();
        }
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
