package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeEvalTest {

    static final Path MEANTIME = Path.of("../../shared/data/meantime/intra-doc_annotation");

    static Path resource(String name) throws URISyntaxException {
        return Path.of(MeantimeEvalTest.class.getResource(name).toURI());
    }

    /** The mention of the {@code nth} (0-based) occurrence of {@code phrase} in {@code text}. */
    static Mention mention(String text, String phrase, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(phrase, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException("No occurrence " + nth + " of " + phrase);
        }
        return new Mention(new Span(at, at + phrase.length()), phrase);
    }

    static Entity entity(EntityType type, Mention... mentions) {
        return new Entity(type + ":" + mentions[0].text(), mentions[0].text(), type, Optional.empty(), List.of(mentions));
    }

    /** A fake system: exact, overlapping, pronoun, type-error, spurious and ignored-type mentions on the fixtures. */
    static List<Entity> fake(Article article) {
        String t = article.text();
        if (t.startsWith("Ferry trials")) {
            // the second "Ole Berg" is in sentence 6, after the annotated part
            return List.of(entity(EntityType.PERSON, mention(t, "Ole Berg", 0), mention(t, "Ole Berg", 1)));
        }
        return List.of(
                entity(EntityType.PERSON, mention(t, "Ana Ruiz", 0), mention(t, "She", 0)),
                entity(EntityType.ORGANIZATION, mention(t, "Nordhavn Yards", 0), mention(t, "Nordhavn Yards", 1)),
                entity(EntityType.ORGANIZATION, mention(t, "council", 1)),
                entity(EntityType.CITY, mention(t, "Bergen", 0)),
                entity(EntityType.PERSON, mention(t, "Lakeside", 1)),
                entity(EntityType.NATIONALITY, mention(t, "May", 0)));
    }

    @Test
    void readsTokensIntoSentencesTitleDateAndTypedMentions() throws Exception {
        MeantimeDocument doc = MeantimeEval.read(
                resource("/eval/meantime/corpus_alpha/9001_Lakeside_council_buys_ferry.xml"), "9001.xml");

        assertThat(doc.docId()).isEqualTo("9001");
        assertThat(doc.article().text()).isEqualTo("Lakeside council buys ferry from Nordhavn Yards\nMay 2 , 2024\n"
                + "Mayor Ana Ruiz said the council of Lakeside paid Nordhavn Yards in Bergen for the vessel .\n"
                + "She said it would sail in June .");
        assertThat(doc.article().title()).contains("Lakeside council buys ferry from Nordhavn Yards");
        assertThat(doc.article().published()).contains(LocalDate.of(2024, 5, 2));
        assertThat(doc.mentions()).extracting(MeantimeMention::text).containsExactly("Lakeside council",
                "Nordhavn Yards", "Mayor Ana Ruiz", "the council of Lakeside", "Lakeside", "Nordhavn Yards",
                "Bergen", "She", "the vessel");
        assertThat(doc.mentions()).extracting(MeantimeMention::entityType)
                .containsExactly("ORG", "ORG", "PER", "ORG", "LOC", "ORG", "LOC", "PER", "PRO");
        assertThat(doc.mentions()).extracting(MeantimeMention::syntacticType)
                .containsExactly("NAM", "NAM", "NAM", "NOM", "NAM", "NAM", "NAM", "PRO", "NOM");
        for (MeantimeMention m : doc.mentions()) {
            assertThat(m.span().of(doc.article().text())).isEqualTo(m.text());
        }
        assertThat(doc.annotated()).isEqualTo(new Span(0, doc.article().text().length()));
    }

    @Test
    void onlyTheHeadlineDatelineAndFirstFourBodySentencesAreAnnotated() throws Exception {
        MeantimeDocument doc = MeantimeEval.read(
                resource("/eval/meantime/corpus_beta/9002_Ferry_trials_begin.xml"), "9002.xml");

        assertThat(doc.annotated().of(doc.article().text())).endsWith("Tickets go on sale soon .");
        assertThat(doc.article().text().substring(doc.annotated().end())).isEqualTo("\nOle Berg will retire next year .");
    }

    @Test
    void exactOverlapMissSpuriousTypeErrorAndPronounAreCounted() throws Exception {
        MeantimeReport report = MeantimeEval.run(resource("/eval/meantime"), MeantimeEvalTest::fake);

        Map<String, MeantimeReport.Row> types = report.types().stream()
                .collect(Collectors.toMap(MeantimeReport.Row::name, r -> r));
        // PERSON: gold "Mayor Ana Ruiz", "Ole Berg"; system "Ana Ruiz" (overlap), "Lakeside" (gold LOC), "Ole Berg"
        // ("She" is a pronoun and not counted)
        assertThat(types.get("PERSON").strict()).isEqualTo(new Score(1, 2, 1));
        assertThat(types.get("PERSON").relaxed()).isEqualTo(new Score(2, 1, 0));
        // ORGANIZATION: gold "Lakeside council", 2 x "Nordhavn Yards"; system 2 x "Nordhavn Yards", "council"
        assertThat(types.get("ORGANIZATION").strict()).isEqualTo(new Score(2, 1, 1));
        assertThat(types.get("ORGANIZATION").relaxed()).isEqualTo(new Score(2, 1, 1));
        // LOCATION: gold "Lakeside", "Bergen"; system "Bergen" (a CITY); the NATIONALITY "May" is ignored
        assertThat(types.get("LOCATION").strict()).isEqualTo(new Score(1, 0, 1));
        assertThat(types.get("LOCATION").relaxed()).isEqualTo(new Score(1, 0, 1));

        assertThat(report.micro().documents()).isEqualTo(2);
        assertThat(report.micro().strict()).isEqualTo(new Score(4, 3, 3));
        assertThat(report.micro().relaxed()).isEqualTo(new Score(5, 2, 2));
        assertThat(report.micro().strict().f1()).isEqualTo(4.0 / 7);
        assertThat(report.micro().relaxed().precision()).isEqualTo(5.0 / 7);
        // "council" overlaps the unscored nominal mention "the council of Lakeside"
        assertThat(report.falsePositivesOnUnscoredGold()).isEqualTo(1);
        assertThat(report.systemMentionsOutsideAnnotated()).isEqualTo(1);

        assertThat(report.subsets()).extracting(MeantimeReport.Row::name).containsExactly("corpus_alpha", "corpus_beta");
        assertThat(report.subsets().get(0).relaxed()).isEqualTo(new Score(4, 2, 2));
        assertThat(report.subsets().get(1).strict()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void duplicateAndTruncatedFilesAreSkippedWithReasons() throws Exception {
        MeantimeReport report = MeantimeEval.run(resource("/eval/meantime"), a -> List.of());

        assertThat(report.skipped()).extracting(SkippedFile::file).containsExactly(
                Path.of("corpus_beta", "9001_copy.xml").toString(),
                Path.of("corpus_beta", "9003_truncated.xml").toString());
        assertThat(report.skipped().get(0).reason()).isEqualTo("same document as "
                + Path.of("corpus_alpha", "9001_Lakeside_council_buys_ferry.xml"));
        assertThat(report.skipped().get(1).reason()).startsWith("malformed XML at line");
        assertThat(report.micro().relaxed()).isEqualTo(new Score(0, 0, 7));
        assertThat(report.format()).anyMatch(l -> l.contains("NAMED mentions only"));
    }

    @Test
    void truncatedFilesNeverCrashTheRun(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(resource("/eval/meantime/corpus_alpha/9001_Lakeside_council_buys_ferry.xml"));
        for (int cut = 0; cut < whole.length; cut += 37) {
            Path dir = Files.createDirectory(tmp.resolve(String.format("cut-%05d", cut)));
            Files.write(dir.resolve("doc.xml"), java.util.Arrays.copyOf(whole, cut));
        }
        int files = (whole.length + 36) / 37;

        MeantimeReport report = MeantimeEval.run(tmp, MeantimeEvalTest::fake);

        assertThat(report.micro().documents() + report.skipped().size()).isEqualTo(files);
        assertThat(report.skipped()).hasSizeGreaterThan(files / 2);
    }

    @Test
    void pronounsAreRecognisedButCapitalisedCountryCodesAreNot() {
        assertThat(MeantimeEval.isPronoun("She")).isTrue();
        assertThat(MeantimeEval.isPronoun("their")).isTrue();
        assertThat(MeantimeEval.isPronoun("us")).isTrue();
        assertThat(MeantimeEval.isPronoun("US")).isFalse();
        assertThat(MeantimeEval.isPronoun("Bergen")).isFalse();
    }

    @Test
    void placeKindsScoreAsLocationAndNationalityIsIgnored() {
        assertThat(MeantimeEval.scoredType(EntityType.STATE_OR_PROVINCE)).contains(EntityType.LOCATION);
        assertThat(MeantimeEval.scoredType(EntityType.COUNTRY)).contains(EntityType.LOCATION);
        assertThat(MeantimeEval.scoredType(EntityType.NATIONALITY)).isEmpty();
        assertThat(MeantimeEval.scoredType(EntityType.MISC)).isEmpty();
    }

    @Test
    void realCorpusGoldCountsMatchAnIndependentCount() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME data absent: " + MEANTIME);

        MeantimeReport report = MeantimeEval.run(MEANTIME, a -> List.of());

        assertThat(report.skipped()).isEmpty();
        assertThat(report.micro().documents()).isEqualTo(120);
        assertThat(report.subsets()).extracting(MeantimeReport.Row::name)
                .containsExactly("corpus_airbus", "corpus_apple", "corpus_gm", "corpus_stock");
        // counted with Python ElementTree: NAM mentions whose REFERS_TO target ENTITY has that ent_type
        assertThat(report.types()).extracting(MeantimeReport.Row::gold).containsExactly(98, 471, 184);
    }

    @Test
    void realCorpusOracleScoresPerfectly() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME data absent: " + MEANTIME);
        // the oracle answers each article with its own gold named mentions, as Dragoman entities
        Map<String, List<MeantimeMention>> gold = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(MEANTIME)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                MeantimeDocument d = MeantimeEval.read(f, f.toString());
                assertThat(d.article().published()).isPresent();
                gold.put(d.article().id(), d.mentions());
            }
        }
        Map<String, EntityType> types = Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION,
                "LOC", EntityType.STATE_OR_PROVINCE);
        Function<Article, List<Entity>> oracle = article -> {
            List<Entity> out = new ArrayList<>();
            for (MeantimeMention m : gold.get(article.id())) {
                if (m.syntacticType().equals("NAM") && types.containsKey(m.entityType())) {
                    out.add(entity(types.get(m.entityType()), new Mention(m.span(), m.text())));
                }
            }
            return out;
        };

        MeantimeReport report = MeantimeEval.run(MEANTIME, oracle);

        assertThat(report.micro().strict().f1()).isEqualTo(1.0);
        assertThat(report.types()).allSatisfy(r -> assertThat(r.strict().f1()).isEqualTo(1.0));
    }
}
