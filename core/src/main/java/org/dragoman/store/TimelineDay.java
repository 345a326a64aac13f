package org.dragoman.store;

import java.time.LocalDate;

/** One day of an actor's timeline: events as source, as target, and quotes. */
public record TimelineDay(LocalDate day, long eventsAsSource, long eventsAsTarget, long quotes) {
}
