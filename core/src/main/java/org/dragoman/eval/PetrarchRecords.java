package org.dragoman.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH validation file ({@code PETR.UnitTest.records.xml}, UniversalPetrarch's
 * {@code PETR_Validate_records_2_02.xml}): its environment (dictionary file names, included categories) and its
 * {@code <Sentence>} records. Read leniently, as PETRARCH's validators do, because the files are not always
 * well-formed XML (nested comments).
 */
public record PetrarchRecords(Map<String, String> environment, List<String> include, List<Record> records) {

    /** An expected event; absent or uncoded actors are {@code "---"}. */
    public record Expected(String code, String source, String target) {
    }

    /**
     * One record: id, category, date ({@code yyyymmdd}), whether it is to be evaluated, its text, its parse
     * (bracketed Penn Treebank or CoNLL-U), the expected events, whether it expects none, and the error it
     * expects ({@code dateline}, {@code bad_input_parse}, {@code storydiscard}, ...), if any, and the
     * {@code <Config option=.. value=..>} settings in force where it stands in the file.
     */
    public record Record(String id, String category, String date, boolean evaluate, String text, String parse,
                         List<Expected> expected, boolean noEvents, Optional<String> error,
                         Map<String, String> config) {
        /** PETRARCH's {@code new_actor_length} option in force for this record (default 0: no new actors). */
        public int newActorLength() {
            try {
                return Integer.parseInt(config.getOrDefault("new_actor_length", "0").strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** The {@code require_dyad} option in force for this record (PETRARCH's default: true). */
        public boolean requireDyad() {
            return !"false".equalsIgnoreCase(config.getOrDefault("require_dyad", "true"));
        }

        /**
         * The {@code comma_min}, {@code comma_max}, {@code comma_bmin}, {@code comma_bmax}, {@code comma_emin},
         * {@code comma_emax} options in force for this record, PETRARCH-1's defaults for those not set.
         */
        public org.dragoman.nlp.CommaClauses commaClauses() {
            org.dragoman.nlp.CommaClauses d = org.dragoman.nlp.CommaClauses.PETRARCH;
            return new org.dragoman.nlp.CommaClauses(option("comma_min", d.min()), option("comma_max", d.max()),
                    option("comma_bmin", d.bmin()), option("comma_bmax", d.bmax()),
                    option("comma_emin", d.emin()), option("comma_emax", d.emax()));
        }

        private int option(String name, int otherwise) {
            try {
                return Integer.parseInt(config.getOrDefault(name, Integer.toString(otherwise)).strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        /** True when the parse is CoNLL-U rather than bracketed. */
        public boolean conllu() {
            return !parse.strip().startsWith("(");
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern CONFIG = Pattern.compile("<Config\\b([^>]*)>");
    private static final Pattern ENV_ITEM = Pattern.compile("<(\\w+)>([^<]*)</\\1>");

    /** Reads {@code file}; a file with no {@code <Sentence>} record is a {@link IOException} naming it. */
    public static PetrarchRecords read(Path file) throws IOException {
        String all = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
        Map<String, String> env = new LinkedHashMap<>();
        List<String> include = new ArrayList<>();
        int envStart = all.indexOf("<Environment>");
        int envEnd = all.indexOf("</Environment>");
        if (envStart >= 0 && envEnd > envStart) {
            Matcher m = ENV_ITEM.matcher(all.substring(envStart, envEnd));
            while (m.find()) {
                env.put(m.group(1), m.group(2).strip());
            }
            for (String c : env.getOrDefault("Include", "").split("\\s+")) {
                if (!c.isEmpty() && !c.equals("valid")) {
                    include.add(c);
                }
            }
        }
        List<Record> records = new ArrayList<>();
        Map<String, String> config = new LinkedHashMap<>();
        Matcher configs = CONFIG.matcher(all);
        int envEndAt = Math.max(envEnd, 0);
        Matcher s = SENTENCE.matcher(all);
        while (s.find()) {
            // Config tags between records change the options for the records after them.
            configs.region(envEndAt, s.start());
            while (configs.find()) {
                Map<String, String> c = attributes(configs.group(1));
                if (c.containsKey("option")) {
                    config.put(c.get("option").toLowerCase(java.util.Locale.ROOT), c.getOrDefault("value", ""));
                }
            }
            envEndAt = s.end();
            Map<String, String> attrs = attributes(s.group(1));
            String body = s.group(2);
            List<Expected> expected = new ArrayList<>();
            boolean noEvents = false;
            Optional<String> error = Optional.empty();
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                Map<String, String> a = attributes(c.group(1));
                if (a.containsKey("noevents")) {
                    noEvents = true;
                } else if (a.containsKey("error")) {
                    error = Optional.of(a.get("error"));
                } else {
                    expected.add(new Expected(a.getOrDefault("eventcode", "---"), actor(a.get("sourcecode")),
                            actor(a.get("targetcode"))));
                }
            }
            records.add(new Record(attrs.getOrDefault("id", "?"), attrs.getOrDefault("category", "?"),
                    attrs.getOrDefault("date", ""), !"false".equalsIgnoreCase(attrs.getOrDefault("evaluate", "true")),
                    element(body, "Text").replaceAll("\\s+", " ").strip(), element(body, "Parse"), List.copyOf(expected),
                    noEvents, error, Map.copyOf(config)));
        }
        if (records.isEmpty()) {
            throw new IOException(file + ": no <Sentence> records");
        }
        return new PetrarchRecords(Map.copyOf(env), List.copyOf(include), List.copyOf(records));
    }

    /**
     * Uncoded actors (empty or {@code ~}) are {@code ---}; a new actor named by its text ({@code "INJURY TOLL"},
     * PETRARCH's {@code new_actor_length}) stays that quoted text, upper case, single spaces.
     */
    private static String actor(String value) {
        if (value == null || value.isBlank() || value.startsWith("~")) {
            return "---";
        }
        if (value.startsWith("\"")) {
            String text = value.replace("\"", "").strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
            return text.isEmpty() ? "---" : "\"" + text + "\"";
        }
        return value.strip();
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            String v = m.group(2);
            out.put(m.group(1), v.substring(1, v.length() - 1));
        }
        return out;
    }

    private static String element(String body, String name) {
        int a = body.indexOf("<" + name + ">");
        int b = body.indexOf("</" + name + ">");
        if (a < 0 || b < a) {
            return "";
        }
        return body.substring(a + name.length() + 2, b);
    }
}
