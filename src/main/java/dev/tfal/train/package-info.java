/**
 * The training loop: fit over shuffled batches with per-epoch validation, Keras-style callbacks
 * (early stopping, best checkpoint, history, progress, non-finite loss guard) and evaluation of a
 * model over a split.
 */
package dev.tfal.train;
