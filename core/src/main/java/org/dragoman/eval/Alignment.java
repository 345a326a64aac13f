package org.dragoman.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.dragoman.model.Span;

/**
 * One-to-one pairing of gold spans with system spans, the way the scorers count matches.
 * Each method returns, for each gold index, the index of its system partner or -1.
 */
final class Alignment {

    private Alignment() {
    }

    /** Pairs each gold span with an unused system span of exactly the same offsets. */
    static int[] strict(List<Span> gold, List<Span> system) {
        int[] pairs = unpaired(gold.size());
        boolean[] used = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (!used[s] && gold.get(g).equals(system.get(s))) {
                    used[s] = true;
                    pairs[g] = s;
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * A maximum one-to-one pairing of overlapping spans (at least one shared char; empty spans overlap nothing).
     * Among pairings of that size it prefers exact matches, then larger overlaps, so attribute accuracy is
     * judged on the most plausible partner.
     */
    static int[] relaxed(List<Span> gold, List<Span> system) {
        int[][] candidates = new int[gold.size()][];
        for (int g = 0; g < gold.size(); g++) {
            Span gs = gold.get(g);
            List<Integer> list = new ArrayList<>();
            for (int s = 0; s < system.size(); s++) {
                if (overlap(gs, system.get(s)) > 0) {
                    list.add(s);
                }
            }
            list.sort(Comparator.<Integer>comparingInt(s -> system.get(s).equals(gs) ? 0 : 1)
                    .thenComparing(s -> -overlap(gs, system.get(s)))
                    .thenComparingInt(s -> s));
            candidates[g] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] goldTo = unpaired(gold.size());
        int[] systemTo = unpaired(system.size());
        for (int g = 0; g < gold.size(); g++) {
            for (int s : candidates[g]) {
                if (system.get(s).equals(gold.get(g)) && systemTo[s] < 0) {
                    goldTo[g] = s;
                    systemTo[s] = g;
                    break;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (goldTo[g] < 0) {
                augment(g, candidates, goldTo, systemTo, new boolean[system.size()]);
            }
        }
        return goldTo;
    }

    /** Number of gold items that have a partner. */
    static int count(int[] pairs) {
        return (int) Arrays.stream(pairs).filter(p -> p >= 0).count();
    }

    // Kuhn's augmenting path: each successful call grows the matching by one, so the result is maximum.
    private static boolean augment(int g, int[][] candidates, int[] goldTo, int[] systemTo, boolean[] visited) {
        for (int s : candidates[g]) {
            if (visited[s]) {
                continue;
            }
            visited[s] = true;
            if (systemTo[s] < 0 || augment(systemTo[s], candidates, goldTo, systemTo, visited)) {
                goldTo[g] = s;
                systemTo[s] = g;
                return true;
            }
        }
        return false;
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static int[] unpaired(int n) {
        int[] pairs = new int[n];
        Arrays.fill(pairs, -1);
        return pairs;
    }
}
