package dev.tfal.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.ColumnSpec;
import dev.tfal.data.Example;
import dev.tfal.data.SplitSizes;
import dev.tfal.error.DataFormatException;
import dev.tfal.text.Standardizer;
import dev.tfal.text.VectorizerSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataPreparationTest {
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

  @Test
  void splitsAndAdaptsTheVocabularyOnTheInitialSplitOnly() throws IOException {
    DataConfig config = config(resource("reviews.csv"), new SplitSizes(8, 8, 8));

    PreparedData data = DataPreparation.prepare(config, log);

    assertEquals(32, data.corpus().size());
    assertEquals(8, data.splits().validation().size());
    assertEquals(8, data.splits().test().size());
    assertEquals(8, data.splits().initial().size());
    assertEquals(8, data.splits().pool().size());
    Set<String> initialWords = new HashSet<>();
    for (Example example : data.splits().initial()) {
      initialWords.addAll(List.of(Standardizer.standardize(example.text()).split("\\s+")));
    }
    List<String> tokens = data.vectorizer().vocabulary().tokens();
    assertEquals("", tokens.get(0));
    assertEquals("[UNK]", tokens.get(1));
    for (String token : tokens.subList(2, tokens.size())) {
      assertTrue(initialWords.contains(token), token + " is not from the initial split");
    }
    String logged = logBytes.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("Splits: validation 8, test 8, initial 8, pool 8"), logged);
  }

  @Test
  void tooFewReviewsForTheSplitsNamesTheDataFile() {
    Path source = resource("too-small.csv");
    DataConfig config = config(source, new SplitSizes(2, 2, 2));

    DataFormatException e =
        assertThrows(DataFormatException.class, () -> DataPreparation.prepare(config, log));

    assertEquals(source, e.file().orElseThrow());
    assertEquals(
        source + ": need 3 negative reviews for validation 2 + test 2 + initial 2, " + "found 2",
        e.getMessage());
  }

  private static DataConfig config(Path source, SplitSizes sizes) {
    return new DataConfig(source, ColumnSpec.defaults(), sizes, 1337, new VectorizerSpec(60, 12));
  }

  private static Path resource(String name) {
    try {
      return Path.of(DataPreparationTest.class.getResource("/cli/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
