package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman eval petrarch}: a tiny suite written for this test, and bad arguments. */
class EvalPetrarchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheTablePerCategoryAndOverall() throws Exception {
        Files.writeString(dir.resolve("verbs.txt"), "--- ATTACK [190] ---\nATTACK\n");
        Files.writeString(dir.resolve("actors.txt"), "GONDOR [GON]\nROHAN [ROH]\n");
        Files.writeString(dir.resolve("records.xml"), """
                <Validation>
                <Environment>
                    <Verbfile>verbs.txt</Verbfile>
                    <Actorfile>actors.txt</Actorfile>
                </Environment>
                <Sentence date="20240101" id="A-1" category="DEMO">
                <EventCoding sourcecode="GON" targetcode="ROH" eventcode="190"></EventCoding>
                <Text>Gondor attacked Rohan.</Text>
                <Parse>
                (ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))
                </Parse>
                </Sentence>
                <Sentence date="20240101" id="A-2" category="DEMO">
                <EventCoding sourcecode="ROH" targetcode="GON" eventcode="190"></EventCoding>
                <Text>Gondor attacked Rohan.</Text>
                <Parse>
                (ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))
                </Parse>
                </Sentence>
                </Validation>
                """);
        Cli.Run run = Cli.run("eval", "petrarch", dir.resolve("records.xml").toString(), "--dictionaries",
                dir.toString(), "--verbose");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("Category", "Correct", "Expected", "Extra");
        assertThat(run.out()).containsPattern("DEMO +2 +1 +50\\.0%");
        assertThat(run.out()).containsPattern("Total +2 +1 +50\\.0%");
        assertThat(run.out()).contains("A-2 [DEMO] expected [190 ROH GON] coded [190 GON ROH]");
        assertThat(run.out()).contains("records/s");

        Cli.Run one = Cli.run("eval", "petrarch", dir.resolve("records.xml").toString(), "--dictionaries",
                dir.toString(), "--record", "A-2");
        assertThat(one.exitCode()).as(one.err()).isEqualTo(0);
        assertThat(one.out()).contains("== A-2 [DEMO] Gondor attacked Rohan.");
        assertThat(one.out()).containsPattern("0 Gondor +Gondor +NNP +1 nsubj");
        assertThat(one.out()).contains("actor 0..0 GON", "actor 2..2 ROH", "code=190").doesNotContain("Total");
        Cli.Run unknown = Cli.run("eval", "petrarch", dir.resolve("records.xml").toString(), "--dictionaries",
                dir.toString(), "--record", "B-9");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("no record with id B-9").doesNotContain("\tat ");
    }

    @Test
    void missingFileOrDictionaryIsAOneLineError() throws Exception {
        Cli.Run missing = Cli.run("eval", "petrarch", dir.resolve("none.xml").toString(), "--dictionaries", dir.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("none.xml").doesNotContain("\tat ");
        Files.writeString(dir.resolve("records.xml"), "<Validation><Sentence id=\"x\" category=\"DEMO\"><EventCoding"
                + " noevents=\"True\"></EventCoding><Parse>(ROOT (S (NP (NNP X))))</Parse></Sentence></Validation>");
        Cli.Run noVerbs = Cli.run("eval", "petrarch", dir.resolve("records.xml").toString(), "--dictionaries",
                dir.toString());
        assertThat(noVerbs.exitCode()).isNotZero();
        assertThat(noVerbs.err()).contains("no verb dictionary").doesNotContain("\tat ");
    }
}
