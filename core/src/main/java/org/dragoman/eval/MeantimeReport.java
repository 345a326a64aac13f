package org.dragoman.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@link MeantimeEval#run}: per-type rows (PERSON, ORGANIZATION, LOCATION), their micro-average,
 * the micro-average of each corpus folder, how many relaxed false positives overlap a gold mention that is not
 * scored (a non-NAM mention of the same type, or an untyped one), how many system mentions of scored types lay
 * outside the annotated sentences (not scored), and the files left out.
 */
public record MeantimeReport(String corpus, List<Row> types, Row micro, List<Row> subsets,
                             int falsePositivesOnUnscoredGold, int systemMentionsOutsideAnnotated,
                             List<SkippedFile> skipped) {
    public MeantimeReport {
        types = List.copyOf(types);
        subsets = List.copyOf(subsets);
        skipped = List.copyOf(skipped);
    }

    /** Strict (same span) and relaxed (overlap, one-to-one) counts for one type or set of documents. */
    public record Row(String name, int documents, Score strict, Score relaxed) {
        /** Number of gold mentions. */
        public int gold() {
            return relaxed.gold();
        }

        /** Number of system mentions. */
        public int system() {
            return relaxed.system();
        }
    }

    /** The report as aligned text lines: header, per-type rows, micro row, folder rows, skipped files. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        lines.add("MEANTIME entity mention evaluation of " + corpus + ": " + micro.documents() + " documents scored, "
                + skipped.size() + " skipped");
        lines.add("gold = NAMED mentions only (syntactic_type NAM) of PER, ORG, LOC entities; system = mentions of"
                + " PERSON, ORGANIZATION, COUNTRY/STATE_OR_PROVINCE/CITY/LOCATION entities, pronouns and descriptions (\"the president\") excluded;"
                + " type-aware; strict = same span, relaxed = overlap, one-to-one;"
                + " only the annotated sentences (headline, dateline, first four body sentences) are scored");
        lines.add(String.format(Locale.ROOT, "%-20s %5s %6s %6s | %-19s | %-19s",
                "type / folder", "docs", "gold", "system", "strict P / R / F1", "relaxed P / R / F1"));
        for (Row r : types) {
            lines.add(row(r));
        }
        lines.add(row(micro));
        for (Row r : subsets) {
            lines.add(row(r));
        }
        lines.add("relaxed false positives overlapping an unscored gold mention (non-NAM or untyped): "
                + falsePositivesOnUnscoredGold);
        lines.add("system mentions after the annotated sentences (not scored): " + systemMentionsOutsideAnnotated);
        for (SkippedFile f : skipped) {
            lines.add("skipped " + f.file() + ": " + f.reason());
        }
        return lines;
    }

    private static String row(Row r) {
        return String.format(Locale.ROOT, "%-20s %5d %6d %6d | %s | %s", r.name(), r.documents(), r.gold(),
                r.system(), TimemlReport.prf(r.strict()), TimemlReport.prf(r.relaxed()));
    }
}
