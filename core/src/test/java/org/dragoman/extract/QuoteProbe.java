package org.dragoman.extract;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.Quote;
import org.dragoman.model.Token;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Manual tool, not a test: reads texts from standard input (one article per line, "\n" for a paragraph break)
 * and prints the tokens with their tags and the quotes found, for debugging cue patterns.
 */
public final class QuoteProbe {

    private QuoteProbe() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean tags = args.length > 0 && args[0].equals("-t");
        org.dragoman.nlp.NlpPipeline nlp = tags ? org.dragoman.nlp.NlpPipeline.load() : null;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            Analysis a = Pipelines.analyze("Headline\n" + line.replace("\\n", "\n") + "\n", "2016-05-01");
            out.println("## " + line);
            if (tags) {
                StringBuilder b = new StringBuilder();
                org.dragoman.model.Article art = new org.dragoman.ingest.TextArticleReader()
                        .read("Headline\n" + line.replace("\\n", "\n") + "\n", "probe");
                for (Token t : nlp.annotate(new org.dragoman.ingest.Segmenter().segment(art)).tokens()) {
                    b.append(t.word()).append('/').append(t.pos()).append(' ');
                }
                out.println(b);
            }
            for (Quote q : a.quotes()) {
                out.println("  " + q.kind() + " cue=" + q.cue().orElse("-") + " spk="
                        + q.speaker().flatMap(s -> s.mention()).map(m -> m.text()).orElse("-") + " / "
                        + q.speaker().flatMap(s -> s.name()).orElse("-") + " type=" + q.sourceType().map(Enum::name).orElse("-")
                        + " :: [" + q.text() + "]");
            }
        }
    }
}
