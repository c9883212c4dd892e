package dev.tfal.export;

import dev.tfal.text.Vocabulary;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.HashTable;
import org.tensorflow.op.core.LookupTableImport;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.strings.StringSplit;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;

/**
 * The in-graph twin of the Java {@code TextVectorizer}: raw strings [B] to token ids [B, T]. ASCII
 * lowercasing, deletion of the 32 ASCII punctuation characters, splitting on ASCII whitespace, a
 * vocabulary hash table (OOV id 1), padding with 0 and truncation to exactly T ids.
 */
final class TextServingGraph {
  /** The 32 ASCII punctuation characters Keras strips. */
  static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private final Placeholder<TString> text;
  private final Operand<TInt32> tokenIds;
  private final Operand<TInt32> initMarker;

  private TextServingGraph(
      Placeholder<TString> text, Operand<TInt32> tokenIds, Operand<TInt32> initMarker) {
    this.text = text;
    this.tokenIds = tokenIds;
    this.initMarker = initMarker;
  }

  /** Adds the text input, the vocabulary table and its initializer to the graph of {@code tf}. */
  static TextServingGraph build(Ops tf, Vocabulary vocabulary, int sequenceLength) {
    Placeholder<TString> text =
        tf.withName(SavedModelLayout.TEXT_INPUT)
            .placeholder(TString.class, Placeholder.shape(Shape.of(-1)));
    Ops scope = tf.withSubScope("text_vectorization");
    Ops init = scope.withInitScope();
    HashTable table =
        init.withName("vocabulary")
            .hashTable(TString.class, TInt64.class, HashTable.useNodeNameSharing(true));
    LookupTableImport fill = fillTable(init, table, vocabulary);
    Operand<TInt32> ids = vectorize(scope, text, table, sequenceLength);
    // in the init scope: control dependencies of ordinary ops on initializers are dropped
    Operand<TInt32> marker = init.withControlDependencies(fill).withName("table_init").constant(0);
    return new TextServingGraph(text, ids, marker);
  }

  /** A regular expression character class matching each of {@link #PUNCTUATION}, escaped. */
  static String punctuationPattern() {
    StringBuilder pattern = new StringBuilder("[");
    PUNCTUATION.chars().forEach(c -> pattern.append('\\').append((char) c));
    return pattern.append(']').toString();
  }

  private static LookupTableImport fillTable(Ops init, HashTable table, Vocabulary vocabulary) {
    List<String> tokens = vocabulary.tokens();
    int first = Vocabulary.OOV_ID + 1;
    String[] keys = tokens.subList(first, tokens.size()).toArray(String[]::new);
    long[] values = new long[keys.length];
    Arrays.setAll(values, i -> i + first);
    return init.withName("vocabulary_import")
        .lookupTableImport(
            table,
            init.constant(NdArrays.vectorOfObjects(keys)),
            init.constant(NdArrays.vectorOf(values)));
  }

  private static Operand<TInt32> vectorize(
      Ops tf, Operand<TString> text, HashTable table, int length) {
    Operand<TString> lowered = tf.strings.lower(text);
    Operand<TString> stripped =
        tf.strings.regexReplace(lowered, tf.constant(punctuationPattern()), tf.constant(""));
    StringSplit split = tf.strings.stringSplit(stripped, tf.constant(""));
    Operand<TInt64> ids =
        tf.lookupTableFind(table, split.values(), tf.constant((long) Vocabulary.OOV_ID));
    Operand<TInt64> rows =
        tf.slice(split.shape(), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
    Operand<TInt64> width =
        tf.math.maximum(
            tf.slice(split.shape(), tf.constant(new int[] {1}), tf.constant(new int[] {1})),
            tf.constant(new long[] {length}));
    Operand<TInt64> dense =
        tf.sparse.sparseToDense(
            split.indices(),
            tf.concat(List.of(rows, width), tf.constant(0)),
            ids,
            tf.constant((long) Vocabulary.PADDING_ID));
    Operand<TInt64> fixed =
        tf.slice(dense, tf.constant(new long[] {0, 0}), tf.constant(new long[] {-1, length}));
    return tf.withName("token_ids").dtypes.cast(fixed, TInt32.class);
  }

  Placeholder<TString> text() {
    return text;
  }

  Operand<TInt32> tokenIds() {
    return tokenIds;
  }

  /** A tensor whose computation fills the vocabulary table: the SavedModel's init op. */
  Operand<TInt32> initMarker() {
    return initMarker;
  }
}
