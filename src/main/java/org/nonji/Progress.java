package org.nonji;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr, stage by stage, in one of three renderings. {@link Rendering#BAR}, for a
 * terminal: the running stage is one line redrawn in place with {@code \r} (its name, a bar, count/total, rate and
 * time left, or the time it has run), a few times a second at most; a stage that ends keeps its last line.
 * {@link Rendering#PLAIN}, for logs, CI and pipes: a line when a stage starts; for a counted stage a line per item
 * (small totals) or per tenth of the total, and every few seconds while it advances; a "still at it" line after ten
 * seconds without a line (a stage that cannot be counted, a count that does not move). {@link Rendering#NONE}:
 * nothing but the lines given to {@link #println}, which every rendering prints on a line of its own.
 *
 * <pre>{@code
 * try (Progress p = Progress.of(Progress.Rendering.BAR, err)) {
 *     p.stage("analysing", essays.size(), "essays");
 *     p.step("a.txt");                        // one essay done
 *     p.println("skipped: b.txt: empty");     // between two redraws of the bar
 *     p.stage("building the TDB2 indexes");   // ends the stage before
 * }                                           // ends the last stage's line
 * }</pre>
 *
 * Thread-safe: a ticker thread (started with the first stage, stopped by {@link #close}) keeps the time moving while
 * the caller's thread is busy inside a library call. A stage after {@link #close} starts it again: a pipeline that
 * builds again and again ends its progress after each build.
 */
public final class Progress implements AutoCloseable {
    /** How progress is shown. */
    public enum Rendering {
        /** One line per stage, redrawn in place: for a terminal. */
        BAR,
        /** Whole lines only: for logs, CI and pipes. */
        PLAIN,
        /** No progress at all. */
        NONE
    }

    /** The unit of a stage counted in bytes: shown in kB or MB. */
    public static final String BYTES = "bytes";
    /** Up to this many items, plain rendering names every item (a small build lists its essays). */
    static final int EVERY_ITEM_UP_TO = 200;
    /** Plain rendering prints a counted line at least every this many items... */
    static final int LINE_EVERY_AT_LEAST = 100;
    /** ...or when a tenth more of the total is done, or when this much time has passed and the count moved. */
    static final long PLAIN_QUIET_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Plain rendering says a stage it cannot count still runs after this much silence. */
    static final long PLAIN_STILL_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** The bar is redrawn at most this often. */
    static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final int BAR_CELLS = 20;

    private final Rendering rendering;
    private final PrintWriter err;
    private final LongSupplier clock;
    private final int width;
    private final boolean tick;
    private ScheduledExecutorService ticker;

    // the running stage, null between stages; all guarded by this
    private String stage;
    private long total;
    private String unit;
    private long done;
    private long started;
    /** Bar: when the line was last drawn and how many characters it holds now. */
    private long drawnAt;
    private int drawn;
    /** Plain: when the last line was printed, and the count it showed. */
    private long printedAt;
    private long printedDone;

    private Progress(Rendering rendering, PrintWriter err, LongSupplier clock, int width, boolean tick) {
        this.rendering = rendering;
        this.err = err;
        this.clock = clock;
        this.width = width;
        this.tick = tick && rendering != Rendering.NONE;
    }

    /**
     * Progress in {@code rendering} on {@code err}. A bar is cut to the terminal's width, taken from
     * {@code COLUMNS} when the shell exports it, else 80 (Java cannot ask the terminal).
     */
    public static Progress of(Rendering rendering, PrintWriter err) {
        return new Progress(rendering, err, System::nanoTime, columns(System.getenv("COLUMNS")), true);
    }

    /** Plain progress on {@code err}. */
    public static Progress plain(PrintWriter err) {
        return of(Rendering.PLAIN, err);
    }

    /** No progress; {@link #println} still prints on {@code err}. */
    public static Progress none(PrintWriter err) {
        return of(Rendering.NONE, err);
    }

    /** No progress and no lines: for a caller that shows none. */
    public static Progress none() {
        return none(new PrintWriter(java.io.Writer.nullWriter()));
    }

    /** Progress on a given clock, without the ticker thread, {@code width} columns wide: for tests. */
    static Progress withClock(Rendering rendering, PrintWriter err, LongSupplier clock, int width) {
        return new Progress(rendering, err, clock, width, false);
    }

    /** Ends the running stage, if any, and starts one of unknown length. */
    public void stage(String name) {
        begin(name, -1, null);
    }

    /**
     * Ends the running stage, if any, and starts one counted in {@code unit}s by {@link #step} and {@link #advance},
     * of {@code total} units ({@code -1}: not known). A total that turns out low (an estimate) grows with the count.
     */
    public void stage(String name, long total, String unit) {
        begin(name, total, unit);
    }

    private synchronized void begin(String name, long total, String unit) {
        end();
        this.stage = name;
        this.total = total;
        this.unit = unit;
        this.done = 0;
        this.started = clock.getAsLong();
        this.printedAt = started;
        this.printedDone = 0;
        switch (rendering) {
            case BAR -> draw(started);
            case PLAIN -> line(name + (unit == null || total < 0 ? "" : ": " + amount(total) + unitWord()) + "…");
            case NONE -> { }
        }
        startTicker();
    }

    /** One unit of the running stage is done. */
    public void step() {
        advance(1);
    }

    /** One unit is done, named as it can be printed (plain rendering lists the items of a small stage). */
    public synchronized void step(String item) {
        if (stage == null) {
            return;
        }
        done++;
        if (rendering == Rendering.PLAIN && total >= 0 && total <= EVERY_ITEM_UP_TO) {
            long now = clock.getAsLong();
            line("[" + done + "/" + total + "] " + item);
            printedAt = now;
            printedDone = done;
            return;
        }
        moved(1);
    }

    /** {@code n} more units of the running stage are done. */
    public synchronized void advance(long n) {
        if (stage == null || n == 0) {
            return;
        }
        done += n;
        moved(n);
    }

    /** The count moved by {@code n}: redraw or print if it is time to. */
    private void moved(long n) {
        long now = clock.getAsLong();
        switch (rendering) {
            case BAR -> {
                boolean reached = total >= 0 && done >= total && done - n < total;
                if (reached || now - drawnAt >= REDRAW_NANOS) {
                    draw(now);
                }
            }
            case PLAIN -> {
                // the line of the whole count comes when the stage ends: a total may be an estimate
                long every = Math.max(LINE_EVERY_AT_LEAST, (total + 9) / 10);
                boolean before = total < 0 || done < total;
                boolean mark = total >= 0 && done / every > printedDone / every;
                if (before && (mark || now - printedAt >= PLAIN_QUIET_NANOS)) {
                    printCount(now, false);
                }
            }
            case NONE -> { }
        }
    }

    /**
     * {@code out}, with every byte written through it counted as a unit of the running stage (a stage in
     * {@link #BYTES}); the bytes themselves pass unchanged.
     */
    public OutputStream counting(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                advance(1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                advance(len);
            }
        };
    }

    /**
     * Prints {@code text} on a line of its own, in every rendering (a warning, a skipped file): a bar is cleared
     * first and drawn again below it.
     */
    public synchronized void println(String text) {
        if (rendering == Rendering.BAR && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
        line(text);
        if (rendering == Rendering.BAR && stage != null) {
            draw(clock.getAsLong());
        }
    }

    /** Ends the running stage (a bar keeps its final line and moves to the next) and stops the ticker. */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            end();
            t = ticker;
            ticker = null;
        }
        if (t != null) {
            t.shutdownNow();
        }
    }

    private void end() {
        if (stage == null) {
            return;
        }
        long now = clock.getAsLong();
        if (rendering == Rendering.BAR) {
            drawLine(barLine(now, true));
            err.print("\n");
            err.flush();
            drawn = 0;
        } else if (rendering == Rendering.PLAIN && unit != null && done > printedDone) {
            printCount(now, true);
        }
        stage = null;
    }

    private synchronized void tick() {
        if (stage == null) {
            return;
        }
        long now = clock.getAsLong();
        if (rendering == Rendering.BAR && now - drawnAt >= REDRAW_NANOS) {
            draw(now);
        } else if (rendering == Rendering.PLAIN && now - printedAt >= PLAIN_STILL_NANOS) {
            line(stage + ": still at it after " + elapsed((now - started) / 1e9)
                    + (unit == null ? "" : ", " + amount(done) + unitWord() + " so far"));
            printedAt = now;
        }
    }

    private void startTicker() {
        if (!tick || ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nonji-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, REDRAW_NANOS, REDRAW_NANOS, TimeUnit.NANOSECONDS);
    }

    // --- plain

    private void printCount(long now, boolean last) {
        double s = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / s;
        boolean known = total >= 0;
        long all = Math.max(total, done);
        String count = known ? amount(done) + "/" + amount(all) : amount(done);
        String left = known && !last && done < all ? ", about " + duration((all - done) / rate) + " left" : "";
        line("[" + count + "] " + rate(rate) + left);
        printedAt = now;
        printedDone = done;
    }

    private void line(String text) {
        err.print(text + "\n");
        err.flush();
    }

    // --- bar

    private void draw(long now) {
        drawLine(barLine(now, false));
        drawnAt = now;
    }

    /**
     * Redraws the line: back to its start, the new text, blanks over what is left of the old one. A line as wide as
     * the terminal would wrap, and {@code \r} goes back to the start of the last row only: the stage's name is cut
     * first, so that the figures stay.
     */
    private void drawLine(String figures) {
        String name = stage;
        int room = width - 1 - figures.length();
        if (name.length() > room) {
            name = room > 1 ? name.substring(0, room - 1) + "…" : "";
        }
        String t = name + figures;
        if (t.length() >= width) {
            t = t.substring(0, width - 1);
        }
        err.print("\r" + t + " ".repeat(Math.max(0, drawn - t.length())));
        err.flush();
        drawn = t.length();
    }

    /** What follows the stage's name on its line. */
    private String barLine(long now, boolean last) {
        double s = (now - started) / 1e9;
        StringBuilder b = new StringBuilder();
        if (unit == null) {
            return b.append(last ? " in " : " … ").append(elapsed(s)).toString();
        }
        double rate = done / Math.max(s, 1e-3);
        if (total >= 0) {
            long all = Math.max(total, done);
            int cells = all == 0 ? BAR_CELLS : (int) (BAR_CELLS * done / all);
            b.append(" [").append("#".repeat(cells)).append("-".repeat(BAR_CELLS - cells)).append("] ")
                    .append(amount(done)).append('/').append(amount(all)).append(unitWord());
            if (done > 0) {
                b.append("  ").append(shortRate(rate));
            }
            if (last) {
                b.append("  in ").append(elapsed(s));
            } else if (done > 0 && done < all) {
                b.append("  ETA ").append(duration((all - done) / rate));
            }
        } else {
            b.append(' ').append(amount(done)).append(unitWord());
            if (done > 0) {
                b.append("  ").append(shortRate(rate));
            }
            b.append(last ? "  in " : "  ").append(elapsed(s));
        }
        return b.toString();
    }

    // --- figures

    private String amount(long n) {
        if (!BYTES.equals(unit)) {
            return Long.toString(n);
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", n / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }

    private String unitWord() {
        return BYTES.equals(unit) ? "" : " " + unit;
    }

    private String rate(double perSecond) {
        return BYTES.equals(unit) ? String.format(Locale.ROOT, "%.1f MB/s", perSecond / 1e6)
                : String.format(Locale.ROOT, "%.1f %s/s", perSecond, unit);
    }

    /** A rate without the unit, which the count beside it names. */
    private String shortRate(double perSecond) {
        return BYTES.equals(unit) ? rate(perSecond) : String.format(Locale.ROOT, "%.1f/s", perSecond);
    }

    /** A rough remaining time: 40 s, 3 min, 1 h 05 min. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        long min = Math.round(s / 60.0);
        return min < 60 ? min + " min" : String.format(Locale.ROOT, "%d h %02d min", min / 60, min % 60);
    }

    /** Time taken: tenths of a second while short (0.4 s), else as {@link #duration}. */
    static String elapsed(double seconds) {
        return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : duration(seconds);
    }

    /** The terminal width from {@code COLUMNS}, else 80. */
    static int columns(String env) {
        if (env != null && env.matches("\\d{2,4}")) {
            return Integer.parseInt(env);
        }
        return 80;
    }
}
