package dev.tfal.job;

import dev.tfal.data.ColumnSpec;
import dev.tfal.data.SplitSizes;
import dev.tfal.text.VectorizerSpec;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the labelled data comes from and how it is split and vectorized.
 *
 * @param source aclImdb directory or tarball, or a CSV/TSV/JSONL file
 * @param columns column names for CSV-like files
 * @param sizes validation, test and initial split sizes (totals over both classes)
 * @param seed seed of the stratified shuffle
 * @param vectorizer vocabulary size and sequence length
 * @param fitSizes whether {@code sizes} are replaced by defaults fitted to the data ({@link
 *     SplitSizes#proportional}) once it is read
 * @param validationSource a labelled file that is the validation split, instead of one carved from
 *     {@code source}
 * @param testSource a labelled file that is the test split, instead of one carved from {@code
 *     source}
 */
public record DataConfig(
    Path source,
    ColumnSpec columns,
    SplitSizes sizes,
    long seed,
    VectorizerSpec vectorizer,
    boolean fitSizes,
    Optional<Path> validationSource,
    Optional<Path> testSource) {

  public DataConfig {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    validationSource = validationSource == null ? Optional.empty() : validationSource;
    testSource = testSource == null ? Optional.empty() : testSource;
    if (columns == null || sizes == null || vectorizer == null) {
      throw new IllegalArgumentException("columns, sizes and vectorizer must not be null");
    }
  }

  /** Data split from {@code source} alone, at the given sizes. */
  public DataConfig(
      Path source, ColumnSpec columns, SplitSizes sizes, long seed, VectorizerSpec vectorizer) {
    this(source, columns, sizes, seed, vectorizer, false, Optional.empty(), Optional.empty());
  }

  /** The same settings with the source and held-out files as absolute, normalized paths. */
  public DataConfig withAbsoluteSource() {
    return new DataConfig(
        absolute(source),
        columns,
        sizes,
        seed,
        vectorizer,
        fitSizes,
        validationSource.map(DataConfig::absolute),
        testSource.map(DataConfig::absolute));
  }

  /** The same settings with another seed. */
  public DataConfig withSeed(long value) {
    return new DataConfig(
        source, columns, sizes, value, vectorizer, fitSizes, validationSource, testSource);
  }

  /** The same settings with held-out files and, when {@code fit}, sizes fitted to the data. */
  public DataConfig withHeldOut(boolean fit, Optional<Path> validation, Optional<Path> test) {
    return new DataConfig(source, columns, sizes, seed, vectorizer, fit, validation, test);
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
