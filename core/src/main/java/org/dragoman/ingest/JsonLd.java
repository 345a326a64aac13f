package org.dragoman.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks, flattened out of
 * arrays, {@code @graph} lists and nested entities. Blocks that do not parse, even leniently, are skipped.
 */
final class JsonLd {
    // Hand-edited JSON-LD is often sloppy (comments, trailing commas, raw newlines in strings); accept it.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(200).maxStringLength(5_000_000).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_OBJECTS = 500;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = List.copyOf(objects);
    }

    /** The objects of every JSON-LD block in {@code doc}, in document order; empty when there are none. */
    static JsonLd of(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.startsWith("<![CDATA[")) {
                json = json.substring(9, json.endsWith("]]>") ? json.length() - 3 : json.length());
            }
            for (JsonNode root : parse(json)) {
                flatten(root, found);
            }
        }
        return new JsonLd(found);
    }

    private static List<JsonNode> parse(String json) {
        List<JsonNode> roots = new ArrayList<>();
        if (json.isEmpty()) {
            return roots;
        }
        // Some sites concatenate several objects in one script block, so read a sequence of values.
        try (JsonParser parser = MAPPER.createParser(json);
             MappingIterator<JsonNode> it = MAPPER.readValues(parser, JsonNode.class)) {
            while (it.hasNextValue()) {
                roots.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // Keep whatever parsed before the error; the rest of the block is unusable.
        }
        return roots;
    }

    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        List<JsonNode> ordered = new ArrayList<>();
        while (!stack.isEmpty() && ordered.size() < MAX_OBJECTS) {
            JsonNode node = stack.pop();
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    stack.push(node.get(i));
                }
            } else if (node.isObject()) {
                if (node.has("@type")) {
                    ordered.add(node);
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    stack.push(graph);
                }
                // An article is sometimes nested as the mainEntity of a WebPage.
                JsonNode main = node.get("mainEntity");
                if (main != null && (main.isObject() || main.isArray())) {
                    stack.push(main);
                }
            }
        }
        out.addAll(ordered);
    }

    /** Objects whose type is an article (NewsArticle, BlogPosting, ReportageNews ...), most specific first. */
    List<JsonNode> articles() {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode o : objects) {
            if (isArticleType(o)) {
                result.add(o);
            }
        }
        return result;
    }

    /** Every object, articles first, then pages and the rest, for fields any of them may carry. */
    List<JsonNode> articlesThenOthers() {
        List<JsonNode> result = new ArrayList<>(articles());
        for (JsonNode o : objects) {
            if (!isArticleType(o)) {
                result.add(o);
            }
        }
        return result;
    }

    private static boolean isArticleType(JsonNode o) {
        for (String type : types(o)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.endsWith("posting") || t.equals("reportagenews") || t.equals("report")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> types(JsonNode o) {
        JsonNode type = o.get("@type");
        List<String> result = new ArrayList<>();
        if (type == null) {
            return result;
        }
        if (type.isArray()) {
            type.forEach(t -> result.add(t.asText("")));
        } else {
            result.add(type.asText(""));
        }
        return result;
    }

    /** The first non-blank text of {@code field} among {@link #articlesThenOthers()}, if any. */
    Optional<String> text(String field) {
        for (JsonNode o : articlesThenOthers()) {
            Optional<String> value = textOf(o.get(field));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The text of a value that is a string, a number, or an array or object holding one. */
    static Optional<String> textOf(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                Optional<String> t = textOf(v);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        }
        if (value.isObject()) {
            return textOf(value.has("@value") ? value.get("@value") : value.get("name"));
        }
        String text = value.asText("").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The names of the authors of the first article that names any, in order. */
    List<String> authors() {
        for (JsonNode o : articlesThenOthers()) {
            List<String> names = new ArrayList<>();
            collectNames(o.get("author"), names);
            if (names.isEmpty()) {
                collectNames(o.get("creator"), names);
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private static void collectNames(JsonNode value, List<String> out) {
        if (value == null || out.size() > 20) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> collectNames(v, out));
        } else if (value.isObject()) {
            textOf(value.get("name")).ifPresent(out::add);
        } else if (value.isTextual()) {
            String s = value.asText().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
    }

    /** The name of the publisher of the first object that names one. */
    Optional<String> publisher() {
        for (JsonNode o : articlesThenOthers()) {
            JsonNode publisher = o.get("publisher");
            if (publisher != null) {
                Optional<String> name = publisher.isTextual() ? textOf(publisher) : publisherName(publisher);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> publisherName(JsonNode publisher) {
        if (publisher.isArray()) {
            for (JsonNode p : publisher) {
                Optional<String> name = publisherName(p);
                if (name.isPresent()) {
                    return name;
                }
            }
            return Optional.empty();
        }
        return publisher.isObject() ? textOf(publisher.get("name")) : Optional.empty();
    }

    /** The longest {@code articleBody} of any article object, if any. */
    Optional<String> articleBody() {
        String best = null;
        for (JsonNode o : articles()) {
            Optional<String> body = textOf(o.get("articleBody"));
            if (body.isPresent() && (best == null || body.get().length() > best.length())) {
                best = body.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
