/**
 * The statistics of a strategy comparison: learning curves read from sessions, the full-data
 * ceiling (one split or one per seed), per-strategy summaries over seeds and the compare table.
 */
package dev.tfal.compare;
