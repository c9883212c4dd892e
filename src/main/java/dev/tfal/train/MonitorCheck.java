package dev.tfal.train;

/** Fails at train begin when a monitored key will never be in the logs. */
final class MonitorCheck {
  private MonitorCheck() {}

  static void requireKnown(Monitor monitor, TrainContext context, String who) {
    if (!context.metricKeys().contains(monitor.key())) {
      throw new IllegalArgumentException(
          who
              + " monitors '"
              + monitor.key()
              + "', which is not a metric of this fit; metrics: "
              + context.metricKeys());
    }
  }
}
