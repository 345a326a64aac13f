package org.dragoman.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The child process of {@link IngestCrashTest}: {@code dragoman ingest ARGS} with the fake analyzer of
 * {@link Cli}, slowed a little so the parent can kill it mid-way, printing one line per analysed article.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Analyzer slow = article -> {
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("analysed " + article.id());
            System.out.flush();
            return Cli.fakeAnalysis(article);
        };
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Main.run(Cli.services(slow), new PrintWriter(new StringWriter()), err, args);
        System.exit(code);
    }
}
