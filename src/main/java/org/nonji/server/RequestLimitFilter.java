package org.nonji.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies and query strings over a size limit with 413, before anything parses them: SPARQL is
 * parsed before any timeout starts, so a multi-megabyte query would otherwise cost CPU however short the timeout.
 * Bodies without a Content-Length (chunked) are read up to the limit and then replayed.
 *
 * <p>A body with a Content-Encoding other than {@code identity} is refused with 415: Fuseki inflates a gzip body
 * itself, after this filter, so 58 KB on the wire could be a 60 MB query that no limit here had seen. TRACE is
 * refused with 405 everywhere: a plain {@code HttpServlet} would echo the request's headers back.
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
        if ("TRACE".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            resp.sendError(405, "TRACE is not allowed");
            return;
        }
        if (!identityOnly(req)) {
            resp.setHeader("Connection", "close");
            resp.sendError(415, "compressed request bodies are not accepted (Content-Encoding: identity only)");
            return;
        }
        if (req.getHeader("Content-Encoding") != null) {
            // identity means no coding; Fuseki knows only gzip and deflate and would answer 400
            req = withoutContentEncoding(req);
            request = req;
        }
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

    /** Every Content-Encoding header, and every coding listed in one, is {@code identity} (or there is none). */
    private static boolean identityOnly(HttpServletRequest req) {
        var headers = req.getHeaders("Content-Encoding");
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                if (!coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static HttpServletRequest withoutContentEncoding(HttpServletRequest req) {
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getHeader(String name) {
                return "Content-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Content-Encoding".equalsIgnoreCase(name) ? Collections.emptyEnumeration()
                        : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                List<String> names = Collections.list(super.getHeaderNames());
                names.removeIf("Content-Encoding"::equalsIgnoreCase);
                return Collections.enumeration(names);
            }
        };
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
