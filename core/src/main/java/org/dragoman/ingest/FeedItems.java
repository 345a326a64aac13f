package org.dragoman.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome, one record per item, in feed order. An item whose full
 * text is in the feed ({@code content:encoded}, Atom {@code content}, or a description of at least
 * {@link #MIN_FULL_TEXT} characters of text) becomes an article; an item with only a link and a teaser is a
 * pending record carrying the link; an item with neither is an error record. A feed that cannot be parsed is one
 * error record. Doctypes are refused, so no entity can reach outside the file.
 *
 * <p>Per item: title; published date as written in {@code pubDate}/{@code published}/{@code updated}/{@code
 * dc:date} (the day the outlet wrote, not shifted to UTC); author ({@code author}, {@code dc:creator}, Atom
 * authors); the link as URL; the feed's title as outlet. The locator is the item's guid or Atom id, else its link,
 * else {@code item N} (1-based).
 */
final class FeedItems {
    /** Shortest description, in characters of text, taken as the article itself rather than a teaser. */
    static final int MIN_FULL_TEXT = 400;
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "issued", "updated",
            "modified", "created");

    private FeedItems() {
    }

    static RecordCursor open(Path file, boolean gzip, String name, SourceOptions options) throws IOException {
        byte[] bytes;
        try (InputStream in = Sources.stream(file, gzip)) {
            bytes = Sources.readLimited(in, Sources.MAX_FEED_BYTES, name);
        } catch (BadInputException e) {
            return RecordCursor.of(SourceRecord.failed(Sources.whole(name), "feed " + e.reason()));
        }
        SyndFeed feed;
        List<Optional<String>> rawDates;
        try {
            Document doc = parse(bytes);
            rawDates = rawDates(doc);
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(doc);
        } catch (JDOMException | FeedException | IllegalArgumentException e) {
            return RecordCursor.of(SourceRecord.failed(Sources.whole(name), "not a readable feed: "
                    + SourceRecord.oneLine(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            return RecordCursor.of(SourceRecord.failed(Sources.whole(name), "not a readable feed ("
                    + e.getClass().getSimpleName() + ")"));
        }
        List<SyndEntry> entries = feed.getEntries();
        Optional<String> outlet = clean(feed.getTitle());
        // raw date strings line up with Rome's entries when both saw the same items; else Rome's instants serve
        boolean aligned = rawDates.size() == entries.size();
        return new RecordCursor() {
            private int next;

            @Override
            public SourceRecord next() {
                if (next >= entries.size()) {
                    return null;
                }
                int i = next++;
                try {
                    return item(entries.get(i), i + 1, aligned ? rawDates.get(i) : Optional.empty(), outlet, name);
                } catch (RuntimeException | StackOverflowError e) {
                    return SourceRecord.failed(new Provenance(name, "item " + (i + 1), Optional.empty(), outlet),
                            "unreadable item (" + e.getClass().getSimpleName() + ")");
                }
            }

            @Override
            public void close() {
                next = entries.size();
            }
        };
    }

    private static SourceRecord item(SyndEntry entry, int number, Optional<String> rawDate, Optional<String> outlet,
                                     String name) {
        Optional<String> link = clean(entry.getLink());
        Optional<String> id = clean(entry.getUri());
        String locator = id.or(() -> link).orElse("item " + number);
        Provenance from = new Provenance(name, locator, link, outlet);
        Optional<String> title = clean(entry.getTitle());

        Optional<SyndContent> body = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .findFirst();
        boolean full = body.isPresent();
        if (body.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            SyndContent description = entry.getDescription();
            if (textLength(description) >= MIN_FULL_TEXT) {
                body = Optional.of(description);
                full = true;
            }
        }
        if (!full) {
            return link.isPresent() ? SourceRecord.pending(from)
                    : SourceRecord.failed(from, "item has neither full text nor a link");
        }
        String value = body.get().getValue();
        try {
            Article article = Bodies.read(value, title, isHtml(body.get()), name + " " + locator);
            Optional<LocalDate> published = rawDate.flatMap(Dates::parse).or(() -> instant(entry));
            article = article.withUrl(link.or(article::url))
                    .withSource(outlet.or(article::source))
                    .withAuthor(author(entry).or(article::author))
                    .withPublished(published.or(article::published));
            return SourceRecord.of(from, article);
        } catch (BadInputException e) {
            return SourceRecord.failed(from, e.reason());
        }
    }

    private static boolean isHtml(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return HtmlFragments.looksLikeHtml(content.getValue());
        }
        return true;
    }

    private static int textLength(SyndContent content) {
        String value = content.getValue();
        if (!isHtml(content)) {
            return Texts.collapse(value).length();
        }
        return HtmlFragments.paragraphs(value).stream().mapToInt(String::length).sum();
    }

    private static Optional<LocalDate> instant(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? Optional.empty() : Optional.of(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static Optional<String> author(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            clean(person.getName()).filter(n -> !names.contains(n)).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            clean(entry.getAuthor()).ifPresent(names::add);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    private static Optional<String> clean(String s) {
        String c = Texts.collapse(s);
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    private static Document parse(byte[] bytes) throws IOException, JDOMException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        // no doctype, no external entity: a feed needs neither, and both open the door to XXE and entity bombs
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return builder.build(reader);
        }
    }

    /** The date string of each item or entry element, in document order, as the outlet wrote it. */
    private static List<Optional<String>> rawDates(Document doc) {
        Element root = doc.getRootElement();
        List<Element> items = new ArrayList<>();
        String rootName = root.getName().toLowerCase(Locale.ROOT);
        if (rootName.equals("feed")) {
            items.addAll(children(root, "entry"));
        } else {
            for (Element channel : children(root, "channel")) {
                items.addAll(children(channel, "item"));
            }
            // RSS 1.0 (RDF) puts items beside the channel
            items.addAll(children(root, "item"));
        }
        List<Optional<String>> dates = new ArrayList<>(items.size());
        for (Element item : items) {
            Optional<String> date = Optional.empty();
            for (String wanted : DATE_ELEMENTS) {
                date = children(item, wanted).stream().map(Element::getTextNormalize).filter(s -> !s.isEmpty())
                        .findFirst();
                if (date.isPresent()) {
                    break;
                }
            }
            dates.add(date);
        }
        return dates;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(localName)) {
                out.add(child);
            }
        }
        return out;
    }
}
