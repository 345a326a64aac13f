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

    private static final String APPOSITION = "(ROOT (S (NP (NP (NNP Lesotho)) (, ,) (NP (DT the) (NN kingdom)) (, ,)) "
            + "(VP (VBD rebuked) (NP (NNP Namibia)) (, ,) (SBAR (S (NP (NNS officials)) (VP (VBD said))))) (. .)))";

    private static final String CLAUSES = "(ROOT (S (S (NP (NNP Lesotho)) (VP (VBD rebuked) (NP (NNP Namibia)))) (, ,) "
            + "(PP (IN after) (NP (DT the) (JJ long) (NN border) (NN dispute))) (, ,) (NP (DT a) (NN minister)) "
            + "(VP (VBD said) (NP (NN today))) (. .)))";

    @Test
    void commaClausesInsideANounPhraseStay() {
        assertThat(PennTreebankParses.toDependencies(APPOSITION, CommaClauses.PETRARCH).tokens())
                .extracting(DepToken::word).containsExactly("Lesotho", ",", "the", "kingdom", ",", "rebuked",
                        "Namibia", ".");
    }

    @Test
    void internalAndTerminalCommaClausesWithinTheirLengthsAreDeleted() {
        assertThat(PennTreebankParses.toDependencies(CLAUSES, CommaClauses.PETRARCH).tokens())
                .extracting(DepToken::word).containsExactly("Lesotho", "rebuked", "Namibia", ".");
        // internal clause of 5 words, terminal of 4: a maximum of 4 keeps the internal one
        assertThat(PennTreebankParses.toDependencies(CLAUSES, new CommaClauses(2, 4, 0, 0, 2, 8)).tokens())
                .extracting(DepToken::word).containsExactly("Lesotho", "rebuked", "Namibia", ",", "after", "the",
                        "long", "border", "dispute", ".");
        // a maximum of 0 turns a kind off; the initial clause needs bmax
        assertThat(PennTreebankParses.toDependencies(CLAUSES, CommaClauses.NONE).tokens()).hasSize(15);
        assertThat(PennTreebankParses.toDependencies(CLAUSES, new CommaClauses(0, 0, 2, 3, 0, 0)).tokens())
                .extracting(DepToken::word).startsWith("after", "the");
        // the dependencies are those of the remaining words
        DepSentence left = PennTreebankParses.toDependencies(CLAUSES, CommaClauses.PETRARCH);
        assertThat(left.tokens().get(1).head()).isEqualTo(-1);
        assertThat(left.tokens().get(2).head()).isEqualTo(1);
    }
}
