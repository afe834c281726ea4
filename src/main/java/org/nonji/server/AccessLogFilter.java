package org.nonji.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request, the query string cut to 200 characters: a log never carries a megabyte query. */
final class AccessLogFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.nonji.server.access");
    private static final int MAX = 200;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (LOG.isInfoEnabled()) {
                String qs = req.getQueryString();
                String line = req.getMethod() + " " + req.getRequestURI()
                        + (qs == null ? "" : "?" + (qs.length() > MAX ? qs.substring(0, MAX) + "…(" + qs.length()
                        + " chars)" : qs));
                LOG.info("{} {} {}ms", ((HttpServletResponse) response).getStatus(),
                        line.replaceAll("[\\r\\n]", " "), (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
