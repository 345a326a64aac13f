package org.dragoman.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The exact-duplicate key of a text: the SHA-256 of the text after Unicode NFKC normalization, lower-casing and
 * collapsing every run of whitespace to one space. Two copies of a story that differ only in line breaks,
 * indentation or capitalisation get the same key.
 */
public final class TextFingerprint {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFingerprint() {
    }

    /** The normalized form of {@code text} that the key is computed over. */
    public static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACES.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The hex SHA-256 of {@link #normalize(String) normalize(text)}. */
    public static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
