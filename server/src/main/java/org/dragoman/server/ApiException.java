package org.dragoman.server;

import java.util.Objects;

/**
 * A request the API refuses, carried to the one place that writes it as an RFC 9457 problem document:
 * the HTTP status, a short title for the kind of problem, and a one-line detail naming the bad value.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String title;

    /** A problem with {@code status} (4xx or 5xx), a {@code title} for its kind and a one-line {@code detail}. */
    public ApiException(int status, String title, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.title = Objects.requireNonNull(title, "title");
    }

    /** 400: a parameter or body the client can fix. */
    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }

    /** 404: no such article or actor. */
    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
