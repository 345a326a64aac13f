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
    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)(?:^|\\s)(?:[a-z0-9]+[-_]{1,2})*"
            + "(?:byline|author|by-author|writtenby)(?:[-_]{1,2}(?:name|names|link))?(?:$|\\s)");
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
        Optional<String> og = meta(doc, "og:title");
        Optional<String> metaTitle = firstPresent(meta(doc, "dc.title"), meta(doc, "dc:title"),
                meta(doc, "twitter:title"), meta(doc, "parsely-title"), meta(doc, "sailthru.title"));
        Optional<String> ld0 = ld.text("headline");
        Optional<String> articleH1 = headline(doc, true);
        Optional<String> pageH1 = headline(doc, false);
        Optional<String> element = Optional.of(Texts.collapse(doc.title())).filter(t -> !t.isEmpty());
        List<Optional<String>> others = List.of(og, metaTitle, articleH1, pageH1, element);
        // JSON-LD "headline" is sometimes a description (Wikipedia's is); trust it when the page says it too.
        boolean ldUnbacked = ld0.isPresent() && (og.isPresent() || element.isPresent() || articleH1.isPresent())
                && others.stream().noneMatch(o -> o.isPresent() && agree(o.get(), ld0.get()));
        Optional<String> ldHeadline = ldUnbacked ? Optional.empty() : ld0;
        // An h1 outside the article is often the site's or a section's name, weaker than the <title>,
        // unless the <title> repeats it.
        Optional<String> looseH1 = pageH1.filter(h -> articleH1.isEmpty());
        boolean looseH1Backed = looseH1.isPresent() && element.isPresent() && agree(element.get(), looseH1.get());
        Optional<String> raw = firstPresent(og, ldHeadline, articleH1, looseH1Backed ? looseH1 : Optional.empty(),
                metaTitle, element, looseH1);
        return raw.map(Texts::collapse)
                .map(t -> stripSiteName(t, source, url))
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_FIELD ? t.substring(0, MAX_FIELD).strip() : t);
    }

    /** True when one title holds the other, ignoring case, spaces and punctuation. */
    private static boolean agree(String a, String b) {
        String ka = Texts.key(a);
        String kb = Texts.key(b);
        return !ka.isEmpty() && !kb.isEmpty() && (ka.contains(kb) || kb.contains(ka));
    }

    /**
     * The headline element: an h1 or {@code itemprop=headline} inside the article (or main) when
     * {@code inArticle}, else the first h1 anywhere.
     */
    private static Optional<String> headline(Document doc, boolean inArticle) {
        Optional<String> any = Optional.empty();
        for (Element h : doc.select("h1, [itemprop=headline]")) {
            String text = Texts.collapse(h.text());
            if (text.length() < 10) {
                continue;
            }
            if (hasAncestor(h, "article") || hasAncestor(h, "main") || h.attr("itemprop").equals("headline")) {
                return inArticle ? Optional.of(text) : any.or(() -> Optional.of(text));
            }
            if (any.isEmpty()) {
                any = Optional.of(text);
            }
        }
        return inArticle ? Optional.empty() : any;
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
                    || key.contains(site) && site.length() >= 4 && key.length() <= site.length() + 12)) {
                return true;
            }
        }
        Optional<String> host = url.flatMap(PageMetadata::hostName);
        // "Dropbox Tech Blog" names dropbox.com; "How we designed Dropbox's ATF" only mentions it
        return host.isPresent() && host.get().length() >= 4 && key.contains(host.get())
                && key.length() <= host.get().length() + 12;
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
        // The explicit publication claims can disagree when a CMS moves one of them on an update; the first
        // publication is the earliest of them.
        Optional<LocalDate> explicit = java.util.stream.Stream.of(meta(doc, "article:published_time"),
                        meta(doc, "og:published_time"), ld.text("datePublished"), itemprop(doc, "datePublished"))
                .map(c -> c.flatMap(Dates::parse))
                .flatMap(Optional::stream)
                .min(java.util.Comparator.naturalOrder());
        if (explicit.isPresent()) {
            return explicit;
        }
        List<Optional<String>> candidates = List.of(
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
        sources.add(firstPresent(meta(doc, "dc.creator"), meta(doc, "dc:creator"), meta(doc, "dcterms.creator"))
                .map(List::of).orElse(List.of()));
        sources.add(ld.authors());
        // a <link rel=author> names a contact page or a profile far more often than a person
        sources.add(texts(doc.select("a[rel=author]")));
        sources.add(itempropAuthors(doc));
        sources.add(meta(doc, "article:author").map(List::of).orElse(List.of()));
        sources.add(meta(doc, "parsely-author").map(List::of).orElse(List.of()));
        sources.add(meta(doc, "sailthru.author").map(List::of).orElse(List.of()));
        sources.add(meta(doc, "byl").map(List::of).orElse(List.of()));
        sources.add(bylineElement(doc));
        for (List<String> names : sources) {
            Optional<String> joined = cleanNames(names);
            if (joined.isPresent()) {
                return joined;
            }
        }
        return Optional.empty();
    }

    /**
     * The text of the first short element outside navigation, asides and footers whose class or id names a
     * byline or an author ({@code byline}, {@code pb-byline}, {@code byline__author}, {@code article__author},
     * {@code author-name}), the way Readability finds bylines; one element, since later ones are usually the
     * bylines of teasers for other stories.
     */
    private static List<String> bylineElement(Document doc) {
        int seen = 0;
        for (Element e : doc.select("[class], [id]")) {
            if (!BYLINE_CLASS.matcher(e.className()).find() && !BYLINE_CLASS.matcher(e.id()).find()) {
                continue;
            }
            if (++seen > 50) {
                break;
            }
            String text = Texts.collapse(e.text());
            if (text.isEmpty() || text.length() > 100 || hasAncestor(e, "nav") || hasAncestor(e, "footer")
                    || hasAncestor(e, "aside")) {
                continue;
            }
            if (cleanNames(List.of(text)).isPresent()) {
                return List.of(text);
            }
        }
        return List.of();
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
        // "J J" or "A." are initials left over from markup, not a name
        for (String token : n.split("[\\s.]+")) {
            if (token.codePoints().filter(Character::isLetter).count() >= 2) {
                return true;
            }
        }
        return false;
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
            if (hasToken(m.attr("property"), key) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String content = Texts.collapse(m.attr("content"));
                if (!content.isEmpty()) {
                    return Optional.of(content);
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code value}, a space-separated list as RDFa allows in {@code property}, holds {@code key}. */
    private static boolean hasToken(String value, String key) {
        if (value.equalsIgnoreCase(key)) {
            return true;
        }
        if (value.indexOf(' ') < 0) {
            return false;
        }
        for (String token : value.trim().split("\\s+")) {
            if (token.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
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
