package org.dragoman.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@link TimemlEval#run}: one {@link Subset} per corpus folder, their sum, and the files left out.
 */
public record TimemlReport(String corpus, List<Subset> subsets, Subset overall, List<SkippedFile> skipped) {
    public TimemlReport {
        subsets = List.copyOf(subsets);
        skipped = List.copyOf(skipped);
    }

    /**
     * Scores over the documents of one folder: extent matches (strict: same offsets; relaxed: overlapping,
     * one-to-one), and among relaxed matches how many have the gold value and the gold type.
     */
    public record Subset(String name, int documents, Score strict, Score relaxed, int valueCorrect, int typeCorrect) {
        public Subset {
            if (valueCorrect > relaxed.truePositives() || typeCorrect > relaxed.truePositives()) {
                throw new IllegalArgumentException("More correct attributes than relaxed matches in " + name);
            }
        }

        /** Number of gold expressions. */
        public int gold() {
            return relaxed.gold();
        }

        /** Number of system expressions. */
        public int system() {
            return relaxed.system();
        }

        /** Share of relaxed matches whose value equals the gold value; 0 when nothing matched. */
        public double valueAccuracy() {
            return Score.ratio(valueCorrect, relaxed.truePositives());
        }

        /** Share of relaxed matches whose type equals the gold type; 0 when nothing matched. */
        public double typeAccuracy() {
            return Score.ratio(typeCorrect, relaxed.truePositives());
        }

        /** TempEval-3 value score: relaxed matches with the gold value, counted against all system and gold items. */
        public Score value() {
            return Score.of(valueCorrect, system(), gold());
        }

        /** TempEval-3 type score: relaxed matches with the gold type, counted against all system and gold items. */
        public Score type() {
            return Score.of(typeCorrect, system(), gold());
        }
    }

    /** The report as aligned text lines, one row per folder then the overall row, then the skipped files. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        lines.add("TimeML TIMEX3 evaluation of " + corpus + ": " + overall.documents() + " documents scored, "
                + skipped.size() + " skipped");
        lines.add("extent strict = same char offsets; relaxed = overlap, one-to-one; value/type accuracy over"
                + " relaxed matches; value P/R/F1 as in TempEval-3");
        lines.add(String.format(Locale.ROOT, "%-14s %5s %6s %6s | %-19s | %-19s | %-8s %-8s | %s",
                "subset", "docs", "gold", "system", "strict P / R / F1", "relaxed P / R / F1",
                "val acc", "type acc", "value P / R / F1"));
        for (Subset s : subsets) {
            lines.add(row(s));
        }
        lines.add(row(overall));
        for (SkippedFile f : skipped) {
            lines.add("skipped " + f.file() + ": " + f.reason());
        }
        return lines;
    }

    private static String row(Subset s) {
        return String.format(Locale.ROOT, "%-14s %5d %6d %6d | %s | %s | %-8.3f %-8.3f | %s",
                s.name(), s.documents(), s.gold(), s.system(), prf(s.strict()), prf(s.relaxed()),
                s.valueAccuracy(), s.typeAccuracy(), prf(s.value()));
    }

    static String prf(Score s) {
        return String.format(Locale.ROOT, "%.3f  %.3f  %.3f", s.precision(), s.recall(), s.f1());
    }
}
