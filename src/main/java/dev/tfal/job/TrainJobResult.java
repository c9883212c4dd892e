package dev.tfal.job;

import dev.tfal.metrics.ClassifierScores;
import dev.tfal.rundir.RunDirectory;
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
public record TrainJobResult(
    RunDirectory runDir,
    TrainResult training,
    ClassifierScores test,
    int trainExamples,
    double seconds) {}
