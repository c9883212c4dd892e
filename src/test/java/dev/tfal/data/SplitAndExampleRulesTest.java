package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The splitter's use of its seed and its exact-fit case, and the rules examples and specs obey. */
class SplitAndExampleRulesTest {
  @TempDir Path tmp;

  @Test
  void classesWithExactlyTheNeededExamplesSplitWithAnEmptyPool() {
    // Validation 4, test 2, initial 2 need 2 + 1 + 1 = 4 of each class.
    Splits splits = StratifiedSplitter.split(Fixtures.examples(4, 4), new SplitSizes(4, 2, 2), 9);
    assertEquals(4, splits.validation().size());
    assertEquals(2, splits.test().size());
    assertEquals(2, splits.initial().size());
    assertEquals(List.of(), splits.pool());
    DataFormatException short1 =
        assertThrows(
            DataFormatException.class,
            () -> StratifiedSplitter.split(Fixtures.examples(3, 4), new SplitSizes(4, 2, 2), 9));
    assertEquals(
        "need 4 negative reviews for validation 4 + test 2 + initial 2, found 3",
        short1.getMessage());
  }

  /**
   * Which examples of a class land in validation is drawn from the seed, not the first ids: over 50
   * seeds, taking 2 of 20 negatives each time, well over half of the negatives show up.
   */
  @Test
  void theSeedDecidesWhichExamplesOfAClassAreHeldOut() {
    Set<String> heldOut = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      Splits splits =
          StratifiedSplitter.split(Fixtures.examples(20, 20), new SplitSizes(4, 0, 0), seed);
      splits.validation().stream().filter(e -> !e.isPositive()).forEach(e -> heldOut.add(e.id()));
    }
    assertTrue(heldOut.size() >= 12, "negatives ever held out: " + heldOut);
  }

  @Test
  void anIdMayNotStartOrEndWithALineBreak() {
    for (String id : List.of("\nx", "\rx", "x\r", "a\nb")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Example(id, "t", 1));
      assertTrue(e.getMessage().startsWith("id must be a single line"), e.getMessage());
    }
  }

  @Test
  void aFileRowWhoseIdHoldsACarriageReturnNamesTheLine() {
    Path file = tmp.resolve("r.jsonl");
    ExampleCollector collector = new ExampleCollector(file);
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> collector.add("a\rb", "t", 1, 3));
    assertEquals(file + ":3: id must be a non-empty single line, got \"a\rb\"", e.getMessage());
    assertThrows(DataFormatException.class, () -> collector.add("a\nb", "t", 1, 4));
    assertThrows(DataFormatException.class, () -> collector.add("  ", "t", 1, 5));
    collector.add(" ok ", "t", 1, 6);
    assertEquals(List.of(new Example("ok", "t", 1)), collector.examples());
  }

  @Test
  void aCorpusOfOneClassIsRefusedWhicheverClassItIs() {
    Path source = tmp.resolve("c.csv");
    List<Example> positives = List.of(new Example("a", "t", 1), new Example("b", "t", 1));
    List<Example> negatives = List.of(new Example("a", "t", 0));
    assertEquals(
        source + ": only positive examples found; a binary classifier needs both",
        assertThrows(DataFormatException.class, () -> new LabeledCorpus(source, positives))
            .getMessage());
    assertEquals(
        source + ": only negative examples found; a binary classifier needs both",
        assertThrows(DataFormatException.class, () -> new LabeledCorpus(source, negatives))
            .getMessage());
    assertEquals(
        1, new LabeledCorpus(source, List.of(positives.get(0), negatives.get(0))).count(0));
  }

  @Test
  void everySplitSizeAndColumnNameIsChecked() {
    assertEquals(
        "test must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new SplitSizes(0, -1, 0)).getMessage());
    assertEquals(
        "initial must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new SplitSizes(0, 0, -1)).getMessage());
    assertEquals(
        "labelColumn must not be blank, got \" \"",
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec("text", " ", "id"))
            .getMessage());
    assertEquals(
        "idColumn must not be blank, got \"\"",
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec("text", "label", ""))
            .getMessage());
  }

  @Test
  void aDownloadFileNameMustBePlain() {
    URI url = URI.create("http://127.0.0.1/a.tar.gz");
    String md5 = "0123456789abcdef0123456789abcdef";
    for (String name : List.of(" ", "a/b.tar.gz", "a\\b.tar.gz")) {
      assertThrows(IllegalArgumentException.class, () -> new DownloadSpec(url, md5, name));
    }
    assertEquals("a.tar.gz", new DownloadSpec(url, md5.toUpperCase(), "a.tar.gz").fileName());
  }

  @Test
  void aJsonlFieldThatIsAnObjectIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("r.jsonl"), "{\"text\":{\"a\":1},\"label\":1}\n");
    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> new JsonlReader(ColumnSpec.defaults()).read(file));
    assertEquals(
        file + ":1: field \"text\" must be a string or number, got {\"a\":1}", e.getMessage());
  }
}
