package dev.tfal.run;

import dev.tfal.metrics.BinaryScores;
import dev.tfal.train.TrainResult;

/**
 * What {@code tfal train} produced.
 *
 * @param runDir the run directory
 * @param training the fit
 * @param test the best model's metrics on the test split
 * @param trainExamples examples trained on
 * @param seconds wall time of the whole job
 */
public record TrainOutcome(
    RunDirectory runDir,
    TrainResult training,
    BinaryScores test,
    int trainExamples,
    double seconds) {}
