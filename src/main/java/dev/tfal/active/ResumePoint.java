package dev.tfal.active;

import dev.tfal.graph.ModelWeights;

/**
 * Where an interrupted session continues: its overall best model so far.
 *
 * @param bestWeights the overall best weights
 * @param bestRound the round they come from
 * @param bestValidationLoss their validation loss
 */
public record ResumePoint(ModelWeights bestWeights, int bestRound, double bestValidationLoss) {}
