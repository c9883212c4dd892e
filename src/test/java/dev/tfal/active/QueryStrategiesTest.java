package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStrategiesTest {
  @Test
  void namesInHelpOrder() {
    assertEquals(
        List.of(
            "random",
            "least-confidence",
            "margin",
            "entropy",
            "bald",
            "badge",
            "ratio",
            "ratio-uncertainty"),
        QueryStrategies.names());
  }

  @Test
  void everyNameCreatesAStrategyOfThatNameWithADescription() {
    for (String name : QueryStrategies.names()) {
      assertEquals(name, QueryStrategies.create(name, StrategyOptions.defaults()).toString());
      assertFalse(QueryStrategies.description(name).isBlank(), name);
    }
    assertEquals(QueryStrategies.names(), List.copyOf(QueryStrategies.descriptions().keySet()));
  }

  @Test
  void onlyBaldNeedsPassesAndOnlyRatioNeedsLabels() {
    StrategyOptions options = new StrategyOptions(7);
    for (String name : QueryStrategies.names()) {
      QueryStrategy strategy = QueryStrategies.create(name, options);
      assertEquals(name.equals("bald") ? 7 : 0, strategy.monteCarloPasses(), name);
      assertEquals(name.equals("ratio"), strategy.needsRevealedLabels(), name);
    }
  }

  @Test
  void unknownNameListsTheNames() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> QueryStrategies.create("coreset", StrategyOptions.defaults()));
    assertEquals(
        "unknown query strategy 'coreset', expected one of: random, least-confidence, margin, "
            + "entropy, bald, badge, ratio, ratio-uncertainty",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QueryStrategies.description("coreset"));
  }

  @Test
  void optionsDefaultAndValidate() {
    assertEquals(10, StrategyOptions.defaults().monteCarloPasses());
    assertEquals(3, StrategyOptions.defaults().withMonteCarloPasses(3).monteCarloPasses());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new StrategyOptions(0));
    assertEquals("monteCarloPasses must be >= 1, got 0", e.getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> QueryStrategies.create("random", null))
            .getMessage()
            .startsWith("options must not be null"));
  }
}
