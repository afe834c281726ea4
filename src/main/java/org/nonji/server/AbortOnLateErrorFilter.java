package org.nonji.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.sparql.util.Context;

/**
 * No 200 with a truncated body: Fuseki streams results, so a query that times out after the first bytes went out
 * can no longer change the status; Fuseki then appends a "## Query cancelled" line (or sets a status nobody sees)
 * and ends the response normally: a 200 whose JSON or CSV simply stops. Here a query cancelled while its response
 * was committed, or an error status sent too late, aborts the connection instead (the response never gets its
 * proper end: no last chunk), so every HTTP client reports a failed transfer rather than a short answer.
 *
 * <p>The filter learns of the cancellation through the query's cancel signal, which the dataset's optimizer
 * hands to {@link #watch} as each query of the request is planned (on the request's own thread).
 */
final class AbortOnLateErrorFilter implements Filter {
    /** Thrown out of the filter chain so that Jetty aborts a response already under way. */
    static final class LateError extends IOException {
        private static final long serialVersionUID = 1L;

        LateError(int status) {
            super("status " + status + " after the response had begun: connection aborted");
        }
    }

    /** The cancel signals of the queries planned by the request on this thread, while the filter runs. */
    private final ThreadLocal<List<AtomicBoolean>> signals = new ThreadLocal<>();

    /** Called as a query is planned: its cancel signal is watched if a request on this thread is being served. */
    void watch(Context context) {
        List<AtomicBoolean> list = signals.get();
        AtomicBoolean signal = Context.getCancelSignal(context);
        if (list != null && signal != null) {
            list.add(signal);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Watch watch = new Watch((HttpServletResponse) response);
        List<AtomicBoolean> planned = new ArrayList<>();
        signals.set(planned);
        try {
            chain.doFilter(request, watch);
        } finally {
            signals.remove();
        }
        if (watch.late != 0) {
            throw new LateError(watch.late);
        }
        if (watch.isCommitted() && planned.stream().anyMatch(AtomicBoolean::get)) {
            throw new LateError(503);
        }
    }

    /** Notes an error status sent once the response is committed. */
    private static final class Watch extends HttpServletResponseWrapper {
        int late;

        Watch(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (isCommitted()) {
                late = sc;
                return;
            }
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void setStatus(int sc) {
            if (isCommitted() && sc >= 400) {
                late = sc;
                return;
            }
            super.setStatus(sc);
        }
    }
}
