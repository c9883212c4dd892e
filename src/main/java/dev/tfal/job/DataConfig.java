package dev.tfal.job;

import dev.tfal.data.ColumnSpec;
import dev.tfal.data.SplitSizes;
import dev.tfal.text.VectorizerSpec;
import java.nio.file.Path;

/**
 * Where the labelled data comes from and how it is split and vectorized.
 *
 * @param source aclImdb directory or tarball, or a CSV/TSV/JSONL file
 * @param columns column names for CSV-like files
 * @param sizes validation, test and initial split sizes (totals over both classes)
 * @param seed seed of the stratified shuffle
 * @param vectorizer vocabulary size and sequence length
 */
public record DataConfig(
    Path source, ColumnSpec columns, SplitSizes sizes, long seed, VectorizerSpec vectorizer) {

  public DataConfig {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    if (columns == null || sizes == null || vectorizer == null) {
      throw new IllegalArgumentException("columns, sizes and vectorizer must not be null");
    }
  }

  /** The same settings with the source as an absolute, normalized path. */
  public DataConfig withAbsoluteSource() {
    return new DataConfig(source.toAbsolutePath().normalize(), columns, sizes, seed, vectorizer);
  }
}
