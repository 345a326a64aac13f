package org.dragoman.server;

import java.util.Objects;
import java.util.Optional;

/**
 * How a server is set up: where it listens, the bearer token that allows writes (none: read-only), and the
 * largest request body it reads. Rejects a bad port, a blank host, a short token or a non-positive limit.
 */
public record ServerConfig(String host, int port, Optional<String> token, long maxBodyBytes) {

    /** Loopback only unless the user says otherwise: the API has no per-user access control for reads. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** 2 MB: ten times the longest news article; the analysis itself caps text at a million chars. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2_000_000;
    /** Shortest token accepted: anything shorter is guessable. */
    public static final int MIN_TOKEN_LENGTH = 8;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port outside 0..65535: " + port);
        }
        if (token.isPresent() && token.get().strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("token shorter than " + MIN_TOKEN_LENGTH + " characters");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        token = token.map(String::strip);
    }

    /** Defaults: 127.0.0.1:7070, read-only, 2 MB bodies. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withToken(Optional<String> token) {
        return new ServerConfig(host, port, token, maxBodyBytes);
    }

    public ServerConfig withAddress(String host, int port) {
        return new ServerConfig(host, port, token, maxBodyBytes);
    }

    public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
        return new ServerConfig(host, port, token, maxBodyBytes);
    }

    /** Whether POST requests are accepted (a token is configured). */
    public boolean writable() {
        return token.isPresent();
    }
}
