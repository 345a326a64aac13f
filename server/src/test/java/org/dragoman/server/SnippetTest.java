package org.dragoman.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void marksBecomeOffsetsAndReferencesAreDecoded() {
        Snippet s = Snippet.parse("a &lt;script&gt; <b>NATO</b> &amp; <b>Rutte</b>&#x27;s &#39;x&#x2F;y&#39;");
        assertThat(s.text()).isEqualTo("a <script> NATO & Rutte's 'x/y'");
        assertThat(s.highlights()).hasSize(2);
        assertThat(s.text().substring(s.highlights().get(0)[0], s.highlights().get(0)[1])).isEqualTo("NATO");
        assertThat(s.text().substring(s.highlights().get(1)[0], s.highlights().get(1)[1])).isEqualTo("Rutte");
    }

    @Test
    void strayAmpersandsAndUnclosedMarksAreKeptAsText() {
        Snippet s = Snippet.parse("R&D <b>open &bogus; end");
        assertThat(s.text()).isEqualTo("R&D open &bogus; end");
        assertThat(s.highlights()).isEmpty();
    }
}
