/**
 * The one unchecked exception family of tfal. Each subtype names a kind of failure the command line
 * maps to its own exit code: bad input data, a model that does not fit, a TensorFlow runtime
 * failure.
 */
package dev.tfal.error;
