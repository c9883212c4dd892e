package dev.tfal.active;

import dev.tfal.data.Example;
import java.io.IOException;
import java.util.List;

/** Answers label queries: a simulation, an annotator at a terminal, or files filled offline. */
public interface Oracle {
  /**
   * Labels for {@code queries} of query round {@code round} (from 1), all at once; the caller
   * journals them. A reply may be partial or pending (the files oracle).
   */
  OracleReply answer(List<Example> queries, int round) throws IOException;

  /**
   * Like {@link #answer(List, int)}, but hands every answer to {@code sink} as soon as it is given,
   * before the next query is shown; the reply lists the same answers, already taken by the sink. By
   * default the answers are handed over in order once {@link #answer(List, int)} returns; an oracle
   * that asks one query at a time (the terminal prompt) overrides this.
   */
  default OracleReply answer(List<Example> queries, int round, LabelSink sink) throws IOException {
    OracleReply reply = answer(queries, round);
    for (LabelRecord label : reply.labels()) {
      sink.accept(label);
    }
    return reply;
  }

  /**
   * Called once when a stopped session continues, before any training: takes in the answers given
   * while it was stopped (the files oracle imports the filled query file) and journals them, all or
   * none. Returns what it journaled; by default nothing.
   */
  default List<LabelRecord> resume(LabelJournal journal) throws IOException {
    return List.of();
  }

  /** Stable name stored with every answer: simulated, files or prompt. */
  String name();

  /** Whether the oracle knows every pool example's label in advance (only the simulation). */
  default boolean knowsTrueLabels() {
    return false;
  }
}
