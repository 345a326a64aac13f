package org.dragoman.extract;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.TimeExpr;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Times normalized against the published date: Wednesday 25 June 2025 unless said otherwise. */
class TimeNormalizationTest {

    private static String value(Analysis a, String text) {
        return a.times().stream().filter(t -> t.text().equals(text)).map(TimeExpr::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + a.times()));
    }

    @Test
    void relativeDatesResolveAgainstPublishedDate() {
        Analysis a = Pipelines.analyze("Summit\nThe minister spoke in The Hague on Tuesday. Six thousand soldiers died last week. "
                + "Iran launched missiles on June 13. Elections are expected next year.\n", "2025-06-25");
        assertThat(value(a, "Tuesday")).isEqualTo("2025-06-24");
        assertThat(value(a, "last week")).isEqualTo("2025-W25");
        assertThat(value(a, "June 13")).isEqualTo("2025-06-13");
        assertThat(value(a, "next year")).isEqualTo("2026");
    }

    @Test
    void weekdayFollowsTheTenseOfItsClause() {
        Analysis a = Pipelines.analyze("Deal\nThe deal was agreed late on Sunday night. Ministers will sign it on Thursday.\n", "2026-06-22");
        assertThat(a.times()).anyMatch(t -> t.text().contains("Sunday") && t.value().startsWith("2026-06-21"));
        assertThat(value(a, "Thursday")).isEqualTo("2026-06-25");
    }

    @Test
    void timeOffsetsPointAtTheirText() {
        String text = "Flood\nRivers rose on Monday morning and fell by Wednesday.\n";
        Analysis a = Pipelines.analyze(text, "2026-02-11");
        assertThat(a.times()).isNotEmpty();
        for (TimeExpr t : a.times()) {
            assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text());
        }
    }

    @Test
    void conjunctionOnceIsNotATime() {
        Analysis a = Pipelines.analyze("Sanctions\nOnce new sanctions are triggered, the talks are done, he said.\n", "2026-02-11");
        assertThat(a.times()).noneMatch(t -> t.text().equalsIgnoreCase("once"));
    }
}
