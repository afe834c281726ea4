package org.nonji.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Refuses queries with an OFFSET over a bound, or a full-text regular expression too complex for Lucene, with 400
 * before Fuseki runs them. ARQ skips an OFFSET while it builds
 * the query's iterators, before the timeout can cancel anything, so {@code OFFSET 100000000} over a cross join
 * would hold a CPU far beyond the timeout. Parse errors are left to Fuseki, which answers them with 400.
 *
 * <p>The query is read wherever Fuseki would read it: the {@code query} parameter of a GET, of a form body or of
 * the URL of a POST without Content-Type, and the body of a POST whose media type is
 * {@code application/sparql-query} in any case and with any parameters.
 */
final class QueryGuardFilter implements Filter {
    static final long MAX_OFFSET = 1_000_000;
    /** The request attribute with the parsed queries, for {@link QueryPermits} to weigh. */
    static final String QUERIES = "org.nonji.server.queries";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        ServletRequest forward = request;
        List<String> queries = new ArrayList<>();
        String method = req.getMethod();
        if ("GET".equals(method) || "POST".equals(method)) {
            // GET, form bodies and a POST without Content-Type (?query= in the URL) all reach Fuseki as the
            // parameter; the container parses (and keeps) it, so the servlet still sees it
            String[] values = req.getParameterValues("query");
            if (values != null) {
                queries.addAll(List.of(values));
            }
        }
        if ("POST".equals(method) && isSparqlQuery(req.getContentType())) {
            byte[] body = req.getInputStream().readAllBytes();   // bounded by RequestLimitFilter
            queries.add(new String(body, StandardCharsets.UTF_8));   // Fuseki reads the body as UTF-8 whatever
            forward = new BufferedRequest(req, body);
        }
        List<Query> parsed = new ArrayList<>();
        for (String text : queries) {
            Query q = parse(text);
            if (q == null) {
                continue;
            }
            if (offsetTooLarge(q)) {
                ((HttpServletResponse) response).sendError(400, "OFFSET over " + MAX_OFFSET + " is refused");
                return;
            }
            String complex = badText(q);
            if (complex != null) {
                ((HttpServletResponse) response).sendError(400, "full-text query does not parse or is too "
                        + "complex to run: " + org.nonji.NonjiException.quote(complex));
                return;
            }
            parsed.add(q);
        }
        request.setAttribute(QUERIES, List.copyOf(parsed));
        chain.doFilter(forward, response);
    }

    /** {@code application/sparql-query} in any case, with or without parameters ({@code ; charset=…}). */
    static boolean isSparqlQuery(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String media = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        return media.equalsIgnoreCase("application/sparql-query");
    }

    /** The query as Fuseki parses it (ARQ syntax), or null when it does not parse (Fuseki then answers 400). */
    static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql, Syntax.syntaxARQ);
        } catch (QueryParseException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * The first string given to {@code text:query} that Lucene's query syntax rejects, or whose regular expression or
     * wildcard Lucene cannot turn into an automaton within its work limit, or null. jena-text would fail on it deep inside the query's execution, where
     * Fuseki can only answer 500; here it is the caller's error, refused before anything runs.
     */
    static String badText(Query q) {
        if (q.getQueryPattern() == null) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                boolean text = el.getPattern().getList().stream().anyMatch(tp -> tp.getPredicate() != null
                        && tp.getPredicate().isURI() && tp.getPredicate().getURI().equals(TEXT_QUERY));
                if (!text) {
                    return;
                }
                el.getPattern().forEach(tp -> {
                    if (tp.getObject().isLiteral()) {
                        strings.add(tp.getObject().getLiteralLexicalForm());   // the query, alone or in a list
                    }
                });
            }

            @Override
            public void visit(ElementSubQuery el) {
                String inner = badText(el.getQuery());
                if (inner != null) {
                    strings.add(inner);
                }
            }
        });
        for (String s : strings) {
            try {
                new QueryParser("text", new KeywordAnalyzer()).parse(s);
            } catch (ParseException | RuntimeException e) {
                if (LuceneErrors.tooComplex(e) || e instanceof ParseException) {
                    return s;
                }
            }
        }
        return null;
    }

    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";

    static boolean offsetTooLarge(String sparql) {
        Query q = parse(sparql);
        return q != null && offsetTooLarge(q);
    }

    static boolean offsetTooLarge(Query q) {
        if (q.getOffset() > MAX_OFFSET) {
            return true;
        }
        boolean[] found = {false};
        if (q.getQueryPattern() != null) {
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery el) {
                    if (offsetTooLarge(el.getQuery())) {
                        found[0] = true;
                    }
                }
            });
        }
        return found[0];
    }
}
