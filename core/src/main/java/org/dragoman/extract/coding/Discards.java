package org.dragoman.extract.coding;

import org.dragoman.actors.DictionaryProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PETRARCH discard list: phrases that stop a sentence ({@code PHRASE}) or a whole story ({@code +PHRASE})
 * from being coded. Matching ignores case; the last word is a stem (BASEBALL matches BASEBALLS) unless it ends
 * in {@code _}.
 */
public final class Discards {

    /** What a discard phrase suppresses. */
    public enum Scope { SENTENCE, STORY }

    private record Phrase(List<String> words, boolean exactLast, Scope scope) {
    }

    private final Map<String, List<Phrase>> byFirstWord;
    private final int size;

    private Discards(Map<String, List<Phrase>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    /** An empty list: nothing is discarded. */
    public static Discards none() {
        return new Discards(Map.of(), 0);
    }

    /** Number of phrases read. */
    public int size() {
        return size;
    }

    /**
     * Reads discard files; a line with no words (e.g. a lone {@code +}) is recorded in {@code problems}.
     *
     * @throws IOException when a file cannot be read
     */
    public static Discards read(List<Path> files, List<DictionaryProblem> problems) throws IOException {
        Map<String, List<Phrase>> index = new HashMap<>();
        int n = 0;
        for (Path file : files) {
            for (DictionaryLines.Line line : DictionaryLines.read(file)) {
                String text = line.text().toUpperCase(Locale.ROOT);
                Scope scope = Scope.SENTENCE;
                if (text.startsWith("+")) {
                    scope = Scope.STORY;
                    text = text.substring(1).strip();
                }
                boolean exact = text.endsWith("_");
                String[] words = text.replace('_', ' ').strip().split("\\s+");
                if (words.length == 0 || words[0].isEmpty()) {
                    problems.add(new DictionaryProblem(file.toString(), line.number(), "discard line without words"));
                    continue;
                }
                Phrase p = new Phrase(List.of(words), exact, scope);
                // The first word may itself be the stem, so index by its first two letters at most.
                index.computeIfAbsent(key(words[0], words.length == 1 && !exact), k -> new ArrayList<>()).add(p);
                n++;
            }
        }
        Map<String, List<Phrase>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Discards(Map.copyOf(frozen), n);
    }

    private static String key(String first, boolean stem) {
        return stem ? "\u0000" + first.substring(0, Math.min(2, first.length())) : first;
    }

    /** The widest scope any phrase matches in {@code words} (a sentence's tokens), or null when none does. */
    public Scope match(List<String> words) {
        Scope found = null;
        List<String> up = new ArrayList<>(words.size());
        for (String w : words) {
            up.add(w.toUpperCase(Locale.ROOT));
        }
        for (int i = 0; i < up.size(); i++) {
            String w = up.get(i);
            for (String k : new String[] {w, key(w, true)}) {
                for (Phrase p : byFirstWord.getOrDefault(k, List.of())) {
                    if (matchesAt(p, up, i)) {
                        if (p.scope() == Scope.STORY) {
                            return Scope.STORY;
                        }
                        found = Scope.SENTENCE;
                    }
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(Phrase p, List<String> words, int at) {
        List<String> pw = p.words();
        if (at + pw.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < pw.size(); j++) {
            String w = words.get(at + j);
            boolean last = j == pw.size() - 1;
            if (last && !p.exactLast() ? !w.startsWith(pw.get(j)) : !w.equals(pw.get(j))) {
                return false;
            }
        }
        return true;
    }
}
