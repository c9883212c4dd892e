/**
 * Pure-Java metric accumulators over logits and labels: mean binary cross-entropy, binary accuracy,
 * false negatives and false positives, with Keras' metric names.
 */
package dev.tfal.metrics;
