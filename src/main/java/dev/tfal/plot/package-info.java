/**
 * Charts as PNG files, drawn headless with JFreeChart: plain data in (named x/y series, an optional
 * labelled reference line such as a full-data model's accuracy; bars; a confusion matrix's counts
 * and class names), an image out. Knows nothing of training or active learning; callers turn their
 * histories into {@link dev.tfal.plot.Series} and their metrics into {@link
 * dev.tfal.plot.ConfusionChartSpec}.
 */
package dev.tfal.plot;
