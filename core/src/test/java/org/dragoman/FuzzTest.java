package org.dragoman;

import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.TextArticleReader;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never-throws sweep: malformed, random, truncated and hostile texts either analyse (with every offset inside
 * the text) or are rejected with {@link BadInputException}; nothing else escapes.
 */
class FuzzTest {

    private static final String STORY = "Ceasefire talks resume\n"
            + "Negotiators met in Doha on Sunday, officials said. “We are closer than ever,” said Sheikh Mohammed. "
            + "‘Not yet,’ he added, “but soon.”\n"
            + "Subscribe to our newsletter. Sign up now\n";

    private static void analyseOrReject(String text) {
        Article article;
        try {
            article = new TextArticleReader().read(text, "fuzz");
        } catch (BadInputException e) {
            return;
        }
        try {
            Analysis a = Pipelines.dragoman().analyze(article);
            int n = a.article().text().length();
            a.entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.span().end()).isLessThanOrEqualTo(n)));
            a.quotes().forEach(q -> assertThat(q.span().end()).isLessThanOrEqualTo(n));
            a.times().forEach(t -> assertThat(t.span().end()).isLessThanOrEqualTo(n));
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void everyTruncationOfAStory() {
        for (int i = 0; i <= STORY.length(); i += 7) {
            analyseOrReject(STORY.substring(0, i));
        }
    }

    @Test
    void randomStringsOfQuoteMarksAndPunctuation() {
        Random random = new Random(42);
        String alphabet = "“”‘’\"'«»„ \n\t.,:;?!—-()[]abcXYZ said He she Putin 12 Monday";
        for (int i = 0; i < 60; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(300);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            analyseOrReject(sb.toString());
        }
    }

    @Test
    void oddButValidTexts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "\n\n\n", "“", "”", "“”", "\"\"\"", "‘’‘’",
                "A\n", "said said said said", "He said.", "“Unclosed quote that runs to the end",
                "Title only without body", "\u0000\u0001\u0002", "Ünïcödé Ωμέγα 中文 العربية",
                "x".repeat(5000), "word ".repeat(3000), ".\n".repeat(500)));
        texts.add("“" + "nested ‘quote “deeper ‘deepest".repeat(20));
        for (String t : texts) {
            analyseOrReject(t);
        }
    }
}
