package dev.tfal.active;

import dev.tfal.train.TrainResult;
import java.util.Optional;

/**
 * What one round trained: the labels it trained on, the pseudo-labels mixed in, and the fit.
 *
 * @param round 0 for the initial labelled set, then 1, 2, ...
 * @param labelled labels the model trained on
 * @param labelledPositive of which positive
 * @param pseudoLabelled pool reviews it also trained on with the best model's predictions as labels
 * @param pseudoLabelAccuracy share of those that match the held labels, when the oracle knows them
 * @param fit the fit: its epochs and its best epoch's weights by the training's monitor
 * @param seconds training time
 */
record TrainedRound(
    int round,
    int labelled,
    int labelledPositive,
    int pseudoLabelled,
    Optional<Double> pseudoLabelAccuracy,
    TrainResult fit,
    double seconds) {}
