package org.dragoman.extract;

import org.dragoman.ingest.Segmenter;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteScannerTest {

    private static List<String> scan(String text) {
        Article a = Article.of(text);
        List<QuoteScanner.Region> regions = QuoteScanner.scan(text, new Segmenter().segment(a).blocks());
        return regions.stream().map(r -> r.depth() + ":" + r.content().of(text)).toList();
    }

    @Test
    void curlyAndStraightQuotes() {
        assertThat(scan("“We will stay,” she said.\n\"We will go,\" he said.\n"))
                .containsExactly("0:We will stay,", "0:We will go,");
    }

    @Test
    void doubledApostrophesAreDoubleQuoteMarks() {
        // the New York Times archive writes quotation marks as two apostrophes
        assertThat(scan("''We can't wait,'' the mayor's aide said of the ''old model.''\n"))
                .containsExactly("0:We can't wait,", "0:old model.");
        assertThat(scan("''They say, 'Go back home,''' he said. ''It is my home.''\n"))
                .containsExactly("0:They say, 'Go back home,'", "1:Go back home,", "0:It is my home.");
        assertThat(scan("''The first paragraph ends here.\n''And the second one closes it,'' she said.\n"))
                .containsExactly("0:The first paragraph ends here.\n''And the second one closes it,");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertThat(scan("“I don’t think Russia’s offer is serious,” he said. That’s the view in Kyiv.\n"))
                .containsExactly("0:I don’t think Russia’s offer is serious,");
    }

    @Test
    void nestedSingleQuotesInsideDoubleQuotes() {
        assertThat(scan("“He told me, ‘I don’t need help with Iran.’ And I said no,” Trump said.\n"))
                .containsExactly("0:He told me, ‘I don’t need help with Iran.’ And I said no,", "1:I don’t need help with Iran.");
    }

    @Test
    void quoteContinuesIntoNextParagraphThatOpensWithAMark() {
        String text = "“The first paragraph of the statement ends here.\n“And the second one closes it,” the minister said.\n";
        assertThat(scan(text)).containsExactly(
                "0:The first paragraph of the statement ends here.\n“And the second one closes it,");
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        assertThat(scan("He said “this never ends\nA new paragraph starts here.\n"))
                .containsExactly("0:this never ends");
    }

    @Test
    void pluralPossessiveInsideQuoteIsNotAClosingMark() {
        assertThat(scan("“The ministers’ ‘red lines’ are clear,” she said.\n"))
                .containsExactly("0:The ministers’ ‘red lines’ are clear,", "1:red lines");
    }

    @Test
    void aClosingMarkTypedTheWrongWayStillCloses() {
        assertThat(scan("“The reality is, if she loses Iowa, that could create new problems,“ said Jim Clay. “We know.”\n"))
                .containsExactly("0:The reality is, if she loses Iowa, that could create new problems,", "0:We know.");
    }
}
