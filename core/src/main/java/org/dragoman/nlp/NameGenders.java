package org.dragoman.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gender usually carried by an English-language first name, from the name list shipped in CoreNLP's
 * models jar. Loaded once; lookups are case-insensitive; unknown names give empty.
 */
public final class NameGenders {

    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final NameGenders INSTANCE = load();

    /** Grammatical gender of a person as far as a name tells. */
    public enum Gender { MALE, FEMALE }

    private final Map<String, Gender> names;

    private NameGenders(Map<String, Gender> names) {
        this.names = names;
    }

    /** The shared instance. */
    public static NameGenders instance() {
        return INSTANCE;
    }

    /** The gender of {@code firstName}, when the list knows it. */
    public Optional<Gender> of(String firstName) {
        return Optional.ofNullable(names.get(firstName.toLowerCase(Locale.ROOT)));
    }

    private static NameGenders load() {
        Map<String, Gender> names = new HashMap<>();
        InputStream in = NameGenders.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CoreNLP models jar lacks " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    names.put(f[0], Gender.valueOf(f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameGenders(Map.copyOf(names));
    }
}
