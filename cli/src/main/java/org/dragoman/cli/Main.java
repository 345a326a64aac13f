package org.dragoman.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dragoman.ingest.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code dragoman} command: parses the arguments, runs a subcommand and maps every failure to an exit code
 * and one line on stderr ({@code 0} ok, {@code 2} bad input or usage, {@code 1} internal error). Stack traces
 * are printed only with {@code --debug} or {@code DRAGOMAN_DEBUG=1}.
 */
@Command(name = "dragoman", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Turns news articles into evidence-backed JSON: quotes and their speakers, entities, "
                + "times, each with character offsets into the article text.",
        footer = {"", "Exit codes: 0 ok, 2 bad input or usage, 1 internal error.",
                "Run 'dragoman COMMAND --help' for a command's options."},
        subcommands = CommandLine.HelpCommand.class)
public final class Main implements Callable<Integer> {

    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit code of an internal error: a bug or a broken installation. */
    public static final int EXIT_INTERNAL = 1;
    /** Exit code of bad input or bad usage: something the user can fix. */
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of internal errors (also DRAGOMAN_DEBUG=1).")
    boolean debug;

    private final Services services;

    private Main(Services services) {
        this.services = services;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // UTF-8 whatever the locale: article text and file names are not ASCII, and Java 17 would
        // otherwise turn them into '?' under a C/POSIX locale.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(Services.standard(), out, err, args);
        } catch (OutOfMemoryError e) {
            err.println("dragoman: out of memory; give Java more heap, e.g. DRAGOMAN_JAVA_OPTS=-Xmx8g");
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        // exit explicitly: an analysis that timed out may still hold a (daemon) thread
        System.exit(code);
    }

    /** Runs {@code args} with the given services, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(Services services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(services);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command tree with its exception handlers, not yet bound to an output. */
    public static CommandLine commandLine(Services services) {
        Main main = new Main(services);
        CommandLine commandLine = new CommandLine(main);
        commandLine.addSubcommand(new AnalyzeCommand(services));
        commandLine.addSubcommand(new BenchCommand(services));
        commandLine.addSubcommand(new EvalCommand(services));
        commandLine.addSubcommand(new ExtractCommand(services));
        commandLine.addSubcommand(new ActorsCommand());
        commandLine.addSubcommand(new IngestCommand(services));
        commandLine.addSubcommand(new QueryCommand());
        commandLine.addSubcommand(new ExportCommand());
        commandLine.addSubcommand(new ServeCommand(services));
        commandLine.addSubcommand(new DemoCommand(services));
        commandLine.setParameterExceptionHandler(Main::handleParameterException);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> main.handleExecutionException(e, cl));
        return commandLine;
    }

    @Override
    public Integer call() {
        // 'dragoman' alone is a usage error: say what it takes
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_BAD_INPUT;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("dragoman: " + oneLine(e.getMessage()));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return EXIT_BAD_INPUT;
    }

    private int handleExecutionException(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CliException cli) {
            err.println("dragoman: " + oneLine(cli.getMessage()));
            return cli.exitCode();
        }
        if (e instanceof BadInputException bad) {
            err.println("dragoman: " + bad.input() + ": " + oneLine(bad.reason()));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof FileSystemException fs) {
            err.println("dragoman: " + describe(fs));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof InvalidPathException path) {
            err.println("dragoman: " + path.getInput() + ": not a valid path");
            return EXIT_BAD_INPUT;
        }
        err.println("dragoman: internal error: " + describe(e)
                + (debugging() ? "" : " (run with --debug for the stack trace)"));
        if (debugging()) {
            e.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }

    private boolean debugging() {
        return debug || services.debug();
    }

    /**
     * A failure as one line: {@code <file>: <reason>} for a file-system failure, else its type and message,
     * never the stack.
     */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException fs) {
            return (fs.getFile() == null ? "?" : fs.getFile()) + ": " + reason(fs);
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + oneLine(message));
    }

    /** Why a file could not be used, in words ({@code no such file}, {@code permission denied}), without the file. */
    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? fs.getClass().getSimpleName() : oneLine(fs.getReason());
        }
        return describe(e);
    }

    /** {@code text} with line breaks collapsed to spaces and cut to a readable length. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= 500 ? line : line.substring(0, 497) + "...";
    }

    /** Reports the version baked into the jar at build time, and the Java running it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dragoman " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }

        static String version() {
            Properties props = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                // an unreadable resource only costs the version string
            }
            return props.getProperty("version", "unknown");
        }
    }
}
