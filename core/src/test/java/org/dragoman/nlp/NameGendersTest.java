package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.nlp.NameGenders.Gender;
import org.junit.jupiter.api.Test;

class NameGendersTest {

    @Test
    void theSupplementOverridesTheListWhereTheListIsWrongOrSilent() {
        NameGenders names = NameGenders.instance();
        assertThat(names.of("Barack")).contains(Gender.MALE); // (not in CoreNLP's list)
        assertThat(names.of("Lula")).contains(Gender.MALE); // (listed as a woman's name)
        assertThat(names.of("Einav")).contains(Gender.FEMALE); // (listed as a man's name)
        assertThat(names.of("Nikki")).contains(Gender.FEMALE); // (listed both ways; the last line said a man's)
        assertThat(names.of("Donald")).contains(Gender.MALE);
        assertThat(names.of("Qwxyz")).isEmpty();
    }
}
