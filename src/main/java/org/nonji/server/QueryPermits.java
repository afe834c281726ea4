package org.nonji.server;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A cap on queries running at once: each request that runs a query takes a permit, waits for one up to the query
 * timeout when all are taken (a few times as many requests as permits may wait; more are refused at once), and is
 * otherwise answered 503 with {@code Retry-After}. A second, small lane of {@value #LIGHT} permits serves light
 * SPARQL queries (ASK or SELECT over at most one triple pattern, without sorting, grouping, DISTINCT, subqueries,
 * EXISTS, regular expressions, paths or property functions), so that a cheap ASK still answers while every heavy
 * permit is running a cross join or a catastrophic regex.
 */
final class QueryPermits implements Filter {
    /** The most permits an option may ask for. */
    static final int MAX = 256;
    /** Permits of the lane for light queries. */
    static final int LIGHT = 2;
    /** How many requests may wait per permit before further ones are refused at once (64 at most). */
    private static final int WAITING_PER_PERMIT = 4;
    /** Server threads beyond those running or waiting for queries: pages, the UI, status, accepting. */
    private static final int OTHER_THREADS = 24;

    private final Semaphore heavy;
    private final Semaphore light = new Semaphore(LIGHT, true);
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxWaiting;
    private final long waitMillis;
    private final String retryAfter;

    QueryPermits(int permits, long timeoutMillis) {
        this.heavy = new Semaphore(permits, true);
        this.maxWaiting = maxWaiting(permits);
        this.waitMillis = timeoutMillis;
        this.retryAfter = Long.toString(Math.max(1, (timeoutMillis + 999) / 1000));
    }

    private static int maxWaiting(int permits) {
        return Math.min(64, WAITING_PER_PERMIT * permits);
    }

    /**
     * The server threads this needs: a waiting request holds its thread, and Fuseki's default pool (20) would
     * let waiting cross joins starve everything else, the light lane included.
     */
    static int threads(int permits) {
        return permits + LIGHT + maxWaiting(permits) + OTHER_THREADS;
    }

    /** As many as there are cores, and at least two. */
    static int defaultPermits() {
        return Math.min(MAX, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = ((HttpServletRequest) request).getMethod();
        if (!"GET".equals(method) && !"POST".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        Semaphore lane = isLight(request.getAttribute(QueryGuardFilter.QUERIES)) ? light : heavy;
        if (!lane.tryAcquire()) {
            boolean acquired = false;
            if (waiting.incrementAndGet() <= maxWaiting) {
                try {
                    acquired = lane.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            waiting.decrementAndGet();
            if (!acquired) {
                HttpServletResponse resp = (HttpServletResponse) response;
                resp.setHeader("Retry-After", retryAfter);
                resp.sendError(503, "too many queries at once; retry after " + retryAfter + " s");
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lane.release();
        }
    }

    private static boolean isLight(Object queries) {
        if (!(queries instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        for (Object q : list) {
            if (!(q instanceof Query query) || !isLight(query)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLight(Query q) {
        if (!(q.isAskType() || q.isSelectType()) || q.hasOrderBy() || q.hasGroupBy() || q.hasAggregators()
                || q.hasHaving() || q.isDistinct() || q.isReduced() || q.getQueryPattern() == null) {
            return false;
        }
        int[] triples = {0};
        boolean[] heavy = {false};
        for (Expr e : q.getProject().getExprs().values()) {
            heavy[0] |= costly(e);
        }
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath tp : el.getPattern()) {
                    triples[0]++;
                    Node p = tp.getPredicate();
                    heavy[0] |= !tp.isTriple() || p.isURI() && (NoJavaFunctions.isJava(p.getURI())
                            || PropertyFunctionRegistry.get().isRegistered(p.getURI()));
                }
            }

            @Override
            public void visit(ElementSubQuery el) {
                heavy[0] = true;
            }

            @Override
            public void visit(ElementService el) {
                heavy[0] = true;
            }

            @Override
            public void visit(ElementFilter el) {
                heavy[0] |= costly(el.getExpr());
            }

            @Override
            public void visit(ElementBind el) {
                heavy[0] |= costly(el.getExpr());
            }
        });
        return !heavy[0] && triples[0] <= 1;
    }

    /**
     * EXISTS and NOT EXISTS carry a whole pattern of their own; REGEX and REPLACE may backtrack until the timeout
     * with no triple pattern at all, and two of them would hold the light lane (the soak's 2 s canary).
     */
    private static boolean costly(Expr e) {
        if (e instanceof ExprFunctionOp || e instanceof E_Regex || e instanceof E_StrReplace) {
            return true;
        }
        if (e instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) {
                if (costly(arg)) {
                    return true;
                }
            }
        }
        return false;
    }
}
