package dev.tfal.rundir;

import dev.tfal.active.LabelJournal;
import dev.tfal.active.MonitoredRounds;
import dev.tfal.active.ResumePoint;
import dev.tfal.active.SessionState;
import dev.tfal.data.Example;
import dev.tfal.data.SplitIds;
import dev.tfal.error.CorruptFileException;
import dev.tfal.error.DataFormatException;
import dev.tfal.export.SavedModelWeights;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.job.PreparedData;
import dev.tfal.text.TextVectorizer;
import dev.tfal.text.VocabularyFile;
import dev.tfal.train.Monitor;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads back what a session wrote, to continue it where it stopped. Every file is checked against
 * its checksum (see {@link ChecksummedFiles}); a damaged or deleted one is a {@link
 * CorruptFileException} naming it, never read as a shorter session.
 */
public final class SessionFiles {
  private SessionFiles() {}

  /** The run's own splits and vocabulary instead of freshly computed ones. */
  public static PreparedData reload(PreparedData fresh, RunDirectory dir) throws IOException {
    if (!Files.isRegularFile(dir.vocabulary())
        && !Files.exists(ChecksummedFiles.checksumFile(dir.vocabulary()))) {
      throw new DataFormatException(dir.vocabulary(), "missing: not a tfal learn run directory");
    }
    RunConfigFile.verify(dir.config());
    var splits = SplitIds.readAll(dir.root(), fresh.corpus().examples());
    var vocabulary = VocabularyFile.load(dir.vocabulary());
    var vectorizer = new TextVectorizer(vocabulary, fresh.vectorizer().spec());
    return new PreparedData(fresh.corpus(), splits, vectorizer);
  }

  /**
   * Fails if the label journal is missing although the session state was written: the journal is
   * created when a session starts, before any state, so it was deleted. Checked before the journal
   * is opened, which would create an empty one.
   */
  public static void requireJournal(LearnDirectory dir) throws IOException {
    if (!Files.exists(dir.journal()) && ChecksummedFiles.readIfWritten(dir.state()).isPresent()) {
      throw new CorruptFileException(
          dir.journal(),
          "missing, although " + dir.state().getFileName() + " records a session; it was deleted");
    }
  }

  /**
   * What the session state records, if the session got that far (its state.json was written); it
   * must be of a session that monitors {@code monitor} (see {@link SessionStateFile#read}). The
   * label journal must hold every label the state records beyond the initial split: a journal cut
   * short or replaced is an error, not a session with fewer labels.
   */
  public static Optional<SessionState> readState(
      LearnDirectory dir, LabelJournal journal, List<Example> initial, Monitor monitor)
      throws IOException {
    AtomicFiles.recoverDirectory(dir.run().best());
    Optional<SessionState> state = SessionStateFile.read(dir.state(), monitor);
    if (state.isPresent()) {
      requireJournalHolds(state.get(), journal, initial, dir);
    }
    return state;
  }

  /**
   * The model a session continuing with {@code round} starts from: the overall best of the rounds
   * before it, as the uninterrupted session held it. With every earlier round's monitored value
   * recorded, that is the best of them by the monitor, read from its own checkpoint ({@code
   * rounds/round-N/}), plus the previous round's checkpoint for the stable-kappa rule; {@code
   * best/} may already hold a later round's model, since it is replaced when a round's training
   * ends, before the state records that round. None for round 0. Without the value of the round
   * before (the session stopped after that round's answers were journaled but before its state was
   * written), the state's overall best in {@code best/}. {@code best/} is read either way: it holds
   * the session's result, which the resumed session need not rewrite, so a damaged one is refused
   * here.
   */
  public static Optional<ResumePoint> resumePoint(
      LearnDirectory dir, ModelSpec spec, SessionState state, int round) throws IOException {
    ModelWeights overallBest = SavedModelWeights.read(dir.run().best(), spec);
    MonitoredRounds rounds = state.rounds();
    if (rounds.values().size() < round) {
      return Optional.of(new ResumePoint(rounds, overallBest, Optional.empty()));
    }
    if (round == 0) {
      return Optional.empty();
    }
    MonitoredRounds before = rounds.first(round);
    return Optional.of(
        new ResumePoint(
            before,
            roundBest(dir, spec, before.bestRound()),
            Optional.of(roundBest(dir, spec, round - 1))));
  }

  private static ModelWeights roundBest(LearnDirectory dir, ModelSpec spec, int round)
      throws IOException {
    AtomicFiles.recoverDirectory(dir.roundBest(round));
    return SavedModelWeights.read(dir.roundBest(round), spec);
  }

  private static void requireJournalHolds(
      SessionState state, LabelJournal journal, List<Example> initial, LearnDirectory dir) {
    Set<String> known = new HashSet<>();
    initial.forEach(example -> known.add(example.id()));
    List<String> missing =
        state.labelledIds().stream()
            .filter(id -> !known.contains(id) && !journal.contains(id))
            .toList();
    if (!missing.isEmpty()) {
      throw new CorruptFileException(
          journal.file(),
          "lacks "
              + missing.size()
              + " label(s) that "
              + dir.state().getFileName()
              + " records (e.g. '"
              + missing.get(0)
              + "'); the journal was truncated, replaced or deleted");
    }
  }
}
