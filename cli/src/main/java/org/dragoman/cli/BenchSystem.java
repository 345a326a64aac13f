package org.dragoman.cli;

import java.util.List;
import java.util.Objects;
import org.dragoman.Dragoman;
import org.dragoman.extract.EventExtractor;
import org.dragoman.model.Article;
import org.dragoman.nlp.CoreNlpBaseline;
import org.dragoman.nlp.NlpPipeline;

/**
 * One system {@code dragoman bench} times: a name, what it is (printed with the results), its role in the
 * ratios, and how to load it. Loading returns a {@link Runner} that must be safe to call from many threads.
 */
public record BenchSystem(String name, String description, Role role, Loader loader) {

    /** What a system is compared as. */
    public enum Role { DRAGOMAN, BASELINE, QUOTE_BASELINE, NO_EVENTS_BASELINE, NO_QUOTES_BASELINE }

    /** Loads a system (the timed "load" phase); may throw anything, which is reported, not fatal. */
    @FunctionalInterface
    public interface Loader {
        Runner load() throws Exception;
    }

    /** Processes one article; thread-safe. */
    @FunctionalInterface
    public interface Runner {
        void run(Article article) throws Exception;
    }

    /** Rejects null fields. */
    public BenchSystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(loader, "loader");
    }

    /**
     * Dragoman itself, plain CoreNLP with Dragoman's annotators, and CoreNLP's quote attribution as it comes.
     * Each loader first drops CoreNLP's process-wide model cache, so no system loads on another's models.
     */
    public static List<BenchSystem> standard() {
        String dragomanAnnotators = NlpPipeline.defaultProperties().getProperty("annotators");
        return List.of(
                new BenchSystem("dragoman", "Dragoman.analyze, the whole pipeline (CoreNLP annotators "
                        + dragomanAnnotators + ", then Dragoman's own stages)", Role.DRAGOMAN, () -> {
                            CoreNlpBaseline.releaseCachedModels();
                            Dragoman dragoman = Dragoman.load();
                            return dragoman::analyze;
                        }),
                new BenchSystem("dragoman-noev", "Dragoman.analyze without event coding (no dependency parses): "
                        + "the cost of events is the ratio to it", Role.NO_EVENTS_BASELINE, () -> {
                            CoreNlpBaseline.releaseCachedModels();
                            Dragoman dragoman = Dragoman.load(EventExtractor.disabled(), Dragoman.DEFAULT_MAX_CHARS);
                            return dragoman::analyze;
                        }),
                new BenchSystem("dragoman-noquo", "Dragoman.analyze without quote extraction: the cost of quotes is "
                        + "the ratio to it", Role.NO_QUOTES_BASELINE, () -> {
                            CoreNlpBaseline.releaseCachedModels();
                            Dragoman dragoman = Dragoman.loadWithoutQuotes();
                            return dragoman::analyze;
                        }),
                new BenchSystem("corenlp", "plain CoreNLP with Dragoman's annotators: " + dragomanAnnotators,
                        Role.BASELINE, () -> {
                            CoreNlpBaseline.releaseCachedModels();
                            CoreNlpBaseline baseline = new CoreNlpBaseline(NlpPipeline.defaultProperties());
                            return article -> baseline.annotate(article.text());
                        }),
                new BenchSystem("corenlp-quote", "CoreNLP quote attribution with default settings: "
                        + CoreNlpBaseline.QUOTE_ANNOTATORS, Role.QUOTE_BASELINE, () -> {
                            CoreNlpBaseline.releaseCachedModels();
                            CoreNlpBaseline baseline = new CoreNlpBaseline(CoreNlpBaseline.quoteAttributionProperties());
                            return article -> baseline.annotate(article.text());
                        }));
    }
}
