package org.dragoman.extract;

import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Article;
import org.dragoman.model.Block;
import org.dragoman.model.SegmentedArticle;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The tense rule on hand-made annotations (no tagger): words/tags as a tagger would give them. */
class TimeAnchorTest {

    /** Builds a one-sentence article from "word/TAG" pairs and one time expression over the given words. */
    private static String anchored(String published, String taggedSentence, String timeText, String sutimeValue) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String pair : taggedSentence.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), new Span(start, text.length()), word, pair.substring(slash + 1), word, "O"));
        }
        String t = text.toString();
        Span all = new Span(0, t.length());
        Article article = Article.of(t).withPublished(Optional.of(LocalDate.parse(published)));
        SegmentedArticle seg = new SegmentedArticle(article, List.of(new Block(all, Block.Kind.PARAGRAPH)), List.of());
        int at = t.indexOf(timeText);
        TimeExpr time = new TimeExpr(new Span(at, at + timeText.length()), timeText, "DATE", sutimeValue);
        AnnotatedArticle doc = new AnnotatedArticle(seg, tokens, List.of(new Sentence(0, all, 0, tokens.size())), List.of(), List.of(time));
        return new TimeAnchor().anchor(doc).times().get(0).value();
    }

    @Test
    void pastTenseTakesThePreviousWeekday() {
        assertThat(anchored("2026-06-22", "The/DT deal/NN was/VBD agreed/VBN late/RB on/IN Sunday/NNP night/NN ./.",
                "Sunday night", "2026-06-28TNI")).isEqualTo("2026-06-21TNI");
    }

    @Test
    void futureTakesTheNextWeekday() {
        assertThat(anchored("2026-06-22", "Ministers/NNS will/MD sign/VB it/PRP on/IN Thursday/NNP ./.",
                "Thursday", "2026-06-18")).isEqualTo("2026-06-25");
    }

    @Test
    void sameDayCountsForBothDirections() {
        assertThat(anchored("2026-06-22", "The/DT talks/NNS opened/VBD on/IN Monday/NNP ./.", "Monday", "2026-06-29"))
                .isEqualTo("2026-06-22");
    }

    @Test
    void explicitDateOrDirectionIsLeftAlone() {
        assertThat(anchored("1998-04-24", "The/DT vote/NN was/VBD held/VBN on/IN Saturday/NNP ,/, April/NNP 25/CD ./.",
                "Saturday , April 25", "1998-04-25")).isEqualTo("1998-04-25");
        assertThat(anchored("2026-06-22", "He/PRP left/VBD last/JJ Sunday/NNP ./.", "last Sunday", "2026-06-14"))
                .isEqualTo("2026-06-14");
    }

    @Test
    void presentTenseIsLeftToSutime() {
        assertThat(anchored("2026-06-22", "The/DT summit/NN opens/VBZ on/IN Thursday/NNP ./.", "Thursday", "2026-06-25"))
                .isEqualTo("2026-06-25");
    }
}
