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

/**
 * One log line per request, the path and the query string each cut to 200 characters: a log never carries a
 * megabyte query or a 70 KB path.
 */
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
                String line = req.getMethod() + " " + cut(req.getRequestURI()) + (qs == null ? "" : "?" + cut(qs));
                LOG.info("{} {} {}ms", ((HttpServletResponse) response).getStatus(),
                        line.replaceAll("[\\r\\n]", " "), (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    private static String cut(String s) {
        return s.length() > MAX ? s.substring(0, MAX) + "…(" + s.length() + " chars)" : s;
    }
}
