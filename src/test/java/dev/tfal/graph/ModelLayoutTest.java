package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelLayoutTest {
  @Test
  void referenceModelHasKerasParameterCount() {
    assertEquals(426_537, ModelLayout.parameterCount(ModelSpec.reference()));
  }

  @Test
  void summaryRowsMatchKerasPerLayerCounts() {
    List<Long> perLayer =
        ModelSummary.rows(ModelSpec.reference()).stream()
            .map(ModelSummary.Row::parameters)
            .toList();
    assertEquals(List.of(384_000L, 41_216L, 0L, 1_300L, 0L, 21L), perLayer);
  }

  @Test
  void summaryTotalsEqualWeightLayout() {
    ModelSpec spec = TinyModels.SPEC;
    long summed = ModelSummary.rows(spec).stream().mapToLong(ModelSummary.Row::parameters).sum();
    assertEquals(ModelLayout.parameterCount(spec), summed);
  }
}
