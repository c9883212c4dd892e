package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareArgumentsTest {
  @Test
  void sessionArgumentsReplaceComparisonOnlyOptions() {
    List<String> compare =
        List.of(
            "--data",
            "d.csv",
            "--strategies",
            "random,entropy",
            "--seeds",
            "3",
            "--ceiling-runs=2",
            "--ceiling-per-seed",
            "--seed=5",
            "--out",
            "runs/c",
            "--queries",
            "10",
            "--json");
    assertEquals(
        List.of(
            "--data",
            "d.csv",
            "--queries",
            "10",
            "--strategy",
            "entropy",
            "--seed",
            "6",
            "--out",
            "runs/c/entropy/seed-6"),
        CompareCommand.sessionArguments(compare, "entropy", 6, Path.of("runs/c/entropy/seed-6")));
  }
}
