package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Splits examples into validation, test, initial and pool, balanced by class and determined by a
 * seed alone: each class is sorted by id (so input order does not matter), shuffled with {@code new
 * Random(seed)}, then cut into the per-class shares of {@link SplitSizes}. Within each split the
 * two classes are shuffled together so batches mix them. The pool gets everything left.
 */
public final class StratifiedSplitter {
  private StratifiedSplitter() {}

  /**
   * Splits {@code all} into the given sizes.
   *
   * @throws DataFormatException if ids repeat or a class has fewer examples than the sizes need
   */
  public static Splits split(List<Example> all, SplitSizes sizes, long seed) {
    requireUniqueIds(all);
    Random random = new Random(seed);
    List<Example> negatives = shuffledClass(all, Example.NEGATIVE, sizes, random);
    List<Example> positives = shuffledClass(all, Example.POSITIVE, sizes, random);
    int[] bounds = {sizes.validation(), sizes.test(), sizes.initial()};
    List<List<Example>> parts = new ArrayList<>();
    int negStart = 0;
    int posStart = 0;
    for (int size : bounds) {
      int negEnd = negStart + SplitSizes.share(size, Example.NEGATIVE);
      int posEnd = posStart + SplitSizes.share(size, Example.POSITIVE);
      parts.add(
          mixed(negatives.subList(negStart, negEnd), positives.subList(posStart, posEnd), random));
      negStart = negEnd;
      posStart = posEnd;
    }
    List<Example> pool =
        mixed(
            negatives.subList(negStart, negatives.size()),
            positives.subList(posStart, positives.size()),
            random);
    return new Splits(parts.get(0), parts.get(1), parts.get(2), pool);
  }

  private static List<Example> shuffledClass(
      List<Example> all, int label, SplitSizes sizes, Random random) {
    List<Example> members = new ArrayList<>();
    for (Example example : all) {
      if (example.label() == label) {
        members.add(example);
      }
    }
    if (members.size() < sizes.needed(label)) {
      throw new DataFormatException(
          String.format(
              "need %d %s reviews for validation %d + test %d + initial %d, found %d",
              sizes.needed(label),
              Example.labelName(label),
              sizes.validation(),
              sizes.test(),
              sizes.initial(),
              members.size()));
    }
    members.sort(Comparator.comparing(Example::id));
    Collections.shuffle(members, random);
    return members;
  }

  private static void requireUniqueIds(List<Example> all) {
    Set<String> seen = new HashSet<>();
    for (Example example : all) {
      if (!seen.add(example.id())) {
        throw new DataFormatException(
            "duplicate id \"" + example.id() + "\"; ids must be unique to split the data");
      }
    }
  }

  private static List<Example> mixed(List<Example> a, List<Example> b, Random random) {
    List<Example> merged = new ArrayList<>(a.size() + b.size());
    merged.addAll(a);
    merged.addAll(b);
    Collections.shuffle(merged, random);
    return merged;
  }
}
