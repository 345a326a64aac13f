package org.dragoman.actors;

import org.dragoman.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of countries, nationalities, cities, regions and organizations as news writes them, each with its
 * canonical name, entity type and CAMEO code. Built once from the TSV files in {@code org/dragoman/actors/};
 * lookups are exact on the phrase as written (case matters: "US" is a country, "us" is not).
 */
public final class Gazetteer {

    /** One known name: what it refers to. */
    public record Entry(String canonical, EntityType type, String code) {
    }

    private static final Gazetteer DEFAULT = load();

    private final Map<String, Entry> entries;
    private final int maxTokens;

    private Gazetteer(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        this.maxTokens = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The gazetteer built from Dragoman's own files. */
    public static Gazetteer defaultGazetteer() {
        return DEFAULT;
    }

    /** The entry for {@code phrase} (whitespace-normalized, a leading "the" ignored), if known. */
    public Optional<Entry> lookup(String phrase) {
        String p = phrase.strip().replaceAll("\\s+", " ");
        Entry e = entries.get(p);
        if (e == null && (p.startsWith("the ") || p.startsWith("The "))) {
            e = entries.get(p.substring(4));
        }
        return Optional.ofNullable(e);
    }

    /** The longest phrase, in tokens, that any entry has. */
    public int maxTokens() {
        return maxTokens;
    }

    private static Gazetteer load() {
        Map<String, Entry> map = new HashMap<>();
        // Later puts win: organizations and regions first, then countries, so a country's own names prevail.
        for (String[] f : rows("organizations.tsv")) {
            Entry e = new Entry(f[1], EntityType.ORGANIZATION, f[0]);
            put(map, f[1], e);
            names(f, 2).forEach(n -> put(map, n, e));
        }
        for (String[] f : rows("regions.tsv")) {
            Entry e = new Entry(f[1], EntityType.LOCATION, f[0]);
            put(map, f[1], e);
            names(f, 2).forEach(n -> put(map, n, e));
            List<String> adjectives = names(f, 3);
            if (!adjectives.isEmpty()) {
                Entry people = new Entry(adjectives.get(0), EntityType.NATIONALITY, f[0]);
                adjectives.forEach(n -> put(map, n, people));
            }
        }
        List<String[]> countries = rows("countries.tsv");
        for (String[] f : countries) {
            String code = f[0];
            for (String city : names(f, 7)) {
                put(map, city, new Entry(city, EntityType.CITY, code));
            }
            for (String gov : names(f, 6)) {
                put(map, gov, new Entry(gov, EntityType.ORGANIZATION, code + "GOV"));
            }
        }
        for (String[] f : countries) {
            String code = f[0];
            for (String capital : names(f, 5)) {
                put(map, capital, new Entry(capital, EntityType.CITY, code));
            }
            List<String> adjectives = names(f, 3);
            if (!adjectives.isEmpty()) {
                Entry nationality = new Entry(adjectives.get(0), EntityType.NATIONALITY, code);
                adjectives.forEach(n -> put(map, n, nationality));
                names(f, 4).forEach(n -> put(map, n, nationality));
            }
            Entry country = new Entry(f[1], EntityType.COUNTRY, code);
            put(map, f[1], country);
            names(f, 2).forEach(n -> put(map, n, country));
        }
        return new Gazetteer(map);
    }

    private static void put(Map<String, Entry> map, String name, Entry e) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        if (!n.isEmpty()) {
            map.put(n, e);
        }
    }

    private static List<String> names(String[] fields, int column) {
        List<String> out = new ArrayList<>();
        if (column < fields.length) {
            for (String n : fields[column].split("\\|")) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        String resource = "org/dragoman/actors/" + file;
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comment = line.indexOf("\t#");
                String[] f = (comment >= 0 ? line.substring(0, comment) : line).split("\t", -1);
                if (f.length >= 2 && !f[0].isBlank() && !f[1].isBlank()) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
