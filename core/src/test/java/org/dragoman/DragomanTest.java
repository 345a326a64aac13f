package org.dragoman;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade's rejections of content it cannot analyse. Texts are written for these tests. */
class DragomanTest {

    @Test
    void englishNewsPasses() {
        assertThat(Dragoman.looksEnglish("The minister said on Tuesday that the talks would resume in Geneva next week, "
                + "and that both delegations had agreed to an agenda.")).isTrue();
        assertThat(Dragoman.looksEnglish("“Every ally is moving,” Mark Rutte told reporters.")).isTrue();
    }

    @Test
    void otherLanguagesAreRejectedEvenWhenShort() {
        assertThat(Dragoman.looksEnglish("Der Bundeskanzler sagte am Dienstag, dass die Gespräche in Genf fortgesetzt werden.")).isFalse();
        assertThat(Dragoman.looksEnglish("Le ministre a déclaré mardi que les négociations reprendront à Genève la semaine prochaine.")).isFalse();
        assertThat(Dragoman.looksEnglish("Путин заявил во вторник, что переговоры продолжатся на следующей неделе в Женеве.")).isFalse();
    }

    @Test
    void overlongTextIsRejectedWithOneLine() {
        assertThatThrownBy(() -> Pipelines.dragoman().analyze(Article.of("word ".repeat(Dragoman.DEFAULT_MAX_CHARS / 5 + 1))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("too long").hasMessageNotContaining("\n");
    }
}
