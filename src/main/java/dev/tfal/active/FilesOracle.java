package dev.tfal.active;

import dev.tfal.data.Example;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels given offline: each round's queries go to {@code queries-round-N.csv} in the run directory
 * (see {@link LabelFile}) and the session stops; {@code tfal learn --resume} imports the filled
 * file, all rows or none, and continues.
 */
public final class FilesOracle implements Oracle {
  public static final String NAME = "files";

  private final Path runDir;
  private final PrintStream log;

  /**
   * @param runDir the session's run directory, as the user named it (it appears in the hint)
   * @param log where an import is reported
   */
  public FilesOracle(Path runDir, PrintStream log) {
    this.runDir = runDir;
    this.log = log;
  }

  /** The query file of {@code round}. */
  public static Path queryFile(Path runDir, int round) {
    return runDir.resolve("queries-round-" + round + ".csv");
  }

  /** Writes the query file, then the record that the session waits for it; stops the session. */
  @Override
  public OracleReply answer(List<Example> queries, int round) throws IOException {
    if (queries.isEmpty()) {
      return OracleReply.answered(List.of());
    }
    Path file = queryFile(runDir, round);
    LabelFile.write(file, queries);
    new PendingQueries(
            round, file.getFileName().toString(), queries.stream().map(Example::id).toList())
        .write(runDir);
    return new OracleReply(
        List.of(),
        OracleReply.Status.PENDING,
        String.format(
            "Wrote %,d queries to %s: fill the label column with pos/neg (or 1/0), delete the rows "
                + "to skip, then run: ./tfal learn --resume %s",
            queries.size(), file, runDir));
  }

  /**
   * Imports the filled query file the session waits for, if any: every row is checked first, then
   * each answer not yet journaled is appended, then the wait is over.
   *
   * @throws DataFormatException naming the file and line of a bad row; nothing is journaled then
   */
  @Override
  public List<LabelRecord> resume(LabelJournal journal) throws IOException {
    Optional<PendingQueries> waiting = PendingQueries.read(runDir);
    if (waiting.isEmpty()) {
      return List.of();
    }
    PendingQueries pending = waiting.get();
    Path file = runDir.resolve(pending.file());
    if (!Files.isRegularFile(file)) {
      throw new DataFormatException(
          file,
          "missing: the session waits for the labels of round "
              + pending.round()
              + "'s queries in this file");
    }
    List<LabelRecord> answers = LabelFile.read(file, new HashSet<>(pending.ids()), pending.round());
    Map<String, LabelRecord> journaled = new HashMap<>();
    journal.records().forEach(r -> journaled.put(r.id(), r));
    for (LabelRecord answer : answers) {
      if (!answer.equals(journaled.get(answer.id()))) {
        journal.append(answer);
      }
    }
    PendingQueries.clear(runDir);
    int positive = (int) answers.stream().filter(a -> a.label() == Example.POSITIVE).count();
    int skipped = pending.ids().size() - answers.size();
    log.printf(
        "Imported %,d labels of round %d from %s (%,d positive, %,d negative)%s%n",
        answers.size(),
        pending.round(),
        file,
        positive,
        answers.size() - positive,
        skipped == 0
            ? ""
            : String.format(
                "; %,d %s skipped, back in the pool", skipped, skipped == 1 ? "query" : "queries"));
    return answers;
  }

  @Override
  public String name() {
    return NAME;
  }
}
