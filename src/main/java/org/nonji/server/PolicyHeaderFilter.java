package org.nonji.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts this server's Content-Security-Policy ({@link ClasspathServlet#CSP}) on every response before anything
 * answers: the Fuseki UI, {@code /queries}, Fuseki's and Jetty's error pages alike, not only the pages nonji
 * writes itself. The UI loads its scripts and styles from this server only, which is what the policy allows.
 */
final class PolicyHeaderFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).setHeader("Content-Security-Policy", ClasspathServlet.CSP);
        chain.doFilter(request, response);
    }
}
