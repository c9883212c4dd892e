package dev.tfal.active;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The checks and copies of {@link PoolView}'s arrays: every array is validated and copied in. */
final class PoolArrays {
  private PoolArrays() {}

  static float[] pick(float[] row, int[] indices) {
    float[] picked = new float[indices.length];
    for (int j = 0; j < indices.length; j++) {
      picked[j] = row[indices[j]];
    }
    return picked;
  }

  static float[][] deepCopy(float[][] passes) {
    return Arrays.stream(passes).map(float[]::clone).toArray(float[][]::new);
  }

  static float[][] checkedFeatures(float[][] rows, int size) {
    if (rows.length != size) {
      throw new IllegalArgumentException(
          "features must have one row per id (" + size + "), got " + rows.length);
    }
    float[][] copy = deepCopy(rows);
    for (int i = 0; i < copy.length; i++) {
      if (copy[i].length != copy[0].length) {
        throw new IllegalArgumentException(
            "feature rows must have one length, row 0 has "
                + copy[0].length
                + ", row "
                + i
                + " has "
                + copy[i].length);
      }
      for (float value : copy[i]) {
        if (!Float.isFinite(value)) {
          throw new IllegalArgumentException("features[" + i + "] holds " + value);
        }
      }
    }
    return copy;
  }

  static List<String> checkedIds(List<String> ids) {
    List<String> copy = List.copyOf(Objects.requireNonNull(ids, "ids must not be null"));
    Set<String> seen = new HashSet<>();
    for (String id : copy) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("ids must be distinct, '" + id + "' appears twice");
      }
    }
    return copy;
  }

  static float[] checkedProbabilities(String field, float[] values, int size) {
    Objects.requireNonNull(values, field + " must not be null");
    if (values.length != size) {
      throw new IllegalArgumentException(
          field + " must have one value per id (" + size + "), got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0f && values[i] <= 1f)) {
        throw new IllegalArgumentException(
            field + "[" + i + "] must be in [0, 1], got " + values[i]);
      }
    }
    return values.clone();
  }

  static float[][] checkedPasses(float[][] passes, int size) {
    if (passes.length == 0) {
      throw new IllegalArgumentException("monteCarlo must hold at least one pass, got 0");
    }
    float[][] copy = new float[passes.length][];
    for (int t = 0; t < passes.length; t++) {
      copy[t] = checkedProbabilities("monteCarlo[" + t + "]", passes[t], size);
    }
    return copy;
  }

  static int[] checkedLabels(int[] labels, int size) {
    if (labels.length != size) {
      throw new IllegalArgumentException(
          "revealedLabels must have one label per id (" + size + "), got " + labels.length);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException(
            "revealedLabels[" + i + "] must be 0 or 1, got " + labels[i]);
      }
    }
    return labels.clone();
  }
}
