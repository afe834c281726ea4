package org.nonji.pipeline;

import java.io.PrintWriter;

import org.nonji.corpus.CorpusException;

/**
 * Progress of a build on stderr: every essay by name for small corpora, and for large ones a line per hundred
 * essays with the rate, so that ten thousand essays do not print ten thousand lines.
 */
final class Progress {
    private static final int EVERY_ESSAY_UP_TO = 200;
    private static final int LINE_EVERY = 100;

    private final PrintWriter err;
    private final int total;
    private final long t0 = System.nanoTime();
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void essay(String fileName) {
        done++;
        if (total <= EVERY_ESSAY_UP_TO) {
            err.printf("[%d/%d] %s%n", done, total, CorpusException.printable(fileName));
        } else if (done % LINE_EVERY == 0 || done == total) {
            double s = (System.nanoTime() - t0) / 1e9;
            double rate = done / Math.max(s, 1e-3);
            err.printf("[%d/%d] %.1f essays/s%s%n", done, total, rate,
                    done == total ? "" : ", about " + duration((total - done) / rate) + " left");
        }
        err.flush();
    }

    /** A rough remaining time: 40 s, 3 min, 1 h 05 min. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        long min = Math.round(s / 60.0);
        return min < 60 ? min + " min" : String.format("%d h %02d min", min / 60, min % 60);
    }
}
