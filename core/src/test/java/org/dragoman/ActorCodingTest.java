package org.dragoman;

import org.dragoman.model.Analysis;
import org.dragoman.model.Entity;
import org.dragoman.model.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity actor codes in {@code analyze}, on original texts written for these tests: dated role changes (the same
 * text and name, coded by the article's date) and codes given by a description the text makes of someone.
 */
class ActorCodingTest {

    private static final String RUBIO = "Marco Rubio told reporters in Miami on Monday that the talks would resume. "
            + "Rubio said the delegation had \"much more work to do\" before any agreement.\n";

    private static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
    }

    @Test
    void sameNameIsCodedByTheRoleHeldOnThePublishedDate() {
        Entity before = entity(Pipelines.analyze(RUBIO, "2024-06-03"), "Marco Rubio");
        Entity after = entity(Pipelines.analyze(RUBIO, "2025-06-02"), "Marco Rubio");
        assertThat(before.actor()).contains("USALEG");
        assertThat(after.actor()).contains("USAGOV");
        assertThat(after.actorSource()).contains(Entity.SOURCE_NAME);
        assertThat(after.mentions()).extracting(m -> m.text()).contains("Rubio");
    }

    @Test
    void natoSecretaryGeneralBeforeAndAfterTheHandover() {
        String text = "Mark Rutte arrived in Vilnius on Thursday for talks on air defence. "
                + "Rutte said the alliance would keep its promises to Lithuania.\n";
        assertThat(entity(Pipelines.analyze(text, "2024-05-02"), "Mark Rutte").actor()).contains("NLDGOV");
        assertThat(entity(Pipelines.analyze(text, "2025-05-02"), "Mark Rutte").actor()).contains("IGOWSTNAT");
    }

    @Test
    void unknownPersonIsCodedFromTheDescriptionWithItsEvidence() {
        String text = "Taras Melnychenko, the Ukrainian president, arrived in Warsaw on Tuesday. "
                + "Iranian Foreign Minister Dariush Kermani said on Wednesday that his country would respond.\n";
        Analysis a = Pipelines.analyze(text, "2026-03-04");
        Entity president = entity(a, "Taras Melnychenko");
        assertThat(president.actor()).contains("UKRGOV");
        assertThat(president.actorSource()).contains(Entity.SOURCE_ROLE);
        Role role = president.roles().stream().filter(r -> r.actor().isPresent()).findFirst().orElseThrow();
        assertThat(role.actor()).contains("UKRGOV");
        assertThat(role.evidence().of(text)).contains("Ukrainian president");
        Entity minister = entity(a, "Dariush Kermani");
        assertThat(minister.actor()).contains("IRNGOV");
        assertThat(minister.roles()).extracting(Role::actor).contains(Optional.of("IRNGOV"));
    }

    @Test
    void descriptionWithoutACountryGivesNoCode() {
        String text = "Interior Minister Goran Lukić said on Friday that the march had been peaceful.\n";
        Entity minister = entity(Pipelines.analyze(text, "2026-03-06"), "Goran Lukić");
        assertThat(minister.roles()).isNotEmpty();
        assertThat(minister.actor()).isEmpty();
        assertThat(minister.actorSource()).isEmpty();
    }
}
