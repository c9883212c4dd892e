/**
 * SavedModels: writing a model's weights as a TensorFlow SavedModel (tag {@code serve}) with its
 * vocabulary and metadata as assets, atomically, and loading one back for inference.
 */
package dev.tfal.export;
