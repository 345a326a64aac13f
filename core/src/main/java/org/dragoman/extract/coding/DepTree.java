package org.dragoman.extract.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A dependency parse with the children of every token, built once per sentence: the navigation the event coder
 * and the event stage share.
 */
public final class DepTree {
    /** Relations of clauses other than the verb's own: left out of {@link #clause}. */
    private static final Set<String> OTHER_CLAUSES = Set.of("conj", "cc", "ccomp", "parataxis", "advcl", "csubj",
            "punct", "acl:relcl", "discourse", "dep", "list");

    private final List<DepToken> tokens;
    private final List<List<Integer>> children;

    public DepTree(List<DepToken> tokens) {
        this.tokens = tokens;
        this.children = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (DepToken t : tokens) {
            if (t.head() >= 0 && t.head() < tokens.size() && t.head() != t.index()) {
                children.get(t.head()).add(t.index());
            }
        }
    }

    public DepToken token(int i) {
        return tokens.get(i);
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    public int child(int i, String rel) {
        for (int c : children.get(i)) {
            if (tokens.get(c).rel().equals(rel)) {
                return c;
            }
        }
        return -1;
    }

    public boolean has(int i, String rel) {
        return child(i, rel) >= 0;
    }

    /** The preposition (case marker) of a prepositional phrase, or "". */
    public String prep(int i) {
        int c = child(i, "case");
        return c >= 0 ? tokens.get(c).word() : "";
    }

    /** The verb's clause: its subtree without subordinate and coordinated clauses, in token order. */
    public List<Integer> clause(int v) {
        List<Integer> out = new ArrayList<>();
        collect(v, v, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, int root, List<Integer> out, int depth) {
        out.add(i);
        if (depth > 40) {
            return;
        }
        for (int c : children.get(i)) {
            if (i == root && OTHER_CLAUSES.contains(tokens.get(c).rel())) {
                continue;
            }
            if (tokens.get(c).rel().equals("acl:relcl") || tokens.get(c).rel().equals("parataxis")) {
                continue;
            }
            collect(c, root, out, depth + 1);
        }
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }
}
