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

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void rolesChangeOnTheDayOfTakingOffice() {
        ActorDictionary d = ActorDictionary.defaults();
        assertThat(d.codeOn("Joe Biden", day("2024-06-01"))).contains("USAGOV");
        assertThat(d.codeOn("Joe Biden", day("2025-06-01"))).contains("USAELI");
        assertThat(d.codeOn("Donald Trump", day("2022-01-01"))).contains("USAELI");
        assertThat(d.codeOn("Donald Trump", day("2025-01-20"))).contains("USAGOV");
        assertThat(d.codeOn("Marco Rubio", day("2024-03-01"))).contains("USALEG");
        assertThat(d.codeOn("Rubio", day("2025-01-21"))).contains("USAGOV");
        assertThat(d.codeOn("Mark Rutte", day("2024-09-30"))).contains("NLDELI");
        assertThat(d.codeOn("Mark Rutte", day("2024-10-01"))).contains("IGOWSTNAT");
        assertThat(d.codeOn("Jens Stoltenberg", day("2024-09-30"))).contains("IGOWSTNAT");
        assertThat(d.codeOn("Jens Stoltenberg", day("2025-06-01"))).contains("NORGOV");
        assertThat(d.codeOn("Friedrich Merz", day("2024-01-01"))).contains("DEUOPP");
        assertThat(d.codeOn("Friedrich Merz", day("2025-07-01"))).contains("DEUGOV");
        assertThat(d.codeOn("Kaja Kallas", day("2023-01-01"))).contains("ESTGOV");
        assertThat(d.codeOn("Kaja Kallas", day("2025-01-01"))).contains("IGOEUREEC");
        assertThat(d.codeOn("Zelensky", day("2026-11-26"))).contains("UKRGOV");
    }

    @Test
    void everyLeaderHasACodeOnEveryDate() throws IOException {
        // Each person's last code is undated, so a lookup on any date finds one.
        List<String> roots = Files.readAllLines(RESOURCES.resolve("dragoman.leaders.actors.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && Character.isLetter(l.charAt(0)))
                .map(l -> l.substring(0, l.indexOf(' ')).replace('_', ' ')).toList();
        assertThat(roots).hasSizeGreaterThan(250);
        ActorDictionary d = ActorDictionary.defaults();
        for (String date : List.of("1990-01-01", "2016-01-01", "2025-01-20", "2026-11-26")) {
            assertThat(roots).allSatisfy(r -> assertThat(d.codeOn(r, day(date))).as(r + " on " + date).isPresent());
        }
    }

    @Test
    void descriptionsCombineACountryWithAnAgent() {
        ActorDictionary d = ActorDictionary.defaults();
        LocalDate date = day("2026-11-26");
        assertThat(d.longestMatch(List.of("Iranian", "foreign", "minister"), 0, date).orElseThrow().code()).isEqualTo("IRNGOV");
        assertThat(d.longestMatch(List.of("Ukrainian", "president"), 0, date).orElseThrow().code()).isEqualTo("UKRGOV");
        assertThat(d.longestMatch(List.of("Russian", "general"), 0, date).orElseThrow().code()).isEqualTo("RUSMIL");
        assertThat(d.longestMatch(List.of("Egyptian", "police"), 0, date).orElseThrow().code()).isEqualTo("EGYCOP");
        assertThat(d.longestMatch(List.of("European", "leaders"), 0, date).orElseThrow().code()).isEqualTo("EURGOV");
        assertThat(d.longestMatch(List.of("the", "Kremlin"), 1, date).orElseThrow().code()).isEqualTo("RUSGOV");
        assertThat(d.longestMatch(List.of("NATO", "secretary-general"), 0, date).orElseThrow().code()).isEqualTo("IGOWSTNAT");
        assertThat(d.longestMatch(List.of("Britain", "'s", "defence", "secretary"), 0, date).orElseThrow().code())
                .isEqualTo("GBRGOV");
    }

    @Test
    void aPersonsRolesDoNotOverlap() throws IOException {
        // A new role starts the day after the previous one ends, so the day of taking office has the new code.
        ActorDictionary d = ActorDictionary.defaults();
        List<String> overlaps = new ArrayList<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("dragoman.leaders.actors.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || !Character.isLetter(line.charAt(0))) {
                continue;
            }
            List<ActorRole> roles = d.lookup(line.substring(0, line.indexOf(' '))).stream().filter(ActorRole::dated).toList();
            for (int i = 0; i < roles.size(); i++) {
                for (int j = i + 1; j < roles.size(); j++) {
                    ActorRole a = roles.get(i);
                    ActorRole b = roles.get(j);
                    LocalDate aFrom = a.from().orElse(LocalDate.MIN);
                    LocalDate aUntil = a.until().orElse(LocalDate.MAX);
                    LocalDate bFrom = b.from().orElse(LocalDate.MIN);
                    LocalDate bUntil = b.until().orElse(LocalDate.MAX);
                    if (!aFrom.isAfter(bUntil) && !bFrom.isAfter(aUntil)) {
                        overlaps.add(a.actor() + ": " + a.code() + " " + a.range() + " / " + b.code() + " " + b.range());
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }
}
