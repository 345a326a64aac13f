package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for a batch: done/total, articles per second and the time left. Draws
 * nothing when disabled (stderr is not a terminal), so logs and pipes stay clean; redraws at most five times a
 * second.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final long startNanos;
    private long lastDrawNanos;
    private int lastWidth;

    /** A bar for {@code total} inputs started now; draws only when {@code enabled}. */
    Progress(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.startNanos = System.nanoTime();
        this.lastDrawNanos = startNanos - REDRAW_NANOS;
    }

    /** Redraws the bar for {@code done} inputs and {@code errors} errors, unless it was drawn very recently. */
    void update(int done, int errors) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawNanos < REDRAW_NANOS && done < total) {
            return;
        }
        lastDrawNanos = now;
        String line = render(done, errors, (now - startNanos) / 1e9);
        // pad over the previous, possibly longer, line
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }

    /** Erases the bar so the summary line starts clean. */
    void clear() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    /** The bar's text for {@code done} of the total after {@code seconds}. */
    String render(int done, int errors, double seconds) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? clock((total - done) / rate) : "--:--";
        return String.format(Locale.ROOT, "[%s%s] %d/%d  %.2f articles/s  ETA %s%s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total, rate, eta,
                errors > 0 ? "  " + errors + (errors == 1 ? " error" : " errors") : "");
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
