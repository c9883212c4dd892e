/**
 * The jobs behind the commands (train, learn, evaluate, predict, compare) and their resolved
 * configuration records: each wires data, text, graph, train, active, export and the run directory
 * together. No option parsing here and no TensorFlow ops.
 */
package dev.tfal.job;
