package org.dragoman.model;

/** How speech is reported: in quotation marks, paraphrased, or a paraphrase embedding a quoted fragment. */
public enum QuoteKind { DIRECT, INDIRECT, MIXED }
