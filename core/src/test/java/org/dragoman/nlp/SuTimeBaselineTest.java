package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dragoman.model.Article;
import org.dragoman.model.TimeExpr;
import org.junit.jupiter.api.Test;

class SuTimeBaselineTest {

    private static final String TEXT = "The ministers met on Tuesday to review the treaty they signed on June 13.";

    @Test
    void weekdayAndDateResolveAgainstPublishedDate() {
        Article article = Article.of(TEXT).withPublished(Optional.of(LocalDate.of(2025, 6, 25)));
        List<TimeExpr> times = SharedBaselines.suTime().apply(article);

        assertThat(times).extracting(TimeExpr::text).containsExactly("Tuesday", "June 13");
        assertThat(times).extracting(TimeExpr::value).containsExactly("2025-06-24", "2025-06-13");
        assertThat(times).extracting(TimeExpr::type).containsOnly("DATE");
        for (TimeExpr t : times) {
            assertThat(t.span().of(TEXT)).isEqualTo(t.text());
        }
    }

    @Test
    void withoutPublishedDateValuesStayRelative() {
        List<TimeExpr> times = SharedBaselines.suTime().apply(Article.of(TEXT));

        assertThat(times).extracting(TimeExpr::text).containsExactly("Tuesday", "June 13");
        assertThat(times).extracting(TimeExpr::value).doesNotContain("2025-06-24", "2025-06-13");
    }

    @Test
    void concurrentCallsGiveTheSameAnswersAsSequentialOnes() throws Exception {
        List<Article> articles = List.of(
                Article.of(TEXT).withPublished(Optional.of(LocalDate.of(2025, 6, 25))),
                Article.of("Talks resume next Monday after three weeks of silence.")
                        .withPublished(Optional.of(LocalDate.of(2024, 2, 7))),
                Article.of("The vote was held in March 2019 and again every year since.")
                        .withPublished(Optional.of(LocalDate.of(2023, 11, 30))));
        SuTimeBaseline suTime = SharedBaselines.suTime();
        List<List<TimeExpr>> sequential = articles.stream().map(suTime).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<TimeExpr>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> suTime.apply(a)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.get(1)).extracting(TimeExpr::value).contains("2024-02-12", "P3W");
    }

    @Test
    void textWithoutTimesGivesNothing() {
        assertThat(SharedBaselines.suTime().apply(Article.of("Ministers disagree about the treaty."))).isEmpty();
        assertThat(SharedBaselines.suTime().apply(Article.of(""))).isEmpty();
    }
}
