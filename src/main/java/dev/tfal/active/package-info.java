/**
 * Active learning: the controller and its pool state, pure scorers and seeded query strategies
 * (with an optional uniform audit slice), oracles, the append-only label journal, stopping criteria
 * (including Cohen's kappa between rounds) and round results.
 */
package dev.tfal.active;
