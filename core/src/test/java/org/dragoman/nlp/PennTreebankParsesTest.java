package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dragoman.extract.coding.DepSentence;
import org.dragoman.extract.coding.DepToken;
import org.junit.jupiter.api.Test;

class PennTreebankParsesTest {

    @Test
    void convertsAPassiveWithAgent() {
        DepSentence s = PennTreebankParses.toDependencies("(ROOT (S (NP (NNP Kyiv)) (VP (VBD was) (VP (VBN attacked) "
                + "(PP (IN by) (NP (NNP Russia))))) (. .)))");
        assertThat(s.tokens()).extracting(DepToken::word).containsExactly("Kyiv", "was", "attacked", "by", "Russia", ".");
        assertThat(s.tokens().get(0).rel()).isEqualTo("nsubj:pass");
        assertThat(s.tokens().get(0).head()).isEqualTo(2);
        assertThat(s.tokens().get(4).rel()).startsWith("obl");  // basic UD: obl with case "by"
        assertThat(s.tokens().get(3).rel()).isEqualTo("case");
        assertThat(s.tokens().get(2).head()).isEqualTo(-1);
        assertThat(s.tokens().get(2).lemma()).isEqualTo("attack");
    }

    @Test
    void unbalancedParsesAreRejectedWithOneLineReason() {
        assertThatThrownBy(() -> PennTreebankParses.toDependencies("(ROOT (S (NP (NNP Kyiv)) (VP (VBD fell))"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> PennTreebankParses.toDependencies("(ROOT (S (NP (NNP Kyiv)))))"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PennTreebankParses.toDependencies(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
