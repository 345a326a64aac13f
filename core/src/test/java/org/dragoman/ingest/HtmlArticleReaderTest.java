package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phenomenon tests for {@link HtmlArticleReader} on small pages written for these tests. */
class HtmlArticleReaderTest {
    private static final HtmlArticleReader READER = new HtmlArticleReader();

    private static final String P1 = "The harbour authority in Varna said on Monday that it would extend the "
            + "night shift for grain loading, after a week in which twelve ships waited more than two days to berth.";
    private static final String P2 = "Port officials said the extra shift would run until the end of the harvest, "
            + "and that two more cranes, leased from a Romanian operator, would arrive before the end of the month.";
    private static final String P3 = "Exporters welcomed the decision but warned that rail deliveries from the "
            + "interior, not the quays, were now the main bottleneck for the season's shipments.";

    private static String body() {
        return "<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n<p>" + P3 + "</p>";
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8>" + head + "</head><body>" + body
                + "</body></html>";
    }

    private static String articlePage(String head, String beforeBody) {
        return page(head, "<article><h1>Varna port extends night shift for grain</h1>" + beforeBody
                + "<div class=\"article-body\">" + body() + "</div></article>");
    }

    private static Article read(String html) throws BadInputException {
        return READER.read(html, "test.html");
    }

    // ---- text ----

    @Test
    void textIsHeadlineThenBlankLineSeparatedParagraphs() throws BadInputException {
        Article a = read(articlePage("<title>Varna port extends night shift for grain</title>", ""));
        assertThat(a.text()).isEqualTo("Varna port extends night shift for grain\n\n" + P1 + "\n\n" + P2
                + "\n\n" + P3);
        assertThat(a.title()).contains("Varna port extends night shift for grain");
        assertThat(HtmlArticleReader.body(a)).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.id()).isEqualTo(Article.idOf(a.text()));
    }

    @Test
    void whitespaceInsideParagraphIsCollapsed() throws BadInputException {
        String html = page("<title>Night shift</title>", "<h1>Night shift at Varna</h1><div class=content><p>"
                + "The harbour\n   authority\u00a0 said\t\ton Monday that it would extend the night shift.</p>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></div>");
        assertThat(HtmlArticleReader.body(read(html)))
                .startsWith("The harbour authority said on Monday that it would extend the night shift.\n\n");
    }

    @Test
    void singleBreakIsASpaceAndDoubleBreakEndsAParagraph() throws BadInputException {
        String html = page("<title>Night shift</title>", "<div class=story>" + P1 + "<br>" + P2
                + "<br><br>" + P3 + "</div>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo(P1 + " " + P2 + "\n\n" + P3);
    }

    @Test
    void subheadingsAreTheirOwnParagraphs() throws BadInputException {
        String html = page("<title>Night shift</title>", "<article><h1>Varna port extends night shift</h1>"
                + "<p>" + P1 + "</p><h2>Cranes on the way</h2><p>" + P2 + "</p><h3>Rail is the bottleneck</h3><p>"
                + P3 + "</p></article>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo(P1 + "\n\nCranes on the way\n\n" + P2
                + "\n\nRail is the bottleneck\n\n" + P3);
    }

    @Test
    void tableRowsBecomeLinesWithCellsSeparatedBySpaces() throws BadInputException {
        String html = page("<title>Queue</title>", "<article><h1>Ships waiting at Varna</h1><p>" + P1
                + "</p><table><tr><th>Ship</th><th>Days</th></tr><tr><td>Aurora</td><td>3</td></tr></table><p>"
                + P2 + "</p></article>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo(P1 + "\n\nShip Days\n\nAurora 3\n\n" + P2);
    }

    @Test
    void itempropArticleBodyIsPreferredOverALongerSidebar() throws BadInputException {
        String teaser = "<p>Another story entirely, with a long paragraph about a football match, the weather "
                + "in the mountains, the price of bread and several other things that are not this article.</p>";
        String html = page("<title>Night shift</title>", "<div class=col>" + teaser + teaser + teaser + teaser
                + "</div><div itemprop=articleBody>" + body() + "</div>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenThePageHasNoBodyMarkup() throws BadInputException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Night shift\","
                + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3 + "\"}</script>";
        String html = page(ld, "<div id=app></div><nav><a href=/>Home</a></nav>");
        Article a = read(html);
        assertThat(HtmlArticleReader.body(a)).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.title()).contains("Night shift");
    }

    // ---- boilerplate ----

    @Test
    void navigationAdsCookieBannerRelatedNewsletterShareCommentsAndFooterAreRemoved() throws BadInputException {
        String html = page("<title>Varna port extends night shift for grain | Harbour Herald</title>"
                        + "<meta property=og:site_name content=\"Harbour Herald\">",
                "<div class=cookie-banner><p>We use cookies to improve your experience on our website and to "
                        + "show you personalised advertising. Accept all cookies?</p><button>Accept</button></div>"
                        + "<header class=site-header><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World"
                        + "</a></li></ul></nav></header>"
                        + "<div class=\"ad-slot\"><span>Advertisement</span></div>"
                        + "<article><h1>Varna port extends night shift for grain</h1>"
                        + "<div class=byline>By Mara Petrova</div>"
                        + "<div class=\"social-share\"><a href=#>Share on Facebook</a><a href=#>Tweet</a></div>"
                        + "<figure><img src=x.jpg><figcaption>Cranes at the port of Varna. Photo: Port authority"
                        + "</figcaption></figure>"
                        + "<div class=article-body><p>" + P1 + "</p>"
                        + "<div class=\"ad-inline\"><p>Advertisement</p></div>"
                        + "<p>" + P2 + "</p><p>Read more: <a href=/x>Danube ports race to add capacity</a></p><p>"
                        + P3 + "</p></div>"
                        + "<div class=newsletter><h3>Port Weekly</h3><p>Get the week's shipping news in your inbox "
                        + "every Friday, with analysis from our correspondents.</p><button>Sign up</button></div>"
                        + "<section class=related-stories><h2>Related stories</h2><ul><li><a href=/a>Strike "
                        + "damages silos at Odesa port overnight</a></li><li><a href=/b>Egypt buys wheat in new "
                        + "tender</a></li></ul></section>"
                        + "<section id=comments><h2>3 comments</h2><div class=comment><p>This should have happened "
                        + "years ago, the queues at Varna have been a scandal for every exporter I know.</p></div>"
                        + "</section></article>"
                        + "<aside class=sidebar><h2>Most read</h2><ol><li><a href=/c>Lira slips to a record low"
                        + "</a></li></ol></aside>"
                        + "<footer><p>© 2026 Harbour Herald. All rights reserved.</p></footer>");
        Article a = read(html);
        assertThat(HtmlArticleReader.body(a)).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.title()).contains("Varna port extends night shift for grain");
    }

    @Test
    void mostlyLinkBlocksAreDroppedButInTextLinksKept() throws BadInputException {
        String html = page("<title>Night shift</title>", "<div class=entry-content><p>The harbour authority in "
                + "<a href=/varna>Varna</a> said on Monday that it would extend the night shift for grain loading, "
                + "after a week of long queues.</p><ul><li><a href=/1>Ports</a></li><li><a href=/2>Grain</a></li>"
                + "<li><a href=/3>Shipping</a></li></ul><p>" + P2 + "</p><p>" + P3 + "</p></div>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo("The harbour authority in Varna said on Monday "
                + "that it would extend the night shift for grain loading, after a week of long queues.\n\n" + P2
                + "\n\n" + P3);
    }

    @Test
    void hiddenElementsAreRemoved() throws BadInputException {
        String html = page("<title>Night shift</title>", "<div class=article-content><p>" + P1 + "</p>"
                + "<p style=\"display: none\">Hidden text that a reader never sees on the page at all.</p><p hidden>"
                + "Also hidden from every reader of this page.</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void trailingCallsToActionAndCreditsAreTrimmed() throws BadInputException {
        String html = page("<title>Night shift</title>", "<div class=story-body>" + body()
                + "<p>Reporting by Mara Petrova; Editing by Ivan Dimov</p>"
                + "<p>Follow us on Twitter for more port news.</p></div>");
        assertThat(HtmlArticleReader.body(read(html))).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    // ---- no article ----

    @Test
    void navigationOnlyPageIsRejected() {
        String html = page("<title>Harbour Herald</title>", "<header><nav><ul><li><a href=/>Home</a></li>"
                + "<li><a href=/world>World</a></li><li><a href=/business>Business</a></li></ul></nav></header>"
                + "<div class=menu><a href=/a>Ports</a> <a href=/b>Grain</a> <a href=/c>Shipping</a></div>"
                + "<footer>© 2026 Harbour Herald</footer>");
        assertThatThrownBy(() -> READER.read(html, "nav.html"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("nav.html: no article text found")
                .extracting(e -> ((BadInputException) e).input()).isEqualTo("nav.html");
    }

    @Test
    void emptyBodyIsRejected() {
        assertThatThrownBy(() -> READER.read(page("<title>Empty</title>", ""), "empty.html"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no article text found");
    }

    @Test
    void emptyStringAndNullAreRejected() {
        assertThatThrownBy(() -> READER.read("", "a.html")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> READER.read(null, "a.html")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> READER.read(null, null)).isInstanceOf(BadInputException.class);
    }

    @Test
    void oversizedPageIsRejectedWithoutParsing() {
        String huge = "x".repeat(HtmlArticleReader.MAX_CHARS + 1);
        assertThatThrownBy(() -> READER.read(huge, "big.html"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("exceeds the limit");
    }

    // ---- dates ----

    @Test
    void jsonLdDatePublishedIsTheLocalDateAsWritten() throws BadInputException {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                + "\"NewsArticle\",\"headline\":\"Night shift\",\"datePublished\":\"2025-06-25T23:30:00-05:00\"}"
                + "</script>";
        assertThat(read(articlePage(ld, "")).published()).contains(LocalDate.of(2025, 6, 25));
    }

    @Test
    void jsonLdInGraphArrayAndWithCommentsIsRead() throws BadInputException {
        String ld = "<script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"Harbour Herald\"},"
                + "{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},{\"@type\":[\"NewsArticle\"],"
                + "\"datePublished\":\"2025-06-24\", /* sloppy */ \"author\":[{\"@type\":\"Person\",\"name\":\"Mara "
                + "Petrova\"},{\"@type\":\"Person\",\"name\":\"Ivan Dimov\"}],\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Harbour Herald\"},}]}]</script>";
        Article a = read(articlePage(ld, ""));
        assertThat(a.published()).contains(LocalDate.of(2025, 6, 24));
        assertThat(a.author()).contains("Mara Petrova, Ivan Dimov");
        assertThat(a.source()).contains("Harbour Herald");
    }

    @Test
    void brokenJsonLdIsIgnored() throws BadInputException {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
                + "<meta property=article:published_time content=2025-06-23T08:00:00Z>";
        assertThat(read(articlePage(ld, "")).published()).contains(LocalDate.of(2025, 6, 23));
    }

    @Test
    void metaArticlePublishedTimeWinsOverLaterSignals() throws BadInputException {
        String head = "<meta property=\"article:published_time\" content=\"2025-06-25T10:00:00+02:00\">"
                + "<meta name=date content=2024-01-01><link rel=canonical href=https://example.com/2023/03/03/x>";
        assertThat(read(articlePage(head, "")).published()).contains(LocalDate.of(2025, 6, 25));
    }

    @Test
    void updatedPublishedTimeLosesToTheEarlierJsonLdDatePublished() throws BadInputException {
        String head = "<meta property=\"article:published_time\" content=\"2025-06-27T08:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2025-06-25T10:00:00+02:00\",\"dateModified\":\"2025-06-27T08:00:00Z\"}</script>";
        assertThat(read(articlePage(head, "")).published()).contains(LocalDate.of(2025, 6, 25));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta property=og:published_time content=2025-06-25T10:00:00Z>|2025-06-25",
        "<meta name=pubdate content=20250625>|2025-06-25",
        "<meta name=DC.date.issued content=2025-06-25>|2025-06-25",
        "<meta name=parsely-pub-date content=2025-06-25T07:12:00Z>|2025-06-25",
        "<meta name=sailthru.date content='Wed, 25 Jun 2025 10:00:00 GMT'>|2025-06-25",
        "<meta name=date content='June 25, 2025'>|2025-06-25",
        "<meta name=date content='25 June 2025'>|2025-06-25",
        "<meta name=date content=25/06/2025>|2025-06-25",
        "<meta itemprop=datePublished content=2025-06-25>|2025-06-25",
    })
    void metaDateVariants(String head, String expected) throws BadInputException {
        assertThat(read(articlePage(head, "")).published()).contains(LocalDate.parse(expected));
    }

    @Test
    void ambiguousNumericDateIsNotGuessed() throws BadInputException {
        assertThat(read(articlePage("<meta name=date content=03/04/2025>", "")).published()).isEmpty();
    }

    @Test
    void timeElementInArticleHeader() throws BadInputException {
        String header = "<header><time datetime=\"2025-06-22T18:00:00+03:00\">Sunday evening</time></header>";
        assertThat(read(articlePage("", header)).published()).contains(LocalDate.of(2025, 6, 22));
    }

    @Test
    void itempropDatePublishedOnATimeElement() throws BadInputException {
        String html = page("", "<div itemprop=articleBody><time itemprop=datePublished datetime=2025-06-21>"
                + "21 June</time>" + body() + "</div>");
        assertThat(read(html).published()).contains(LocalDate.of(2025, 6, 21));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/world/2025/06/25/varna-night-shift/",
        "https://example.com/world/2025-06-25/varna-night-shift",
        "https://example.com/news/20250625/varna-night-shift.html",
    })
    void dateFromCanonicalUrl(String url) throws BadInputException {
        Article a = read(articlePage("<link rel=canonical href=\"" + url + "\">", ""));
        assertThat(a.published()).contains(LocalDate.of(2025, 6, 25));
        assertThat(a.url()).contains(url);
    }

    @Test
    void noDateWhenThePageStatesNone() throws BadInputException {
        assertThat(read(articlePage("<link rel=canonical href=https://example.com/world/varna>", "")).published())
                .isEmpty();
    }

    // ---- authors ----

    @Test
    void metaAuthor() throws BadInputException {
        assertThat(read(articlePage("<meta name=author content=\"Mara Petrova\">", "")).author())
                .contains("Mara Petrova");
    }

    @Test
    void metaAuthorThatIsAUrlIsSkipped() throws BadInputException {
        String head = "<meta name=author content=\"https://www.facebook.com/harbourherald\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Ivan Dimov\"}</script>";
        assertThat(read(articlePage(head, "")).author()).contains("Ivan Dimov");
    }

    @Test
    void jsonLdAuthorObject() throws BadInputException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"ReportageNewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Mara Petrova\"}}</script>";
        assertThat(read(articlePage(ld, "")).author()).contains("Mara Petrova");
    }

    @Test
    void relAuthorLink() throws BadInputException {
        assertThat(read(articlePage("", "<p class=by>By <a rel=author href=/mp>Mara Petrova</a></p>")).author())
                .contains("Mara Petrova");
    }

    @Test
    void itempropAuthorWithNestedName() throws BadInputException {
        String byline = "<div itemprop=author itemscope itemtype=https://schema.org/Person><span itemprop=name>"
                + "Ivan Dimov</span>, port correspondent</div>";
        assertThat(read(articlePage("", byline)).author()).contains("Ivan Dimov");
    }

    @Test
    void bylineClassWithByPrefixAndTwoNames() throws BadInputException {
        assertThat(read(articlePage("", "<div class=byline>By Mara Petrova and Ivan Dimov</div>")).author())
                .contains("Mara Petrova, Ivan Dimov");
    }

    @Test
    void dublinCoreCreatorInSpaceSeparatedProperty() throws BadInputException {
        String head = "<meta property=\"dc:creator twitter:creator\" content=\"Mara Petrova\">";
        assertThat(read(articlePage(head, "")).author()).contains("Mara Petrova");
    }

    @Test
    void contactLinkRelAuthorIsNotAName() throws BadInputException {
        String head = "<link rel=author href=\"mailto:desk@herald.example\" title=\"Contact\">";
        assertThat(read(articlePage(head, "")).author()).isEmpty();
    }

    @Test
    void bylineElementWithPrefixedClassGivesOnlyTheFirstByline() throws BadInputException {
        String html = page("", "<article><h1>Varna port extends night shift for grain</h1>"
                + "<span class=\"pb-byline\">By Mara Petrova</span><div class=article-body>" + body() + "</div>"
                + "</article><section><span class=\"story-byline\">By Ivan Dimov</span></section>");
        assertThat(read(html).author()).contains("Mara Petrova");
    }

    @Test
    void bylineInNavigationIsIgnored() throws BadInputException {
        String html = page("", "<nav><a class=author-link href=/a>Ivan Dimov</a></nav><article><h1>Varna port "
                + "extends night shift for grain</h1><div class=article-body>" + body() + "</div></article>");
        assertThat(read(html).author()).isEmpty();
    }

    @Test
    void initialsAloneAreNotAName() throws BadInputException {
        assertThat(read(articlePage("", "<div class=byline>J J</div>")).author()).isEmpty();
    }

    @Test
    void noAuthorWhenThePageNamesNone() throws BadInputException {
        assertThat(read(articlePage("", "")).author()).isEmpty();
    }

    // ---- title, source, url ----

    @Test
    void siteNameSuffixIsStrippedFromTitle() throws BadInputException {
        String head = "<title>Varna port extends night shift for grain - Harbour Herald</title>"
                + "<meta name=application-name content=\"Harbour Herald\">";
        String html = page(head, "<div class=story-body>" + body() + "</div>");
        Article a = read(html);
        assertThat(a.title()).contains("Varna port extends night shift for grain");
        assertThat(a.source()).contains("Harbour Herald");
    }

    @Test
    void titleSuffixThatIsNotTheSiteIsKept() throws BadInputException {
        String html = page("<title>Grain: the night shift at Varna | analysis</title>",
                "<div class=story-body>" + body() + "</div>");
        assertThat(read(html).title()).contains("Grain: the night shift at Varna | analysis");
    }

    @Test
    void ogTitleIsPreferredAndSourceFromJsonLdPublisher() throws BadInputException {
        String head = "<meta property=og:title content=\"Varna extends the night shift\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":"
                + "\"NewsMediaOrganization\",\"name\":\"Harbour Herald\"}}</script>";
        Article a = read(articlePage(head, ""));
        assertThat(a.title()).contains("Varna extends the night shift");
        assertThat(a.source()).contains("Harbour Herald");
        assertThat(a.text()).startsWith("Varna extends the night shift\n\n" + P1);
    }

    @Test
    void pageWideHeadingIsWeakerThanTheTitleElement() throws BadInputException {
        String html = page("<title>Varna port extends night shift for grain</title>",
                "<h1>Ports and shipping news</h1><div class=story-body>" + body() + "</div>");
        assertThat(read(html).title()).contains("Varna port extends night shift for grain");
    }

    @Test
    void pageWideHeadingRepeatedInTheTitleElementWins() throws BadInputException {
        String html = page("<title>Varna night shift - Harbour Herald - ports, shipping, trade</title>",
                "<h1>Varna night shift</h1><div class=story-body>" + body() + "</div>");
        assertThat(read(html).title()).contains("Varna night shift");
    }

    @Test
    void jsonLdHeadlineThatNothingElseSaysIsNotTheTitle() throws BadInputException {
        String head = "<title>Varna port - Harbour Wiki</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"Article\",\"name\":\"Varna port\",\"headline\":\"seaport on the Black Sea\"}"
                + "</script>";
        String html = page(head, "<h1>Varna port</h1><div class=story-body>" + body() + "</div>");
        assertThat(read(html).title()).contains("Varna port");
    }

    @Test
    void jsonLdHeadlineAgreeingWithTheHeadingIsTheTitle() throws BadInputException {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Varna port extends night shift for grain\"}</script>";
        assertThat(read(articlePage(head, "")).title()).contains("Varna port extends night shift for grain");
    }

    @Test
    void urlFromOgUrlWhenCanonicalIsRelative() throws BadInputException {
        String head = "<link rel=canonical href=/world/varna><meta property=og:url "
                + "content=https://example.com/world/varna>";
        assertThat(read(articlePage(head, "")).url()).contains("https://example.com/world/varna");
    }

    @Test
    void pageWithoutAnyTitleHasTextWithoutHeadline() throws BadInputException {
        Article a = read(page("", "<div class=story-body>" + body() + "</div>"));
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    // ---- the sample page ----

    @Test
    void samplePageWithAdsYieldsTheStoryAndItsMetadata() throws IOException, BadInputException {
        String html = resource("/golden/analyze/html-page-with-ads.html");
        Article a = READER.read(html, "html-page-with-ads.html");
        assertThat(a.title()).contains(
                "Ukraine, Turkey and UN agree joint inspections to speed Black Sea grain shipments");
        assertThat(a.published()).contains(LocalDate.of(2026, 5, 19));
        assertThat(a.author()).contains("Daria Kovalenko");
        assertThat(a.source()).contains("The Meridian Ledger");
        assertThat(a.url()).contains("https://www.meridianledger.example/world/europe/2026/05/19/"
                + "black-sea-grain-corridor-joint-inspections/");
        String text = a.text();
        assertThat(text.split("\n\n")).hasSize(12);
        assertThat(text).contains("“Every day a ship waits at anchor costs a farmer in Poltava or Kherson money",
                "“Turkey will not allow the Bosphorus to become a bottleneck for the world’s food,” Kaya told",
                "\n\nInsurers remain cautious\n\n", "\n\nWhat happens next\n\n",
                "Ukraine’s ports.", "along the shipping corridor that");
        for (String boilerplate : List.of("cookies", "Advertisement", "Share on", "Related stories",
                "Read more", "Black Sea Brief", "Sign up", "Comments", "Harbourwatcher", "Most read", "©",
                "Privacy", "Photo:", "Topics:", "Skip to", "Subscribe", "By Daria", "6:40 p.m.", "Istanbul correspondent",
                "Inspectors from the three sides will board ships together at the Bosphorus from June 1, a step")) {
            assertThat(text).as(boilerplate).doesNotContain(boilerplate);
        }
        assertThat(text).startsWith("Ukraine, Turkey and UN agree joint inspections to speed Black Sea grain "
                + "shipments\n\nISTANBUL — Ukraine, Turkey and the United Nations agreed on Tuesday");
        assertThat(text).endsWith("expected cargoes to move more smoothly through the summer.");
    }

    // ---- never throws ----

    @Test
    void neverThrowsOnRandomStrings() {
        Random random = new Random(20260519);
        String alphabet = "<>/=\"' abcdefghijklmnopqrstuvwxyz!-&;#\n\t{}[]:,ÄŁ€\u0000\uFEFF";
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readOrReject(s.toString());
        }
    }

    @Test
    void neverThrowsOnTruncatedPages() throws IOException {
        String html = resource("/golden/analyze/html-page-with-ads.html");
        for (int cut = 0; cut < html.length(); cut += 97) {
            readOrReject(html.substring(0, cut));
        }
        for (int cut = 0; cut < html.length(); cut += 997) {
            readOrReject(html.substring(cut));
        }
    }

    @Test
    void neverThrowsOnMalformedMarkup() {
        List<String> inputs = List.of("<", "<<<>>>", "<html", "</p></p></div>", "<p>" + P1,
                "<div><p><span>" + P1 + "</div></span>", "<table><td>" + P1 + "<tr><p>" + P2,
                "<script>" + P1, "<!--" + P1, "<![CDATA[" + P1, "<svg><p>" + P1 + "</svg>",
                "<script type=application/ld+json>" + "[".repeat(5000) + "</script><p>" + P1 + P2 + "</p>",
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":{\"name\":{\"name\":"
                        + "[1,2,{}]}},\"datePublished\":[],\"headline\":{}}</script><p>" + P1 + P2 + "</p>",
                "<meta property=og:title content=\"" + "x".repeat(10_000) + "\"><p>" + P1 + P2 + "</p>",
                "<html><body>" + "<div>".repeat(20_000) + P1 + P2 + "</body></html>",
                "<p>" + (P1 + " ").repeat(20_000) + "</p>",
                "<ul>" + "<li><a href=/x>link</a></li>".repeat(20_000) + "</ul>",
                "\u0000\u0001\u0002<p>" + P1 + P2 + "</p>", "\uD800<p>" + P1 + "\uDFFF" + P2 + "</p>");
        for (String input : inputs) {
            readOrReject(input);
        }
    }

    /** Reads {@code html}; a {@link BadInputException} is an accepted outcome, any other throwable fails. */
    private static void readOrReject(String html) {
        try {
            Article a = READER.read(html, "fuzz.html");
            assertThat(a.text()).isNotBlank();
            assertThat(a.title()).isNotEqualTo(Optional.of(""));
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith("fuzz.html");
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
