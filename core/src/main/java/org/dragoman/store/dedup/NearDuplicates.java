package org.dragoman.store.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An LSH index of MinHash signatures that finds, for a new text, the most similar text already added, without
 * comparing it to every text: only texts sharing at least one band are compared, by estimated Jaccard
 * similarity. Texts with fewer than {@code minShingles} shingles never match (short notices and captions are too
 * alike to mean the same story). Not thread-safe: the caller serializes access.
 */
public final class NearDuplicates {

    /** The best match for a text: the id it was added with, its cluster and the estimated similarity. */
    public record Match(String id, String cluster, double similarity) {
    }

    private record Entry(String id, String cluster, int[] signature) {
    }

    private final MinHash minHash;
    private final double threshold;
    private final int minShingles;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /** An empty index matching at estimated similarity {@code threshold} or more; rejects a threshold outside (0, 1]. */
    public NearDuplicates(MinHash minHash, double threshold, int minShingles) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.minHash = minHash;
        this.threshold = threshold;
        this.minShingles = minShingles;
    }

    /** Dragoman's default: {@link MinHash#standard()}, similarity 0.5, texts of at least 25 shingles. */
    public static NearDuplicates standard() {
        return new NearDuplicates(MinHash.standard(), 0.5, 25);
    }

    public MinHash minHash() {
        return minHash;
    }

    /** Whether a text this long ({@link MinHash#shingleCount}) takes part in matching at all. */
    public boolean eligible(int shingles) {
        return shingles >= minShingles;
    }

    /** The most similar added signature at or above the threshold, if any. */
    public Optional<Match> best(int[] signature) {
        long[] keys = minHash.bandKeys(signature);
        Match best = null;
        java.util.Set<Integer> compared = new java.util.HashSet<>();
        for (long key : keys) {
            List<Integer> bucket = buckets.get(key);
            if (bucket == null) {
                continue;
            }
            for (int index : bucket) {
                if (!compared.add(index)) {
                    continue;
                }
                Entry entry = entries.get(index);
                double similarity = MinHash.similarity(signature, entry.signature());
                if (similarity >= threshold && (best == null || similarity > best.similarity())) {
                    best = new Match(entry.id(), entry.cluster(), similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Adds a signature under {@code id} in {@code cluster}. */
    public void add(String id, String cluster, int[] signature) {
        int index = entries.size();
        entries.add(new Entry(id, cluster, signature.clone()));
        for (long key : minHash.bandKeys(signature)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
        }
    }

    public int size() {
        return entries.size();
    }
}
