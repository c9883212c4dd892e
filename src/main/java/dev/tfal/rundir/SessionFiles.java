package dev.tfal.rundir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.active.LabelJournal;
import dev.tfal.active.ResumePoint;
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
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
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
  private static final ObjectMapper JSON = new ObjectMapper();

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
   * What the session state records, if the session got that far (its state.json was written). The
   * label journal must hold every label the state records beyond the initial split: a journal cut
   * short or replaced is an error, not a session with fewer labels.
   */
  public static Optional<SavedState> readState(
      LearnDirectory dir, LabelJournal journal, List<Example> initial) throws IOException {
    AtomicFiles.recoverDirectory(dir.run().best());
    Optional<byte[]> content = ChecksummedFiles.readIfWritten(dir.state());
    if (content.isEmpty()) {
      return Optional.empty();
    }
    JsonNode state;
    try {
      state = JSON.readTree(content.get());
    } catch (IOException e) {
      throw new CorruptFileException(dir.state(), "corrupt session state: " + e.getMessage());
    }
    if (state == null || !state.has("best_round") || !state.has("best_val_loss")) {
      throw new CorruptFileException(dir.state(), "session state lacks best_round/best_val_loss");
    }
    requireJournalHolds(state, journal, initial, dir);
    List<Double> losses = new ArrayList<>();
    state.path("round_val_loss").forEach(loss -> losses.add(loss.asDouble()));
    return Optional.of(
        new SavedState(
            state.get("best_round").asInt(), state.get("best_val_loss").asDouble(), losses));
  }

  /**
   * The model a session continuing with {@code round} starts from: the overall best of the rounds
   * before it, as the uninterrupted session held it. With every earlier round's validation loss
   * recorded, that is the first round with the lowest of them, read from its own checkpoint ({@code
   * rounds/round-N/}), plus the previous round's checkpoint for the stable-kappa rule; {@code
   * best/} may already hold a later round's model, since it is replaced when a round's training
   * ends, before the state records that round. None for round 0. Without the losses (a state
   * written by an older tfal), the state's overall best in {@code best/}. {@code best/} is read
   * either way: it holds the session's result, which the resumed session need not rewrite, so a
   * damaged one is refused here.
   */
  public static Optional<ResumePoint> resumePoint(
      LearnDirectory dir, ModelSpec spec, SavedState state, int round) throws IOException {
    ModelWeights overallBest = SavedModelWeights.read(dir.run().best(), spec);
    List<Double> losses = state.roundValidationLosses();
    if (losses.size() < round) {
      return Optional.of(
          new ResumePoint(overallBest, state.bestRound(), state.bestValidationLoss()));
    }
    if (round == 0) {
      return Optional.empty();
    }
    int best = 0;
    for (int r = 1; r < round; r++) {
      best = losses.get(r) < losses.get(best) ? r : best;
    }
    return Optional.of(
        new ResumePoint(
            roundBest(dir, spec, best),
            best,
            losses.get(best),
            losses.subList(0, round),
            Optional.of(roundBest(dir, spec, round - 1))));
  }

  private static ModelWeights roundBest(LearnDirectory dir, ModelSpec spec, int round)
      throws IOException {
    AtomicFiles.recoverDirectory(dir.roundBest(round));
    return SavedModelWeights.read(dir.roundBest(round), spec);
  }

  private static void requireJournalHolds(
      JsonNode state, LabelJournal journal, List<Example> initial, LearnDirectory dir) {
    Set<String> known = new HashSet<>();
    initial.forEach(example -> known.add(example.id()));
    int missing = 0;
    String example = null;
    for (JsonNode id : state.path("labelled_ids")) {
      if (!known.contains(id.asText()) && !journal.contains(id.asText())) {
        missing++;
        example = example == null ? id.asText() : example;
      }
    }
    if (missing > 0) {
      throw new CorruptFileException(
          journal.file(),
          "lacks "
              + missing
              + " label(s) that "
              + dir.state().getFileName()
              + " records (e.g. '"
              + example
              + "'); the journal was truncated, replaced or deleted");
    }
  }

  /**
   * What state.json records.
   *
   * @param roundValidationLosses every trained round's validation loss, in round order; empty in a
   *     state written by an older tfal
   */
  public record SavedState(
      int bestRound, double bestValidationLoss, List<Double> roundValidationLosses) {
    public SavedState {
      roundValidationLosses = List.copyOf(roundValidationLosses);
    }
  }
}
