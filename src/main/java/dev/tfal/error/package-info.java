/**
 * The one unchecked exception family of tfal. Each subtype names a kind of failure the command line
 * maps to its own exit code: a usage error, bad input data, a model that does not fit, a TensorFlow
 * runtime failure. Any other unchecked exception is a bug of tfal's, reported as an internal error.
 */
package dev.tfal.error;
