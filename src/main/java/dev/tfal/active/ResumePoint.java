package dev.tfal.active;

import dev.tfal.graph.ModelWeights;
import java.util.Optional;

/**
 * Where an interrupted session continues: the rounds before the one it continues with, the overall
 * best model among them, which that round starts from, and the previous round's model.
 *
 * @param rounds the monitored values of the rounds before the one the session continues with and
 *     their best round
 * @param bestWeights the weights of that best round
 * @param previousRoundWeights the best weights of the round before the one the session continues
 *     with, whose validation predictions the stable-kappa rule compares that round's with; absent
 *     when the state did not record that round
 */
public record ResumePoint(
    MonitoredRounds rounds,
    ModelWeights bestWeights,
    Optional<ModelWeights> previousRoundWeights) {}
