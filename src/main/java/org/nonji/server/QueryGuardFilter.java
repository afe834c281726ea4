package org.nonji.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;

/**
 * Refuses queries with an OFFSET over a bound (400) before Fuseki runs them. ARQ skips an OFFSET while it builds
 * the query's iterators, before the timeout can cancel anything, so {@code OFFSET 100000000} over a cross join
 * would hold a CPU far beyond the timeout. Parse errors are left to Fuseki, which answers them with 400.
 */
final class QueryGuardFilter implements Filter {
    static final long MAX_OFFSET = 1_000_000;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String contentType = req.getContentType() == null ? "" : req.getContentType();
        String queryText = null;
        ServletRequest forward = request;
        if ("POST".equals(req.getMethod()) && contentType.startsWith("application/sparql-query")) {
            byte[] body = req.getInputStream().readAllBytes();   // bounded by RequestLimitFilter
            queryText = new String(body, StandardCharsets.UTF_8);
            forward = new BufferedRequest(req, body);
        } else if ("GET".equals(req.getMethod()) || contentType.startsWith("application/x-www-form-urlencoded")) {
            // the container parses (and keeps) the parameters, so the servlet still sees them
            queryText = req.getParameter("query");
        }
        if (queryText != null && offsetTooLarge(queryText)) {
            ((HttpServletResponse) response).sendError(400, "OFFSET over " + MAX_OFFSET + " is refused");
            return;
        }
        chain.doFilter(forward, response);
    }

    static boolean offsetTooLarge(String sparql) {
        Query q;
        try {
            q = QueryFactory.create(sparql);
        } catch (QueryParseException | StackOverflowError e) {
            return false;
        }
        if (q.getOffset() > MAX_OFFSET) {
            return true;
        }
        boolean[] found = {false};
        if (q.getQueryPattern() != null) {
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery el) {
                    if (el.getQuery().getOffset() > MAX_OFFSET || offsetTooLarge(el.getQuery().toString())) {
                        found[0] = true;
                    }
                }
            });
        }
        return found[0];
    }
}
