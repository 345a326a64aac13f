package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearEvalTest {

    static final Path POLNEAR = Path.of("../../shared/data/polnear/data");

    static Path split() throws URISyntaxException {
        return Path.of(PolnearEvalTest.class.getResource("/eval/polnear/data/dev").toURI());
    }

    static Span span(String text, String phrase, int nth) {
        return MeantimeEvalTest.mention(text, phrase, nth).span();
    }

    static Quote quote(String id, String text, String phrase, QuoteKind kind, Optional<Span> cue,
                       Optional<Speaker> speaker) {
        Span s = span(text, phrase, 0);
        return new Quote(id, kind, s, phrase, Optional.empty(), cue, speaker);
    }

    static Analysis analysis(Article article, List<Entity> entities, List<Quote> quotes) {
        return new Analysis(article, List.of(), List.of(), entities, quotes, List.of());
    }

    /**
     * A fake system on the harbour fixture: an exact match, an overlap above half (right speaker only through its
     * entity), an overlap below half, a part of the discontinuous quote, the sourceless attribution exactly, and a
     * spurious quote. Nothing on other articles.
     */
    static Analysis fake(Article article) {
        String t = article.text();
        if (!t.startsWith("Harbour")) {
            return analysis(article, List.of(), List.of());
        }
        Mention voss = MeantimeEvalTest.mention(t, "Voss", 0);
        Mention olsen = MeantimeEvalTest.mention(t, "Olsen", 0);
        Entity e1 = new Entity("E1", "Lina Voss", EntityType.PERSON, Optional.empty(), List.of(voss));
        // contrived on purpose: the speaker mention is wrong, but the entity also has the gold source mention
        Entity e2 = new Entity("E2", "Piet Olsen", EntityType.PERSON, Optional.empty(),
                List.of(olsen, MeantimeEvalTest.mention(t, "Voss", 1)));
        return analysis(article, List.of(e1, e2), List.of(
                quote("Q1", t, "We will open the new harbour in spring,", QuoteKind.DIRECT,
                        Optional.of(span(t, "said", 0)),
                        Optional.of(new Speaker(Optional.of("E1"), Optional.of("Lina Voss"), Optional.of(voss)))),
                quote("Q2", t, "the ferry service would resume", QuoteKind.INDIRECT, Optional.empty(),
                        Optional.of(new Speaker(Optional.of("E2"), Optional.of("Piet Olsen"), Optional.of(olsen)))),
                quote("Q3", t, "The harbour master, Piet Olsen, warned that", QuoteKind.DIRECT, Optional.empty(),
                        Optional.empty()),
                quote("Q4", t, "and nobody has fixed them.", QuoteKind.DIRECT, Optional.of(span(t, "added", 0)),
                        Optional.empty()),
                quote("Q5", t, "to announce the budget on Friday", QuoteKind.INDIRECT,
                        Optional.of(span(t, "expected", 0)), Optional.empty()),
                quote("Q6", t, "The town council met for three hours.", QuoteKind.DIRECT, Optional.empty(),
                        Optional.empty())));
    }

    @Test
    void readsAttributionsWithDiscontinuousContentAndMissingSource() throws Exception {
        Path dev = split();
        PolnearDocument doc = PolnearEval.read(dev.resolve("text/harbour.txt"),
                dev.resolve("attributions/harbour_a1b2.ann"), "harbour", "a1b2", Optional.of(LocalDate.of(2024, 3, 5)));
        String t = doc.article().text();

        assertThat(t).isEqualTo(Files.readString(dev.resolve("text/harbour.txt")));
        assertThat(doc.article().published()).contains(LocalDate.of(2024, 3, 5));
        assertThat(doc.attributions()).extracting(PolnearAttribution::id).containsExactly("E1", "E2", "E3", "E4", "E5");
        assertThat(doc.withoutContent()).isEqualTo(1);
        PolnearAttribution e1 = doc.attributions().get(0);
        assertThat(e1.sources()).extracting(s -> s.of(t)).containsExactly("Mayor Lina Voss");
        assertThat(e1.cues()).extracting(s -> s.of(t)).containsExactly("said");
        assertThat(e1.extent(t).orElseThrow().of(t)).isEqualTo("We will open the new harbour in spring,");
        PolnearAttribution e4 = doc.attributions().get(3);
        assertThat(e4.content()).extracting(s -> s.of(t))
                .containsExactly("“The tide tables are wrong,”", "“and nobody has fixed them.”");
        assertThat(e4.extent(t).orElseThrow().of(t))
                .isEqualTo("The tide tables are wrong,” Olsen added, “and nobody has fixed them.");
        assertThat(e4.fragments(t)).extracting(s -> s.of(t))
                .containsExactly("The tide tables are wrong,", "and nobody has fixed them.");
        assertThat(doc.attributions().get(4).sources()).isEmpty();
        assertThat(doc.attributions()).extracting(a -> a.kind(t)).containsExactly(
                QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED, QuoteKind.DIRECT, QuoteKind.INDIRECT);
    }

    @Test
    void scoresContentSourceAndCueOverallAndByKind() throws Exception {
        PolnearReport report = PolnearEval.run(split(), PolnearEvalTest::fake);

        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.severalAnnotators()).isEqualTo(1);
        assertThat(report.dated()).isEqualTo(1);
        assertThat(report.withoutContent()).isEqualTo(1);
        PolnearReport.Row all = report.all();
        // gold: 5 in harbour + 2 in orchard (its first annotator; the second has only 1)
        assertThat(all.gold()).isEqualTo(7);
        assertThat(all.system()).isEqualTo(6);
        assertThat(all.goldWithoutSource()).isEqualTo(1);
        assertThat(all.exact()).isEqualTo(new Score(2, 4, 5));
        assertThat(all.overlap()).isEqualTo(new Score(4, 2, 3));
        assertThat(all.sourceJudged()).isEqualTo(3);
        assertThat(all.sourceByMention()).isEqualTo(1);
        assertThat(all.sourceByEntity()).isEqualTo(2);
        assertThat(all.matchedWithoutSource()).isEqualTo(1);
        assertThat(all.cueJudged()).isEqualTo(4);
        assertThat(all.cueCorrect()).isEqualTo(3);

        assertThat(report.kinds()).extracting(PolnearReport.Row::name).containsExactly("direct", "mixed", "indirect");
        PolnearReport.Row direct = report.kinds().get(0);
        PolnearReport.Row mixed = report.kinds().get(1);
        PolnearReport.Row indirect = report.kinds().get(2);
        // direct: harbour E1, E4 and orchard E2; system Q1, Q4 (matched) and Q3, Q6 (unmatched, own kind DIRECT)
        assertThat(direct.exact()).isEqualTo(new Score(1, 3, 2));
        assertThat(direct.overlap()).isEqualTo(new Score(2, 2, 1));
        assertThat(List.of(direct.sourceJudged(), direct.sourceByMention(), direct.sourceByEntity(),
                direct.cueJudged(), direct.cueCorrect())).containsExactly(2, 1, 1, 2, 2);
        assertThat(mixed.overlap()).isEqualTo(new Score(0, 0, 1));
        assertThat(indirect.exact()).isEqualTo(new Score(1, 1, 2));
        assertThat(indirect.overlap()).isEqualTo(new Score(2, 0, 1));
        assertThat(List.of(indirect.sourceJudged(), indirect.sourceByMention(), indirect.sourceByEntity(),
                indirect.matchedWithoutSource(), indirect.cueJudged(), indirect.cueCorrect()))
                .containsExactly(1, 0, 1, 1, 2, 1);
    }

    @Test
    void scoresTheOtherAnnotatorAndTheSystemAgainstTheFirstOnDoublyAnnotatedArticles() throws Exception {
        PolnearReport report = PolnearEval.run(split(), PolnearEvalTest::fake);

        PolnearReport.Agreement agreement = report.agreement();
        assertThat(agreement.articles()).isEqualTo(1);
        assertThat(agreement.comparisons()).isEqualTo(1);
        // orchard: the first annotator has the belief and the farmer's quote; the second only the quote, with the
        // same source and a longer cue ("told the local radio station")
        PolnearReport.Row human = agreement.annotator();
        assertThat(human.overlap()).isEqualTo(new Score(1, 0, 1));
        assertThat(human.exact()).isEqualTo(new Score(1, 0, 1));
        assertThat(List.of(human.sourceJudged(), human.sourceByMention(), human.cueJudged(), human.cueCorrect()))
                .containsExactly(1, 1, 1, 1);
        // the fake system finds nothing in orchard
        assertThat(agreement.system().overlap()).isEqualTo(new Score(0, 0, 2));
        assertThat(report.format()).anySatisfy(l -> assertThat(l).startsWith("human agreement: on the 1 articles"));
    }

    @Test
    void listsBadFilesAndGoesOn() throws Exception {
        PolnearReport report = PolnearEval.run(split(), PolnearEvalTest::fake);

        assertThat(report.skipped()).extracting(SkippedFile::file).containsExactlyInAnyOrder(
                "attributions/broken_3c3c.ann", "text/lonely.txt", "attributions/tabs_5d5d.ann",
                "attributions/ghost_7a7a.ann");
        assertThat(report.skipped()).extracting(SkippedFile::reason).anySatisfy(
                r -> assertThat(r).startsWith("offsets do not match the text: T1 covers"));
        assertThat(report.skipped()).extracting(SkippedFile::reason).anySatisfy(
                r -> assertThat(r).isEqualTo("line 1: malformed text-bound annotation"));
        assertThat(report.skipped()).extracting(SkippedFile::reason).contains("no attributions/lonely_*.ann",
                "no text/ghost.txt");
    }

    @Test
    void articleOnWhichTheSystemFailsIsSkipped() throws Exception {
        PolnearReport report = PolnearEval.run(split(), article -> {
            if (article.text().startsWith("Apple")) {
                throw new IllegalStateException("boom");
            }
            return fake(article);
        });

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.all().gold()).isEqualTo(5);
        assertThat(report.skipped()).contains(new SkippedFile("text/orchard.txt",
                "system failed: java.lang.IllegalStateException: boom"));
    }

    @Test
    void formatsHeaderRowsAndSkippedFiles() throws Exception {
        List<String> lines = PolnearEval.run(split(), PolnearEvalTest::fake).format();

        assertThat(lines.get(0)).endsWith("2 articles scored, 4 skipped; 7 gold attributions, 6 system quotes");
        assertThat(lines.get(1)).contains("first .ann in file-name order (1 articles have several");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("all ")
                .contains("0.333  0.286  0.308 | 0.667  0.571  0.615 |     3   0.333   0.667      1 |     4  0.750"));
        assertThat(lines).filteredOn(l -> l.startsWith("skipped ")).hasSize(4);
    }

    @Test
    void countsTheOtherPieceOfAMatchedDiscontinuousContentAsADiagnostic() throws Exception {
        // “The tide tables are wrong,” Olsen added, “and nobody has fixed them.” is one gold attribution; a system
        // quoting the two pieces separately matches one and has the other unmatched
        PolnearReport report = PolnearEval.run(split(), article -> {
            String t = article.text();
            if (!t.startsWith("Harbour")) {
                return analysis(article, List.of(), List.of());
            }
            return analysis(article, List.of(), List.of(
                    quote("Q1", t, "The tide tables are wrong,", QuoteKind.DIRECT, Optional.empty(), Optional.empty()),
                    quote("Q2", t, "and nobody has fixed them.", QuoteKind.DIRECT, Optional.empty(), Optional.empty()),
                    quote("Q3", t, "The town council met for three hours.", QuoteKind.DIRECT, Optional.empty(),
                            Optional.empty()),
                    // a quote inside another quote's content, which PolNeAR does not annotate
                    quote("Q4", t, "tide tables", QuoteKind.DIRECT, Optional.empty(), Optional.empty())));
        });

        assertThat(report.all().overlap().truePositives()).isEqualTo(1);
        assertThat(report.all().overlap().falsePositives()).isEqualTo(3);
        assertThat(report.otherPieces()).isEqualTo(1);
        assertThat(report.nested()).isEqualTo(1);
        assertThat(report.format()).anySatisfy(l -> assertThat(l).startsWith("of the 3 unmatched system quotes, 1 lie"));
    }

    @Test
    void overlapMustCoverHalfOfTheShorterSpan() {
        List<List<Span>> gold = List.of(List.of(new Span(0, 20)));

        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold, List.of(List.of(new Span(10, 30))))).containsExactly(0);
        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold, List.of(List.of(new Span(11, 31))))).containsExactly(-1);
    }

    @Test
    void discontinuousContentCountsOnlyItsPieces() {
        List<List<Span>> gold = List.of(List.of(new Span(0, 10), new Span(30, 40)));

        // 10 shared chars of a 20-char content: half of the shorter
        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold, List.of(List.of(new Span(5, 35))))).containsExactly(0);
        // the gap (where source and cue sit) is not content
        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold, List.of(List.of(new Span(10, 30))))).containsExactly(-1);
    }

    @Test
    void quoteInPartsMatchesDiscontinuousContentByTheirPieces() {
        List<List<Span>> gold = List.of(List.of(new Span(0, 10), new Span(30, 60)));

        // the quote's parts share all 40 content chars; its gap (the attribution) is not counted
        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold,
                List.of(List.of(new Span(0, 10), new Span(30, 60))))).containsExactly(0);
        // one 10-char part inside the gap, one sharing 10 chars: 10 of 20 is half the shorter
        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold,
                List.of(List.of(new Span(12, 22), new Span(50, 60))))).containsExactly(0);
        assertThat(PolnearEval.overlapPairs(new int[] {-1}, gold,
                List.of(List.of(new Span(12, 24), new Span(52, 60))))).containsExactly(-1);
    }

    @Test
    void greedyMatchingTakesTheLargestOverlapFirst() {
        List<List<Span>> gold = List.of(List.of(new Span(0, 10)), List.of(new Span(10, 30)));

        assertThat(PolnearEval.overlapPairs(new int[] {-1, -1}, gold, List.of(List.of(new Span(5, 30)))))
                .containsExactly(-1, 0);
    }

    @Test
    void exactMatchesArePairedBeforeOverlaps() {
        List<Span> gold = List.of(new Span(0, 10), new Span(0, 30));
        List<Span> system = List.of(new Span(0, 10));
        int[] exact = PolnearEval.exactPairs(gold, system);

        assertThat(exact).containsExactly(0, -1);
        assertThat(PolnearEval.overlapPairs(exact, List.of(List.of(gold.get(0)), List.of(gold.get(1))), List.of(system)))
                .containsExactly(0, -1);
    }

    @Test
    void classifiesDirectMixedAndIndirectContent() {
        assertThat(PolnearAttribution.kindOf("“We will go there tomorrow,”")).isEqualTo(QuoteKind.DIRECT);
        assertThat(PolnearAttribution.kindOf("\"We will go there tomorrow.\"")).isEqualTo(QuoteKind.DIRECT);
        assertThat(PolnearAttribution.kindOf("«Nous partirons demain»")).isEqualTo(QuoteKind.DIRECT);
        assertThat(PolnearAttribution.kindOf("“A,” “B.”")).isEqualTo(QuoteKind.DIRECT);
        assertThat(PolnearAttribution.kindOf("that they will go there tomorrow")).isEqualTo(QuoteKind.INDIRECT);
        assertThat(PolnearAttribution.kindOf("that the plan was “a disaster for everyone”"))
                .isEqualTo(QuoteKind.MIXED);
        // almost entirely quoted: two unquoted letters in a long quotation
        assertThat(PolnearAttribution.kindOf("“" + "word ".repeat(20) + "” ok")).isEqualTo(QuoteKind.DIRECT);
        // a content whose first mark closes a quotation started inside it
        assertThat(PolnearAttribution.kindOf("the end of the matter.”")).isEqualTo(QuoteKind.DIRECT);
        assertThat(PolnearAttribution.kindOf("it’s the ‘best’ plan")).isEqualTo(QuoteKind.INDIRECT);
        // doubled apostrophes as quotation marks, with a nested single quote closing at ,'''
        assertThat(PolnearAttribution.kindOf("''They said, 'Go home,''' ")).isEqualTo(QuoteKind.DIRECT);
        assertThat(PolnearAttribution.kindOf("the ''old model'' of golf clubs is in decline")).isEqualTo(QuoteKind.MIXED);
        // a curly quotation inside a straight one does not end it
        assertThat(PolnearAttribution.kindOf("\"They asked “Why now?” and we had no answer.\""))
                .isEqualTo(QuoteKind.DIRECT);
        // a quotation over two paragraphs opens each and closes only the last
        assertThat(PolnearAttribution.kindOf("“First part of it. “Second part of it.”")).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void offsetsLineUpWithByteOrderMarkCarriageReturnsAndCodePoints(@TempDir Path dir) throws Exception {
        String raw = "\uFEFFTitle\r\n\r\nAna said \uD83D\uDE00 “hi there.”\r\n";
        // brat counts code points of the file as stored: the mark, the CRs, and the emoji as one
        String content = "“hi there.”";
        int start = raw.codePointCount(0, raw.indexOf(content));
        PolnearDocument asStored = readOne(dir.resolve("a"), raw, start, start + content.length(),
                raw.codePointCount(0, raw.indexOf("Ana")));
        String t = asStored.article().text();
        assertThat(t).hasSize(raw.length()).startsWith(" Title").doesNotContain("\r", "\uFEFF");
        assertThat(asStored.attributions().get(0).content().get(0).of(t)).isEqualTo(content);
        assertThat(asStored.attributions().get(0).sources().get(0).of(t)).isEqualTo("Ana");

        // offsets counted on the text read with LF line ends and without the mark
        String normalized = raw.substring(1).replace("\r\n", "\n");
        int nstart = normalized.codePointCount(0, normalized.indexOf(content));
        PolnearDocument asRead = readOne(dir.resolve("b"), raw, nstart, nstart + content.length(),
                normalized.codePointCount(0, normalized.indexOf("Ana")));
        String u = asRead.article().text();
        assertThat(u).isEqualTo(normalized);
        assertThat(asRead.attributions().get(0).content().get(0).of(u)).isEqualTo(content);
    }

    /** Reads a one-attribution article: Content {@code [start, end)} and Source "Ana" at {@code ana}, brat offsets. */
    private static PolnearDocument readOne(Path dir, String raw, int start, int end, int ana) throws Exception {
        Files.createDirectories(dir);
        Path text = dir.resolve("x.txt");
        Path ann = dir.resolve("x_ab12.ann");
        Files.writeString(text, raw, StandardCharsets.UTF_8);
        Files.writeString(ann, "T1\tContent " + start + " " + end + "\t“hi there.”\n"
                + "T2\tSource " + ana + " " + (ana + 3) + "\tAna\n"
                + "E1\tAttribution:T1 Content:T1 Source:T2\n", StandardCharsets.UTF_8);
        return PolnearEval.read(text, ann, "x", "ab12", Optional.empty());
    }

    @Test
    void errorsListMissedGoldAndUnmatchedQuotes() throws Exception {
        List<String> errors = new ArrayList<>();
        PolnearReport report = PolnearEval.run(split(), PolnearEvalTest::fake, errors::add);
        long missed = errors.stream().filter(l -> l.startsWith("missed\t")).count();
        long extra = errors.stream().filter(l -> l.startsWith("extra\t")).count();
        assertThat(missed).isEqualTo(report.all().overlap().falseNegatives()).isPositive();
        assertThat(extra).isEqualTo(report.all().overlap().falsePositives()).isPositive();
        assertThat(errors).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(
                PolnearEval.ERRORS_HEADER.split("\t").length));
        assertThat(errors).anyMatch(l -> l.startsWith("extra\tharbour\tdirect\t\t\tThe town council met"));
    }

    @Test
    void metadataGivesDatesAndTitlesByArticle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("metadata.tsv"), "compartment\tfilename\tpublication_date\ttitle\n"
                + "dev\tharbour\t2024-03-05\tHarbour to reopen in spring\n"
                + "dev\tferry\tnot a date\tFerry fares rise\n", StandardCharsets.UTF_8);
        assertThat(PolnearEval.metadataDates(dir)).containsOnlyKeys("harbour").containsEntry("harbour",
                LocalDate.of(2024, 3, 5));
        assertThat(PolnearEval.metadataColumn(dir, "title")).containsEntry("harbour", "Harbour to reopen in spring")
                .containsEntry("ferry", "Ferry fares rise");
        assertThat(PolnearEval.metadataColumn(dir, "no such column")).isEmpty();
        assertThat(PolnearEval.metadataColumn(dir.resolve("absent"), "title")).isEmpty();
    }

    @Test
    void rejectsAFolderThatIsNotASplit(@TempDir Path dir) {
        assertThatThrownBy(() -> PolnearEval.run(dir, PolnearEvalTest::fake))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a PolNeAR split");
    }

    @Test
    void parsesTheWholeRealDevSplit() throws Exception {
        Path dev = POLNEAR.resolve("dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "PolNeAR not present at " + dev.toAbsolutePath());
        long texts;
        try (Stream<Path> files = Files.list(dev.resolve("text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).count();
        }

        PolnearReport report = PolnearEval.run(dev, article -> analysis(article, List.of(), List.of()));

        assertThat(report.skipped()).isEmpty();
        assertThat(report.articles()).isEqualTo(texts).isPositive();
        assertThat(report.dated()).isEqualTo(report.articles());
        assertThat(report.severalAnnotators()).isPositive();
        assertThat(report.all().gold()).isGreaterThan(report.articles());
        assertThat(report.all().goldWithoutSource()).isPositive().isLessThan(report.all().gold());
        assertThat(report.all().system()).isZero();
        assertThat(report.kinds()).allSatisfy(r -> assertThat(r.gold()).isPositive());
    }

    @Test
    void relativePronounSourceNamesTheNounPhraseItHangsOn() {
        String text = "Farmers, who said rain was late, met bakers who argued otherwise.";
        Span who = new Span(text.indexOf("who"), text.indexOf("who") + 3);
        Span whoToo = new Span(text.lastIndexOf("who"), text.lastIndexOf("who") + 3);
        assertThat(PolnearEval.names(text, new Span(0, 7), List.of(who))).isTrue();
        assertThat(PolnearEval.names(text, new Span(text.indexOf("bakers"), text.indexOf("bakers") + 6),
                List.of(whoToo))).isTrue();
        // another phrase further back is not the one "who" hangs on
        assertThat(PolnearEval.names(text, new Span(0, 7), List.of(whoToo))).isFalse();
        // a Source that is not a relative pronoun still needs an overlap
        Span rain = new Span(text.indexOf("rain"), text.indexOf("rain") + 4);
        assertThat(PolnearEval.names(text, new Span(0, 7), List.of(rain))).isFalse();
        assertThat(PolnearEval.names(text, rain, List.of(rain))).isTrue();
    }
}
