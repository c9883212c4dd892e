package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.Example;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal oracle, scripted: answers, re-asking, skipping, quitting, journaling at once. */
class PromptOracleTest {
  private static final Path RUN = Path.of("runs", "learn-x");
  private static final List<Example> QUERIES =
      List.of(
          new Example("a", "First review.", 1),
          new Example("b", "Second review.", 0),
          new Example("c", "Third review.", 1),
          new Example("d", "Fourth review.", 0),
          new Example("e", "Fifth review.", 1));

  private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
  private final List<LabelRecord> journaled = new ArrayList<>();

  /** What had been shown when each answer reached the sink. */
  private final List<String> shownAtAnswer = new ArrayList<>();

  @Test
  void answersSkipsReasksAndQuitsResumably() throws IOException {
    OracleReply reply = prompt("p\nn\nx\ns\nq\n").answer(QUERIES, 3, this::journal);

    List<LabelRecord> expected =
        List.of(new LabelRecord("a", 1, 3, "prompt"), new LabelRecord("b", 0, 3, "prompt"));
    assertEquals(expected, journaled);
    assertEquals(expected, reply.labels());
    assertEquals(OracleReply.Status.QUIT, reply.status());
    assertEquals(
        "the annotator quit after 3 of 5 reviews of round 3 (2 labelled, all journaled);"
            + " continue with: ./tfal learn --resume "
            + RUN,
        reply.message());
    String out = output();
    assertTrue(
        out.contains(
            "'x' is not an answer: type p (positive), n (negative), s (skip) or q "
                + "(quit).\np/n/s/q> "),
        out);
    assertTrue(out.contains("[4/5] d\nFourth review.\n"), out);
    assertFalse(out.contains("[5/5]"), out);
  }

  @Test
  void eachAnswerIsJournaledBeforeTheNextReviewIsShown() throws IOException {
    prompt("p\nn\n").answer(QUERIES.subList(0, 2), 1, this::journal);

    assertEquals(2, shownAtAnswer.size());
    assertTrue(shownAtAnswer.get(0).contains("[1/2] a"));
    assertFalse(shownAtAnswer.get(0).contains("[2/2] b"), shownAtAnswer.get(0));
    assertTrue(shownAtAnswer.get(1).contains("[2/2] b"));
  }

  @Test
  void answeringEveryReviewAnswersTheRound() throws IOException {
    OracleReply reply = prompt(" P \nnegative\ns\nPOS\nn\n").answer(QUERIES, 1, this::journal);

    assertEquals(OracleReply.Status.ANSWERED, reply.status());
    assertEquals(
        List.of("a", "b", "d", "e"), reply.labels().stream().map(LabelRecord::id).toList());
    assertEquals(List.of(1, 0, 1, 0), reply.labels().stream().map(LabelRecord::label).toList());
    assertEquals(reply.labels(), journaled);
  }

  @Test
  void theEndOfTheInputQuits() throws IOException {
    OracleReply reply = prompt("p\n").answer(QUERIES, 1, this::journal);

    assertEquals(OracleReply.Status.QUIT, reply.status());
    assertEquals(1, journaled.size());
    assertTrue(
        reply.message().startsWith("the annotator quit after 1 of 5 reviews"), reply.message());
  }

  @Test
  void withoutASinkTheReplyCarriesTheAnswers() throws IOException {
    OracleReply reply = prompt("n\np\np\np\np\n").answer(QUERIES, 2);

    assertEquals(5, reply.labels().size());
    assertEquals(PromptOracle.NAME, prompt("").name());
  }

  @Test
  void wrapsAtSpacesKeepsParagraphsAndCutsLongWords() {
    assertEquals(
        List.of("one two", "three", "", "four", "abcdefg", "hi"),
        PromptOracle.wrap("one two three<br /><br />four abcdefghi", 7));
    assertEquals(List.of(""), PromptOracle.wrap("", 7));
  }

  @Test
  void reviewsAreWrappedToAHundredColumns() throws IOException {
    String word = "word ";
    Example longReview = new Example("long", word.repeat(60).strip(), 1);

    prompt("p\n").answer(List.of(longReview), 1, this::journal);

    List<String> lines = output().lines().toList();
    int first = lines.indexOf("[1/1] long") + 1;
    assertEquals(
        List.of(99, 99, 99), lines.subList(first, first + 3).stream().map(String::length).toList());
    assertEquals("p/n/s/q> ", lines.get(first + 3));
  }

  private void journal(LabelRecord answer) {
    journaled.add(answer);
    shownAtAnswer.add(output());
  }

  private PromptOracle prompt(String input) {
    return new PromptOracle(
        new BufferedReader(new StringReader(input)),
        new PrintStream(shown, true, StandardCharsets.UTF_8),
        RUN);
  }

  private String output() {
    return shown.toString(StandardCharsets.UTF_8);
  }
}
