package org.dragoman.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the date strings found in page metadata and URLs. The date is taken as
 * written, never shifted to another time zone: "2025-06-25T23:30:00-05:00" is the 25th, the day the outlet
 * says it published.
 */
final class Dates {
    // Outlets publish from 1990 on; anything outside is a parsing accident such as a product number.
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s]|\\d{2,6}$)");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_DMY_OR_MDY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d)");
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/-]|$|\\.)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dates() {
    }

    /** The date in a metadata value such as ISO 8601, RFC 1123 or "June 25, 2025"; empty when none is found. */
    static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 200) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            Optional<Integer> month = month(m.group(2));
            if (month.isPresent()) {
                return of(Integer.parseInt(m.group(3)), month.get(), Integer.parseInt(m.group(1)));
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            Optional<Integer> month = month(m.group(1));
            if (month.isPresent()) {
                return of(Integer.parseInt(m.group(3)), month.get(), Integer.parseInt(m.group(2)));
            }
        }
        m = NUMERIC_DMY_OR_MDY.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            // 03/04/2025 could be either order; only an unambiguous day settles it.
            if (a > 12 && b <= 12) {
                return of(year, b, a);
            }
            if (b > 12 && a <= 12) {
                return of(year, a, b);
            }
        }
        return Optional.empty();
    }

    private static final Pattern NUMERIC_SHORT_YEAR =
            Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2})(?:$|[T\\s,])");
    private static final Pattern NUMERIC_FULL_YEAR =
            Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:$|[T\\s,])");

    /**
     * The date in a data set's date field: everything {@link #parse} reads, plus numeric dates the way US-made
     * data sets write them when the order is not settled by a day above 12 ({@code 10/12/16} and
     * {@code 10/12/2016} are October 12, 2016; {@code 13/10/16} is October 13). A two-digit year is 20yy when
     * that is not in the future, else 19yy. Empty when no date is found.
     */
    static Optional<LocalDate> parseRecord(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher m = NUMERIC_SHORT_YEAR.matcher(s);
        if (m.find()) {
            int yy = Integer.parseInt(m.group(3));
            int thisYear = LocalDate.now(java.time.ZoneOffset.UTC).getYear();
            int year = 2000 + yy <= thisYear + 1 ? 2000 + yy : 1900 + yy;
            return monthDayOrDayMonth(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        Optional<LocalDate> date = parse(s);
        if (date.isPresent()) {
            return date;
        }
        m = NUMERIC_FULL_YEAR.matcher(s);
        if (m.find()) {
            return monthDayOrDayMonth(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        return Optional.empty();
    }

    /** The date of epoch seconds (or milliseconds, when the number is that large), in UTC. */
    static Optional<LocalDate> fromEpoch(long value) {
        long seconds = Math.abs(value) >= 100_000_000_000L ? value / 1000 : value;
        try {
            LocalDate date = java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).toLocalDate();
            return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> monthDayOrDayMonth(int year, int a, int b) {
        return a > 12 && b <= 12 ? of(year, b, a) : of(year, a, b);
    }

    /** The date in a URL path such as {@code /2025/06/25/slug} or {@code /20250625/}; empty when none. */
    static Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT.matcher(url);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(key.substring(0, 3));
        // "Mayor 12 2025" must not read as May: a longer name has to be a prefix of the full month name.
        if (month == null || !fullMonthName(month).startsWith(key)) {
            return Optional.empty();
        }
        return Optional.of(month);
    }

    private static String fullMonthName(int month) {
        return Month.of(month).name().toLowerCase(Locale.ROOT);
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        return of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
