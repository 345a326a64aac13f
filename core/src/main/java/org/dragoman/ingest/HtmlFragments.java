package org.dragoman.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from the HTML that feeds and data sets carry in a field: an article body without the page around
 * it ({@code content:encoded}, Atom {@code content}, a JSON {@code html} field). Every block element and line
 * break ends a paragraph; scripts, styles, embedded media and forms are dropped; nothing else is judged, since
 * the publisher already chose what belongs to the article.
 */
final class HtmlFragments {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
            "tr", "td", "th", "figure", "figcaption", "hr", "br", "address", "aside", "nav", "center");
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)<(?:!doctype|html|head|body|p|div|br|h[1-6]|article|section|span|a|em|strong|b|i|ul|ol|li|"
                    + "img|figure|blockquote|table|meta|title|script|style)\\b[^>]*/?>");
    private static final Pattern DOCUMENT = Pattern.compile("(?i)<(?:!doctype\\s+html|html|head|body)\\b");

    private HtmlFragments() {
    }

    /** True when {@code value} is HTML markup rather than text that happens to hold an angle bracket. */
    static boolean looksLikeHtml(String value) {
        String head = value.length() > 4096 ? value.substring(0, 4096) : value;
        return MARKUP.matcher(head).find();
    }

    /** True when {@code html} is a whole page (doctype, html, head or body element) rather than a fragment. */
    static boolean isDocument(String html) {
        String head = html.length() > 4096 ? html.substring(0, 4096) : html;
        return DOCUMENT.matcher(head).find();
    }

    /** The paragraphs of {@code html}, each with its whitespace collapsed, blank ones left out. */
    static List<String> paragraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template, iframe, object, embed, svg, form, button, video, audio")
                .remove();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element el && isBlock(el)) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && isBlock(el)) {
                    flush(current, out);
                }
            }
        }, doc.body());
        flush(current, out);
        return out;
    }

    private static boolean isBlock(Element el) {
        return BLOCKS.contains(el.normalName().toLowerCase(Locale.ROOT));
    }

    private static void flush(StringBuilder current, List<String> out) {
        String paragraph = Texts.collapse(current.toString());
        if (!paragraph.isEmpty()) {
            out.add(paragraph);
        }
        current.setLength(0);
    }
}
