/**
 * Line charts as PNG files, drawn headless with JFreeChart: plain data in (named x/y series, an
 * optional labelled reference line such as a full-data model's accuracy), an image out. Knows
 * nothing of training or active learning; callers turn their histories into {@link
 * dev.tfal.plot.Series}.
 */
package dev.tfal.plot;
