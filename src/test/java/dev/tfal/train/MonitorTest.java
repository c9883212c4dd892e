package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.train.Monitor.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorTest {
  @Test
  void valLossIsKerasDefault() {
    assertEquals(new Monitor("val_loss", Mode.MIN, 0), Monitor.valLoss());
  }

  @Test
  void minModeWithoutDeltaNeedsAStrictDecrease() {
    Monitor monitor = new Monitor("val_loss", Mode.MIN, 0);
    assertTrue(monitor.improves(0.4, 0.5));
    assertFalse(monitor.improves(0.5, 0.5));
    assertFalse(monitor.improves(0.6, 0.5));
  }

  @Test
  void maxModeWithoutDeltaNeedsAStrictIncrease() {
    Monitor monitor = new Monitor("val_binary_accuracy", Mode.MAX, 0);
    assertTrue(monitor.improves(0.6, 0.5));
    assertFalse(monitor.improves(0.5, 0.5));
    assertFalse(monitor.improves(0.4, 0.5));
  }

  // Keras: an absolute change of at most min_delta counts as no improvement. Values are exact in
  // binary so that the boundary case is exact.
  @Test
  void minModeDeltaIsTheDecreaseToBeat() {
    Monitor monitor = new Monitor("val_loss", Mode.MIN, 0.125);
    assertTrue(monitor.improves(0.25, 0.5), "decrease 0.25 > delta");
    assertFalse(monitor.improves(0.375, 0.5), "decrease exactly delta");
    assertFalse(monitor.improves(0.4375, 0.5), "decrease below delta");
    assertFalse(monitor.improves(0.5625, 0.5), "an increase");
  }

  @Test
  void maxModeDeltaIsTheIncreaseToBeat() {
    Monitor monitor = new Monitor("val_binary_accuracy", Mode.MAX, 0.125);
    assertTrue(monitor.improves(0.75, 0.5), "increase 0.25 > delta");
    assertFalse(monitor.improves(0.625, 0.5), "increase exactly delta");
    assertFalse(monitor.improves(0.5625, 0.5), "increase below delta");
    assertFalse(monitor.improves(0.4375, 0.5), "a decrease");
  }

  @Test
  void anyFiniteValueImprovesOnTheWorst() {
    Monitor min = new Monitor("val_loss", Mode.MIN, 1.0);
    Monitor max = new Monitor("val_binary_accuracy", Mode.MAX, 1.0);
    assertEquals(Double.POSITIVE_INFINITY, min.worst());
    assertEquals(Double.NEGATIVE_INFINITY, max.worst());
    assertTrue(min.improves(1e6, min.worst()));
    assertTrue(max.improves(-1e6, max.worst()));
  }

  @Test
  void nanNeverImproves() {
    Monitor min = Monitor.valLoss();
    assertFalse(min.improves(Double.NaN, min.worst()));
    assertFalse(min.improves(Double.NaN, 0.5));
    Monitor max = new Monitor("val_binary_accuracy", Mode.MAX, 0);
    assertFalse(max.improves(Double.NaN, max.worst()));
  }

  @Test
  void invalidSettingsAreRejectedWithTheField() {
    assertEquals(
        "key must not be blank, got ' '",
        assertThrows(IllegalArgumentException.class, () -> new Monitor(" ", Mode.MIN, 0))
            .getMessage());
    assertEquals(
        "key must not be blank, got 'null'",
        assertThrows(IllegalArgumentException.class, () -> new Monitor(null, Mode.MIN, 0))
            .getMessage());
    assertEquals(
        "mode must not be null",
        assertThrows(IllegalArgumentException.class, () -> new Monitor("val_loss", null, 0))
            .getMessage());
    assertEquals(
        "minDelta must be >= 0, got -0.1",
        assertThrows(IllegalArgumentException.class, () -> new Monitor("val_loss", Mode.MIN, -0.1))
            .getMessage());
    assertEquals(
        "minDelta must be >= 0, got NaN",
        assertThrows(
                IllegalArgumentException.class, () -> new Monitor("val_loss", Mode.MIN, Double.NaN))
            .getMessage());
  }

  @Test
  void directionFollowsTheMetricsName() {
    assertEquals(Monitor.valLoss(), Monitor.of("val_loss"));
    assertEquals(Mode.MIN, Monitor.of("loss").mode());
    assertEquals(Mode.MIN, Monitor.of("val_false_negatives").mode());
    assertEquals(Mode.MIN, Monitor.of("false_positives").mode());
    assertEquals(Mode.MAX, Monitor.of("val_binary_accuracy").mode());
    assertEquals(0, Monitor.of("binary_accuracy").minDelta());
  }

  @Test
  void bestOfASeriesIsTheFirstOfEqualsInTheMonitorsDirection() {
    List<Double> values = List.of(0.5, 0.75, 0.25, 0.75);
    assertEquals(1, Monitor.of("val_binary_accuracy").best(values));
    assertEquals(2, Monitor.valLoss().best(values));
    assertEquals(-1, Monitor.valLoss().best(List.of()));
    assertEquals(
        2,
        new Monitor("val_loss", Mode.MIN, 0.3).best(List.of(0.5, 0.3, 0.1)),
        "0.3 improves on 0.5 by no more than minDelta, 0.1 does by more");
    assertEquals(
        1, Monitor.valLoss().best(List.of(Double.NaN, 0.9, Double.NaN)), "NaN never improves");
  }
}
