package org.nonji.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies and query strings over a size limit with 413, before anything parses them: SPARQL is
 * parsed before any timeout starts, so a multi-megabyte query would otherwise cost CPU however short the timeout.
 * Bodies without a Content-Length (chunked) are read up to the limit and then replayed.
 */
final class RequestLimitFilter implements Filter {
    private final int maxBytes;

    RequestLimitFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String qs = req.getQueryString();
        if (qs != null && qs.length() > maxBytes) {
            tooLarge(resp, "query string");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBytes) {
            tooLarge(resp, "request body");
            return;
        }
        if (length < 0 && hasBody(req)) {
            byte[] body = readAtMost(req.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge(resp, "request body");
                return;
            }
            chain.doFilter(new BufferedRequest(req, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest req) {
        String m = req.getMethod();
        return "POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m);
    }

    private void tooLarge(HttpServletResponse resp, String what) throws IOException {
        resp.setHeader("Connection", "close");
        resp.sendError(413, what + " over the limit of " + maxBytes + " bytes");
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }
}
