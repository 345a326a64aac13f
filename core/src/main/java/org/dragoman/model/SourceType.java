package org.dragoman.model;

/**
 * What kind of source a quote is attributed to: a named person, an unnamed one ("a senior official",
 * "people familiar with the talks"), an organization or government ("the ministry", "the Kremlin"), or a
 * document ("the report says").
 */
public enum SourceType { NAMED, ANONYMOUS, ORGANIZATION, DOCUMENT }
