package org.nonji.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.junit.jupiter.api.Test;

/**
 * A canned query's ordered page is kept as a top-N while it runs, not sorted whole: ARQ does that only for pages
 * under its threshold, 1,000 rows by default, which is exactly a canned query's default page.
 */
class TopNPagesTest {
    private static Op optimised(String name, Map<String, String> params) {
        CannedQuery q = QueryCatalog.bundled().get(name);
        Query paged = QueryRunner.paged(q, QueryRunner.parse(q.name(), q.sparql()), new HashMap<>(params));
        return Algebra.optimize(Algebra.compile(paged));
    }

    @Test
    void theDefaultPageOfAnOrderedQueryIsATopN() {
        QueryRunner.tuneArq();
        assertTrue(optimised("co-mentions", Map.of()).toString().contains("(top (1000"),
                () -> optimised("co-mentions", Map.of()).toString());
    }

    @Test
    void eachRankedRunOfAPageCutFromAUnionIsATopNToThePagesEndAndOneRowMore() {
        QueryRunner.tuneArq();
        String op = optimised("stance-conflicts", Map.of("offset", "50")).toString();
        assertEquals(2, op.split("\\(top \\(1051 ", -1).length - 1, op);
        assertTrue(op.contains("(slice 50 1000"), op);
    }

    @Test
    void aPageBeyondTheThresholdIsSortedWhole() {
        QueryRunner.tuneArq();
        String op = optimised("stance-conflicts", Map.of("limit", "200000")).toString();
        assertFalse(op.contains("(top "), op);
        assertTrue(op.contains("(order "), op);
    }
}
