package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concept IRIs percent-encode their whole label, '%' and '/' included: a real server dereferences them, while paths
 * that only look like them (dot segments, a second segment, control characters) stay refused.
 */
class ConceptIrisTest {
    @TempDir
    static Path tmp;
    static EndpointServer server;

    @BeforeAll
    static void start() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("p.txt"), "제목\n우리에게는 점유율 10% 확대 전략이 필요하다. AI/반도체 동맹 전략이 필요하다.\n",
                StandardCharsets.UTF_8);
        server = WebFixture.serve(tmp, in, o -> o);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void conceptsWithPercentOrSlashInTheirLabelDereference() throws Exception {
        var listing = WebFixture.get(server, "queries/mentions?format=csv&limit=all", null);
        List<String> concepts = listing.body().lines().filter(l -> l.contains(",Concept,"))
                .map(l -> l.split(",")[1]).toList();
        assertTrue(concepts.stream().anyMatch(i -> i.contains("%25")), listing.body());
        assertTrue(concepts.stream().anyMatch(i -> i.contains("%2F")), listing.body());
        for (String iri : concepts) {
            String path = iri.substring(iri.indexOf("/id/") + 1);
            var ttl = WebFixture.get(server, path, "text/turtle");
            assertEquals(200, ttl.statusCode(), path + ": " + ttl.body());
            assertTrue(ttl.body().contains("Concept"), ttl.body());
            assertEquals(200, WebFixture.get(server, path, "text/html").statusCode(), path);
        }
        for (String bad : List.of("id/concept/%2e%2e", "id/concept/a/b", "id/concept/%0A", "id/entity/%25",
                "id/concept/")) {
            assertEquals(400, WebFixture.get(server, bad, "text/turtle").statusCode(), bad);
        }
    }

    @Test
    void hangulCandidateSlugsWithPunctuationAreLookedUpNotRefused() throws Exception {
        // a Hangul candidate's IRI is its surface URL-encoded whole: '*' stays, '%' becomes %25 (not in this store:
        // 404, where a refused path would be 400)
        for (String path : List.of("id/candidate/%ED%95%9C%EA%B2%B0*", "id/candidate/%ED%95%9C%EA%B2%B010%25")) {
            assertEquals(404, WebFixture.get(server, path, "text/turtle").statusCode(), path);
        }
        for (String bad : List.of("id/candidate/a/b", "id/candidate/%0A", "id/candidate/")) {
            assertEquals(400, WebFixture.get(server, bad, "text/turtle").statusCode(), bad);
        }
    }

    @Test
    void encodedSeparatorsDoNotSlipPastTheQueryGuard() throws Exception {
        // allowing ambiguous encodings for concept IRIs must not let a query reach Fuseki around the filters
        String query = java.net.URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } OFFSET 100000000", StandardCharsets.UTF_8);
        for (String path : List.of("kg/sparql", "kg%2Fsparql", "kg%2fsparql", "%6Bg/sparql", "kg/%73parql")) {
            int status = WebFixture.get(server, path + "?query=" + query, null).statusCode();
            assertTrue(status == 400 || status == 404, path + ": " + status);
        }
    }
}
