package org.dragoman.store.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles, for estimating the Jaccard similarity of two texts' shingle sets
 * and for locality-sensitive hashing in bands. Words are runs of letters and digits, lower-cased; a shingle is
 * {@code shingleSize} consecutive words. The signature has {@code bands * rows} values; two texts with shingle
 * Jaccard similarity {@code J} share at least one band with probability {@code 1 - (1 - J^rows)^bands}.
 * Immutable and thread-safe; the same parameters always give the same signatures, so they can be stored.
 */
public final class MinHash {

    private final int shingleSize;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    /** A hasher with the given shape; rejects non-positive sizes. */
    public MinHash(int shingleSize, int bands, int rows) {
        if (shingleSize < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingleSize, bands and rows must be positive: "
                    + shingleSize + ", " + bands + ", " + rows);
        }
        this.shingleSize = shingleSize;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    /** Dragoman's default: word 3-shingles, 20 bands of 6 rows (candidate threshold near Jaccard 0.6). */
    public static MinHash standard() {
        return new MinHash(3, 20, 6);
    }

    public int bands() {
        return bands;
    }

    public int size() {
        return seeds.length;
    }

    /** How many shingles {@code text} has (0 for a text shorter than one shingle). */
    public int shingleCount(String text) {
        return Math.max(0, words(text).size() - shingleSize + 1);
    }

    /**
     * The signature of {@code text}: for each of the {@code bands * rows} hash functions, the minimum over the
     * text's shingles. A text with fewer words than a shingle hashes as one shingle of all its words.
     */
    public int[] signature(String text) {
        List<Long> words = words(text);
        int[] min = new int[seeds.length];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int count = Math.max(1, words.size() - shingleSize + 1);
        for (int s = 0; s < count; s++) {
            long h = 0x84222325CBF29CE4L;
            for (int w = s; w < Math.min(words.size(), s + shingleSize); w++) {
                h = mix(h * 31 + words.get(w));
            }
            for (int i = 0; i < seeds.length; i++) {
                int v = (int) (mix(h ^ seeds[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return min;
    }

    /** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("signatures of different sizes: " + a.length + ", " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** One key per band: a hash of the band's rows and its number, so equal keys mean an equal band. */
    public long[] bandKeys(int[] signature) {
        if (signature.length != seeds.length) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, expected " + seeds.length);
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ (signature[b * rows + r] & 0xFFFFFFFFL) * 0xC2B2AE3D27D4EB4FL);
            }
            keys[b] = h;
        }
        return keys;
    }

    private static List<Long> words(String text) {
        List<Long> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(hash(text.substring(start, i).toLowerCase(Locale.ROOT)));
            }
        }
        return words;
    }

    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer: a fast 64-bit mixer with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
