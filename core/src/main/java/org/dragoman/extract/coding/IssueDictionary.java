package org.dragoman.extract.coding;

import org.dragoman.actors.DictionaryProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PETRARCH issues file ({@code Phoenix.IssueCoding.txt}): {@code phrase [CODE]} lines inside
 * {@code <ISSUE CATEGORY="...">} sections, where {@code n:word} also gives the plural, {@code v:word} the
 * regular verb forms and {@code a+b} both "a b" and "a-b"; {@code ~phrase} (sentence) and {@code ~~phrase}
 * (story) are exclusions: when one is present no issue is coded. Matching ignores case and is by whole words.
 */
public final class IssueDictionary {

    private record Entry(List<String> words, String code) {
    }

    private final Map<String, List<Entry>> byFirstWord;
    private final int size;

    private IssueDictionary(Map<String, List<Entry>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    /** Number of phrases after expansion. */
    public int size() {
        return size;
    }

    /**
     * Reads issue files; a line that is neither a tag, an exclusion nor {@code phrase [CODE]} goes to
     * {@code problems}.
     *
     * @throws IOException when a file cannot be read
     */
    public static IssueDictionary read(List<Path> files, List<DictionaryProblem> problems) throws IOException {
        Map<String, List<Entry>> index = new HashMap<>();
        int n = 0;
        for (Path file : files) {
            for (DictionaryLines.Line line : DictionaryLines.read(file)) {
                String text = line.text();
                if (text.startsWith("<")) {
                    continue;
                }
                String code;
                String phrase;
                if (text.startsWith("~")) {
                    code = "~";
                    phrase = text.replaceFirst("^~+", "");
                } else {
                    int open = text.indexOf('[');
                    int close = text.indexOf(']', open + 1);
                    if (open <= 0 || close < 0 || close == open + 1) {
                        problems.add(new DictionaryProblem(file.toString(), line.number(), "issue line is not 'phrase [CODE]'"));
                        continue;
                    }
                    code = text.substring(open + 1, close).strip();
                    phrase = text.substring(0, open);
                }
                for (List<String> words : expand(phrase.strip().toUpperCase(Locale.ROOT))) {
                    if (!words.isEmpty()) {
                        index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(words, code));
                        n++;
                    }
                }
            }
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new IssueDictionary(Map.copyOf(frozen), n);
    }

    private static List<List<String>> expand(String phrase) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(new ArrayList<>());
        for (String token : phrase.split("\\s+")) {
            List<String> variants = new ArrayList<>();
            String t = token;
            if (t.startsWith("N:")) {
                variants.addAll(VerbDictionary.nounForms(t.substring(2)));
            } else if (t.startsWith("V:")) {
                variants.addAll(VerbDictionary.regularForms(t.substring(2)));
            } else {
                variants.add(t);
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> f : forms) {
                for (String v : variants) {
                    String clean = v.replace("N:", "").replace("V:", "");
                    if (clean.contains("+")) {
                        List<String> spaced = new ArrayList<>(f);
                        for (String w : clean.split("\\+")) {
                            if (!w.isEmpty()) {
                                spaced.add(w);
                            }
                        }
                        next.add(spaced);
                        List<String> hyphen = new ArrayList<>(f);
                        hyphen.add(clean.replace('+', '-'));
                        next.add(hyphen);
                    } else {
                        List<String> g = new ArrayList<>(f);
                        g.add(clean);
                        next.add(g);
                    }
                }
            }
            forms = next;
        }
        return forms;
    }

    /** Issue codes found in {@code words} with how many phrases gave each; empty when an exclusion matches. */
    public Map<String, Integer> issues(List<String> words) {
        List<String> up = new ArrayList<>(words.size());
        for (String w : words) {
            up.add(w.toUpperCase(Locale.ROOT));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < up.size(); i++) {
            for (Entry e : byFirstWord.getOrDefault(up.get(i), List.of())) {
                if (i + e.words().size() <= up.size() && up.subList(i, i + e.words().size()).equals(e.words())) {
                    if (e.code().equals("~")) {
                        return Map.of();
                    }
                    out.merge(e.code(), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
