package org.dragoman.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dragoman.model.EntityType;

/**
 * Query parameters of one request, parsed and checked: every bad value becomes a 400 {@link ApiException}
 * naming the parameter and the value, never a 500.
 */
final class Params {

    /** Largest page a client may ask for. */
    static final int MAX_PAGE_SIZE = 100;
    /** Largest page number: deeper paging is a crawl, not a reading. */
    static final int MAX_PAGE = 1000;
    private static final int MAX_TEXT = 1000;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The trimmed value of {@code name}, empty when absent or blank; over 1,000 chars is a 400. */
    Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + ": longer than " + MAX_TEXT + " characters");
        }
        return Optional.of(value.strip());
    }

    /** The value of {@code name}, or a 400 saying it is required. */
    String required(String name) {
        return text(name).orElseThrow(() -> ApiException.badRequest(name + ": required"));
    }

    /** An ISO date (YYYY-MM-DD) or empty. */
    Optional<LocalDate> date(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + ": not a date (YYYY-MM-DD): " + clip(value));
            }
        });
    }

    /** {@code from} and {@code to} as dates, rejecting a range whose end is before its start. */
    DateRange dateRange() {
        Optional<LocalDate> from = date("from");
        Optional<LocalDate> to = date("to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ApiException.badRequest("to (" + to.get() + ") is before from (" + from.get() + ")");
        }
        return new DateRange(from, to);
    }

    /** An integer in {@code [min, max]}, or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": not a whole number: " + clip(value.get()));
        }
        if (parsed < min || parsed > max) {
            throw ApiException.badRequest(name + ": " + parsed + " is outside " + min + ".." + max);
        }
        return parsed;
    }

    /** {@code true}/{@code false} (also 1/0, yes/no), or {@code fallback} when absent. */
    boolean bool(String name, boolean fallback) {
        Optional<String> value = text(name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + ": not true or false: " + clip(value.get()));
        };
    }

    /** The page (1-based, {@code page}) and its size ({@code size}, at most {@link #MAX_PAGE_SIZE}). */
    Page page(int defaultSize) {
        int size = integer("size", defaultSize, 1, MAX_PAGE_SIZE);
        int page = integer("page", 1, 1, MAX_PAGE);
        return new Page(page, size);
    }

    /** A CAMEO code prefix ("19", "190") checked against the root codes, or empty. */
    Optional<String> cameoCode(String name) {
        return text(name).map(code -> {
            if (!Cameo.isKnown(code)) {
                throw ApiException.badRequest(name + ": unknown CAMEO code: " + clip(code)
                        + " (two to four digits under a root 01..20)");
            }
            return code;
        });
    }

    /** An entity type by name, any case, or empty. */
    Optional<EntityType> entityType(String name) {
        return text(name).map(value -> {
            try {
                return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name + ": unknown entity type: " + clip(value) + " (one of "
                        + Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")");
            }
        });
    }

    /** A value cut to a length fit for a one-line message. */
    static String clip(String value) {
        String line = value.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** An inclusive date range, either end open. */
    record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
    }

    /** A 1-based page number and a page size. */
    record Page(int number, int size) {
        int offset() {
            return (number - 1) * size;
        }
    }
}
