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
 * Splits examples into validation, test, initial and pool, stratified by class and determined by a
 * seed alone: each class is sorted by id (so input order does not matter), shuffled with {@code new
 * Random(seed)} in label-id order, then cut into its share of each split (see {@link
 * SplitSizes#shares}: the classes' own ratio, so balanced binary data splits 50/50 as ever). Within
 * each split the classes are shuffled together so batches mix them. The pool gets everything left.
 */
public final class StratifiedSplitter {
  private StratifiedSplitter() {}

  /** Splits binary {@code all} (labels 0 and 1) into the given sizes. */
  public static Splits split(List<Example> all, SplitSizes sizes, long seed) {
    return split(all, LabelSet.BINARY, sizes, seed);
  }

  /**
   * Splits {@code all}, whose labels are ids of {@code labels}, into the given sizes.
   *
   * @throws DataFormatException if ids repeat or a class has fewer examples than the sizes need
   */
  public static Splits split(List<Example> all, LabelSet labels, SplitSizes sizes, long seed) {
    requireUniqueIds(all);
    int k = labels.size();
    long[] counts = new long[k];
    all.forEach(e -> counts[e.label()]++);
    int[][] shares = {
      SplitSizes.shares(sizes.validation(), counts),
      SplitSizes.shares(sizes.test(), counts),
      SplitSizes.shares(sizes.initial(), counts)
    };
    Random random = new Random(seed);
    List<List<Example>> classes = new ArrayList<>();
    for (int label = 0; label < k; label++) {
      classes.add(shuffledClass(all, label, labels, sizes, shares, random));
    }
    int[] start = new int[k];
    List<List<Example>> parts = new ArrayList<>();
    for (int[] share : shares) {
      List<Example> part = new ArrayList<>();
      for (int label = 0; label < k; label++) {
        part.addAll(classes.get(label).subList(start[label], start[label] + share[label]));
        start[label] += share[label];
      }
      parts.add(mixed(part, random));
    }
    List<Example> pool = new ArrayList<>();
    for (int label = 0; label < k; label++) {
      pool.addAll(classes.get(label).subList(start[label], classes.get(label).size()));
    }
    return new Splits(parts.get(0), parts.get(1), parts.get(2), mixed(pool, random));
  }

  private static List<Example> shuffledClass(
      List<Example> all,
      int label,
      LabelSet labels,
      SplitSizes sizes,
      int[][] shares,
      Random random) {
    List<Example> members = new ArrayList<>();
    for (Example example : all) {
      if (example.label() == label) {
        members.add(example);
      }
    }
    long needed = (long) shares[0][label] + shares[1][label] + shares[2][label];
    if (members.size() < needed) {
      throw new DataFormatException(
          String.format(
              "need %d %s for validation %d + test %d + initial %d, found %d",
              needed,
              labels.isBinary()
                  ? Example.labelName(label) + " reviews"
                  : "examples of class \"" + labels.name(label) + "\"",
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

  private static List<Example> mixed(List<Example> merged, Random random) {
    Collections.shuffle(merged, random);
    return merged;
  }
}
