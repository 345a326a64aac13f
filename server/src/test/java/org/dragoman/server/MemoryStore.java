package org.dragoman.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dragoman.model.Analysis;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.store.*;

/**
 * A naive in-memory {@link Store} for tests of the HTTP layer alone: linear scans, word matching instead of
 * Lucene. The API and browser tests use the real store; this one checks that the server needs nothing but the
 * interface.
 */
final class MemoryStore implements Store {

    private final Map<String, StoredArticle> articles = new LinkedHashMap<>();
    private final List<IngestError> errors = new CopyOnWriteArrayList<>();

    @Override
    public synchronized boolean contains(String articleId) {
        return articles.containsKey(articleId);
    }

    @Override
    public synchronized PutResult put(Analysis analysis, Provenance from) {
        String id = analysis.article().id();
        if (articles.containsKey(id)) {
            addProvenance(id, from);
            return new PutResult(id, false, articles.get(id).clusterId());
        }
        articles.put(id, new StoredArticle(analysis, List.of(from), id));
        return new PutResult(id, true, id);
    }

    @Override
    public synchronized boolean addProvenance(String articleId, Provenance from) {
        StoredArticle a = articles.get(articleId);
        if (a == null) {
            return false;
        }
        List<Provenance> p = new ArrayList<>(a.provenance());
        if (!p.contains(from)) {
            p.add(from);
        }
        articles.put(articleId, new StoredArticle(a.analysis(), p, a.clusterId()));
        return true;
    }

    @Override
    public synchronized boolean seen(Provenance from) {
        return articles.values().stream().anyMatch(a -> a.provenance().contains(from));
    }

    @Override
    public void recordError(IngestError error) {
        errors.add(error);
    }

    @Override
    public List<IngestError> errors(int limit) {
        return errors.stream().limit(limit).toList();
    }

    @Override
    public synchronized StoreStats stats() {
        long quotes = all().stream().mapToLong(a -> a.analysis().quotes().size()).sum();
        long events = all().stream().mapToLong(a -> a.analysis().events().size()).sum();
        long entities = all().stream().mapToLong(a -> a.analysis().entities().size()).sum();
        return new StoreStats(all().stream().mapToLong(a -> a.provenance().size()).sum(), articles.size(),
                articles.size(), entities, quotes, events, errors.size());
    }

    @Override
    public synchronized SearchPage search(SearchQuery query) throws QuerySyntaxException {
        String q = query.text();
        if (q.chars().filter(c -> c == '"').count() % 2 == 1 || q.chars().filter(c -> c == '(').count()
                != q.chars().filter(c -> c == ')').count()) {
            throw new QuerySyntaxException("unbalanced quote or parenthesis");
        }
        List<String> words = List.of(q.toLowerCase(Locale.ROOT).replaceAll("[\"()]", " ").trim().split("\\s+"));
        List<SearchHit> hits = new ArrayList<>();
        for (StoredArticle a : all()) {
            String text = a.analysis().article().text().toLowerCase(Locale.ROOT);
            Optional<LocalDate> d = a.analysis().article().published();
            if (query.from().isPresent() && (d.isEmpty() || d.get().isBefore(query.from().get()))
                    || query.to().isPresent() && (d.isEmpty() || d.get().isAfter(query.to().get()))) {
                continue;
            }
            if (words.stream().allMatch(text::contains)) {
                int at = text.indexOf(words.get(0));
                String snippet = a.analysis().article().text().substring(Math.max(0, at - 60),
                        Math.min(text.length(), at + 100));
                hits.add(new SearchHit(a.analysis().article().id(), a.analysis().article().title(),
                        a.provenance().get(0).outlet(), d, snippet, 1f));
            }
        }
        return new SearchPage(hits.size(), hits.stream().skip(query.offset()).limit(query.limit()).toList());
    }

    @Override
    public synchronized Optional<StoredArticle> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public synchronized List<EntityRow> entities(EntityQuery query) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Entity> first = new LinkedHashMap<>();
        for (StoredArticle a : all()) {
            for (Entity e : a.analysis().entities()) {
                if (query.type().isPresent() && e.type() != query.type().get()
                        || query.name().isPresent() && !e.name().toLowerCase(Locale.ROOT)
                        .contains(query.name().get().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(e.name(), k -> new long[2]);
                c[0]++;
                c[1] += e.mentions().size();
                first.putIfAbsent(e.name(), e);
            }
        }
        return counts.entrySet().stream().skip(query.offset()).limit(query.limit())
                .map(x -> new EntityRow(x.getKey(), first.get(x.getKey()).type(), first.get(x.getKey()).actor(),
                        x.getValue()[0], x.getValue()[1])).toList();
    }

    @Override
    public synchronized Optional<ActorProfile> actor(String codeOrName) {
        List<StoredArticle> with = all().stream().filter(a -> a.analysis().entities().stream()
                .anyMatch(e -> e.name().equals(codeOrName) || e.actor().equals(Optional.of(codeOrName)))).toList();
        if (with.isEmpty()) {
            return Optional.empty();
        }
        Entity e = with.get(0).analysis().entities().stream()
                .filter(x -> x.name().equals(codeOrName) || x.actor().equals(Optional.of(codeOrName))).findFirst().get();
        List<ActorProfile.RoleSpan> roles = e.roles().stream().map(r -> new ActorProfile.RoleSpan(r.title(),
                with.get(0).analysis().article().published(), with.get(0).analysis().article().published(), 1)).toList();
        long quotes = quotes(new QuoteQuery(Optional.of(codeOrName), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 10_000)).size();
        List<EventRow> events = events(new EventQuery(Optional.of(codeOrName), Optional.empty(), Optional.empty(),
                Optional.empty(), false, 0, 10_000));
        long asSource = events.stream().filter(r -> isActor(r.event().source().name(), codeOrName)).count();
        return Optional.of(new ActorProfile(e.name(), e.actor(), List.of(e.name()), roles, with.size(), quotes,
                asSource, events.size() - asSource));
    }

    private static boolean isActor(String name, String codeOrName) {
        return name.equals(codeOrName);
    }

    @Override
    public synchronized List<ActorRow> actors(int top) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Optional<String>> codes = new LinkedHashMap<>();
        for (StoredArticle a : all()) {
            for (Entity e : a.analysis().entities()) {
                counts.computeIfAbsent(e.name(), k -> new long[1])[0]++;
                codes.putIfAbsent(e.name(), e.actor());
            }
        }
        return counts.entrySet().stream().sorted(Comparator.comparingLong(x -> -x.getValue()[0])).limit(top)
                .map(x -> new ActorRow(x.getKey(), codes.get(x.getKey()), x.getValue()[0], 0, 0, 0)).toList();
    }

    @Override
    public synchronized List<QuoteRow> quotes(QuoteQuery query) {
        List<QuoteRow> rows = new ArrayList<>();
        for (StoredArticle a : all()) {
            for (Quote q : a.analysis().quotes()) {
                Optional<String> name = q.speaker().flatMap(s -> s.name());
                if (query.speaker().isPresent() && !name.equals(query.speaker())
                        || query.text().isPresent() && !q.text().toLowerCase(Locale.ROOT)
                        .contains(query.text().get().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                rows.add(new QuoteRow(a.analysis().article().id(), a.analysis().article().title(),
                        a.provenance().get(0).outlet(), a.analysis().article().published(), q, name, Optional.empty()));
            }
        }
        return rows.stream().skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public synchronized List<EventRow> events(EventQuery query) {
        List<EventRow> rows = new ArrayList<>();
        for (StoredArticle a : all()) {
            for (Event e : a.analysis().events()) {
                if (query.actor().isPresent() && !isActor(e.source().name(), query.actor().get())
                        && !e.target().map(t -> isActor(t.name(), query.actor().get())).orElse(false)
                        || query.codePrefix().isPresent() && !e.code().startsWith(query.codePrefix().get())) {
                    continue;
                }
                rows.add(new EventRow(a.analysis().article().id(), a.clusterId(), a.analysis().article().title(),
                        a.provenance().get(0).outlet(), a.analysis().article().published(), e, 1));
            }
        }
        return rows.stream().skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public synchronized List<TimelineDay> timeline(String codeOrName) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (EventRow r : events(new EventQuery(Optional.of(codeOrName), Optional.empty(), Optional.empty(),
                Optional.empty(), false, 0, 10_000))) {
            Optional<LocalDate> d = r.event().date().or(r::published);
            d.ifPresent(day -> days.computeIfAbsent(day, k -> new long[3])
                    [isActor(r.event().source().name(), codeOrName) ? 0 : 1]++);
        }
        for (QuoteRow r : quotes(new QuoteQuery(Optional.of(codeOrName), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 10_000))) {
            r.published().ifPresent(day -> days.computeIfAbsent(day, k -> new long[3])[2]++);
        }
        return days.entrySet().stream()
                .map(x -> new TimelineDay(x.getKey(), x.getValue()[0], x.getValue()[1], x.getValue()[2])).toList();
    }

    @Override
    public synchronized List<NetworkEdge> network(NetworkQuery query) {
        Map<List<String>, Long> edges = new TreeMap<>(Comparator.comparing(Object::toString));
        for (EventRow r : events(new EventQuery(Optional.empty(), query.root(), query.from(), query.to(), false, 0,
                10_000))) {
            r.event().target().ifPresent(t -> edges.merge(List.of(r.event().source().name(), t.name(),
                    r.event().code().substring(0, 2)), 1L, Long::sum));
        }
        return edges.entrySet().stream().filter(x -> x.getValue() >= query.min())
                .map(x -> new NetworkEdge(x.getKey().get(0), x.getKey().get(1), x.getKey().get(2), x.getValue()))
                .toList();
    }

    private List<StoredArticle> all() {
        return List.copyOf(articles.values());
    }

    @Override
    public void close() {
    }
}
