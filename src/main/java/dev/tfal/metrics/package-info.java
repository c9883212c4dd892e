/**
 * Pure-Java metric accumulators over model outputs and labels, with Keras' metric names: binary
 * ({@link dev.tfal.metrics.BinaryMetrics}: cross-entropy from logits, accuracy, false negatives and
 * positives) and K-class ({@link dev.tfal.metrics.MulticlassMetrics}: categorical cross-entropy,
 * accuracy, macro-F1, per-class scores and the confusion matrix, kept as {@code confusion.csv}).
 */
package dev.tfal.metrics;
