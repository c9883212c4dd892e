/**
 * Benchmark scenarios (training step, pool scoring, SavedModel prediction, one epoch, the whole
 * reference experiment), their measurements and the JSON/PNG result files. Scenarios call the same
 * code the commands use; nothing here is on a command's path.
 */
package dev.tfal.bench;
