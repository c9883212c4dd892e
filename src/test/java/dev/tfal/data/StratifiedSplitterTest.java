package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedSplitterTest {
  private static long positives(List<Example> examples) {
    return examples.stream().filter(Example::isPositive).count();
  }

  @Test
  void referenceSizes() {
    assertEquals(new SplitSizes(5_000, 5_000, 15_000), SplitSizes.reference());
    assertEquals(12_500, SplitSizes.reference().needed(Example.NEGATIVE));
  }

  @Test
  void eachSplitKeepsTheClassRatioAndThePoolGetsTheRest() {
    Splits splits =
        StratifiedSplitter.split(Fixtures.examples(30, 40), new SplitSizes(10, 6, 8), 1);
    assertEquals(
        List.of(10, 6, 8, 46),
        List.of(
            splits.validation().size(),
            splits.test().size(),
            splits.initial().size(),
            splits.pool().size()));
    assertEquals(
        List.of(6L, 3L, 5L, 26L),
        List.of(
            positives(splits.validation()),
            positives(splits.test()),
            positives(splits.initial()),
            positives(splits.pool())));
    Set<Example> union = new HashSet<>();
    for (SplitName name : SplitName.values()) {
      union.addAll(splits.get(name));
    }
    assertEquals(new HashSet<>(Fixtures.examples(30, 40)), union);
  }

  @Test
  void oddSizesGiveTheExtraExampleToTheNegativeClass() {
    Splits splits = StratifiedSplitter.split(Fixtures.examples(10, 10), new SplitSizes(3, 1, 5), 1);
    assertEquals(
        List.of(1L, 0L, 2L),
        List.of(
            positives(splits.validation()), positives(splits.test()), positives(splits.initial())));
    assertEquals(4, SplitSizes.share(7, Example.NEGATIVE));
    assertEquals(3, SplitSizes.share(7, Example.POSITIVE));
  }

  @Test
  void splitsDependOnTheSeedOnlyNotOnInputOrder() {
    List<Example> all = Fixtures.examples(50, 50);
    List<Example> reversed = new ArrayList<>(all);
    Collections.reverse(reversed);
    SplitSizes sizes = new SplitSizes(10, 10, 20);
    Splits first = StratifiedSplitter.split(all, sizes, 7);
    assertEquals(first, StratifiedSplitter.split(reversed, sizes, 7));
    assertNotEquals(first, StratifiedSplitter.split(all, sizes, 8));
  }

  @Test
  void classesAreMixedWithinASplit() {
    List<Example> validation =
        StratifiedSplitter.split(Fixtures.examples(100, 100), new SplitSizes(100, 0, 0), 3)
            .validation();
    long positivesInFirstHalf = positives(validation.subList(0, 50));
    assertTrue(
        positivesInFirstHalf > 10 && positivesInFirstHalf < 40,
        "first half of a 50/50 split holds " + positivesInFirstHalf + " positives");
  }

  @Test
  void tooFewExamplesNameWhatIsNeededAndWhatExists() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                StratifiedSplitter.split(
                    Fixtures.examples(300, 20_000), SplitSizes.reference(), 1));
    assertEquals(
        "need 370 negative reviews for validation 5000 + test 5000 + initial 15000," + " found 300",
        e.getMessage());
  }

  @Test
  void duplicateIdsAreRejected() {
    List<Example> all = new ArrayList<>(Fixtures.examples(2, 2));
    all.add(new Example("n0", "again", Example.POSITIVE));
    assertEquals(
        "duplicate id \"n0\"; ids must be unique to split the data",
        assertThrows(
                DataFormatException.class,
                () -> StratifiedSplitter.split(all, new SplitSizes(0, 0, 0), 1))
            .getMessage());
  }

  @Test
  void fullTrainingIsInitialThenPool() {
    Splits splits = StratifiedSplitter.split(Fixtures.examples(6, 6), new SplitSizes(2, 2, 2), 5);
    List<Example> expected = new ArrayList<>(splits.initial());
    expected.addAll(splits.pool());
    assertEquals(expected, splits.fullTraining());
    assertEquals(
        "initial must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new SplitSizes(1, 1, -1)).getMessage());
  }
}
