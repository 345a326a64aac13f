package org.dragoman.ingest;

import org.dragoman.model.Article;
import org.dragoman.model.Block;
import org.dragoman.model.Removal;
import org.dragoman.model.SegmentedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    private static SegmentedArticle segment(String text) throws BadInputException {
        return new Segmenter().segment(new TextArticleReader().read(text, "test"));
    }

    private static List<String> removed(SegmentedArticle s, String reason) {
        return s.removed().stream().filter(r -> r.reason().equals(reason)).map(r -> r.span().of(s.article().text())).toList();
    }

    @Test
    void headlineAndHeadingsAreTheirOwnBlocks() throws Exception {
        String text = "Ministers meet in Oslo as fishing talks stall\n"
                + "Norway's fisheries minister said on Monday that talks had stalled.\n"
                + "Quotas remain the sticking point\n"
                + "The two sides will meet again next month.\n";
        SegmentedArticle s = segment(text);
        assertThat(s.blocks()).extracting(Block::kind)
                .containsExactly(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH);
        assertThat(s.article().title()).contains("Ministers meet in Oslo as fishing talks stall");
    }

    @Test
    void firstParagraphRepeatingTheTitleWithAFullStopIsTheTitle() {
        String text = "Poll: Hart leads in the north.\nHart led by nine points in a poll released on Monday.\n";
        Article article = Article.of(text).withTitle(java.util.Optional.of("Poll: Hart leads in the north"));
        SegmentedArticle s = new Segmenter().segment(article);
        assertThat(s.blocks()).extracting(Block::kind).containsExactly(Block.Kind.TITLE, Block.Kind.PARAGRAPH);
        assertThat(Segmenter.sameTitle("Poll: Hart leads", "Poll: Hart leads in the north.")).isFalse();
    }

    @Test
    void promotionalParagraphIsRemovedWithItsOffsets() throws Exception {
        String promo = "Policy Insider Academy: Want to understand trade wars? Join our upcoming webinar. Save Your Spot";
        String text = "Tariffs rise again\nThe government raised tariffs on steel.\n" + promo;
        SegmentedArticle s = segment(text);
        assertThat(s.removed()).hasSize(1);
        Removal r = s.removed().get(0);
        assertThat(r.reason()).isEqualTo("promotion");
        assertThat(r.span().of(text)).isEqualTo(promo);
        assertThat(s.blocks()).noneMatch(b -> b.span().overlaps(r.span()));
    }

    @Test
    void bylineCopyrightReadMoreAndSubscribeAreRemoved() throws Exception {
        String text = "Senate passes budget\n"
                + "By Maria Lopez, Washington correspondent\n"
                + "The Senate passed the budget late on Thursday.\n"
                + "Read more: What the budget means for farmers\n"
                + "The House votes next week.\n"
                + "Subscribe to our newsletter for the latest on Congress. Sign up now\n"
                + "© 2026 Capitol Wire. All rights reserved.\n";
        SegmentedArticle s = segment(text);
        assertThat(removed(s, "byline")).containsExactly("By Maria Lopez, Washington correspondent");
        assertThat(removed(s, "copyright")).containsExactly("© 2026 Capitol Wire. All rights reserved.");
        assertThat(removed(s, "promotion")).containsExactly("Read more: What the budget means for farmers",
                "Subscribe to our newsletter for the latest on Congress. Sign up now");
        assertThat(s.blocks()).hasSize(3);
    }

    @Test
    void navigationCrumbIsRemoved() throws Exception {
        SegmentedArticle s = segment("Home > World > Europe\nA storm hit the coast of Portugal on Sunday, officials said.\n");
        assertThat(removed(s, "navigation")).containsExactly("Home > World > Europe");
    }

    @Test
    void ordinaryParagraphsMentioningNewslettersAreKept() throws Exception {
        String text = "Media group sold\nThe company, which publishes a popular political newsletter and a weekly podcast, "
                + "was sold to an investment fund for $40 million, according to people familiar with the deal.\n";
        assertThat(segment(text).removed()).isEmpty();
    }

    @Test
    void newsAboutAdvertisingAndFreeSpeechIsKeptButAnAdvertisementLabelIsNot() throws Exception {
        String text = "Ad war in Ohio\n"
                + "The senator's campaign has booked $2 million of television advertisements in Ohio, according to "
                + "media buyers.\n"
                + "Advertisement\n"
                + "Some who advocate free speech say the platforms are in a difficult spot, free to remove posts but blamed"
                + " either way.\n"
                + "\"We've got to get our act together,\" the governor said.\n";
        SegmentedArticle s = segment(text);
        assertThat(removed(s, "promotion")).containsExactly("Advertisement");
        assertThat(s.blocks()).hasSize(4);
    }

    @Test
    void hardWrappedParagraphsAreJoined() throws Exception {
        String text = "Floods hit the north\n\n"
                + "Heavy rain caused rivers to burst their banks across the region on\n"
                + "Tuesday, forcing thousands of residents to leave their homes as\n"
                + "emergency crews worked through the night.\n\n"
                + "The regional governor declared a state of emergency.\n";
        SegmentedArticle s = segment(text);
        assertThat(s.blocks()).hasSize(3);
        assertThat(s.blocks().get(1).span().of(text)).startsWith("Heavy rain").endsWith("through the night.");
    }

    @Test
    void lineEndingsAreNormalizedAndNothingElse() throws Exception {
        Article a = new TextArticleReader().read("Title here\r\nBody text, said nobody.\r\n", "crlf");
        assertThat(a.text()).isEqualTo("Title here\nBody text, said nobody.\n");
    }

    @Test
    void emptyTextIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextArticleReader().read(" \n\t", "blank.txt"))
                .isInstanceOf(BadInputException.class).hasMessage("blank.txt: empty file");
    }
}
