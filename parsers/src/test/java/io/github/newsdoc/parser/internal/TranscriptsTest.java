package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.parser.Newsdoc;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A player's transcript under its toggle ({@link Transcripts}), on invented texts. */
class TranscriptsTest {
  private static final String FIRST = "The harbour board voted on Tuesday to rebuild the north pier, which was"
      + " closed after the winter storms cracked two of its supports.";
  private static final String SECOND = "Work will start in May and should take about a year, the board said,"
      + " at a cost of about 4 million pounds.";
  private static final String SPOKEN = "MIRA HOLT: So this is the pier, or what is left of it after the storms.\n"
      + "ANA RUIZ, HARBOUR ENGINEER: Two of the supports cracked right through, and we closed it that night.\n"
      + "[Sound of waves]\n";

  private static Article parse(String text) {
    Article a = Newsdoc.parse(text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  private static List<String> texts(Article a) {
    return a.blocks().stream().map(Block::text).collect(Collectors.toList());
  }

  // The toggles and the spoken lines between them are the player's; the article's paragraphs stay.
  @ParameterizedTest
  @ValueSource(strings = {"Show transcript", "Video transcript\nShow transcript", "Transkript anzeigen"})
  void aTranscriptUnderItsToggleIsThePlayers(String toggle) {
    String text = "Harbour board votes to rebuild north pier\n\nWatch: the pier after the storms\n" + toggle + "\n"
        + SPOKEN + "Hide transcript\n\n" + FIRST + "\n\n" + SECOND + "\n";
    Article a = parse(text);
    List<String> t = texts(a);
    assertEquals(List.of(FIRST, SECOND), t.subList(t.size() - 2, t.size()));
    assertTrue(a.boilerplate().contains("Hide transcript"), a.boilerplate().toString());
    assertTrue(a.boilerplate().stream().anyMatch(b -> b.startsWith("MIRA HOLT:")), a.boilerplate().toString());
    assertFalse(t.stream().anyMatch(x -> x.contains("Two of the supports")), t.toString());
  }

  // A bare 'Transcript' under the player's running time is its toggle too.
  @Test
  void aBareToggleUnderThePlayersRunningTime() {
    String text = "Harbour board votes to rebuild north pier\n\nNow Playing\nThe pier after the storms\n2:14\n"
        + "Transcript\n" + SPOKEN + "\n" + FIRST + "\n\n" + SECOND + "\n";
    List<String> t = texts(parse(text));
    assertFalse(t.stream().anyMatch(x -> x.startsWith("MIRA HOLT:")), t.toString());
  }

  // A transcript the article publishes under a heading of its own ('Transcript', 'Hearing transcript', 'The
  // transcript'), as questions and answers or as a list of labelled values: the article's. So is a sentence that
  // announces a transcript, and a single spoken line under a toggle.
  @ParameterizedTest
  @ValueSource(strings = {"Transcript\nCHAIR: The committee will come to order.\nMR. DALE: Thank you, chair, I move it.\n"
      + "CHAIR: Seconded. All in favour?",
      "Hearing transcript\n[CLERK] All rise.\nJUDGE MARSH: Be seated.",
      "The transcript\nQ: Why did you close the pier?\nA: Two of the supports cracked right through.",
      "Transcription fees\nPrice: $5 per page\nDelivery: Three working days\nContact: The harbour office"})
  void aTranscriptTheArticlePublishesIsItsOwn(String printed) {
    String text = "Harbour board votes to rebuild north pier\n\n" + FIRST + "\n\n" + printed + "\n\n" + SECOND + "\n";
    Article a = parse(text);
    String second = printed.split("\n")[1];
    assertTrue(texts(a).contains(second), texts(a).toString());
    assertTrue(a.boilerplate().stream().noneMatch(b -> b.equals(second)), a.boilerplate().toString());
  }

  @Test
  void spokenLinesWithoutAToggleAreTheArticles() {
    String interview = "Harbour board votes to rebuild north pier\n\n" + FIRST + "\n\n"
        + "MIRA HOLT: What happened to the pier?\n\nANA RUIZ: Two of the supports cracked right through.\n\n"
        + SECOND + "\n";
    assertEquals(4, texts(parse(interview)).size());
    String announced = "Harbour board votes to rebuild north pier\n\n" + FIRST + "\n\n"
        + "Read the full transcript of the interview below:\n\n" + SPOKEN.replace("\n", "\n\n") + SECOND + "\n";
    assertTrue(texts(parse(announced)).stream().anyMatch(t -> t.startsWith("MIRA HOLT:")));
    String single = "Harbour board votes to rebuild north pier\n\nTranscript\nMIRA HOLT: So this is the pier.\n\n"
        + FIRST + "\n\n" + SECOND + "\n";
    assertTrue(texts(parse(single)).stream().anyMatch(t -> t.startsWith("MIRA HOLT:")));
  }

  @Test
  void toggles() {
    assertTrue(Transcripts.toggle("Show full transcript"));
    assertTrue(Transcripts.toggle("Transkript anzeigen"));
    assertFalse(Transcripts.toggle("Read the full transcript below:"));
    assertFalse(Transcripts.toggle("The transcript was released."));
  }
}
