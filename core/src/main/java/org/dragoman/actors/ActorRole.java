package org.dragoman.actors;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One code of a dictionary actor with the dates it holds, both inclusive: {@code [USAGOV >250120]} is
 * {@code code=USAGOV, from=2025-01-20}, an undated {@code [USAELI]} has neither date and is the actor's
 * fallback code. {@code actor} is the entry's root phrase ("MARCO RUBIO"), {@code file}/{@code line} where the
 * code was written.
 */
public record ActorRole(String actor, String code, Optional<LocalDate> from, Optional<LocalDate> until, String file,
                        int line) {

    /** True when the role has a date restriction. */
    public boolean dated() {
        return from.isPresent() || until.isPresent();
    }

    /** True when {@code date} lies within the role's dates (an undated role covers every date). */
    public boolean covers(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    /** The dates as written for a person: "2025-01-20 – 2029-01-20", "from 2025-01-20", "until …", "undated". */
    public String range() {
        if (from.isPresent() && until.isPresent()) {
            return from.get() + " – " + until.get();
        }
        return from.map(f -> "from " + f).orElseGet(() -> until.map(u -> "until " + u).orElse("undated"));
    }
}
