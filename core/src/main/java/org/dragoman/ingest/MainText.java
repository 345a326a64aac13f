package org.dragoman.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a news page and returns its paragraphs. It first removes what is never article text
 * (scripts, forms, navigation, elements whose class or role marks them as menus, ads, share bars, comments and
 * the like), then picks the container of the body by structural markers ({@code itemprop=articleBody}, content
 * class names, {@code <article>}) checked against a text-density score, and finally walks that container,
 * keeping paragraph-like blocks that are not link lists, captions, bylines or calls to action.
 */
final class MainText {

    /** A paragraph of output with the facts the filters need. */
    private record Block(String text, int chars, int linkChars, boolean heading, Element element) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** Per-element text statistics, computed once bottom-up so that scoring stays linear in page size. */
    private static final class Stats {
        int chars;
        int linkChars;
        int paragraphChars;
        int paragraphs;
        int articles;
        // Pre-order number of the element and of its last descendant: ancestry tests in constant time.
        int first;
        int last;

        boolean contains(Stats other) {
            return other.first > first && other.last <= last;
        }
    }

    // Elements that never hold readable article text.
    private static final Set<String> NON_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "svg", "canvas", "video", "audio", "source",
            "track", "picture", "img", "map", "area", "button", "input", "select", "textarea", "option",
            "optgroup", "datalist", "link", "meta", "head", "label", "output", "progress", "meter", "math");

    // Elements whose HTML meaning is "not the main text": removed unless a page misuses one to hold the article.
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "figure", "figcaption",
            "menu", "dialog");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "caption", "figure",
            "figcaption", "form", "fieldset", "legend", "address", "hr", "center", "details", "summary", "hgroup",
            "body", "html");

    private static final Set<String> WRAPPABLE = Set.of("div", "section", "article", "main", "td", "center",
            "blockquote", "dd", "form", "body", "header");

    // A table row is one line of output; its cells are separated by spaces.
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    // Class and id words that mark page furniture whatever else the element is called. A word matches at the
    // start of a class token, so "relatedStories" and "share-bar" match but "shared" articles rarely exist.
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("(?:^|[^a-z0-9])(?:"
            + "nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|side-bar|comments?|commentlist|disqus"
            + "|share|sharing|sharebar|social|related|recommend\\w*|more-?stories|read-?more|readmore|promo\\w*"
            + "|sponsor\\w*|ad|ads|adv|advert\\w*|adslot|ad-?unit|ad-?container|ad-?wrapper|dfp|gpt-ad|banner-ad"
            + "|cookie\\w*|consent|gdpr|newsletter\\w*|subscribe|subscription|signup|sign-up|outbrain|taboola"
            + "|zergnet|popular|trending|most-?read|most-?popular|sr-only|screen-reader\\w*|visually-?hidden"
            + "|skip-?link\\w*|print-?only|jp-relatedposts|sharedaddy|author-?bio|about-?the-?author"
            + ")(?:$|[^a-z0-9])");

    private static final Pattern WEAK_NEGATIVE = Pattern.compile("(?:^|[^a-z0-9])(?:"
            + "header|masthead|banner|byline|bylines|dateline|timestamp|meta|entry-meta|post-meta|article-meta"
            + "|author|authors|caption|credit|credits|tags?|tag-?list|keywords|topics|widget\\w*|popup|modal"
            + "|overlay|toolbar|tools|utility|pagination|pager|extra|supplement\\w*|teaser|newsticker|rail"
            + "|right-?col\\w*|left-?col\\w*|disclaimer|copyright|legal|print|email|follow|login|signin|hidden"
            + ")(?:$|[^a-z0-9])");

    private static final Pattern POSITIVE = Pattern.compile("(?:^|[^a-z0-9])(?:"
            + "article\\w*|body|content|entry|hentry|main|post|text|story|blog|news|prose|copy|detail"
            + ")");

    private static final Pattern EMBED = Pattern.compile("embed|tweet|instagram|tiktok");

    // A closing line that asks the reader to do something: subscribe, follow, write to the author.
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(?:newsletters?|subscribe|sign up"
            + "|follow (?:us|him|her|them|me)|on twitter|on facebook|on instagram|download (?:our|the) app"
            + "|(?:may|can) be reached at|contact (?:us|the author)|click here|share (?:it|this)"
            + "|all rights reserved|copyright)\\b|©");

    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");

    // Agency and staff credits that close a report ("Reporting by ...; Editing by ...").
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^\\(?(?:(?:additional )?reporting by"
            + "|editing by|writing by|compiled by|source:|sources:|with .{0,40} wires)|contributed (?:reporting|to this report)");

    private static final Pattern NEGATIVE_ROLE = Pattern.compile(
            "(?i)navigation|banner|contentinfo|complementary|menu|menubar|dialog|alertdialog|search|tablist");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final Pattern CONTENT_CLASS = Pattern.compile("(?:^|\\s)(?:[a-z0-9]+[-_]{1,2})?"
            + "(?:article|story|entry|post|news|blog|main|content|single)[-_]{0,2}"
            + "(?:body|content|text|copy|main|inner|detail|details|container)(?:[-_]{1,2}[a-z0-9]+)?(?:$|\\s)");

    // Short lines that are calls to action or page furniture rather than article text, in the languages the
    // pages Dragoman reads are most often in.
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^(?:"
            + "advertisement|advertising|advert|sponsored( content)?|ad|anzeige|publicidad|publicité|pubblicità"
            + "|share( this( article| story| post)?)?( on \\w+)?|tweet|email|print|comments?|\\d+ comments?"
            + "|related( articles| stories| posts| content| coverage)?|read (more|next|also)|see also|more on this"
            + "|recommended( for you)?|sign up.*|subscribe.*|follow us.*|click here.*|loading.*|skip to .*"
            + "|(image|photo|picture|video|foto|фото)( credit)?s?:.*|(photo|image)s? (by|courtesy|credit).*"
            + "|getty images"
            + "|reuters|ap photo.*|©.*|\\(c\\).*|copyright.*|all rights reserved.*|(tags|topics|filed under):.*"
            + "|back to top|top stories|most read|trending( now)?|continue reading.*|view comments|listen to this.*"
            + "|this article (is|was) .*|updated:?.*|published:?.*|posted:?.*|last updated.*"
            + "|.*(requires|enable) javascript.*|\\[\\w+[^\\]]*\\].*\\[/\\w+\\]"
            + "|caption|close|open|menu|search|iklan|reklame|werbung|you (may|might) (also )?like.*|more stories"
            + "|related news|more:|leggi anche|lesen sie auch|lire aussi|leia também|lea también|veja também"
            + "|\\d+ of \\d+|\\d+ (min|minute)s? read|(reading time|tempo de leitura|lesezeit):.*"
            + ")[.!:]?$");

    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?i)^(?:by|von|por|par|di|door|av|af)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,5}"
            + "(?:\\s*(?:,|and|&|\\|)\\s*\\p{Lu}?[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,5})*\\.?$");

    // A short line with a year and a clock time is a timestamp in any language.
    private static final Pattern DATELINE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)");

    private static final Pattern MARKUP = Pattern.compile("(?i)</?(?:p|br|div|h[1-6]|li|em|strong|a)\\b[^>]*>");

    private static final int MIN_PARAGRAPH = 25;
    private static final int MIN_ARTICLE_CHARS = 100;

    private MainText() {
    }

    /**
     * The body paragraphs of the page whose {@code <body>} is {@code body}, without the headline {@code title}.
     * Empty when no main text is found. The element tree is modified (boilerplate removed).
     */
    static List<String> paragraphs(Element body, Optional<String> title, Optional<String> jsonLdBody) {
        removeNonText(body);
        wrapLooseText(body);
        Map<Element, Stats> stats = stats(body);
        int pageParagraphChars = stats.get(body).paragraphChars;
        Element strict = body.clone();
        removeBoilerplate(strict, true, stats(strict), pageParagraphChars);
        List<String> result = extractFrom(strict, title);
        if (length(result) < 500) {
            // The strict pass can strip a page whose body sits in oddly named containers; try again gently.
            Element lenient = body.clone();
            removeBoilerplate(lenient, false, stats(lenient), pageParagraphChars);
            List<String> second = extractFrom(lenient, title);
            if (length(second) > length(result) * 1.5) {
                result = second;
            }
        }
        return crossCheck(result, jsonLdBody);
    }

    private static List<String> extractFrom(Element root, Optional<String> title) {
        Map<Element, Stats> stats = stats(root);
        List<Element> containers = containers(root, stats, title.map(Texts::key).orElse(""));
        List<Block> blocks = new ArrayList<>();
        for (Element c : containers) {
            blocks.addAll(blocks(c));
        }
        return filter(blocks, title);
    }

    // ---- cleaning ----

    private static void removeNonText(Element body) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment
                    || node instanceof Element el && node != body && NON_TEXT_TAGS.contains(el.normalName())) {
                doomed.add(node);
            }
        }, body);
        for (Node n : doomed) {
            if (n.parent() != null) {
                n.remove();
            }
        }
    }

    /**
     * Wraps runs of text and inline elements that sit directly in a block container beside block children in a
     * {@code <p>}, so that text written between {@code <br>}s in a layout {@code <div>} is scored and emitted
     * like any paragraph.
     */
    private static void wrapLooseText(Element root) {
        List<Element> containers = new ArrayList<>();
        for (Element el : root.getAllElements()) {
            if (WRAPPABLE.contains(el.normalName()) && (hasBlockChild(el) || hasDoubleBreak(el))) {
                containers.add(el);
            }
        }
        for (Element el : containers) {
            List<Node> run = new ArrayList<>();
            List<Node> children = new ArrayList<>(el.childNodes());
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                boolean inline = child instanceof TextNode
                        || child instanceof Element c && !BLOCK_TAGS.contains(c.normalName());
                if (inline && isBreak(child) && nextIsBreak(children, i)) {
                    wrap(run);
                } else if (inline) {
                    run.add(child);
                } else {
                    wrap(run);
                }
            }
            wrap(run);
        }
    }

    private static boolean isBreak(Node n) {
        return n instanceof Element e && e.normalName().equals("br");
    }

    private static boolean nextIsBreak(List<Node> nodes, int i) {
        for (int j = i + 1; j < nodes.size(); j++) {
            Node n = nodes.get(j);
            if (isBreak(n)) {
                return true;
            }
            if (!(n instanceof TextNode t && t.isBlank())) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasDoubleBreak(Element el) {
        List<Node> children = el.childNodes();
        for (int i = 0; i < children.size(); i++) {
            if (isBreak(children.get(i)) && nextIsBreak(children, i)) {
                return true;
            }
        }
        return false;
    }

    private static void wrap(List<Node> run) {
        boolean hasText = false;
        for (Node n : run) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank()) {
                hasText = true;
                break;
            }
        }
        if (hasText) {
            Element p = new Element("p");
            run.get(0).before(p);
            for (Node n : run) {
                p.appendChild(n);
            }
        }
        run.clear();
    }

    // Whole pages are sometimes one ASP.NET <form>; only small forms are search boxes and sign-ups.
    private static boolean looksLikeWidgetForm(Element form) {
        return form.select("p").size() < 3;
    }

    private static void removeBoilerplate(Element root, boolean strict, Map<Element, Stats> stats,
                                          int pageParagraphChars) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (isBoilerplate(el, strict) && !holdsTheArticle(el, stats, pageParagraphChars)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Element::remove);
    }

    private static boolean isBoilerplate(Element el, boolean strict) {
        String tag = el.normalName();
        if (FURNITURE_TAGS.contains(tag) || tag.equals("form") && looksLikeWidgetForm(el)
                || el.hasAttr("hidden") || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
            return true;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && NEGATIVE_ROLE.matcher(role).matches()) {
            return true;
        }
        if (el.normalName().equals("body") || el.normalName().equals("html")) {
            return false;
        }
        String names = classWords(el);
        if (names.isEmpty() || el.hasAttr("itemprop") && el.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        if (STRONG_NEGATIVE.matcher(names).find()) {
            // An embedded post is a quotation the story relies on, even when its box is styled as "social".
            return !(EMBED.matcher(names).find() && el.selectFirst("blockquote") != null);
        }
        return strict && WEAK_NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
    }

    // Never remove an element that holds most of the page's paragraph text: its class is misleading.
    private static boolean holdsTheArticle(Element el, Map<Element, Stats> stats, int pageParagraphChars) {
        Stats s = stats.get(el);
        return s != null && pageParagraphChars > 0 && s.paragraphChars >= 0.5 * pageParagraphChars
                && s.paragraphs >= 2;
    }

    private static String classAndId(Element el) {
        return (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).strip();
    }

    /** Class and id split into words, camel case included: "InlineImage-imageEmbedCredit" has "credit". */
    private static String classWords(Element el) {
        String raw = el.className() + " " + el.id();
        return CAMEL_HUMP.matcher(raw).replaceAll("$1 $2").toLowerCase(Locale.ROOT).strip();
    }

    // ---- statistics ----

    private static Map<Element, Stats> stats(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        int[] counter = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    Stats s = new Stats();
                    s.first = counter[0]++;
                    stats.put(el, s);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = visibleLength(t.getWholeText());
                    Element parent = t.parent() instanceof Element p ? p : null;
                    if (parent != null) {
                        Stats s = stats.get(parent);
                        if (s != null) {
                            s.chars += n;
                            if (parent.normalName().equals("a")) {
                                s.linkChars += n;
                            }
                        }
                    }
                } else if (node instanceof Element el) {
                    Stats s = stats.get(el);
                    s.last = counter[0] - 1;
                    if (el.normalName().equals("a")) {
                        s.linkChars = s.chars;
                    }
                    if (isParagraphLike(el) && s.chars >= MIN_PARAGRAPH && s.linkChars < 0.5 * s.chars) {
                        s.paragraphChars += s.chars;
                        s.paragraphs++;
                    }
                    Element parent = el.parent();
                    Stats p = parent == null ? null : stats.get(parent);
                    if (p != null) {
                        p.chars += s.chars;
                        p.linkChars += s.linkChars;
                        p.articles += s.articles + (el.normalName().equals("article") ? 1 : 0);
                        if (!isParagraphLike(parent)) {
                            p.paragraphChars += s.paragraphChars;
                            p.paragraphs += s.paragraphs;
                        }
                    }
                }
            }
        }, root);
        return stats;
    }

    private static int visibleLength(String raw) {
        return Texts.collapse(raw).length();
    }

    private static boolean isParagraphLike(Element el) {
        String tag = el.normalName();
        return tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") && !hasBlockChild(el)
                || (tag.equals("div") || tag.equals("td") || tag.equals("section")) && !hasBlockChild(el);
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    // ---- container selection ----

    private static List<Element> containers(Element root, Map<Element, Stats> stats, String titleKey) {
        List<Element> structural = structural(root, stats, titleKey);
        Optional<Element> scored = scored(root, stats);
        if (structural.isEmpty()) {
            return scored.map(MainText::withSiblings).orElse(List.of(root));
        }
        if (scored.isEmpty()) {
            return structural;
        }
        Element best = scored.get();
        int structuralChars = 0;
        for (Element e : structural) {
            structuralChars += stats.get(e).paragraphChars;
            if (e == best || stats.get(best).contains(stats.get(e))) {
                // The marker names the story; the score may have spread to teasers around it.
                return structural;
            }
            if (stats.get(e).contains(stats.get(best))) {
                // The marker is a wide wrapper (page column, article with header and footer): the scored block
                // is the body when it holds nearly all of the wrapper's paragraph text.
                return stats.get(best).paragraphChars >= 0.8 * stats.get(e).paragraphChars
                        ? withSiblings(best) : structural;
            }
        }
        // Disjoint: trust the marker unless the scored container holds clearly more paragraph text, which
        // happens when the marker wraps only a teaser or a summary.
        int scoredChars = stats.get(best).paragraphChars;
        boolean titled = structural.stream().anyMatch(e -> hasHeadline(e, titleKey));
        if (scoredChars > 2 * structuralChars && !titled) {
            return withSiblings(best);
        }
        return structural;
    }

    private static List<Element> structural(Element root, Map<Element, Stats> stats, String titleKey) {
        List<Element> byItemprop = disjoint(root.select("[itemprop~=(?i)^articleBody$]"), stats, 150);
        if (!byItemprop.isEmpty()) {
            return byItemprop;
        }
        List<Element> byClass = new ArrayList<>();
        for (Element el : root.getAllElements()) {
            if (el != root && !el.normalName().equals("body") && CONTENT_CLASS.matcher(classAndId(el)).find()
                    && !STRONG_NEGATIVE.matcher(classWords(el)).find()) {
                byClass.add(el);
            }
        }
        List<Element> fromClass = disjoint(byClass, stats, 250);
        if (!fromClass.isEmpty()) {
            return fromClass;
        }
        Element bestArticle = null;
        for (Element a : root.select("article")) {
            // An <article> holding other <article>s is a list of teasers, not a story.
            if (stats.get(a).articles > 0 || stats.get(a).paragraphChars < 250) {
                continue;
            }
            boolean titled = hasHeadline(a, titleKey);
            boolean bestTitled = bestArticle != null && hasHeadline(bestArticle, titleKey);
            if (bestArticle == null || titled && !bestTitled
                    || titled == bestTitled && stats.get(a).paragraphChars > stats.get(bestArticle).paragraphChars) {
                bestArticle = a;
            }
        }
        return bestArticle == null ? List.of() : List.of(bestArticle);
    }

    private static boolean hasHeadline(Element el, String titleKey) {
        if (titleKey.isEmpty()) {
            return false;
        }
        for (Element h : el.select("h1, h2, [itemprop=headline]")) {
            String key = Texts.key(h.text());
            if (!key.isEmpty() && (key.equals(titleKey) || key.length() >= 20 && titleKey.contains(key))) {
                return true;
            }
        }
        return false;
    }

    // The outermost matches in document order that hold real paragraph text; when one match dominates, only it.
    private static List<Element> disjoint(List<Element> matches, Map<Element, Stats> stats, int minChars) {
        List<Element> outer = new ArrayList<>();
        Stats enclosing = null;
        // Matches come in document order, so a nested match follows the outer match that contains it.
        for (Element m : matches) {
            Stats s = stats.get(m);
            if (s == null || enclosing != null && enclosing.contains(s)) {
                continue;
            }
            enclosing = s;
            if (s.paragraphChars >= 1) {
                outer.add(m);
            }
        }
        int max = 0;
        int total = 0;
        for (Element e : outer) {
            max = Math.max(max, stats.get(e).paragraphChars);
            total += stats.get(e).paragraphChars;
        }
        if (total < minChars) {
            return List.of();
        }
        List<Element> result = new ArrayList<>();
        for (Element e : outer) {
            // Keep the dominant match and others of real size (an article split by an ad slot), drop teasers.
            if (stats.get(e).paragraphChars >= 0.2 * max) {
                result.add(e);
            }
        }
        return result;
    }

    private static Optional<Element> scored(Element root, Map<Element, Stats> stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element el : root.getAllElements()) {
            if (!isParagraphLike(el)) {
                continue;
            }
            Stats s = stats.get(el);
            if (s.chars < MIN_PARAGRAPH || s.linkChars > 0.5 * s.chars) {
                continue;
            }
            String text = el.text();
            double score = 1 + commas(text) + Math.min(s.chars / 100, 3);
            Element ancestor = el.parent();
            for (int level = 0; ancestor != null && level < 5 && stats.containsKey(ancestor);
                 level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + score / divider, (a, b) -> a + score / divider);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Stats s = stats.get(e.getKey());
            double linkDensity = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
            double finalScore = e.getValue() * (1 - linkDensity);
            e.setValue(finalScore);
            if (best == null || finalScore > bestScore) {
                best = e.getKey();
                bestScore = finalScore;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // Text split into several sibling boxes (by ad slots or lazy loading) scores as several candidates of
        // similar weight; their common parent is the real container.
        Element promoted = best;
        while (promoted != root && promoted.parent() != null && stats.containsKey(promoted.parent())) {
            Element parent = promoted.parent();
            if (parent.childrenSize() == 1 || hasRivalSibling(promoted, scores, 0.5 * bestScore)) {
                promoted = parent;
            } else {
                break;
            }
        }
        return Optional.of(promoted);
    }

    private static boolean hasRivalSibling(Element el, Map<Element, Double> scores, double threshold) {
        for (Element sibling : el.parent().children()) {
            Double score = scores.get(sibling);
            if (sibling != el && score != null && score >= threshold) {
                return true;
            }
        }
        return false;
    }

    private static double initial(Element el) {
        double score = switch (el.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = classWords(el);
        if (!names.isEmpty()) {
            if (STRONG_NEGATIVE.matcher(names).find() || WEAK_NEGATIVE.matcher(names).find()) {
                score -= 25;
            }
            if (POSITIVE.matcher(names).find()) {
                score += 25;
            }
        }
        return score;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static List<Element> withSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> result = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || isContentSibling(sibling)) {
                result.add(sibling);
            }
        }
        return result;
    }

    private static boolean isContentSibling(Element sibling) {
        String tag = sibling.normalName();
        if (!tag.equals("p") && !tag.equals("div") && !tag.equals("section") && !tag.equals("blockquote")) {
            return false;
        }
        String text = Texts.collapse(sibling.text());
        int links = 0;
        for (Element a : sibling.select("a")) {
            links += Texts.collapse(a.text()).length();
        }
        double density = text.isEmpty() ? 1 : (double) links / text.length();
        return text.length() >= 80 && density < 0.25
                || text.length() > 0 && text.length() < 80 && links == 0 && text.matches(".*[.!?。]$");
    }

    // ---- walking the container ----

    private static List<Block> blocks(Element container) {
        BlockWriter writer = new BlockWriter(container);
        NodeTraversor.traverse(writer, container);
        writer.flush();
        return writer.out;
    }

    /** Turns the text under an element into blocks: one per block-level element, table row or br-br paragraph. */
    private static final class BlockWriter implements NodeVisitor {
        final List<Block> out = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder();
        private final BitSet link = new BitSet();
        private final Element container;
        private int inLink;
        private Element current;

        BlockWriter(Element container) {
            this.container = container;
            this.current = container;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                int start = buffer.length();
                // Line breaks in the source are plain whitespace; only <br> breaks a line.
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    buffer.append(c == '\n' || c == '\r' ? ' ' : c);
                }
                if (inLink > 0) {
                    link.set(start, buffer.length());
                }
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("br")) {
                    buffer.append('\n');
                } else if (tag.equals("a")) {
                    inLink++;
                } else if (CELL_TAGS.contains(tag)) {
                    buffer.append(' ');
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    current = el;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("a")) {
                    inLink--;
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    current = el.parent() == null ? container : el.parent();
                }
            }
        }

        void flush() {
            if (buffer.length() == 0) {
                return;
            }
            boolean heading = HEADING_TAGS.contains(current.normalName());
            int partStart = 0;
            int i = 0;
            while (i <= buffer.length()) {
                // Two <br>s with only spaces between end a paragraph in pages that use them instead of <p>.
                int breakEnd = i < buffer.length() ? paragraphBreakEnd(i) : -1;
                if (i == buffer.length() || breakEnd > 0) {
                    emit(partStart, i, heading);
                    partStart = breakEnd > 0 ? breakEnd : i;
                    i = breakEnd > 0 ? breakEnd : i + 1;
                } else {
                    i++;
                }
            }
            buffer.setLength(0);
            link.clear();
        }

        private int paragraphBreakEnd(int i) {
            if (buffer.charAt(i) != '\n') {
                return -1;
            }
            int j = i + 1;
            while (j < buffer.length() && buffer.charAt(j) != '\n' && Texts.isSpace(buffer.charAt(j))) {
                j++;
            }
            return j < buffer.length() && buffer.charAt(j) == '\n' ? j + 1 : -1;
        }

        private void emit(int from, int to, boolean heading) {
            String text = Texts.collapse(buffer.substring(from, to));
            if (text.isEmpty()) {
                return;
            }
            int chars = 0;
            int linkChars = 0;
            for (int k = from; k < to; k++) {
                if (!Texts.isSpace(buffer.charAt(k))) {
                    chars++;
                    if (link.get(k)) {
                        linkChars++;
                    }
                }
            }
            out.add(new Block(text, chars, linkChars, heading, current));
        }
    }

    // ---- filtering ----

    private static List<String> filter(List<Block> blocks, Optional<String> title) {
        String titleKey = title.map(Texts::key).orElse("");
        List<String> kept = new ArrayList<>();
        boolean[] keep = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String key = Texts.key(b.text());
            keep[i] = !key.isEmpty() && !isNoise(b) && !(key.equals(titleKey) && b.text().length() < 400);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (keep[i] && blocks.get(i).heading()) {
                // A heading introduces what follows; when that was dropped (a link list), so is the heading.
                int next = i + 1;
                while (next < blocks.size() && blocks.get(next).heading() && !keep[next]) {
                    next++;
                }
                if (next >= blocks.size() || !keep[next]) {
                    keep[i] = false;
                }
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!keep[i]) {
                continue;
            }
            // Calls to action gather at the end of a story; trim them until the first real paragraph.
            Block b = blocks.get(i);
            if (b.text().length() < 250 && (CALL_TO_ACTION.matcher(b.text()).find()
                    || CREDIT_LINE.matcher(b.text()).find())) {
                keep[i] = false;
            } else {
                break;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (keep[i]) {
                kept.add(blocks.get(i).text());
            }
        }
        return kept;
    }

    private static boolean isNoise(Block b) {
        String text = b.text();
        int length = text.length();
        // Mostly-link blocks are navigation, tag lists and "read more" teasers; an in-text link is a phrase.
        if (b.linkDensity() > 0.65) {
            return true;
        }
        if (length < 120 && BOILERPLATE_LINE.matcher(text).matches()) {
            return true;
        }
        if (length < 100 && BYLINE_LINE.matcher(text).matches()) {
            return true;
        }
        if (length < 70 && DATELINE.matcher(text).find() && TIME.matcher(text).find()) {
            return true;
        }
        if (length < 40 && text.split("\\s+").length <= 6 && Dates.parse(text).isPresent()) {
            return true;
        }
        if (b.heading() && b.element().normalName().equals("h1")) {
            // The page's h1 is its headline, which the text carries once, before the body.
            return true;
        }
        return false;
    }

    // ---- JSON-LD cross-check ----

    private static List<String> crossCheck(List<String> paragraphs, Optional<String> jsonLdBody) {
        if (jsonLdBody.isEmpty() || jsonLdBody.get().length() < 400) {
            return paragraphs;
        }
        String ld = jsonLdBody.get();
        int extracted = length(paragraphs);
        if (extracted < MIN_ARTICLE_CHARS || extracted < 0.3 * ld.length()) {
            // The page's own statement of its body beats an extraction that found little of it.
            List<String> fromLd = splitParagraphs(ld);
            return length(fromLd) > extracted ? fromLd : paragraphs;
        }
        return paragraphs;
    }

    private static List<String> splitParagraphs(String text) {
        List<String> result = new ArrayList<>();
        if (MARKUP.matcher(text).find()) {
            // Some sites put the body's HTML into JSON-LD; read it as a fragment, one block per paragraph.
            for (Block b : blocks(Jsoup.parseBodyFragment(text).body())) {
                result.add(b.text());
            }
            return result;
        }
        for (String part : text.split("\\R")) {
            String t = Texts.collapse(part);
            if (!t.isEmpty()) {
                result.add(t);
            }
        }
        return result;
    }

    static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
