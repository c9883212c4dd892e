package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For balanced binary data (as IMDB, 25,000 reviews per class) the proportional rule splits exactly
 * as the 50/50 rule tfal used before any K: same ids, same order, odd sizes giving the extra
 * example to the negative class. The 50/50 rule is written out here as it was.
 */
class BalancedSplitParityTest {
  @Test
  void balancedBinaryDataSplitsAsTheFiftyFiftyRuleDid() {
    List<Example> all = Fixtures.examples(400, 400);
    Collections.shuffle(all, new Random(3));
    for (SplitSizes sizes :
        List.of(new SplitSizes(80, 80, 240), new SplitSizes(7, 5, 11), new SplitSizes(0, 1, 3))) {
      for (long seed : new long[] {1, 42}) {
        Splits now = StratifiedSplitter.split(all, LabelSet.BINARY, sizes, seed);
        assertEquals(
            fiftyFifty(all, sizes, seed),
            List.of(now.validation(), now.test(), now.initial(), now.pool()),
            sizes + " seed " + seed);
      }
    }
  }

  @Test
  void proportionalSharesOfBalancedDataAreTheOldHalves() {
    for (int size = 0; size < 30; size++) {
      int[] shares = SplitSizes.shares(size, new long[] {500, 500});
      assertEquals(SplitSizes.share(size, Example.NEGATIVE), shares[0], "size " + size);
      assertEquals(SplitSizes.share(size, Example.POSITIVE), shares[1], "size " + size);
    }
  }

  @Test
  void sizesFittedToImdbAreTheReference() {
    assertEquals(SplitSizes.reference(), SplitSizes.proportional(50_000));
    assertEquals(new SplitSizes(545, 545, 1635), SplitSizes.proportional(5452));
  }

  /** The splitter before K classes: half of every split from each class. */
  private static List<List<Example>> fiftyFifty(List<Example> all, SplitSizes sizes, long seed) {
    Random random = new Random(seed);
    List<Example> negatives = shuffledClass(all, 0, random);
    List<Example> positives = shuffledClass(all, 1, random);
    List<List<Example>> parts = new ArrayList<>();
    int neg = 0;
    int pos = 0;
    for (int size : new int[] {sizes.validation(), sizes.test(), sizes.initial()}) {
      int negEnd = neg + (size - size / 2);
      int posEnd = pos + size / 2;
      parts.add(mixed(negatives.subList(neg, negEnd), positives.subList(pos, posEnd), random));
      neg = negEnd;
      pos = posEnd;
    }
    parts.add(
        mixed(
            negatives.subList(neg, negatives.size()),
            positives.subList(pos, positives.size()),
            random));
    return parts;
  }

  private static List<Example> shuffledClass(List<Example> all, int label, Random random) {
    List<Example> members = new ArrayList<>();
    for (Example e : all) {
      if (e.label() == label) {
        members.add(e);
      }
    }
    members.sort(Comparator.comparing(Example::id));
    Collections.shuffle(members, random);
    return members;
  }

  private static List<Example> mixed(List<Example> a, List<Example> b, Random random) {
    List<Example> merged = new ArrayList<>(a);
    merged.addAll(b);
    Collections.shuffle(merged, random);
    return merged;
  }
}
