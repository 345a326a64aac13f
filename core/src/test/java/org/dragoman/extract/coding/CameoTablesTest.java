package org.dragoman.extract.coding;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CameoTablesTest {

    private static final Path PLOVER = Path.of("../../shared/data/plover/CAMEO2PLOVER-2021.txt");
    private static final Pattern ROW = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)\\s*,\\s*([^,#]*)");

    @Test
    void codesTakeTheirLongestListedPrefix() {
        CameoTables t = CameoTables.defaults();
        assertThat(t.plover("195")).contains(new CameoTables.Plover("ASSAULT", Optional.of("aerial")));
        assertThat(t.plover("1956")).isEqualTo(t.plover("195"));
        assertThat(t.plover("010")).isEmpty();
        assertThat(t.plover("xyz")).isEmpty();
        assertThat(t.goldstein("190").getAsDouble()).isEqualTo(-10.0);
        assertThat(t.goldstein("0231").getAsDouble()).isEqualTo(3.0);
    }

    @Test
    void quadClassesFollowGdelt() {
        assertThat(CameoTables.quadClass("010")).isEqualTo(1);
        assertThat(CameoTables.quadClass("072")).isEqualTo(2);
        assertThat(CameoTables.quadClass("112")).isEqualTo(3);
        assertThat(CameoTables.quadClass("195")).isEqualTo(4);
        assertThat(CameoTables.quadClass("")).isZero();
    }

    /**
     * Dragoman's own CAMEO-to-PLOVER table, written from the ontology's definitions, against the OEDA conversion
     * file (not part of the repository): share of that file's codes given the same PLOVER event, and the same
     * event and mode.
     */
    @Test
    void agreesWithTheOedaConversionTable() throws Exception {
        assumeTrue(Files.exists(PLOVER), "shared PLOVER conversion table not present");
        CameoTables t = CameoTables.defaults();
        int codes = 0;
        int event = 0;
        int both = 0;
        for (String line : Files.readAllLines(PLOVER, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            codes++;
            String expectedEvent = m.group(2);
            String expectedMode = m.group(3).strip();
            Optional<CameoTables.Plover> p = t.plover(m.group(1));
            if (p.isPresent() && p.get().event().equals(expectedEvent)) {
                event++;
                if (p.get().mode().orElse("").equals(expectedMode)) {
                    both++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "PLOVER agreement with CAMEO2PLOVER-2021: %d codes, event %.1f%%, event+mode %.1f%%%n",
                codes, 100.0 * event / codes, 100.0 * both / codes);
        assertThat(codes).isGreaterThan(200);
        assertThat(100.0 * event / codes).isGreaterThanOrEqualTo(FLOOR_EVENT);
        assertThat(100.0 * both / codes).isGreaterThanOrEqualTo(FLOOR_BOTH);
    }

    private static final double FLOOR_EVENT = 90;
    private static final double FLOOR_BOTH = 75;
}
