package org.dragoman.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a news page says about itself in meta tags, JSON-LD, microdata and its header: headline, publication
 * date, author, outlet and canonical URL, plus the JSON-LD article body used to cross-check the extracted text.
 * Every field is empty when the page does not state it in a usable form.
 */
record PageMetadata(Optional<String> title, Optional<LocalDate> published, Optional<String> author,
                    Optional<String> source, Optional<String> url, Optional<String> jsonLdBody) {

    private static final int MAX_FIELD = 300;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]{1,2}\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(?:written\\s+)?by[:\\s]+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    /** Reads the metadata of {@code doc}; call it before the document is cleaned, which removes scripts and meta. */
    static PageMetadata of(Document doc) {
        JsonLd ld = JsonLd.of(doc);
        Optional<String> source = firstPresent(outletName(meta(doc, "og:site_name")), outletName(ld.publisher()),
                outletName(meta(doc, "application-name")));
        Optional<String> url = canonicalUrl(doc);
        return new PageMetadata(title(doc, ld, source, url), published(doc, ld, url), author(doc, ld),
                source, url, ld.articleBody().map(String::strip).filter(s -> !s.isEmpty()));
    }

    private static Optional<String> outletName(Optional<String> raw) {
        // Some pages put their home-page URL where the outlet's name belongs.
        return raw.map(Texts::collapse)
                .filter(s -> !s.isEmpty() && s.length() <= MAX_FIELD && !s.contains("://") && !s.startsWith("www."));
    }

    // ---- title ----

    private static Optional<String> title(Document doc, JsonLd ld, Optional<String> source, Optional<String> url) {
        Optional<String> h1 = headline(doc);
        Optional<String> raw = firstPresent(meta(doc, "og:title"), ld.text("headline"), h1,
                Optional.of(doc.title()));
        return raw.map(Texts::collapse)
                .map(t -> stripSiteName(t, source, url))
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_FIELD ? t.substring(0, MAX_FIELD).strip() : t);
    }

    private static Optional<String> headline(Document doc) {
        // The h1 inside the article is the headline; a page-wide h1 may be the site's logo.
        Optional<String> any = Optional.empty();
        for (Element h : doc.select("h1, [itemprop=headline]")) {
            String text = Texts.collapse(h.text());
            if (text.length() < 10) {
                continue;
            }
            if (hasAncestor(h, "article") || hasAncestor(h, "main") || h.attr("itemprop").equals("headline")) {
                return Optional.of(text);
            }
            if (any.isEmpty()) {
                any = Optional.of(text);
            }
        }
        return any;
    }

    /** {@code title} without a leading or trailing " | Outlet" part that names the site. */
    static String stripSiteName(String title, Optional<String> source, Optional<String> url) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        if (namesSite(last, source, url)) {
            return title.substring(0, title.lastIndexOf(last)).replaceFirst("[\\s|\\-–—:·•»/]+$", "").strip();
        }
        String first = parts[0];
        if (namesSite(first, source, url)) {
            return title.substring(first.length()).replaceFirst("^[\\s|\\-–—:·•»/]+", "").strip();
        }
        return title;
    }

    private static boolean namesSite(String part, Optional<String> source, Optional<String> url) {
        String key = Texts.key(part);
        if (key.isEmpty() || part.split("\\s+").length > 6) {
            return false;
        }
        if (source.isPresent()) {
            String site = Texts.key(source.get());
            if (!site.isEmpty() && (site.equals(key) || site.contains(key) && key.length() >= 4
                    || key.contains(site) && site.length() >= 4)) {
                return true;
            }
        }
        Optional<String> host = url.flatMap(PageMetadata::hostName);
        return host.isPresent() && host.get().length() >= 4 && (key.contains(host.get()) || host.get().equals(key));
    }

    private static Optional<String> hostName(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
            // The registrable name is the label before the public suffix ("nytimes" in www.nytimes.com).
            String name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
            if (name.length() <= 3 && labels.length >= 3) {
                name = labels[labels.length - 3];
            }
            return Optional.of(Texts.key(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- date ----

    private static Optional<LocalDate> published(Document doc, JsonLd ld, Optional<String> url) {
        List<Optional<String>> candidates = List.of(
                meta(doc, "article:published_time"),
                meta(doc, "og:published_time"),
                ld.text("datePublished"),
                itemprop(doc, "datePublished"),
                headerTime(doc),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"),
                meta(doc, "publication_date"), meta(doc, "DC.date.issued"), meta(doc, "dc.date"),
                meta(doc, "dcterms.date"), meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"),
                meta(doc, "article.published"), meta(doc, "datePublished"),
                ld.text("dateCreated"), itemprop(doc, "dateCreated"));
        for (Optional<String> candidate : candidates) {
            Optional<LocalDate> date = candidate.flatMap(Dates::parse);
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<LocalDate> fromUrl = url.flatMap(Dates::fromUrl);
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        return meta(doc, "og:url").flatMap(Dates::fromUrl);
    }

    private static Optional<String> headerTime(Document doc) {
        // Ranked by how surely the time is the article's: explicit pubdate, article header, any header, article.
        Element best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element time : doc.select("time[datetime]")) {
            boolean inHeader = hasAncestor(time, "header");
            boolean inArticle = hasAncestor(time, "article");
            int rank = time.hasAttr("pubdate") ? 0 : inHeader && inArticle ? 1 : inHeader ? 2 : inArticle ? 3
                    : hasAncestor(time, "main") ? 4 : Integer.MAX_VALUE;
            if (rank < bestRank) {
                best = time;
                bestRank = rank;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.attr("datetime"));
    }

    // Selectors with descendant combinators walk every ancestor of every element; on a page nested thousands
    // deep that is quadratic, so walk up from the few candidates instead.
    private static boolean hasAncestor(Element el, String tag) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> itemprop(Document doc, String name) {
        for (Element e : doc.select("[itemprop=" + name + "]")) {
            for (String attr : List.of("content", "datetime")) {
                if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
                    return Optional.of(e.attr(attr));
                }
            }
            String text = Texts.collapse(e.text());
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    // ---- author ----

    private static Optional<String> author(Document doc, JsonLd ld) {
        List<List<String>> sources = new ArrayList<>();
        sources.add(meta(doc, "author").map(List::of).orElse(List.of()));
        sources.add(ld.authors());
        sources.add(texts(doc.select("a[rel=author], link[rel=author][title]")));
        sources.add(itempropAuthors(doc));
        sources.add(meta(doc, "article:author").map(List::of).orElse(List.of()));
        sources.add(meta(doc, "parsely-author").map(List::of).orElse(List.of()));
        sources.add(meta(doc, "sailthru.author").map(List::of).orElse(List.of()));
        sources.add(meta(doc, "byl").map(List::of).orElse(List.of()));
        sources.add(texts(doc.select("[class~=(?i)^(byline|byline__name|author-name|author|by-author)$]")));
        for (List<String> names : sources) {
            Optional<String> joined = cleanNames(names);
            if (joined.isPresent()) {
                return joined;
            }
        }
        return Optional.empty();
    }

    private static List<String> itempropAuthors(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            if (name != null) {
                names.add(name.hasAttr("content") ? name.attr("content") : name.text());
            } else if (e.hasAttr("content")) {
                names.add(e.attr("content"));
            } else {
                names.add(e.text());
            }
        }
        return names;
    }

    private static List<String> texts(Elements elements) {
        List<String> result = new ArrayList<>();
        // A byline names a handful of people; more matches are a list of teasers, not worth reading in full.
        for (Element e : elements.subList(0, Math.min(elements.size(), 10))) {
            result.add(e.hasAttr("title") && e.text().isBlank() ? e.attr("title") : e.text());
        }
        return result;
    }

    /** Distinct plausible person or desk names, joined with ", "; URLs, e-mail addresses and blobs are dropped. */
    static Optional<String> cleanNames(List<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : raw) {
            String text = BY_PREFIX.matcher(Texts.collapse(value)).replaceFirst("");
            if (text.isEmpty() || text.length() > 200 || text.contains("://") || text.startsWith("www.")) {
                continue;
            }
            for (String name : NAME_SPLIT.split(text)) {
                String n = BY_PREFIX.matcher(name.strip()).replaceFirst("").strip();
                if (plausibleName(n)) {
                    names.putIfAbsent(Texts.key(n), n);
                }
            }
        }
        if (names.isEmpty() || names.size() > 10) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", names.values()));
    }

    private static boolean plausibleName(String n) {
        if (n.length() < 2 || n.length() > 80 || n.contains("@") || n.split("\\s+").length > 6) {
            return false;
        }
        return n.codePoints().anyMatch(Character::isLetter);
    }

    // ---- url ----

    private static Optional<String> canonicalUrl(Document doc) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            String href = link.attr("href").strip();
            if (isAbsoluteHttp(href)) {
                return Optional.of(href);
            }
        }
        return meta(doc, "og:url").filter(PageMetadata::isAbsoluteHttp);
    }

    private static boolean isAbsoluteHttp(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return (h.startsWith("http://") || h.startsWith("https://")) && href.length() < 2000
                && href.chars().noneMatch(Character::isWhitespace);
    }

    // ---- helpers ----

    /** The content of the first non-blank {@code <meta>} whose property, name or itemprop is {@code key}. */
    static Optional<String> meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String content = Texts.collapse(m.attr("content"));
                if (!content.isEmpty()) {
                    return Optional.of(content);
                }
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstPresent(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent() && !o.get().isBlank()) {
                return o;
            }
        }
        return Optional.empty();
    }
}
