package org.dragoman.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dragoman.ingest.ArticleFiles;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;

/** Runs {@code dragoman} in-process with captured output and fakes instead of CoreNLP and the article readers. */
final class Cli {

    /** What a run left behind. */
    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private Cli() {
    }

    /** Fake readers: the text as is (HTML marked in the source), so the tests do not depend on the real readers. */
    static final ArticleFiles FILES = new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES,
            (content, name) -> Article.of(content),
            (content, name) -> Article.of(content).withSource(Optional.of("html")));

    /** An analysis naming the first word of the text as a person and quoting the whole first line. */
    static Analysis fakeAnalysis(Article article) {
        String text = article.text();
        int word = text.indexOf(' ') > 0 ? text.indexOf(' ') : text.length();
        int line = text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length();
        Entity entity = new Entity("E1", text.substring(0, word), EntityType.PERSON, Optional.empty(),
                List.of(new Mention(new Span(0, word), text.substring(0, word))));
        Quote quote = new Quote("Q1", QuoteKind.DIRECT, new Span(0, line), text.substring(0, line), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new Analysis(article, List.of(), List.of(), List.of(entity), List.of(quote), List.of());
    }

    static Services services(Analyzer analyzer) {
        return new Services(() -> analyzer, FILES, () -> new ByteArrayInputStream(new byte[0]), false, false, List.of());
    }

    static Services services() {
        return services(Cli::fakeAnalysis);
    }

    static Run run(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(services, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(services(), args);
    }

    static Services withStdin(Services services, String text) {
        return services.withStdin(() -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
