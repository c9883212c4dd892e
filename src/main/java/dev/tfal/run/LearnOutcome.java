package dev.tfal.run;

import dev.tfal.active.LearningOutcome;

/**
 * What {@code tfal learn} produced.
 *
 * @param dir the run directory
 * @param learning the session's rounds and final test metrics
 * @param seconds wall time
 */
public record LearnOutcome(LearnDirectory dir, LearningOutcome learning, double seconds) {}
