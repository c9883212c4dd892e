package dev.tfal.job;

/** How progress is drawn on stderr. */
public enum ProgressStyle {
  /** An interactive console: progress bars redrawn in place. */
  REDRAW,
  /** A log file or pipe: one line per epoch. */
  LINES
}
