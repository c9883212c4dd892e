/**
 * Services the command line calls, one per job: they wire data, text, graph, train, export and plot
 * together and lay out the run directory. No option parsing here and no TensorFlow ops.
 */
package dev.tfal.run;
