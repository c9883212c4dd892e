package dev.tfal.active;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One answer of an oracle, as the label journal stores it.
 *
 * @param id example id
 * @param label 0 (negative) or 1 (positive)
 * @param round the query round that asked for it (from 1)
 * @param oracle which oracle answered: simulated, files or prompt
 */
public record LabelRecord(
    @JsonProperty("id") String id,
    @JsonProperty("label") int label,
    @JsonProperty("round") int round,
    @JsonProperty("oracle") String oracle) {

  public LabelRecord {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got '" + id + "'");
    }
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("label must be 0 or 1, got " + label);
    }
    if (round < 1) {
      throw new IllegalArgumentException("round must be >= 1, got " + round);
    }
  }
}
