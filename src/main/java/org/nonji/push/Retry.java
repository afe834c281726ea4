package org.nonji.push;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/**
 * Runs a request again when the server failed (5xx) or the connection did (no status), after a pause that doubles
 * each time; a client error (4xx) is final at once, since sending the same request again cannot help.
 */
final class Retry {
    private final int retries;
    private final Duration first;
    private final AtomicInteger count = new AtomicInteger();

    Retry(int retries, Duration first) {
        this.retries = retries;
        this.first = first;
    }

    /** How many times a request was sent again. */
    int count() {
        return count.get();
    }

    <T> T call(String what, Supplier<T> request) {
        long pause = first.toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                return request.get();
            } catch (HttpException | QueryExceptionHTTP e) {
                if (!worthRetrying(status(e)) || attempt >= retries) {
                    throw new NonjiException(what + " failed" + (attempt > 0 ? " after " + (attempt + 1)
                            + " attempts" : "") + ": " + describe(e), ExitCodes.RUNTIME, e);
                }
            }
            count.incrementAndGet();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new NonjiException(what + ": interrupted", ExitCodes.RUNTIME, ie);
            }
            pause = Math.min(pause * 2, 60_000);
        }
    }

    void run(String what, Runnable request) {
        call(what, () -> {
            request.run();
            return null;
        });
    }

    /** 5xx, or no response at all (Jena reports I/O failures as status -1 or 0). */
    static boolean worthRetrying(int status) {
        return status <= 0 || status >= 500;
    }

    /** The HTTP status of a GSP (HttpException) or SPARQL (QueryExceptionHTTP) failure. */
    static int status(RuntimeException e) {
        return e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
    }

    static String describe(RuntimeException e) {
        if (status(e) > 0) {
            return "HTTP " + status(e) + (e.getMessage() != null ? " " + e.getMessage() : "");
        }
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
