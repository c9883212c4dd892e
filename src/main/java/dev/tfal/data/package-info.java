/**
 * Labelled text examples and how they reach training: readers for the aclImdb layout (directory or
 * tarball) and CSV/TSV/JSONL files, a lazy immutable {@link dev.tfal.data.Dataset} pipeline, seeded
 * stratified splits, and locating or downloading the IMDB archive with a checksum check.
 */
package dev.tfal.data;
