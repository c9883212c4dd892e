package dev.tfal.active;

import dev.tfal.data.Example;
import java.io.IOException;
import java.util.List;

/** Answers label queries: a simulation, an annotator at a terminal, or files filled offline. */
public interface Oracle {
  /**
   * Labels for {@code queries} of query round {@code round} (from 1). The controller journals
   * each answer before using it. A reply may be partial or pending (the files oracle).
   */
  OracleReply answer(List<Example> queries, int round) throws IOException;

  /** Stable name stored with every answer: simulated, files or prompt. */
  String name();
}
