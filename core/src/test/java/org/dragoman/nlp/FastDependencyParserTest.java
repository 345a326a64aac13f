package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dragoman.extract.coding.DepSentence;
import org.dragoman.ingest.Segmenter;
import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast forward pass gives CoreNLP's own parses: every sentence of the project's sample articles (and, when
 * ../shared is there, of BBC politics articles) parsed both ways, heads and relations compared token by token.
 */
class FastDependencyParserTest {

    static NlpPipeline nlp;

    @BeforeAll
    static void load() {
        nlp = NlpPipeline.load();
    }

    @Test
    void fastParsingIsOn() {
        assertThat(nlp.fastParsing()).as("CoreNLP's parser internals as FastDependencyParser expects them").isTrue();
    }

    @Test
    void sampleArticlesParseIdenticallyBothWays() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "samples"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(compare(files)).isGreaterThan(100);
    }

    @Test
    void bbcArticlesParseIdenticallyBothWays() throws IOException {
        Path dir = Path.of("..", "..", "shared", "data", "bbc", "politics");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "BBC corpus absent: " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(25).toList();
        }
        assertThat(compare(files)).isGreaterThan(300);
    }

    /** Parses every sentence of the files both ways; returns the number of sentences compared. */
    private static int compare(List<Path> files) throws IOException {
        int sentences = 0;
        long fast = 0;
        long slow = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Article article = new Article(f.getFileName().toString(), text, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            AnnotatedArticle annotated = nlp.annotate(new Segmenter().segment(article));
            // the parser's cache of hidden products fills on the first pass: time the second
            List<DepSentence> a = nlp.parse(annotated, annotated.sentences());
            List<DepSentence> b = nlp.parseWithCoreNlp(annotated, annotated.sentences());
            long t0 = System.nanoTime();
            nlp.parse(annotated, annotated.sentences());
            long t1 = System.nanoTime();
            nlp.parseWithCoreNlp(annotated, annotated.sentences());
            long t2 = System.nanoTime();
            fast += t1 - t0;
            slow += t2 - t1;
            assertThat(a).as(f.toString()).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                List<String> x = new ArrayList<>();
                a.get(i).tokens().forEach(t -> x.add(t.index() + " " + t.word() + " " + t.head() + " " + t.rel()));
                List<String> y = new ArrayList<>();
                b.get(i).tokens().forEach(t -> y.add(t.index() + " " + t.word() + " " + t.head() + " " + t.rel()));
                assertThat(x).as(f + " sentence " + i).isEqualTo(y);
                sentences++;
            }
        }
        System.out.printf("FastDependencyParserTest: %d sentences, second pass: fast %.2f s, CoreNLP %.2f s%n",
                sentences,
                fast / 1e9, slow / 1e9);
        return sentences;
    }
}
