package org.dragoman.cli;

import org.dragoman.actors.ActorDictionary;
import org.dragoman.actors.ActorMatch;
import org.dragoman.actors.ActorRole;
import org.dragoman.actors.DictionaryProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dragoman actors ...}: the actor dictionaries (who holds which office, with dates). */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Look up actors in the PETRARCH-format actor dictionaries.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Check.class})
public final class ActorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_BAD_INPUT;
    }

    /** The dictionaries a command asked for: Dragoman's own, or a directory's (with Dragoman's first on request). */
    static ActorDictionary dictionaries(Optional<Path> dir, boolean withDefaults, PrintWriter err) {
        if (dir.isEmpty()) {
            return ActorDictionary.defaults();
        }
        Path d = dir.get();
        if (!Files.isDirectory(d)) {
            throw CliException.badInput(d + ": not a directory");
        }
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary dictionary;
        try {
            dictionary = ActorDictionary.readDirectory(d, withDefaults, problems);
        } catch (IOException e) {
            throw CliException.badInput(d + ": " + Main.reason(e));
        }
        if (!withDefaults && dictionary.actorEntries() == 0 && dictionary.agentPhrases() == 0) {
            throw CliException.badInput(d + ": no *actors*.txt or *agents*.txt dictionary with entries");
        }
        if (!problems.isEmpty()) {
            err.println("dragoman: " + problems.size() + " dictionary line" + (problems.size() == 1 ? "" : "s")
                    + " skipped" + (problems.size() > 5 ? ", the first 5:" : ":"));
            problems.stream().limit(5).forEach(p -> err.println("  " + p));
        }
        return dictionary;
    }

    /** {@code dragoman actors lookup NAME... --date D}: who each name was on a date. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Print the actor code(s) a name has on a date and every dated role of that actor.",
                    "A name the dictionaries do not hold as a whole is tried as a description "
                            + "(\"Iranian foreign minister\": a country and an agent)."},
            footer = {"", "Example: dragoman actors lookup \"Marco Rubio\" --date 2024-06-01"})
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", arity = "1..*",
                description = "Names to look up (quote multi-word names), matched case-insensitively.")
        List<String> names;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "The date of the roles (default: today).")
        String date;

        @Option(names = "--dictionaries", paramLabel = "DIR",
                description = "Read every *actors*.txt and *agents*.txt file in DIR instead of Dragoman's own "
                        + "dictionaries (a phrase defined twice keeps the later definition; files in name order).")
        Path dictionaries;

        @Option(names = "--with-defaults",
                description = "With --dictionaries: read Dragoman's own dictionaries first, then DIR's, so DIR's "
                        + "entries replace Dragoman's.")
        boolean withDefaults;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate on;
            try {
                on = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw CliException.badInput("--date " + date + ": not a date (YYYY-MM-DD)");
            }
            if (withDefaults && dictionaries == null) {
                throw CliException.badInput("--with-defaults needs --dictionaries DIR");
            }
            PrintWriter out = spec.commandLine().getOut();
            ActorDictionary d = dictionaries(Optional.ofNullable(dictionaries), withDefaults, spec.commandLine().getErr());
            boolean first = true;
            for (String name : names) {
                if (!first) {
                    out.println();
                }
                first = false;
                print(out, d, name, on);
            }
            return Main.EXIT_OK;
        }

        private static void print(PrintWriter out, ActorDictionary d, String name, LocalDate on) {
            List<ActorRole> roles = d.lookup(name);
            if (!roles.isEmpty()) {
                Optional<String> code = ActorDictionary.codeOn(roles, on);
                out.println(name + " on " + on + ": " + code.orElse("no code") + "  (" + roles.get(0).actor() + ")");
                ActorRole chosen = ActorDictionary.roleOn(roles, on).orElse(null);
                for (ActorRole r : roles) {
                    out.printf("  %-12s %-26s %s:%d%s%n", r.code(), r.range(), fileName(r.file()), r.line(),
                            r == chosen ? "   <- on " + on : "");
                }
                return;
            }
            List<String> words = List.of(name.strip().split("\\s+"));
            Optional<ActorMatch> match = d.longestMatch(words, 0, on);
            if (match.isPresent() && match.get().length() == words.size() && match.get().coded()) {
                ActorMatch m = match.get();
                out.println(name + " on " + on + ": " + m.code() + "  (described: " + m.phrase()
                        + (m.kind() == ActorMatch.Kind.ACTOR_AGENT ? ", actor " + m.actor() + " with an agent" : "")
                        + ")");
                return;
            }
            out.println(name + " on " + on + ": not in the actor dictionaries");
        }

        private static String fileName(String file) {
            int slash = file.lastIndexOf('/');
            return slash >= 0 ? file.substring(slash + 1) : file;
        }
    }

    /** {@code dragoman actors check DIR}: reads a dictionary directory and lists every line it had to skip. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Read every *actors*.txt and *agents*.txt file in DIR (or Dragoman's own dictionaries "
                    + "without DIR) and print each line that had to be skipped as file:line: reason, then the counts.",
                    "Exit code 0 when every line was read, 2 when some were skipped."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Dictionary directory.")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<DictionaryProblem> problems = new ArrayList<>();
            long start = System.nanoTime();
            ActorDictionary d;
            if (dir == null) {
                d = ActorDictionary.defaults();
            } else {
                if (!Files.isDirectory(dir)) {
                    throw CliException.badInput(dir + ": not a directory");
                }
                try {
                    d = ActorDictionary.readDirectory(dir, false, problems);
                } catch (IOException e) {
                    throw CliException.badInput(dir + ": " + Main.reason(e));
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            problems.forEach(out::println);
            out.printf("%d actor entries (%d phrases), %d agent phrases read in %d ms; %d line%s skipped%n",
                    d.actorEntries(), d.actorPhrases(), d.agentPhrases(), ms, problems.size(),
                    problems.size() == 1 ? "" : "s");
            return problems.isEmpty() ? Main.EXIT_OK : Main.EXIT_BAD_INPUT;
        }
    }
}
