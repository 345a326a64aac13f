package org.dragoman.extract;

import org.dragoman.actors.ActorDictionary;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Role;
import org.dragoman.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Actor codes of entities by name, dated role, and description. */
class ActorCoderTest {

    private static final ActorCoder CODER = new ActorCoder(ActorDictionary.defaults());

    private static Entity person(String name, String... roles) {
        List<Role> r = new java.util.ArrayList<>();
        for (String title : roles) {
            r.add(new Role(title, new Span(0, title.length())));
        }
        return new Entity("E1", name, EntityType.PERSON, Optional.empty(), r, List.of(new Mention(new Span(0, 1), "x")));
    }

    private static Entity code(Entity e, String date) {
        return CODER.code(e, LocalDate.parse(date));
    }

    @Test
    void sameNameCodedDifferentlyBeforeAndAfterTakingOffice() {
        assertThat(code(person("Marco Rubio"), "2024-06-01").actor()).contains("USALEG");
        assertThat(code(person("Marco Rubio"), "2025-06-01").actor()).contains("USAGOV");
        assertThat(code(person("Mark Rutte", "NATO’s secretary general"), "2024-06-01").actor()).contains("NLDGOV");
        assertThat(code(person("Mark Rutte", "NATO’s secretary general"), "2025-06-01").actor()).contains("IGOWSTNAT");
        assertThat(code(person("Marco Rubio"), "2025-06-01").actorSource()).contains(Entity.SOURCE_NAME);
    }

    @Test
    void diacriticsDoNotMatter() {
        assertThat(code(person("Peter Szijjarto"), "2026-06-22").actor()).contains("HUNGOV");
        assertThat(code(person("Recep Tayyip Erdoğan"), "2026-07-07").actor()).contains("TURGOV");
    }

    @Test
    void unknownPersonTakesTheCodeOfTheirDescription() {
        Entity e = code(person("Olena Marchuk", "Ukrainian president"), "2026-03-01");
        assertThat(e.actor()).contains("UKRGOV");
        assertThat(e.actorSource()).contains(Entity.SOURCE_ROLE);
        assertThat(e.roles().get(0).actor()).contains("UKRGOV");
        assertThat(e.roles().get(0).evidence()).isEqualTo(new Span(0, "Ukrainian president".length()));
    }

    @Test
    void descriptionsByCountryAndAgent() {
        LocalDate d = LocalDate.parse("2026-07-07");
        assertThat(CODER.describe("Iranian foreign minister", d)).contains("IRNGOV");
        assertThat(CODER.describe("Russian general", d)).contains("RUSMIL");
        assertThat(CODER.describe("Hungarian Foreign Minister", d)).contains("HUNGOV");
        assertThat(CODER.describe("spokesman for Qatar's Ministry of Foreign Affairs", d)).contains("QATGOV");
        assertThat(CODER.describe("Lithuania’s deputy defence minister", d)).contains("LTUGOV");
        assertThat(CODER.describe("president of the European Commission", d)).contains("IGOEUREEC");
        assertThat(CODER.describe("Kremlin spokesman", d)).contains("RUSGOV");
        assertThat(CODER.describe("former U.S. president", d)).contains("USAELI");
        assertThat(CODER.describe("Egyptian police chief", d)).contains("EGYCOP");
    }

    @Test
    void descriptionWithoutACountryOrARoleGivesNoCode() {
        LocalDate d = LocalDate.parse("2026-07-07");
        assertThat(CODER.describe("Interior Minister", d)).isEmpty();
        assertThat(CODER.describe("President", d)).isEmpty();
        assertThat(CODER.describe("Lithuanian analyst", d)).isEmpty();
        Entity e = code(person("Ivica Petrov", "Interior Minister"), "2026-03-01");
        assertThat(e.actor()).isEmpty();
        assertThat(e.actorSource()).isEmpty();
    }

    @Test
    void oneWordPersonIsNotAOneWordCountry() {
        assertThat(code(person("Chad"), "2026-01-01").actor()).isEmpty();
        assertThat(code(person("Zelensky"), "2026-01-01").actor()).contains("UKRGOV");
    }

    @Test
    void placesKeepTheGazetteerCodeAndOrganizationsAreReadAsDescriptions() {
        Entity kremlin = new Entity("E2", "Kremlin", EntityType.ORGANIZATION, Optional.of("RUSGOV"), List.of());
        assertThat(code(kremlin, "2026-01-01").actor()).contains("RUSGOV");
        assertThat(code(kremlin, "2026-01-01").actorSource()).contains(Entity.SOURCE_NAME);
        Entity ministry = new Entity("E3", "Polish Interior Ministry", EntityType.ORGANIZATION, Optional.empty(), List.of());
        assertThat(code(ministry, "2026-01-01").actor()).contains("POLGOV");
        Entity defence = new Entity("E3", "Russian Defence Ministry", EntityType.ORGANIZATION, Optional.empty(), List.of());
        assertThat(code(defence, "2026-01-01").actor()).as("the gazetteer's own entry").contains("RUSMIL");
        Entity party = new Entity("E4", "Serbian Progressive Party", EntityType.ORGANIZATION, Optional.empty(), List.of());
        assertThat(code(party, "2026-01-01").actor()).isEmpty();
    }
}
