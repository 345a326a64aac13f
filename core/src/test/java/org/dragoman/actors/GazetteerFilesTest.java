package org.dragoman.actors;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the shape and consistency of the gazetteer resource files that {@code Gazetteer} loads. */
class GazetteerFilesTest {

    private static final Pattern CODE = Pattern.compile("[A-Z]+");
    private static final Set<String> KINDS = Set.of("IGO", "NGO", "MNC", "GOV", "MIL", "LEG", "JUD", "PARTY", "REB", "MEDIA");

    /** One data line: its line number in the file and its TAB-separated fields. */
    private record Row(int line, String[] fields) {
        String field(int i) {
            return fields[i];
        }

        List<String> list(int i) {
            return fields[i].isEmpty() ? List.of() : List.of(fields[i].split("\\|", -1));
        }

        @Override
        public String toString() {
            return "line " + line + " " + String.join(" | ", fields);
        }
    }

    private static List<Row> rows(String file) {
        String resource = "org/dragoman/actors/" + file;
        InputStream in = GazetteerFilesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("resource %s", resource).isNotNull();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comment = line.indexOf("\t#");
                String data = comment >= 0 ? line.substring(0, comment) : line;
                rows.add(new Row(n, data.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> badColumnCounts(List<Row> rows, int columns) {
        return rows.stream().filter(r -> r.fields().length != columns)
                .map(r -> r.fields().length + " columns at " + r).toList();
    }

    private static List<String> badCodes(List<Row> rows) {
        return rows.stream().filter(r -> !CODE.matcher(r.field(0)).matches()).map(Row::toString).toList();
    }

    /** Names that are empty inside a list, carry surrounding whitespace or contain a double space. */
    private static List<String> badNames(List<Row> rows, int... columns) {
        List<String> bad = new ArrayList<>();
        for (Row r : rows) {
            if (r.field(1).isBlank()) {
                bad.add("empty name at " + r);
            }
            for (int c : columns) {
                if (c >= r.fields().length) {
                    continue;
                }
                for (String n : r.list(c)) {
                    if (n.isEmpty() || !n.equals(n.strip()) || n.contains("  ")) {
                        bad.add("column " + (c + 1) + " value '" + n + "' at " + r);
                    }
                }
            }
        }
        return bad;
    }

    /** Every name in the given columns, mapped to the set of codes of the lines that use it. */
    private static Map<String, Set<String>> namesToCodes(List<Row> rows, int... columns) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Row r : rows) {
            for (int c : columns) {
                if (c >= r.fields().length) {
                    continue;
                }
                List<String> names = c == 1 ? List.of(r.field(1)) : r.list(c);
                for (String n : names) {
                    if (!n.isBlank()) {
                        out.computeIfAbsent(n.strip(), k -> new TreeSet<>()).add(r.field(0));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> sharedByTwo(Map<String, Set<String>> names) {
        return names.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + e.getKey() + "' used by " + e.getValue()).toList();
    }

    // ---------------------------------------------------------------- countries

    @Test
    void countriesHaveNineColumnsAndUppercaseCodes() {
        List<Row> countries = rows("countries.tsv");
        assertThat(badColumnCounts(countries, 9)).as("lines without 9 columns").isEmpty();
        assertThat(badCodes(countries)).as("codes that are not uppercase letters").isEmpty();
        assertThat(badNames(countries, 1, 2, 3, 4, 5, 6, 7)).as("malformed names").isEmpty();
    }

    @Test
    void countryCodesAreUnique() {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (Row r : rows("countries.tsv")) {
            lines.computeIfAbsent(r.field(0), k -> new ArrayList<>()).add(r.line());
        }
        List<String> duplicates = lines.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " on lines " + e.getValue()).toList();
        assertThat(duplicates).as("duplicate country codes").isEmpty();
    }

    @Test
    void noNameOrAliasIsUsedByTwoCountries() {
        Map<String, Set<String>> names = namesToCodes(rows("countries.tsv"), 1, 2);
        assertThat(sharedByTwo(names)).as("names or aliases used by two different countries").isEmpty();
    }

    @Test
    void noNameOfAnyKindIsUsedByTwoCountries() {
        // names, aliases, adjectives, people, capitals, government metonyms and cities together
        Map<String, Set<String>> names = namesToCodes(rows("countries.tsv"), 1, 2, 3, 4, 5, 6, 7);
        assertThat(sharedByTwo(names)).as("names used by two different countries").isEmpty();
    }

    @Test
    void atLeast190CountriesIncludingTheNonMemberStates() {
        List<Row> countries = rows("countries.tsv");
        assertThat(countries).hasSizeGreaterThanOrEqualTo(190);
        Set<String> codes = countries.stream().map(r -> r.field(0)).collect(Collectors.toSet());
        assertThat(codes).contains("USA", "RUS", "UKR", "GBR", "CHN", "IRN", "ISR", "PSE", "KSV", "TWN", "ESH",
                "HKG", "VAT", "PRK", "KOR", "COD", "COG", "SSD");
    }

    @Test
    void regionColumnHoldsRegionCodesOnly() {
        List<String> bad = rows("countries.tsv").stream()
                .filter(r -> r.fields().length == 9 && !r.field(8).isEmpty() && !r.field(8).matches("[A-Z]{3}"))
                .map(Row::toString).toList();
        assertThat(bad).as("region values that are not three-letter codes").isEmpty();
    }

    // ---------------------------------------------------------------- regions

    @Test
    void regionsHaveThreeColumnsAndUppercaseCodes() {
        List<Row> regions = rows("regions.tsv");
        assertThat(regions).isNotEmpty();
        assertThat(badColumnCounts(regions, 4)).as("lines without 4 columns").isEmpty();
        assertThat(badCodes(regions)).as("codes that are not uppercase letters").isEmpty();
        assertThat(badNames(regions, 1, 2)).as("malformed names").isEmpty();
        assertThat(sharedByTwo(namesToCodes(regions, 1, 2))).as("region names used on two lines").isEmpty();
        List<String> withArticle = regions.stream().filter(r -> r.field(1).toLowerCase().startsWith("the "))
                .map(Row::toString).toList();
        assertThat(withArticle).as("region names with a leading 'the'").isEmpty();
    }

    // ---------------------------------------------------------------- organizations

    @Test
    void organizationsHaveFourColumnsUppercaseCodesAndKnownKinds() {
        List<Row> orgs = rows("organizations.tsv");
        assertThat(orgs).isNotEmpty();
        assertThat(badColumnCounts(orgs, 4)).as("lines without 4 columns").isEmpty();
        assertThat(badCodes(orgs)).as("codes that are not uppercase letters").isEmpty();
        assertThat(badNames(orgs, 1, 2)).as("malformed names").isEmpty();
        List<String> badKinds = orgs.stream().filter(r -> r.fields().length == 4 && !KINDS.contains(r.field(3)))
                .map(Row::toString).toList();
        assertThat(badKinds).as("unknown kinds").isEmpty();
    }

    @Test
    void noOrganizationAliasRepeatsAcrossLines() {
        Map<String, List<Integer>> uses = new TreeMap<>();
        for (Row r : rows("organizations.tsv")) {
            Set<String> own = new HashSet<>();
            own.add(r.field(1));
            own.addAll(r.list(2));
            for (String n : own) {
                uses.computeIfAbsent(n, k -> new ArrayList<>()).add(r.line());
            }
        }
        List<String> repeated = uses.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + e.getKey() + "' on lines " + e.getValue()).toList();
        assertThat(repeated).as("organization names or aliases on two lines").isEmpty();
    }

    @Test
    void namesSharedBetweenFilesResolveToTheSameCode() {
        // The loader lets country names win; a name that organizations.tsv also lists must mean the same actor.
        Map<String, String> countryCodes = new TreeMap<>();
        for (Row r : rows("countries.tsv")) {
            String code = r.field(0);
            countryCodes.put(r.field(1), code);
            r.list(2).forEach(n -> countryCodes.put(n, code));
            r.list(6).forEach(n -> countryCodes.put(n, code + "GOV"));
        }
        List<String> conflicts = new ArrayList<>();
        for (Row r : rows("organizations.tsv")) {
            List<String> names = new ArrayList<>(r.list(2));
            names.add(r.field(1));
            for (String n : names) {
                String other = countryCodes.get(n);
                if (other != null && !other.equals(r.field(0))) {
                    conflicts.add("'" + n + "' is " + r.field(0) + " in organizations.tsv but " + other + " in countries.tsv");
                }
            }
        }
        for (Row r : rows("regions.tsv")) {
            List<String> names = new ArrayList<>(r.list(2));
            names.add(r.field(1));
            for (String n : names) {
                if (countryCodes.containsKey(n)) {
                    conflicts.add("'" + n + "' is region " + r.field(0) + " but country " + countryCodes.get(n));
                }
            }
        }
        assertThat(conflicts).as("names that mean different actors in different files").isEmpty();
    }
}
