/**
 * Event coding from dependency parses with the community's TABARI/PETRARCH dictionaries.
 *
 * <p>{@link org.dragoman.extract.coding.VerbDictionary} reads verb dictionaries in both the PETRARCH-1/TABARI
 * format ({@code PETR.Validate.verbs.txt}) and the PETRARCH-2 format ({@code CAMEO.2.0.txt});
 * {@link org.dragoman.extract.coding.Discards} and {@link org.dragoman.extract.coding.IssueDictionary} read the
 * discard and issue lists. Malformed lines become {@link org.dragoman.actors.DictionaryProblem}s.
 *
 * <p>{@link org.dragoman.extract.coding.DependencyCoder} codes a {@link org.dragoman.extract.coding.DepSentence}
 * given its {@link org.dragoman.extract.coding.ActorSlot}s; {@link org.dragoman.extract.coding.NounPhraseActors}
 * builds those slots from dictionary matches the PETRARCH way (actor and agents of one noun phrase combined).
 * Parses come from CoreNLP ({@code org.dragoman.nlp}), from Penn Treebank brackets
 * ({@code org.dragoman.nlp.PennTreebankParses}) or from CoNLL-U ({@link org.dragoman.extract.coding.ConllU}).
 */
package org.dragoman.extract.coding;
