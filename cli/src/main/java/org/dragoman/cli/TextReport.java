package org.dragoman.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Quote;
import org.dragoman.model.Removal;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;

/**
 * A plain-text report of one analysis for reading in a terminal: the article's metadata, entities grouped by
 * type with mention counts, each quote with its kind, speaker, cue and (shortened) text, each event with its
 * CAMEO and PLOVER codes, dyad, date, place and flags, the times with their values, and the parts left out of the
 * analysis with why. Every item shows its character offsets.
 */
public final class TextReport {

    /** Quote texts longer than this are cut, with an ellipsis. */
    static final int MAX_QUOTE_CHARS = 300;
    private static final int MAX_REMOVED_CHARS = 80;

    private TextReport() {
    }

    /** The report, ending with a newline; never fails on any well-formed analysis. */
    public static String render(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        Article article = analysis.article();
        out.append(article.title().orElse("(no title)")).append('\n');
        List<String> meta = new ArrayList<>();
        article.published().ifPresent(date -> meta.add(date.toString()));
        article.source().ifPresent(meta::add);
        article.author().ifPresent(author -> meta.add("by " + author));
        out.append(meta.isEmpty() ? "(no date or source)" : String.join(" | ", meta)).append('\n');
        article.url().ifPresent(url -> out.append(url).append('\n'));
        out.append(String.format(Locale.ROOT, "id %s, %,d chars%n", shortId(article.id()), article.text().length()));

        section(out, "Entities", analysis.entities().size());
        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (Entity entity : analysis.entities()) {
            byType.computeIfAbsent(entity.type(), t -> new ArrayList<>()).add(entity);
        }
        for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
            out.append("  ").append(group.getKey()).append('\n');
            List<Entity> entities = new ArrayList<>(group.getValue());
            // most mentioned first; the sort is stable, so ties keep the analysis's order
            entities.sort(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed());
            for (Entity entity : entities) {
                int count = entity.mentions().size();
                out.append("    ").append(entity.name())
                        .append(" (").append(count).append(count == 1 ? " mention" : " mentions").append(')');
                entity.actor().ifPresent(actor -> out.append(" [").append(actor).append(']'));
                if (!entity.roles().isEmpty()) {
                    out.append(" — ").append(String.join("; ", entity.roles().stream().map(r -> r.title()).toList()));
                }
                out.append("  ").append(entity.id()).append('\n');
            }
        }

        section(out, "Quotes", analysis.quotes().size());
        for (Quote quote : analysis.quotes()) {
            // a speaker named among others shows them all: "Volodymyr Zelenskyy … and several European heads of state"
            String speaker = quote.speaker().flatMap(s -> s.name()
                            .filter(n -> s.mention().map(m -> !m.text().contains(" and ") || !m.text().contains(n)).orElse(true))
                            .or(() -> s.mention().map(m -> m.text())))
                    .orElse("unknown");
            out.append("  ").append(quote.id()).append("  ").append(quote.kind().name().toLowerCase(Locale.ROOT))
                    .append("  ").append(speaker);
            quote.cue().ifPresent(cue -> out.append("  (").append(cue).append(')'));
            quote.addressee().ifPresent(to -> out.append("  to ")
                    .append(to.name().or(() -> to.mention().map(m -> m.text())).orElse("?")));
            quote.sourceType().ifPresent(t -> out.append("  [").append(t.name().toLowerCase(Locale.ROOT)).append(']'));
            out.append("  ").append(offsets(quote.span())).append('\n');
            out.append("      \u201c").append(shorten(quote.text(), MAX_QUOTE_CHARS)).append("\u201d\n");
        }

        section(out, "Events", analysis.events().size());
        for (Event event : analysis.events()) {
            out.append("  ").append(event.id()).append("  ").append(event.code());
            event.ploverEvent().ifPresent(p -> out.append(' ').append(p));
            out.append("  ").append(party(event.source()));
            event.target().ifPresent(t -> out.append(" -> ").append(party(t)));
            event.date().ifPresent(d -> out.append("  ").append(d));
            event.location().ifPresent(l -> out.append("  at ").append(l.name()));
            List<String> flags = new ArrayList<>();
            event.quote().ifPresent(q -> flags.add("quoted " + q));
            if (event.quoted() && event.quote().isEmpty()) {
                flags.add("quoted");
            }
            if (event.negated()) {
                flags.add("negated");
            }
            if (event.hypothetical()) {
                flags.add("hypothetical");
            }
            if (!flags.isEmpty()) {
                out.append("  [").append(String.join(", ", flags)).append(']');
            }
            out.append("  ").append(offsets(event.span())).append('\n');
            String text = event.span().end() <= article.text().length() ? event.span().of(article.text()) : "";
            out.append("      \u201c").append(shorten(text, MAX_QUOTE_CHARS)).append("\u201d\n");
        }

        section(out, "Times", analysis.times().size());
        for (TimeExpr time : analysis.times()) {
            out.append("  ").append(flat(time.text())).append("  ->  ").append(time.value())
                    .append("  ").append(time.type()).append("  ").append(offsets(time.span())).append('\n');
        }

        section(out, "Removed", analysis.removed().size());
        for (Removal removal : analysis.removed()) {
            String text = removal.span().end() <= article.text().length() ? removal.span().of(article.text()) : "";
            out.append("  ").append(removal.reason()).append("  ").append(offsets(removal.span()))
                    .append("  \u201c").append(shorten(text, MAX_REMOVED_CHARS)).append("\u201d\n");
        }
        return out.toString();
    }

    /** "Iran [IRN]": an event party's name and, when known, its actor code. */
    private static String party(EventParty party) {
        return party.name() + party.actor().map(a -> " [" + a + "]").orElse("");
    }

    private static void section(StringBuilder out, String name, int count) {
        out.append('\n').append(name).append(" (").append(count).append(")\n");
        if (count == 0) {
            out.append("  none\n");
        }
    }

    private static String offsets(Span span) {
        return "@" + span.start() + "-" + span.end();
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }

    /** {@code text} on one line, cut to {@code max} chars with an ellipsis. */
    static String shorten(String text, int max) {
        String line = flat(text);
        if (line.length() <= max) {
            return line;
        }
        int cut = max - 1;
        // never split a surrogate pair (an emoji, a rare CJK character)
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).stripTrailing() + "\u2026";
    }

    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
