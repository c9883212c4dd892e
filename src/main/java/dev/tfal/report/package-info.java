/**
 * What a run reports: metrics.json, rounds.csv, the final metrics table and the charts of a
 * training history and a learning curve.
 */
package dev.tfal.report;
