package org.nonji.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.nonji.TestKit;

class QueryCatalogTest {
    @Test
    void everyQueryFileIsListedParsesAndHasAHeader() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(TestKit.basedir().resolve("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        QueryCatalog catalog = QueryCatalog.bundled();
        assertEquals(files.size(), catalog.all().size(), "queries/index.txt lists every .rq file");
        for (String f : files) {
            CannedQuery q = catalog.get(QueryCatalog.nameOf(f));
            assertFalse(q.title().isBlank());
            assertFalse(q.description().isBlank());
            Query parsed = QueryRunner.parse(q.name(), q.sparql());
            for (CannedQuery.Param p : q.params()) {
                assertTrue(parsed.toString().contains("?" + p.name()), q.name() + " uses ?" + p.name());
            }
        }
    }

    @Test
    void contractColumnsAreExactlyAsDesigned() {
        QueryCatalog catalog = QueryCatalog.bundled();
        assertEquals(List.of("essay", "entity", "kind", "label"),
                QueryRunner.parse("m", catalog.get("mentions").sparql()).getResultVars());
        assertEquals(List.of("essay", "holder", "target", "targetLabel", "polarity", "quote"),
                QueryRunner.parse("s", catalog.get("stances").sparql()).getResultVars());
    }

    @Test
    void iriParametersAcceptFragmentsAndRefuseRelativeOrInjectedValues() {
        CannedQuery.Param p = new CannedQuery.Param("x", "iri", "");
        assertEquals("https://w3id.org/nonji/ont#Company", QueryRunner.term(p, "https://w3id.org/nonji/ont#Company").getURI());
        for (String bad : List.of("foo/bar", "<x> } ; DROP ALL", "http://a b")) {
            org.junit.jupiter.api.Assertions.assertThrows(org.nonji.NonjiException.class, () -> QueryRunner.term(p, bad),
                    bad);
        }
        CannedQuery.Param s = new CannedQuery.Param("q", "string", "");
        assertEquals("\"x\" } DROP ALL #", QueryRunner.term(s, "\"x\" } DROP ALL #").getLiteralLexicalForm());
    }

    @Test
    void descriptionContinuationLinesKeepTheirColons() {
        CannedQuery q = CannedQuery.parse("x", """
                # title: T
                # description: First line
                #   essays name them: number of mentions (oa:start, code points), e.g. https://example.org/a
                #   last line.
                # param: a iri The thing: an IRI
                # example: query x --param a=b
                #   not a description line: it follows an example
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertEquals("First line essays name them: number of mentions (oa:start, code points), "
                + "e.g. https://example.org/a last line.", q.description());
        assertEquals("The thing: an IRI", q.params().get(0).description());
        assertTrue(QueryCatalog.bundled().get("actors-by-mentions").description()
                .contains("essays name them: number of mentions"));
    }
}
