package org.dragoman.cli;

/**
 * A failure the user can fix (a missing file, a bad configuration value), reported as one line
 * {@code dragoman: <message>} without a stack trace and ending the command with {@link #exitCode()}.
 */
final class CliException extends RuntimeException {
    private final int exitCode;

    /** A failure with a one-line message and the exit code to end with. */
    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A bad-input or bad-usage failure: exit code 2. */
    static CliException badInput(String message) {
        return new CliException(message, Main.EXIT_BAD_INPUT);
    }

    /** The process exit code. */
    int exitCode() {
        return exitCode;
    }
}
