package dev.tfal.plot;

/** How the x axis places its ticks. */
public enum XTicks {
  /** JFreeChart's automatic decimal tick units. */
  AUTO,
  /** Whole numbers only, for epochs or rounds. */
  INTEGER
}
