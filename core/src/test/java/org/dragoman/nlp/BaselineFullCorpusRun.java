package org.dragoman.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.dragoman.eval.MeantimeEval;
import org.dragoman.eval.MeantimeReport;
import org.dragoman.eval.TimemlEval;
import org.dragoman.eval.TimemlReport;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Full-corpus baseline runs, minutes long, so not part of the suite (the class name matches no surefire
 * pattern). Run by hand from the repository root:
 * {@code ./mvnw -B -o -pl core test -Dtest=BaselineFullCorpusRun -Dsurefire.failIfNoSpecifiedTests=false}.
 * Reports are printed and written to {@code core/target/eval/}.
 */
class BaselineFullCorpusRun {

    static final Path TBAQ = Path.of("../../shared/data/tempeval3/Training/TBAQ-cleaned");
    static final Path MEANTIME = Path.of("../../shared/data/meantime/intra-doc_annotation");

    @Test
    void suTimeOnTimeBankAndAquaint() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TBAQ), "TempEval-3 data absent: " + TBAQ);
        SuTimeBaseline suTime = SharedBaselines.suTime();
        long start = System.nanoTime();
        TimemlReport report = TimemlEval.run(TBAQ, suTime);
        List<String> lines = new ArrayList<>(report.format());
        lines.add(String.format("system: CoreNLP SUTime raw (SuTimeBaseline); %.1f s for the run after model load",
                (System.nanoTime() - start) / 1e9));
        write("timeml-sutime.txt", lines);
    }

    @Test
    void coreNlpNerOnMeantime() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME data absent: " + MEANTIME);
        MeantimeReport report = MeantimeEval.run(MEANTIME, new RawNer());
        List<String> lines = new ArrayList<>(report.format());
        lines.add("system: CoreNLP 4.5.10 NER raw (tokenize,ssplit,pos,lemma,ner defaults), one entity per type+text");
        write("meantime-corenlp-ner.txt", lines);
    }

    private static void write(String name, List<String> lines) throws IOException {
        lines.forEach(System.out::println);
        Path out = Path.of("target", "eval", name);
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** CoreNLP's NER entity mentions as Dragoman entities, grouped by type and exact text: a raw reference. */
    static final class RawNer implements Function<Article, List<Entity>> {
        private static final Map<String, EntityType> TAGS = Map.of(
                "PERSON", EntityType.PERSON, "ORGANIZATION", EntityType.ORGANIZATION,
                "LOCATION", EntityType.LOCATION, "COUNTRY", EntityType.COUNTRY,
                "STATE_OR_PROVINCE", EntityType.STATE_OR_PROVINCE, "CITY", EntityType.CITY,
                "NATIONALITY", EntityType.NATIONALITY, "RELIGION", EntityType.RELIGION,
                "IDEOLOGY", EntityType.IDEOLOGY, "MISC", EntityType.MISC);
        private final StanfordCoreNLP pipeline;

        RawNer() {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            pipeline = new StanfordCoreNLP(props);
        }

        @Override
        public List<Entity> apply(Article article) {
            Annotation doc = new Annotation(article.text());
            article.published().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            pipeline.annotate(doc);
            Map<String, List<Mention>> groups = new LinkedHashMap<>();
            Map<String, EntityType> types = new LinkedHashMap<>();
            for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
                EntityType type = TAGS.get(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
                if (type == null) {
                    continue;
                }
                Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                String key = type + "\t" + span.of(article.text());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(span, span.of(article.text())));
                types.put(key, type);
            }
            List<Entity> out = new ArrayList<>();
            groups.forEach((key, mentions) -> out.add(new Entity("e" + out.size(), mentions.get(0).text(),
                    types.get(key), Optional.empty(), mentions)));
            return out;
        }
    }
}
