package org.dragoman.eval;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.Entity;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.Span;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Manual error-analysis tool, not a test: prints, for every {@code stride}-th article of a PolNeAR split, the gold
 * attributions Dragoman missed (MISS), the quotes it emitted that match no gold (FP) and matched quotes whose
 * speaker is wrong (SRC), each with its cue, source and content. A MISS line says whether a Dragoman quote overlaps
 * the missed content: USED (one matched to another gold attribution), FREE (one matched to none) or NONE. Develop on {@code train} only; the output
 * quotes corpus text and must not be committed.
 * {@code java -cp ... org.dragoman.eval.PolnearErrors SPLIT_DIR STRIDE OFFSET > /tmp/errors.txt}
 */
public final class PolnearErrors {

    private PolnearErrors() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int stride = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int offset = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = offset; i < texts.size(); i += stride) {
            Path t = texts.get(i);
            String name = t.getFileName().toString().replace(".txt", "");
            Path ann;
            try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
                ann = s.filter(p -> p.getFileName().toString().startsWith(name + "_")).sorted().findFirst().orElse(null);
            }
            if (ann == null) {
                continue;
            }
            PolnearDocument doc = PolnearEval.read(t, ann, name, "x", Optional.empty());
            Analysis a = Pipelines.dragoman().analyze(doc.article());
            report(out, name, doc, a);
        }
        out.printf("TOTAL gold %d system %d matched %d P %.3f R %.3f F1 %.3f; source judged %d right %d (%.3f)%n",
                totals[0], totals[1], totals[2], (double) totals[2] / totals[1], (double) totals[2] / totals[0],
                2.0 * totals[2] / (totals[0] + totals[1]), totals[3], totals[4], (double) totals[4] / totals[3]);
    }

    /** gold, system, matched, source judged, source right. */
    private static final int[] totals = new int[5];

    private static void report(PrintStream out, String name, PolnearDocument doc, Analysis a) {
        String text = doc.article().text();
        List<PolnearAttribution> gold = doc.attributions();
        List<Span> extent = new ArrayList<>();
        List<List<Span>> chars = new ArrayList<>();
        for (PolnearAttribution g : gold) {
            extent.add(g.extent(text).orElseThrow());
            chars.add(g.fragments(text));
        }
        List<Span> predicted = new ArrayList<>();
        List<List<Span>> parts = new ArrayList<>();
        for (Quote q : a.quotes()) {
            predicted.add(PolnearAttribution.trim(text, q.span()));
            parts.add(q.parts().stream().map(s -> PolnearAttribution.trim(text, s)).toList());
        }
        int[] pairs = PolnearEval.overlapPairs(PolnearEval.exactPairs(extent, predicted), chars, parts);
        boolean[] used = new boolean[predicted.size()];
        Map<String, Entity> entities = new HashMap<>();
        a.entities().forEach(e -> entities.put(e.id(), e));
        out.println("=== " + name);
        totals[0] += gold.size();
        totals[1] += predicted.size();
        for (int g = 0; g < gold.size(); g++) {
            PolnearAttribution at = gold.get(g);
            if (pairs[g] >= 0) {
                used[pairs[g]] = true;
                totals[2]++;
                Quote q = a.quotes().get(pairs[g]);
                out.println("OK " + q.kind() + " cue=[" + q.cue().orElse("-") + "] spk=["
                        + q.speaker().flatMap(s -> s.mention()).map(Mention::text).orElse("-") + "] content=["
                        + cut(q.text()) + "]");
                if (at.sources().isEmpty()) {
                    continue;
                }
                totals[3]++;
                // judged as the eval judges it ("radicals who wanted …" names the gold source "who")
                boolean ok = q.speaker().flatMap(s -> s.mention()).map(m -> PolnearEval.names(text, m.span(), at.sources()))
                        .orElse(false) || q.speaker().flatMap(s -> s.entity()).map(entities::get).map(e -> e.mentions()
                        .stream().map(Mention::span).anyMatch(s -> PolnearEval.names(text, s, at.sources()))).orElse(false);
                totals[4] += ok ? 1 : 0;
                if (!ok) {
                    out.println("SRC " + at.kind(text) + " gold=[" + join(text, at.sources()) + "] sys=["
                            + q.speaker().flatMap(s -> s.mention()).map(Mention::text).orElse("-") + "/"
                            + q.speaker().flatMap(s -> s.name()).orElse("-") + "] cue=[" + join(text, at.cues())
                            + "] :: " + context(text, extent.get(g), at));
                }
                continue;
            }
            String near = "NONE";
            for (int p = 0; p < parts.size(); p++) {
                final int sys = p;
                for (Span piece : parts.get(p)) {
                    if (chars.get(g).stream().anyMatch(piece::overlaps)) {
                        near = java.util.Arrays.stream(pairs).anyMatch(x -> x == sys) ? "USED" : "FREE";
                    }
                }
            }
            out.println("MISS " + near + " " + at.kind(text) + " cue=[" + join(text, at.cues()) + "] src=[" + join(text, at.sources())
                    + "] content=[" + cut(at.contentText(text)) + "] :: " + context(text, extent.get(g), at));
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                Quote q = a.quotes().get(p);
                out.println("FP " + q.kind() + " cue=[" + q.cue().orElse("-") + "] spk=["
                        + q.speaker().flatMap(s -> s.mention()).map(Mention::text).orElse("-") + "] content=["
                        + cut(q.text()) + "]");
            }
        }
    }

    private static String context(String text, Span content, PolnearAttribution at) {
        int start = content.start();
        int end = content.end();
        for (Span s : at.cues()) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        for (Span s : at.sources()) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        start = Math.max(0, start - 60);
        end = Math.min(text.length(), end + 30);
        return cut(text.substring(start, end).replaceAll("\\s+", " "));
    }

    private static String cut(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 400 ? one : one.substring(0, 200) + " … " + one.substring(one.length() - 150);
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            b.append(b.length() > 0 ? " | " : "").append(s.of(text));
        }
        return b.toString();
    }
}
