package org.dragoman.model;

/** Kinds of named entity Dragoman resolves; finer place kinds where the text allows. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, NATIONALITY, RELIGION, IDEOLOGY, MISC
}
