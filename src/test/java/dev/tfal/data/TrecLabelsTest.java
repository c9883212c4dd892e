package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TREC's six coarse classes are read from its label column by name, sorted, and its 500 test
 * questions split nothing off the training data; skipped when ../shared/data/trec is absent.
 */
class TrecLabelsTest {
  @Test
  void sixNamedClassesStratifiedByTheirOwnRatio() throws IOException {
    Path train = SharedData.require(TrecLabelsTest.class, "trec/train.tsv");
    LabeledCorpus corpus = ExampleSource.read(train, ColumnSpec.defaults());
    assertEquals(LabelSet.of("ABBR", "DESC", "ENTY", "HUM", "LOC", "NUM"), corpus.labels());
    assertEquals(5452, corpus.size());
    assertEquals(86, corpus.count(corpus.labels().id("ABBR")));
    Splits splits =
        StratifiedSplitter.split(
            corpus.examples(), corpus.labels(), SplitSizes.proportional(corpus.size()), 1);
    long abbr = splits.validation().stream().filter(e -> e.label() == 0).count();
    assertEquals(9, abbr, "545 * 86 / 5452 = 8.6, rounded by the largest remainders");
    Path test = SharedData.require(TrecLabelsTest.class, "trec/test.tsv");
    LabeledCorpus held =
        ExampleSource.read(test, ColumnSpec.defaults().withLabels(corpus.labels().names()));
    assertEquals(500, held.size());
    assertEquals(List.of(9L, 138L, 94L, 65L, 81L, 113L), counts(held));
  }

  private static List<Long> counts(LabeledCorpus corpus) {
    return java.util.stream.IntStream.range(0, corpus.labels().size())
        .mapToObj(id -> corpus.count(id))
        .toList();
  }
}
