package org.dragoman.extract;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Name variants, titles, places and pronouns. Texts are written for these tests. */
class EntityResolverTest {

    private static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void nameVariantsAreOnePerson() {
        Analysis a = Pipelines.analyze("Vote count\nJane Q. Doe, the electoral commissioner, announced the results on Sunday. "
                + "Ms. Doe said turnout was high. Doe later left the building. Jane thanked the volunteers.\n", "2026-05-11");
        Entity doe = entity(a, "Jane Q. Doe");
        assertThat(doe.type()).isEqualTo(EntityType.PERSON);
        assertThat(mentions(doe)).contains("Jane Q. Doe", "Doe", "Jane");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
    }

    @Test
    void shortFormOfFirstNameJoinsTheFullName() {
        Analysis a = Pipelines.analyze("Kremlin\nVladimir Putin met envoys in Moscow on Friday. "
                + "Critics say Mr. Vlad Putin is playing for time. Putin denied it.\n", "2026-05-11");
        Entity putin = entity(a, "Vladimir Putin");
        assertThat(mentions(putin)).contains("Vladimir Putin", "Vlad Putin", "Putin");
        assertThat(a.entities()).noneMatch(e -> e.name().equals("Vlad Putin") || e.name().equals("Putin"));
    }

    @Test
    void titlesAreNotPartOfTheName() {
        Analysis a = Pipelines.analyze("Visit\nPresident Emmanuel Macron arrived in Lagos on Monday.\n", "2026-05-11");
        assertThat(a.entities()).anyMatch(e -> e.name().equals("Emmanuel Macron"));
        assertThat(a.entities()).noneMatch(e -> e.name().startsWith("President"));
    }

    @Test
    void countryVariantsAreOneCountryWithCameoCode() {
        Analysis a = Pipelines.analyze("Trade\nThe United States and Canada agreed on tariffs. "
                + "U.S. officials said the deal would help American farmers.\n", "2026-05-11");
        Entity us = entity(a, "United States");
        assertThat(us.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(us.actor()).contains("USA");
        assertThat(mentions(us)).containsExactly("United States", "U.S.");
        assertThat(entity(a, "American").type()).isEqualTo(EntityType.NATIONALITY);
    }

    @Test
    void noEntityForAFragmentOfAnotherName() {
        Analysis a = Pipelines.analyze("Talks\nVolodymyr Zelenskyy met Keir Starmer in London. Zelenskyy thanked Starmer.\n", "2026-05-11");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Volodymyr Zelenskyy", "Keir Starmer");
    }

    @Test
    void objectPronounIsNotTheSubjectOfItsClause() {
        Analysis a = Pipelines.analyze("Call\nDonald Trump told reporters that Vladimir Putin recently called him and offered help.\n", "2026-05-11");
        Entity trump = entity(a, "Donald Trump");
        assertThat(mentions(trump)).contains("him");
        assertThat(mentions(entity(a, "Vladimir Putin"))).doesNotContain("him");
    }

    @Test
    void pronounAgreesInGender() {
        Analysis a = Pipelines.analyze("Cabinet\nAnnalena Baerbock met Olaf Scholz in Berlin. She said the meeting went well.\n", "2026-05-11");
        assertThat(mentions(entity(a, "Annalena Baerbock"))).contains("She");
        assertThat(mentions(entity(a, "Olaf Scholz"))).doesNotContain("She");
    }

    @Test
    void everyMentionOffsetPointsAtItsText() {
        String text = "Border\nPolish troops moved to the Belarus border, Poland's defence ministry said on Tuesday.\n";
        Analysis a = Pipelines.analyze(text, "2026-05-11");
        assertThat(a.entities()).isNotEmpty();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void relativePronounAfterANameIsAMention() {
        Analysis a = Pipelines.analyze("Race\nFormer governor Chris Christie, who says the senator lacks experience, spoke in Concord.\n", "2026-05-11");
        assertThat(mentions(entity(a, "Chris Christie"))).contains("who");
    }

    @Test
    void aPartyNamedWithAWordBeforeAKnownPartyIsAnotherParty() {
        Analysis a = Pipelines.analyze("Coalition\nThe Social Democrats, the chancellor's junior partner, refused to reopen "
                + "the deal. The Christian Democrats stayed silent. In Washington, the Democrats called it a warning.\n",
                "2026-05-11");
        assertThat(entity(a, "Social Democrats").actor()).isEmpty();
        assertThat(entity(a, "Christian Democrats").actor()).isEmpty();
        assertThat(entity(a, "Democratic Party").actor()).contains("USAPTYDEM");
        assertThat(mentions(entity(a, "Democratic Party"))).doesNotContain("Social Democrats", "Christian Democrats");
    }

    @Test
    void anEpithetWithAnotherRoleIsNotThePersonNamedBefore() {
        Analysis a = Pipelines.analyze("Session\nPrime Minister Anton Vale opened the session. The finance minister said "
                + "exports were growing.\n", "2026-05-11");
        assertThat(mentions(entity(a, "Anton Vale"))).doesNotContain("The finance minister");
    }

    @Test
    void aPronounInASpeechTagAfterASubjectIsNotThatSubject() {
        Analysis a = Pipelines.analyze("Budget\nAnna Lindqvist, the opposition leader, called the budget \"a raid on "
                + "savers.\" Ms. Berg, she said, had broken her promise to cut taxes.\n", "2026-05-11");
        assertThat(mentions(entity(a, "Anna Lindqvist"))).contains("she");
        assertThat(mentions(entity(a, "Berg"))).doesNotContain("she");
    }
}
