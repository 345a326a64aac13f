package org.dragoman.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The twenty CAMEO root event categories ("01" to "20") and a check of event-code prefixes against them:
 * a code is two to four digits whose first two name a root.
 */
public final class Cameo {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Map<String, String> ROOTS = new LinkedHashMap<>();

    static {
        String[] names = {"Make public statement", "Appeal", "Express intent to cooperate", "Consult",
            "Engage in diplomatic cooperation", "Engage in material cooperation", "Provide aid", "Yield",
            "Investigate", "Demand", "Disapprove", "Reject", "Threaten", "Protest", "Exhibit force posture",
            "Reduce relations", "Coerce", "Assault", "Fight", "Use unconventional mass violence"};
        for (int i = 0; i < names.length; i++) {
            ROOTS.put(String.format("%02d", i + 1), names[i]);
        }
    }

    private Cameo() {
    }

    /** Root code to name, in code order. */
    public static Map<String, String> roots() {
        return Map.copyOf(ROOTS);
    }

    /** The name of the root of {@code code} ("190" gives "Fight"), or empty when the code has no known root. */
    public static Optional<String> rootName(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(ROOTS.get(code.substring(0, 2)));
    }

    /** Whether {@code code} is a CAMEO code or code prefix of two to four digits under a known root. */
    public static boolean isKnown(String code) {
        return code != null && CODE.matcher(code).matches() && ROOTS.containsKey(code.substring(0, 2));
    }
}
