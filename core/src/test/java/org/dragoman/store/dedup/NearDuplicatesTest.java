package org.dragoman.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class NearDuplicatesTest {

    /** An original wire story written for this test. */
    public static final String WIRE = "MARSEN, Oct 3 (Wire) - The government of Valdia on Thursday ordered the closure of "
            + "three border crossings with neighbouring Orsk after a week of clashes between herders and border guards "
            + "left at least eleven people dead, the interior ministry said in a statement. Interior Minister Pavel "
            + "Drummond said the crossings at Tela, Varno and Kesh would remain shut until a joint commission had "
            + "investigated the killings. \"We cannot allow our border villages to become a battlefield,\" Drummond "
            + "told reporters in the capital. Orsk's foreign ministry called the closure a provocation and summoned "
            + "Valdia's ambassador. Trade between the two countries, mostly livestock and grain, passes almost "
            + "entirely through the three crossings, and traders in Varno said lorries were already queuing on both "
            + "sides. The United Nations urged both governments to show restraint and offered to mediate.";

    /** The same story as an outlet republished it: new dateline style, two words changed, a sentence added. */
    public static final String REPUBLISHED = "The government of Valdia on Thursday ordered the closure of three border "
            + "crossings with neighbouring Orsk after a week of clashes between herders and border guards left at "
            + "least twelve people dead, the interior ministry said in a statement. Interior Minister Pavel Drummond "
            + "said the crossings at Tela, Varno and Kesh would stay shut until a joint commission had investigated "
            + "the killings. \"We cannot allow our border villages to become a battlefield,\" Drummond told "
            + "reporters in the capital. Orsk's foreign ministry called the closure a provocation and summoned "
            + "Valdia's ambassador. Trade between the two countries, mostly livestock and grain, passes almost "
            + "entirely through the three crossings, and traders in Varno said lorries were already queuing on both "
            + "sides. The United Nations urged both governments to show restraint and offered to mediate. "
            + "Additional reporting by our correspondent in Marsen.";

    /** A different story on the same conflict: shared names, different sentences. */
    public static final String OTHER = "Herders in the Varno valley say the clashes with Orsk's border guards began over "
            + "grazing rights that both sides have claimed since the border was drawn. Several families told our "
            + "correspondent that guards had seized sheep and fired on a shepherd last month. Valdia's interior "
            + "ministry has promised compensation for lost animals, but villagers said no payments had arrived. "
            + "The United Nations has sent an envoy to both capitals, and a joint commission is expected to meet "
            + "next week in Marsen to discuss the border crossings and the killings.";

    @Test
    void republishedWireStoryIsANearDuplicate() {
        NearDuplicates index = NearDuplicates.standard();
        MinHash minHash = index.minHash();
        index.add("wire", "wire", minHash.signature(WIRE));
        var match = index.best(minHash.signature(REPUBLISHED));
        assertThat(match).isPresent();
        assertThat(match.get().id()).isEqualTo("wire");
        assertThat(match.get().similarity()).isGreaterThan(0.6);
    }

    @Test
    void storyOnTheSameTopicIsNotANearDuplicate() {
        NearDuplicates index = NearDuplicates.standard();
        MinHash minHash = index.minHash();
        index.add("wire", "wire", minHash.signature(WIRE));
        assertThat(index.best(minHash.signature(OTHER))).isEmpty();
        assertThat(MinHash.similarity(minHash.signature(WIRE), minHash.signature(OTHER))).isLessThan(0.2);
    }

    @Test
    void signatureIsStableAndIgnoresCaseAndPunctuation() {
        MinHash minHash = MinHash.standard();
        assertThat(minHash.signature(WIRE)).isEqualTo(minHash.signature(WIRE.toUpperCase().replace(",", " ")));
        assertThat(minHash.signature("")).hasSize(minHash.size());
    }

    @Test
    void estimateTracksTrueJaccard() {
        // two word lists sharing half their 3-shingles: estimate within 0.15 of the truth
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            a.append("w").append(i).append(' ');
            b.append("w").append(i < 200 ? i : i + 1000).append(' ');
        }
        MinHash minHash = MinHash.standard();
        // shingles: a has 298, b has 298, shared 198 -> J = 198 / 398
        double truth = 198.0 / 398;
        assertThat(MinHash.similarity(minHash.signature(a.toString()), minHash.signature(b.toString())))
                .isBetween(truth - 0.15, truth + 0.15);
    }

    @Test
    void exactFingerprintIgnoresWhitespaceAndCaseOnly() {
        assertThat(TextFingerprint.of("A  b\nC")).isEqualTo(TextFingerprint.of("a b c "));
        assertThat(TextFingerprint.of("a b c")).isNotEqualTo(TextFingerprint.of("a b d"));
    }
}
