package org.dragoman.extract.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Facts about CAMEO event codes from Dragoman's own tables: the PLOVER event and mode of a code
 * ({@code cameo-plover.tsv}), its Goldstein conflict-cooperation score ({@code goldstein.tsv}) and its GDELT
 * quad class. A code missing from a table takes the row of its longest listed prefix. Immutable, thread-safe.
 */
public final class CameoTables {

    /** A PLOVER translation: event type and mode (mode empty when PLOVER gives none). */
    public record Plover(String event, Optional<String> mode) {
    }

    private static final CameoTables DEFAULT = new CameoTables();

    private final Map<String, Optional<Plover>> plover = new HashMap<>();
    private final Map<String, Double> goldstein = new HashMap<>();

    private CameoTables() {
        for (String[] f : rows("cameo-plover.tsv")) {
            plover.put(f[0], f.length < 2 || f[1].isBlank() ? Optional.empty()
                    : Optional.of(new Plover(f[1].strip(), f.length < 3 || f[2].isBlank()
                            ? Optional.empty() : Optional.of(f[2].strip()))));
        }
        for (String[] f : rows("goldstein.tsv")) {
            goldstein.put(f[0], Double.parseDouble(f[1]));
        }
    }

    /** The tables bundled with Dragoman. */
    public static CameoTables defaults() {
        return DEFAULT;
    }

    /** The PLOVER event and mode of a CAMEO code; empty for statements (01) and unknown codes. */
    public Optional<Plover> plover(String code) {
        for (String c = code; !c.isEmpty(); c = c.substring(0, c.length() - 1)) {
            Optional<Plover> p = plover.get(c);
            if (p != null) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The Goldstein score of a CAMEO code, if the table has it or a prefix of it. */
    public OptionalDouble goldstein(String code) {
        for (String c = code; !c.isEmpty(); c = c.substring(0, c.length() - 1)) {
            Double g = goldstein.get(c);
            if (g != null) {
                return OptionalDouble.of(g);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * GDELT's quad class of a CAMEO code: 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal
     * conflict (10-14), 4 material conflict (15-20); 0 for a code that is not CAMEO.
     */
    public static int quadClass(String code) {
        int root = root(code);
        if (root >= 1 && root <= 5) {
            return 1;
        } else if (root >= 6 && root <= 9) {
            return 2;
        } else if (root >= 10 && root <= 14) {
            return 3;
        } else if (root >= 15 && root <= 20) {
            return 4;
        }
        return 0;
    }

    /** The two-digit root of a CAMEO code as a number, or -1. */
    public static int root(String code) {
        if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return -1;
        }
        return Integer.parseInt(code.substring(0, 2));
    }

    private static java.util.List<String[]> rows(String name) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (InputStream in = CameoTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
