/**
 * Text preprocessing equal to Keras {@code TextVectorization} in its "lower_and_strip_punctuation",
 * "whitespace", "int" configuration: a standardizer, a whitespace tokenizer, an immutable
 * vocabulary built by an adapt step, the vectorizer (ids, OOV, padding, truncation) and the
 * vocabulary file format Keras writes.
 */
package dev.tfal.text;
