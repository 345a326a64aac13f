package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dragoman.actors.DictionaryProblem;
import org.dragoman.extract.coding.ActorSlot;
import org.dragoman.extract.coding.DependencyCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on tiny records written for this test (the suites themselves are in PetrarchSuiteTest). */
class PetrarchEvalTest {

    @TempDir
    Path dir;

    static String conll(String... rows) {
        StringBuilder sb = new StringBuilder();
        for (String r : rows) {
            sb.append(r.replace(' ', '\t')).append('\n');
        }
        return sb.toString();
    }

    static final String ATTACK = conll("1 Gondor Gondor PROPN NNP _ 2 nsubj _ _",
            "2 attacked attack VERB VBD _ 0 root _ _", "3 Rohan Rohan PROPN NNP _ 2 obj _ _");

    static final String MET = conll("1 Gondor Gondor PROPN NNP _ 2 nsubj _ _",
            "2 met meet VERB VBD _ 0 root _ _", "3 Rohan Rohan PROPN NNP _ 2 obj _ _");

    @Test
    void recordsAreScoredTheWayPetrarchsValidatorDoes() throws IOException {
        Files.writeString(dir.resolve("verbs.txt"), "--- ATTACK [190] ---\nATTACK\n--- MEET [036:036] ---\nMEET {MET}\n");
        Files.writeString(dir.resolve("records.xml"), """
                <Validation>
                <!-- records written for Dragoman's tests <!-- with a nested comment --> as in UniversalPetrarch -->
                <Environment>
                    <Verbfile>verbs.txt</Verbfile>
                    <Include>DEMO ERROR</Include>
                </Environment>
                <Sentences>
                <Sentence date="20240101" id="A" category="DEMO">
                <EventCoding sourcecode="GON" targetcode="ROH" eventcode="190"></EventCoding>
                <Text>Gondor attacked Rohan</Text>
                <Parse>
                %s</Parse>
                </Sentence>
                <Sentence date="20240101" id="B" category="DEMO">
                <EventCoding sourcecode="GON" targetcode="ROH" eventcode="036"></EventCoding>
                <Text>Gondor met Rohan</Text>
                <Parse>
                %s</Parse>
                </Sentence>
                <Sentence date="20240101" id="C" category="DEMO">
                <EventCoding noevents = "True"></EventCoding>
                <Text>Gondor attacked Rohan</Text>
                <Parse>
                %s</Parse>
                </Sentence>
                <Sentence date="20240101" id="D" category="ERROR">
                <EventCoding error="bad_input_parse"></EventCoding>
                <Text>Gondor attacked Rohan</Text>
                <Parse>
                (ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Rohan))))
                </Parse>
                </Sentence>
                <Sentence date="20240101" id="E" category="OTHER">
                <EventCoding sourcecode="GON" targetcode="ROH" eventcode="190"></EventCoding>
                <Text>Gondor attacked Rohan</Text>
                <Parse>
                %s</Parse>
                </Sentence>
                <Sentence date="20240101" id="F" category="DEMO" evaluate="false">
                <EventCoding sourcecode="GON" targetcode="ROH" eventcode="190"></EventCoding>
                <Text>Gondor attacked Rohan</Text>
                <Parse>
                %s</Parse>
                </Sentence>
                </Sentences>
                </Validation>
                """.formatted(ATTACK, MET, ATTACK, ATTACK, ATTACK));
        PetrarchRecords records = PetrarchRecords.read(dir.resolve("records.xml"));
        assertThat(records.records()).hasSize(6);
        assertThat(records.include()).containsExactly("DEMO", "ERROR");
        List<DictionaryProblem> problems = new ArrayList<>();
        DependencyCoder coder = PetrarchEval.coder(dir, records, problems);
        Map<String, String> codes = Map.of("Gondor", "GON", "Rohan", "ROH");
        PetrarchEval.ActorFinder finder = (sentence, date) -> sentence.tokens().stream()
                .filter(t -> codes.containsKey(t.word()))
                .map(t -> new ActorSlot(t.index(), t.index(), Optional.of(codes.get(t.word())), t.word())).toList();
        List<PetrarchEval.Outcome> outcomes = PetrarchEval.run(records, coder, finder);

        PetrarchEval.Outcome a = outcomes.get(0);
        assertThat(a.correct()).isTrue();
        assertThat(a.found()).isEqualTo(1);
        PetrarchEval.Outcome b = outcomes.get(1);   // the paired code also gives ROH->GON, not expected
        assertThat(b.correct()).isFalse();
        assertThat(b.found()).isEqualTo(1);
        assertThat(b.extra()).isEqualTo(1);
        PetrarchEval.Outcome c = outcomes.get(2);   // expects no events but one is coded
        assertThat(c.correct()).isFalse();
        assertThat(c.extra()).isEqualTo(1);
        PetrarchEval.Outcome d = outcomes.get(3);   // unbalanced parse is the expected error
        assertThat(d.correct()).isTrue();
        assertThat(d.note()).startsWith("parse rejected");
        assertThat(outcomes.get(4).note()).contains("not in <Include>");
        assertThat(outcomes.get(5).note()).contains("evaluate=false");

        List<String> table = PetrarchEval.format(outcomes);
        assertThat(table.get(0)).contains("Records", "Correct", "Expected", "Found", "Extra");
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("DEMO").contains("       3        1 "));
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("Total").contains("       4        2 "));
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("Skipped"));
    }

    @Test
    void aFileWithoutRecordsIsAnError() throws IOException {
        Files.writeString(dir.resolve("empty.xml"), "<Validation></Validation>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PetrarchRecords.read(dir.resolve("empty.xml")))
                .isInstanceOf(IOException.class).hasMessageContaining("no <Sentence>");
    }
}
