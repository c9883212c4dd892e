package dev.tfal.active;

import dev.tfal.data.Example;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An annotator at a terminal: each query's review is shown, wrapped to {@link #WIDTH} columns, and
 * answered with p (positive), n (negative), s (skip: it stays in the pool) or q (quit: the session
 * stops and can be resumed). Any other input asks again; the end of the input quits. Each answer
 * goes to the sink, and so to the journal, before the next review is shown.
 */
public final class PromptOracle implements Oracle {
  public static final String NAME = "prompt";

  /** Columns the reviews are wrapped to. */
  static final int WIDTH = 100;

  private static final Pattern LINE_BREAK =
      Pattern.compile("<br\\s*/?>|\\r\\n|\\r|\\n", Pattern.CASE_INSENSITIVE);
  private static final String CHOICES = "p (positive), n (negative), s (skip) or q (quit)";

  private final BufferedReader input;
  private final PrintStream out;
  private final Path runDir;

  /**
   * @param input the annotator's answers, one per line
   * @param out where reviews and prompts are shown
   * @param runDir the session's run directory, named in the hint to resume
   */
  public PromptOracle(BufferedReader input, PrintStream out, Path runDir) {
    this.input = input;
    this.out = out;
    this.runDir = runDir;
  }

  /** All answers at once, for a caller that journals them itself. */
  @Override
  public OracleReply answer(List<Example> queries, int round) throws IOException {
    return answer(queries, round, answer -> {});
  }

  @Override
  public OracleReply answer(List<Example> queries, int round, LabelSink sink) throws IOException {
    out.printf(
        "Round %d: %,d review%s to label. Each answer is saved at once.%nAnswer %s.%n",
        round, queries.size(), queries.size() == 1 ? "" : "s", CHOICES);
    List<LabelRecord> labels = new ArrayList<>();
    for (int k = 0; k < queries.size(); k++) {
      Example query = queries.get(k);
      out.println();
      out.printf("[%d/%d] %s%n", k + 1, queries.size(), query.id());
      wrap(query.text(), WIDTH).forEach(out::println);
      Choice choice = ask();
      if (choice == Choice.QUIT) {
        return new OracleReply(
            labels,
            OracleReply.Status.QUIT,
            String.format(
                "the annotator quit after %d of %,d reviews of round %d (%d labelled, all journaled);"
                    + " continue with: ./tfal learn --resume %s",
                k, queries.size(), round, labels.size(), runDir));
      }
      if (choice != Choice.SKIP) {
        LabelRecord answer =
            new LabelRecord(
                query.id(),
                choice == Choice.POSITIVE ? Example.POSITIVE : Example.NEGATIVE,
                round,
                NAME);
        sink.accept(answer);
        labels.add(answer);
      }
    }
    out.println();
    return OracleReply.answered(labels);
  }

  @Override
  public String name() {
    return NAME;
  }

  private enum Choice {
    POSITIVE,
    NEGATIVE,
    SKIP,
    QUIT
  }

  /** Reads answers until one is valid; the end of the input quits. */
  private Choice ask() throws IOException {
    while (true) {
      out.print("p/n/s/q> ");
      out.flush();
      String line = input.readLine();
      if (line == null) {
        out.println();
        return Choice.QUIT;
      }
      switch (line.strip().toLowerCase(Locale.ROOT)) {
        case "p", "pos", "positive" -> {
          return Choice.POSITIVE;
        }
        case "n", "neg", "negative" -> {
          return Choice.NEGATIVE;
        }
        case "s", "skip" -> {
          return Choice.SKIP;
        }
        case "q", "quit" -> {
          return Choice.QUIT;
        }
        default -> out.println("'" + line.strip() + "' is not an answer: type " + CHOICES + ".");
      }
    }
  }

  /**
   * The lines of {@code text} at most {@code width} columns wide, broken at spaces; HTML line
   * breaks ({@code <br />}, as in IMDB reviews) start new lines, longer words are cut.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : LINE_BREAK.split(text, -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        while (word.length() > width) {
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (!word.isEmpty()) {
          line.append(line.isEmpty() ? "" : " ").append(word);
        }
      }
      lines.add(line.toString());
    }
    while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
