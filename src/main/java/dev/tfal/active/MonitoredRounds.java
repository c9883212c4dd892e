package dev.tfal.active;

import dev.tfal.train.Monitor;
import java.util.ArrayList;
import java.util.List;

/**
 * Each trained round's value of the session's monitor, and the best round among them by that
 * monitor: the rule that picks each round's best epoch also picks the session's best model.
 *
 * @param monitor the metric and its direction, the training's monitor
 * @param values the monitored value of every round trained so far, in round order from round 0; a
 *     prefix only after resuming a session whose last round's value was not recorded (see {@link
 *     #after})
 * @param bestRound the best round, -1 before any
 * @param bestValue its value; the monitor's worst before any
 */
public record MonitoredRounds(
    Monitor monitor, List<Double> values, int bestRound, double bestValue) {
  public MonitoredRounds {
    values = List.copyOf(values);
    if (bestRound < -1) {
      throw new IllegalArgumentException("bestRound must be >= -1, got " + bestRound);
    }
  }

  /** No round trained yet. */
  public static MonitoredRounds none(Monitor monitor) {
    return new MonitoredRounds(monitor, List.of(), -1, monitor.worst());
  }

  /** The rounds of {@code values} with their best picked by {@code monitor}. */
  public static MonitoredRounds of(Monitor monitor, List<Double> values) {
    int best = monitor.best(values);
    return new MonitoredRounds(
        monitor, values, best, best < 0 ? monitor.worst() : values.get(best));
  }

  /**
   * These rounds after round {@code round} was trained with monitored value {@code value}: the
   * value is recorded if it is the next round's, and the round becomes the best if it improves on
   * the best so far.
   */
  public MonitoredRounds after(int round, double value) {
    List<Double> next = new ArrayList<>(values);
    if (next.size() == round) {
      next.add(value);
    }
    return monitor.improves(value, bestValue)
        ? new MonitoredRounds(monitor, next, round, value)
        : new MonitoredRounds(monitor, next, bestRound, bestValue);
  }

  /** The first {@code rounds} rounds, with their best picked again. */
  public MonitoredRounds first(int rounds) {
    return of(monitor, values.subList(0, rounds));
  }
}
