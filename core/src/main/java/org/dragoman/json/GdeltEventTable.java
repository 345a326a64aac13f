package org.dragoman.json;

import org.dragoman.extract.coding.CameoTables;
import org.dragoman.model.Analysis;
import org.dragoman.model.Block;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Events as rows of the GDELT 2.0 event table: 61 TAB-separated columns in GDELT's order, no header, empty
 * where Dragoman has no value (tone, geographic coordinates, FIPS country codes, ethnic and religious codes).
 * Only asserted events are written: negated and hypothetical ones have no place in a table that readers take
 * as facts. The column mapping is documented in the README. Stateless and thread-safe.
 */
public final class GdeltEventTable {

    /** GDELT 2.0 event-table column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
            "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
            "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
            "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** CAMEO codes whose first three letters are not a country or region. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "UNK", "REB", "INS",
            "CVL", "OPP", "GOV", "MIL", "COP", "BUS", "MED", "LEG", "JUD", "EDU", "ELI", "HLH", "REL", "SPY",
            "LAB", "AGR", "CRM", "REF", "MOD", "RAD", "SEP", "ENV", "HRI", "PTY", "NGM");
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private GdeltEventTable() {
    }

    /**
     * The rows of one analysis (each without a line end), numbering events from {@code firstId};
     * {@code added} is the DATEADDED time and {@code source} the SOURCEURL when the article has no URL.
     */
    public static List<String> rows(Analysis analysis, long firstId, LocalDateTime added, String source) {
        List<String> rows = new ArrayList<>();
        long id = firstId;
        Optional<Block> lead = analysis.blocks().stream().filter(b -> b.span().length() > 0).findFirst();
        for (Event e : analysis.events()) {
            if (e.negated() || e.hypothetical()) {
                continue;
            }
            // GDELT: a root event is one in the lead paragraph
            boolean root = lead.isPresent() && lead.get().span().contains(e.sentence());
            rows.add(row(new Row(id++, e.date().or(() -> analysis.article().published()), e.source(), e.target(),
                    e.code(), root, e.location().map(EventParty::name), 1, 1, 1, added,
                    analysis.article().url().orElse(source))));
        }
        return rows;
    }

    /**
     * The values of one GDELT row that Dragoman has: an event (or a story cluster's event) with how many mentions,
     * sources and articles report it.
     */
    public record Row(long id, Optional<LocalDate> date, EventParty source, Optional<EventParty> target, String code,
                      boolean rootEvent, Optional<String> location, long mentions, long sources, long articles,
                      LocalDateTime added, String url) {
    }

    /** One row, 61 TAB-separated columns, without a line end. */
    public static String row(Row r) {
        String[] c = new String[COLUMNS.size()];
        Arrays.fill(c, "");
        c[0] = Long.toString(r.id());
        if (r.date().isPresent()) {
            LocalDate d = r.date().get();
            c[1] = d.format(SQLDATE);
            c[2] = c[1].substring(0, 6);
            c[3] = Integer.toString(d.getYear());
            c[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
        }
        actor(c, 5, r.source());
        r.target().ifPresent(t -> actor(c, 15, t));
        c[25] = r.rootEvent() ? "1" : "0";
        String code = r.code();
        c[26] = code;
        c[27] = code.length() >= 3 ? code.substring(0, 3) : code;
        c[28] = code.length() >= 2 ? code.substring(0, 2) : code;
        int quad = CameoTables.quadClass(code);
        c[29] = quad > 0 ? Integer.toString(quad) : "";
        CameoTables.defaults().goldstein(code).ifPresent(g -> c[30] = String.format(Locale.ROOT, "%.1f", g));
        c[31] = Long.toString(r.mentions());
        c[32] = Long.toString(r.sources());
        c[33] = Long.toString(r.articles());
        r.location().ifPresent(l -> c[52] = clean(l));
        c[59] = r.added().format(ADDED);
        c[60] = clean(r.url());
        return String.join("\t", c);
    }

    private static void actor(String[] c, int at, EventParty party) {
        String code = party.actor().orElse("");
        c[at] = code;
        c[at + 1] = clean(party.name()).toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        int start = 0;
        if (!parts.isEmpty() && !NON_STATE.contains(parts.get(0))) {
            c[at + 2] = parts.get(0);
            start = 1;
        }
        // type codes (GOV, MIL, IGO, ...) in order; other three-letter groups (WST in IGOWSTNAT) are not types
        for (int i = start, slot = 7; i < parts.size() && slot <= 9; i++) {
            if (NON_STATE.contains(parts.get(i))) {
                c[at + slot++] = parts.get(i);
            }
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
