package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.dragoman.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

/** Skipping the scoring of forced moves must give CoreNLP's own parse, dependency for dependency. */
class ForcedMoveParserTest {

    private static final String TEXT = "Russia launched a massive drone attack on Kyiv overnight, officials said. "
            + "The talks were held in Geneva. Iran was accused by Israel of supplying drones to Russia. "
            + "\"We will not accept this,\" Zelensky told reporters on Monday. Go. Yes! "
            + "The US is not going to throw new sanctions at Russia, the president said after a call with Putin, "
            + "who had asked for a meeting in Budapest later this month.";

    @Test
    void givesTheParsersOwnParses() throws Exception {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        DependencyParser parser = DependencyParser.loadFromModelFile(NlpPipeline.DEPENDENCY_MODEL, new Properties());
        ForcedMoveParser fast = new ForcedMoveParser(parser);
        List<String> texts = new ArrayList<>(List.of(TEXT));
        // and real news when the shared data is there
        Path bbc = Path.of("../../shared/data/bbc/politics");
        if (!Files.isDirectory(bbc)) {
            bbc = Path.of("/work/shared/data/bbc/politics");
        }
        if (Files.isDirectory(bbc)) {
            try (Stream<Path> files = Files.list(bbc)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(40).toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        int sentences = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > 120) {
                    continue;
                }
                assertThat(fast.predict(sentence).typedDependencies().toString())
                        .as(sentence.toString())
                        .isEqualTo(parser.predict(sentence).typedDependencies().toString());
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(6);
    }
}
