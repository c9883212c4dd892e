package dev.tfal.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Immutable metric values of one epoch (or of the batches so far), in insertion order. */
public final class EpochLogs {
  private final Map<String, Double> values;

  private EpochLogs(Map<String, Double> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static EpochLogs of(Map<String, Double> values) {
    return new EpochLogs(values);
  }

  /** The value of {@code key}; an unknown key is an error listing the keys that exist. */
  public double get(String key) {
    Double value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no metric '" + key + "'; metrics: " + values.keySet());
    }
    return value;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Set<String> keys() {
    return values.keySet();
  }

  public Map<String, Double> asMap() {
    return values;
  }

  /** These logs plus {@code more} (later entries win). */
  public EpochLogs with(Map<String, Double> more) {
    Map<String, Double> merged = new LinkedHashMap<>(values);
    merged.putAll(more);
    return new EpochLogs(merged);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
