package dev.tfal.job;

import dev.tfal.active.LearningResult;
import dev.tfal.rundir.LearnDirectory;

/**
 * What {@code tfal learn} produced.
 *
 * @param dir the run directory
 * @param learning the session's rounds and final test metrics
 * @param seconds wall time
 */
public record LearnJobResult(LearnDirectory dir, LearningResult learning, double seconds) {}
