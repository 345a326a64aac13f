package org.dragoman.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dragoman's own dictionary files: the country, region and organization entries are generated from the
 * gazetteer TSV files (regenerate with {@code -Dgolden.update=true} and review the diff); all files parse
 * without problems; the gazetteer and the dictionary agree on every name.
 */
class DragomanActorFilesTest {

    // Maven runs tests in core/.
    static final Path RESOURCES = Path.of("src/main/resources/org/dragoman/actors");

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int comment = line.indexOf("\t#");
            rows.add((comment >= 0 ? line.substring(0, comment) : line).split("\t", -1));
        }
        return rows;
    }

    private static List<String> list(String[] f, int column) {
        List<String> out = new ArrayList<>();
        if (column < f.length) {
            for (String n : f[column].split("\\|")) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return out;
    }

    /** A gazetteer name as a dictionary phrase: upper case, words joined by underscores. */
    private static String phrase(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    private static void entry(StringBuilder out, String code, String name, List<String> synonyms, String comment) {
        out.append(phrase(name)).append(" [").append(code).append(']');
        if (comment != null) {
            out.append("  # ").append(comment);
        }
        out.append('\n');
        java.util.Set<String> written = new java.util.HashSet<>(List.of(phrase(name)));
        for (String s : synonyms) {
            if (written.add(phrase(s))) { // the dictionary is case-insensitive: "Sub-Saharan" and "sub-Saharan" are one
                out.append('+').append(phrase(s)).append('\n');
            }
        }
    }

    private static final String HEADER = """
            # Dragoman actor dictionary: %s, in the TABARI/PETRARCH actor format.
            # GENERATED from %s by DragomanActorFilesTest (run it with -Dgolden.update=true); do not edit by hand,
            # edit the gazetteer instead. Written for the Dragoman project from public knowledge, GPL-3.0-or-later.
            #
            """;

    static String countriesFile() throws IOException {
        StringBuilder out = new StringBuilder(String.format(HEADER, "world regions and countries",
                "regions.tsv and countries.tsv"));
        out.append("# Regions: name, other names and adjectives, coded with the CAMEO region code.\n\n");
        for (String[] f : rows("regions.tsv")) {
            List<String> synonyms = new ArrayList<>(list(f, 2));
            synonyms.addAll(list(f, 3));
            entry(out, f[0], f[1], synonyms, null);
        }
        out.append("\n# Countries: names, adjectives, peoples, capital and main cities, coded with the country code;\n"
                + "# then the names that mean the government (\"Kremlin\"), coded <country>GOV.\n\n");
        for (String[] f : rows("countries.tsv")) {
            List<String> synonyms = new ArrayList<>(list(f, 2));
            synonyms.addAll(list(f, 3));
            synonyms.addAll(list(f, 4));
            synonyms.addAll(list(f, 5));
            synonyms.addAll(list(f, 7));
            entry(out, f[0], f[1], synonyms, null);
            List<String> government = list(f, 6);
            if (!government.isEmpty()) {
                entry(out, f[0] + "GOV", government.get(0), government.subList(1, government.size()), null);
            }
        }
        return out.toString();
    }

    static String organizationsFile() throws IOException {
        StringBuilder out = new StringBuilder(String.format(HEADER, "international and national organizations",
                "organizations.tsv"));
        out.append("\n");
        for (String[] f : rows("organizations.tsv")) {
            entry(out, f[0], f[1], list(f, 2), null);
        }
        return out.toString();
    }

    private static void check(String file, String generated) throws IOException {
        Path path = RESOURCES.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(path, generated, StandardCharsets.UTF_8);
        }
        assertThat(path).as("%s (run with -Dgolden.update=true, then review)", file).exists();
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).as(file).isEqualTo(generated);
    }

    @Test
    void generatedFilesMatchTheGazetteer() throws IOException {
        check("dragoman.countries.actors.txt", countriesFile());
        check("dragoman.organizations.actors.txt", organizationsFile());
    }

    private static ActorDictionary bundled(List<DictionaryProblem> problems) {
        List<Path> actors = ActorDictionary.DEFAULT_ACTOR_FILES.stream()
                .map(r -> RESOURCES.resolve(Path.of(r).getFileName())).toList();
        List<Path> agents = ActorDictionary.DEFAULT_AGENT_FILES.stream()
                .map(r -> RESOURCES.resolve(Path.of(r).getFileName())).toList();
        return ActorDictionary.read(actors, agents, problems);
    }

    @Test
    void bundledFilesParseWithoutProblems() {
        List<DictionaryProblem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        ActorDictionary d = bundled(problems);
        System.out.printf("Dragoman dictionaries: %d actor entries, %d actor phrases, %d agent phrases, %d ms%n",
                d.actorEntries(), d.actorPhrases(), d.agentPhrases(), (System.nanoTime() - t0) / 1_000_000);
        assertThat(problems).isEmpty();
        assertThat(ActorDictionary.defaults().actorEntries()).isEqualTo(d.actorEntries());
    }

    @Test
    void gazetteerAndDictionaryAgreeOnEveryName() throws IOException {
        ActorDictionary d = ActorDictionary.defaults();
        Gazetteer g = Gazetteer.defaultGazetteer();
        Map<String, String> disagreements = new LinkedHashMap<>();
        LocalDate date = LocalDate.of(2026, 1, 1);
        for (String file : List.of("countries.tsv", "regions.tsv", "organizations.tsv")) {
            for (String[] f : rows(file)) {
                List<String> names = new ArrayList<>(List.of(f[1]));
                names.addAll(list(f, 2));
                for (String name : names) {
                    String expected = g.lookup(name).map(Gazetteer.Entry::code).orElse("?");
                    String actual = d.codeOn(name, date).orElse("?");
                    if (!expected.equals(actual)) {
                        disagreements.put(name, "gazetteer " + expected + ", dictionary " + actual);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
