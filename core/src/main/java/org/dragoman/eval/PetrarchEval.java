package org.dragoman.eval;

import org.dragoman.actors.DictionaryProblem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dragoman.actors.ActorDictionary;
import org.dragoman.actors.ActorMatch;
import org.dragoman.actors.DictionaryProblem;
import org.dragoman.extract.coding.ActorSlot;
import org.dragoman.extract.coding.CodedEvent;
import org.dragoman.extract.coding.ConllU;
import org.dragoman.extract.coding.DepSentence;
import org.dragoman.extract.coding.DependencyCoder;
import org.dragoman.extract.coding.NounPhraseActors;
import org.dragoman.extract.coding.Discards;
import org.dragoman.extract.coding.VerbDictionary;
import org.dragoman.nlp.PennTreebankParses;

/**
 * Scores the event coder on a PETRARCH validation file the way PETRARCH's validators do: each coded event is
 * correct when an expected event has the same code, source and target (each expected event is used once);
 * a record is fully correct when its coded events are exactly the expected ones, when it expects no events and
 * none is coded, or when it expects an error (bad parse, discard, dateline) and that is what happens. Records
 * whose category the file's {@code <Include>} list leaves out, or marked {@code evaluate="false"}, are skipped
 * and counted as such.
 */
public final class PetrarchEval {

    /** Finds the actors of a sentence on a date (the suite's actor and agent dictionaries). */
    @FunctionalInterface
    public interface ActorFinder {
        /** Actor slots in {@code sentence}, codes chosen for {@code date}. */
        List<ActorSlot> find(DepSentence sentence, LocalDate date);
    }

    /** The outcome of one record. */
    public record Outcome(PetrarchRecords.Record record, List<String> coded, int expected, int found, int extra,
                          boolean correct, String note) {
    }

    private PetrarchEval() {
    }

    /**
     * Actors found the PETRARCH way: from each token, the longest actor (or actor with agent, or agent) phrase
     * of {@code dictionary} on the record's date; matched tokens are not matched again.
     */
    public static ActorFinder dictionaryActors(ActorDictionary dictionary) {
        return (sentence, date) -> {
            List<String> words = new ArrayList<>(sentence.tokens().size());
            for (var t : sentence.tokens()) {
                words.add(t.word());
            }
            List<NounPhraseActors.Piece> pieces = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                Optional<ActorMatch> m = dictionary.longestMatch(words, i, date);
                if (m.isPresent() && m.get().length() > 0) {
                    ActorMatch a = m.get();
                    Optional<String> agent = Optional.empty();
                    // every agent inside the phrase counts ("West German world government": GMW, WGO, GOV)
                    List<String> inside = new ArrayList<>();
                    for (int j = i; j < i + a.length() && a.kind() != ActorMatch.Kind.ACTOR; j++) {
                        Optional<ActorMatch> g = dictionary.agentAt(words, j);
                        if (g.isPresent() && g.get().length() > 0) {
                            inside.add(g.get().code());
                            j += g.get().length() - 1;
                        }
                    }
                    if (!inside.isEmpty()) {
                        agent = Optional.of(inside.get(inside.size() - 1));
                    }
                    Optional<String> actor = a.kind() != ActorMatch.Kind.AGENT && a.coded()
                            ? Optional.of(a.code()) : Optional.empty();
                    if (actor.isPresent()) {
                        String c = actor.get();
                        for (String g : inside) {
                            c = NounPhraseActors.mix(c, g);
                        }
                        actor = Optional.of(c);
                    }
                    pieces.add(new NounPhraseActors.Piece(i, i + a.length() - 1, actor, agent, a.phrase()));
                    i += a.length();
                } else {
                    i++;
                }
            }
            return NounPhraseActors.merge(sentence, pieces, true);
        };
    }

    /**
     * The dictionary file the records file's environment names under {@code key} (e.g. "Verbfile") if it is in
     * {@code dir}, else the first file in {@code dir} whose name contains every one of {@code fallbackParts}.
     */
    public static Optional<Path> dictionary(Path dir, PetrarchRecords records, String key, String... fallbackParts)
            throws IOException {
        String named = records.environment().get(key);
        if (named != null) {
            for (String one : named.split(",")) {
                Path p = dir.resolve(one.strip());
                if (!one.isBlank() && Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean all = true;
                for (String part : fallbackParts) {
                    all &= name.contains(part.toLowerCase(Locale.ROOT));
                }
                if (all && Files.isRegularFile(p)) {
                    candidates.add(p);
                }
            }
        }
        candidates.sort(null);
        return candidates.stream().findFirst();
    }

    /** Builds the coder from the verb and discard dictionaries in {@code dir}; problems go to {@code problems}. */
    public static DependencyCoder coder(Path dir, PetrarchRecords records, List<DictionaryProblem> problems)
            throws IOException {
        Path verbs = dictionary(dir, records, "Verbfile", "validate", "verbs")
                .orElseThrow(() -> new IOException(dir + ": no verb dictionary (e.g. PETR.Validate.verbs.txt)"));
        VerbDictionary verbDictionary = VerbDictionary.read(List.of(verbs), problems);
        Optional<Path> discardFile = dictionary(dir, records, "Discardfile", "validate", "discards");
        Discards discards = discardFile.isPresent() ? Discards.read(List.of(discardFile.get()), problems) : Discards.none();
        return new DependencyCoder(verbDictionary, discards);
    }

    /** The actors of the actor and agent dictionaries the records file names (or found by name) in {@code dir}. */
    public static ActorFinder actorFinder(Path dir, PetrarchRecords records, List<DictionaryProblem> problems)
            throws IOException {
        List<Path> actorFiles = new ArrayList<>();
        dictionary(dir, records, "Actorfile", "validate", "actors").ifPresent(actorFiles::add);
        List<Path> agentFiles = new ArrayList<>();
        dictionary(dir, records, "Agentfile", "validate", "agents").ifPresent(agentFiles::add);
        return dictionaryActors(ActorDictionary.read(actorFiles, agentFiles, problems));
    }

    /**
     * A whole run: the outcomes, the dictionary lines skipped, the time to read the dictionaries and the time to
     * convert, code and score the records.
     */
    public record Run(List<Outcome> outcomes, List<DictionaryProblem> problems, long loadNanos, long codeNanos,
                      long[] phaseNanos) {
        /** Records evaluated (not skipped). */
        public long evaluated() {
            return outcomes.stream().filter(o -> !o.note().startsWith("skipped")).count();
        }

        /** Records fully correct. */
        public long correct() {
            return outcomes.stream().filter(Outcome::correct).count();
        }
    }

    /**
     * Reads {@code recordsFile}, the verb, discard, actor and agent dictionaries it names from {@code dir} (or
     * found there by name), and codes and scores every record.
     *
     * @throws IOException when a file cannot be read or {@code dir} has no verb dictionary
     */
    public static Run run(Path recordsFile, Path dir) throws IOException {
        long t0 = System.nanoTime();
        PetrarchRecords records = PetrarchRecords.read(recordsFile);
        List<DictionaryProblem> problems = new ArrayList<>();
        DependencyCoder coder = coder(dir, records, problems);
        ActorFinder finder = actorFinder(dir, records, problems);
        long t1 = System.nanoTime();
        long[] phases = new long[3];
        List<Outcome> outcomes = new ArrayList<>();
        for (PetrarchRecords.Record r : records.records()) {
            outcomes.add(score(r, coder, finder, records.include(), phases));
        }
        long t2 = System.nanoTime();
        return new Run(outcomes, List.copyOf(problems), t1 - t0, t2 - t1, phases);
    }

    /**
     * What the coder saw and did on one record, for finding out why it is not correct: the dependency parse (one
     * token a line: index, word, lemma, tag, head, relation), the actor slots with their codes, and the events.
     */
    public static List<String> explain(PetrarchRecords.Record r, DependencyCoder coder, ActorFinder actors) {
        List<String> lines = new ArrayList<>();
        lines.add("== " + r.id() + " [" + r.category() + "] " + r.text().strip().replaceAll("\\s+", " "));
        DepSentence sentence;
        try {
            sentence = dependencies(r);
        } catch (IllegalArgumentException e) {
            lines.add("parse rejected: " + e.getMessage());
            return lines;
        }
        for (var t : sentence.tokens()) {
            lines.add(String.format(Locale.ROOT, "  %3d %-18s %-14s %-5s %3d %s", t.index(), t.word(), t.lemma(),
                    t.pos(), t.head(), t.rel()));
        }
        List<ActorSlot> slots = slots(r, sentence, actors);
        for (ActorSlot s : slots) {
            lines.add("  actor " + s.first() + ".." + s.last() + " " + s.code().orElse("(no code)") + " " + s.ref());
        }
        for (CodedEvent e : configured(coder, r).code(sentence, slots)) {
            lines.add("  event " + e);
        }
        lines.add("  config " + r.config());
        return lines;
    }

    /** Codes every record and scores it. */
    public static List<Outcome> run(PetrarchRecords records, DependencyCoder coder, ActorFinder actors) {
        List<Outcome> out = new ArrayList<>();
        for (PetrarchRecords.Record r : records.records()) {
            out.add(score(r, coder, actors, records.include(), new long[3]));
        }
        return out;
    }

    /** Whether a record is evaluated at all, and if not why. */
    public static Optional<String> skipReason(PetrarchRecords.Record r, List<String> include) {
        if (!r.evaluate()) {
            return Optional.of("evaluate=false");
        }
        if (!include.isEmpty() && !include.contains(r.category())) {
            return Optional.of("category not in <Include>");
        }
        if (r.expected().isEmpty() && !r.noEvents() && r.error().isEmpty()) {
            return Optional.of("no expected events");
        }
        return Optional.empty();
    }

    /** Scores one record; adds the nanoseconds spent converting the parse, finding actors and coding to {@code nanos}. */
    static Outcome score(PetrarchRecords.Record r, DependencyCoder coder, ActorFinder actors, List<String> include,
                         long[] nanos) {
        Optional<String> skip = skipReason(r, include);
        if (skip.isPresent()) {
            return new Outcome(r, List.of(), 0, 0, 0, false, "skipped: " + skip.get());
        }
        DepSentence sentence;
        long t0 = System.nanoTime();
        try {
            sentence = dependencies(r);
        } catch (IllegalArgumentException e) {
            boolean ok = r.error().isPresent() && r.error().get().equals("bad_input_parse");
            return new Outcome(r, List.of(), 1, ok ? 1 : 0, 0, ok, "parse rejected: " + e.getMessage());
        }
        long t1 = System.nanoTime();
        nanos[0] += t1 - t0;
        Optional<String> irregular = coder.irregularity(sentence);
        if (r.error().isPresent()) {
            boolean ok = irregular.isPresent() && irregular.get().equals(r.error().get());
            return new Outcome(r, List.of(), 1, ok ? 1 : 0, 0, ok, "irregularity: " + irregular.orElse("none"));
        }
        long t2 = System.nanoTime();
        List<ActorSlot> slots = slots(r, sentence, actors);
        long t3 = System.nanoTime();
        nanos[1] += t3 - t2;
        List<CodedEvent> events = configured(coder, r).code(sentence, slots);
        nanos[2] += System.nanoTime() - t3;
        List<String> coded = new ArrayList<>();
        for (CodedEvent e : events) {
            coded.add(e.code() + " " + scored(e.source().code()) + " " + scored(e.target().flatMap(ActorSlot::code)));
        }
        if (r.noEvents()) {
            boolean ok = coded.isEmpty();
            return new Outcome(r, coded, 1, ok ? 1 : 0, coded.size(), ok, irregular.map(i -> "irregularity: " + i).orElse(""));
        }
        // An expected actor with several codes ("FRO/BIL/SAM") is each of them, as the coder reports it.
        List<String> open = new ArrayList<>();
        for (PetrarchRecords.Expected x : r.expected()) {
            for (String src : x.source().split("/")) {
                for (String tgt : x.target().split("/")) {
                    open.add(x.code() + " " + src + " " + tgt);
                }
            }
        }
        int found = 0;
        for (String c : coded) {
            if (open.remove(c)) {
                found++;
            }
        }
        int extra = coded.size() - found;
        int expected = found + open.size();
        boolean ok = open.isEmpty() && extra == 0;
        return new Outcome(r, coded, expected, found, extra, ok, irregular.map(i -> "irregularity: " + i).orElse(""));
    }

    /** The record's parse as dependencies: CoNLL-U as given, Penn Treebank after its comma-clause options. */
    private static DepSentence dependencies(PetrarchRecords.Record r) {
        return r.conllu() ? ConllU.parse(r.parse()) : PennTreebankParses.toDependencies(r.parse(), r.commaClauses());
    }

    /** The record's actors on its date, with new actors of its {@code new_actor_length} (bracketed parses only). */
    private static List<ActorSlot> slots(PetrarchRecords.Record r, DepSentence sentence, ActorFinder actors) {
        List<ActorSlot> slots = new ArrayList<>(actors.find(sentence, date(r.date())));
        if (r.newActorLength() > 0 && !r.conllu()) {
            slots.addAll(NounPhraseActors.newActors(sentence, slots, r.newActorLength()));
        }
        return slots;
    }

    /**
     * The coder as the record's suite expects it. PETRARCH's (bracketed parses) applies {@code <Config>} options
     * such as require_dyad and reads a passive without a "by" agent with its subject as the source;
     * UniversalPetrarch's (CoNLL-U) ignores the options, always requires both actors, and reads that passive's
     * subject as the target and the first actor after the verb as the source (its records expect "The
     * Philippines was criticized over its dispute with Eriador" coded ERI → PHL, PETRARCH's PHL → ERI).
     */
    static DependencyCoder configured(DependencyCoder coder, PetrarchRecords.Record r) {
        return coder.requireDyad(r.conllu() || r.requireDyad()).passiveSubjectSource(!r.conllu())
                .passiveSourceAfter(r.conllu());
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return LocalDate.parse(yyyymmdd.strip(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return LocalDate.of(2000, 1, 1);
        }
    }

    /**
     * The summary table: per category in file order and overall, records evaluated, records fully correct,
     * expected events, found, not coded, extra; then the records skipped by reason.
     */
    public static List<String> format(List<Outcome> outcomes) {
        Map<String, int[]> byCat = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.note().startsWith("skipped: ")) {
                skipped.merge(o.record().category() + " (" + o.note().substring(9) + ")", 1, Integer::sum);
                continue;
            }
            int[] c = byCat.computeIfAbsent(o.record().category(), k -> new int[5]);
            c[0]++;
            c[1] += o.correct() ? 1 : 0;
            c[2] += o.expected();
            c[3] += o.found();
            c[4] += o.extra();
        }
        int[] total = new int[5];
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-10s %8s %8s %7s %9s %7s %8s %7s %8s %10s", "Category", "Records",
                "Correct", "%", "Expected", "Found", "Uncoded", "Extra", "Found%", "Extra/rec"));
        for (Map.Entry<String, int[]> e : byCat.entrySet()) {
            lines.add(row(e.getKey(), e.getValue()));
            for (int i = 0; i < 5; i++) {
                total[i] += e.getValue()[i];
            }
        }
        lines.add(row("Total", total));
        lines.add("Correct = records whose coded events are exactly the expected ones (no events for 'noevents',"
                + " the expected error for ERROR records).");
        if (!skipped.isEmpty()) {
            lines.add("Skipped: " + skipped);
        }
        return lines;
    }

    private static String row(String name, int[] c) {
        return String.format(Locale.ROOT, "%-10s %8d %8d %6.1f%% %9d %7d %8d %7d %7.1f%% %10.2f", name, c[0], c[1],
                pct(c[1], c[0]), c[2], c[3], c[2] - c[3], c[4], pct(c[3], c[2]), c[0] == 0 ? 0.0 : (double) c[4] / c[0]);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0.0 : 100.0 * a / b;
    }

    /** An actor's code as the records give it: "---" when uncoded; a new actor is its quoted text. */
    private static String scored(Optional<String> code) {
        return code.orElse("---");
    }
}
