package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Uses only the tokenizer and sentence splitter, which need no model files, so the test stays fast. */
class CoreNlpBaselineTest {

    private static Properties tokenizeOnly() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        return props;
    }

    @Test
    void returnsCoreNlpTokenCount() {
        CoreNlpBaseline baseline = new CoreNlpBaseline(tokenizeOnly());
        // the colon, both quotation marks and the full stop are tokens of their own: 11 in all
        assertThat(baseline.annotate("The minister said: \"Yes.\" Then she left")).isEqualTo(11);
        assertThat(baseline.annotate("")).isZero();
        assertThat(baseline.annotators()).isEqualTo("tokenize,ssplit");
    }

    @Test
    void sharedInstanceGivesTheSameCountsFromManyThreads() throws Exception {
        CoreNlpBaseline baseline = new CoreNlpBaseline(tokenizeOnly());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("Word ".repeat(i % 17 + 1) + "end.");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (String text : texts) {
                counts.add(pool.submit(() -> baseline.annotate(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(counts.get(i).get()).isEqualTo(i % 17 + 1 + 2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void propertiesWithoutAnnotatorsAreRejected() {
        assertThatThrownBy(() -> new CoreNlpBaseline(new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no annotators");
    }

    @Test
    void quotePipelineIsCoreNlpsOwnAttributionChain() {
        assertThat(CoreNlpBaseline.quoteAttributionProperties().getProperty("annotators"))
                .isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        assertThat(CoreNlpBaseline.quoteAttributionProperties()).hasSize(1);
    }
}
