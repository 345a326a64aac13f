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

    /**
     * First names of people in world news that the CoreNLP list lacks or gets wrong for them ("lula", "rand" and
     * "einav" as listed, "nikki" both ways): heads of state and government, ministers and officials of the 2010s and
     * 2020s, and common names of the same languages. They override the list.
     */
    private static final String SUPPLEMENT_MALE = "andrii volodymyr oleksii mykola petro vitali vitaliy dmytro serhiy "
            + "yevgeniy ramzan ilham nikol tayyip recep mevlut olaf keir itzhak bezalel avigdor yahya ebrahim hossein "
            + "javad petteri alar gitanas edgars krisjanis radoslaw rafal andrzej szymon bohuslav ilir milorad emomali "
            + "shavkat kassym shehbaz imran nawaz bilawal prabowo nayib bola abiy emmerson hakainde uhuru yoweri salva "
            + "akinwumi tedros frans mateusz hakeem kash barack jeb jd jair bashar xi lula rand";
    private static final String SUPPLEMENT_FEMALE = "mette giorgia annalena yulia yuliia kristalina sviatlana sanna "
            + "evika zuzana droupadi delcy ngozi karoline lael kemi nikki einav";
    /** Endings of Slavic family names that only women bear: "Zakharova", "Tsikhanouskaya". */
    private static final java.util.regex.Pattern FEMALE_SURNAME = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}{2,}(?:ova|eva|skaya)");

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

    /** The gender a family name tells, when it tells one: only the Slavic feminine endings do. */
    public Optional<Gender> ofFamilyName(String familyName) {
        return FEMALE_SURNAME.matcher(familyName).matches() ? Optional.of(Gender.FEMALE) : Optional.empty();
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
        for (String name : SUPPLEMENT_MALE.split(" ")) {
            names.put(name, Gender.MALE);
        }
        for (String name : SUPPLEMENT_FEMALE.split(" ")) {
            names.put(name, Gender.FEMALE);
        }
        return new NameGenders(Map.copyOf(names));
    }
}
