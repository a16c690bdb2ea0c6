package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.ArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "he" after a quote is the person just quoted, not one merely mentioned since (issue 16, deliverable 3). */
class PreviousSpeakerTest {
  private static List<String> speakers(String... paragraphs) {
    Article a = ArticleParser.standard().parse("Port\n\n" + String.join("\n\n", paragraphs) + "\n");
    return a.quotes().stream().map(Quote::attribution)
        .map(o -> o.map(Attribution::speaker).orElse("-")).toList();
  }

  @Test
  void aPersonMentionedInTheQuotedSpeakersClauseDoesNotTakeHisPlace() {
    assertEquals(List.of("Ivo Marek", "Ivo Marek"), speakers(
        "Ivo Marek, the harbour master, said Tom Reed had been \"very loyal\" to the port.",
        "\"He is, I know, very sorry it has come to this,\" he said."));
  }

  @Test
  void aPersonNamedOnlyInsideTheQuotedSourceDoesNotTakeItsPlace() {
    // "Marek's" only says whose aide spoke; "he" goes on with the aide
    assertEquals(List.of("President Ivo Marek's chief aide", "President Ivo Marek's chief aide"), speakers(
        "President Ivo Marek's chief aide said the tax was needed because of \"economic pressure\".",
        "\"The levy applies to every ship,\" he said."));
  }

  @Test
  void aPersonNamedAsTheSubjectOfTheSentenceBeforeDoes() {
    // Tom Reed opens the sentence before the pronoun: he is its subject, as salient as the speaker before
    assertEquals(List.of("Ivo Marek", "Tom Reed"), speakers(
        "\"The port stays shut,\" said Ivo Marek.",
        "Harbour captain Tom Reed disagreed. \"We will sail on Monday,\" he said."));
    // so is a name in apposition to the subject
    assertEquals(List.of("Ivo Marek", "Tom Reed"), speakers(
        "\"The port stays shut,\" said Ivo Marek.",
        "The captain of the ferry, Tom Reed, disagreed. \"We will sail on Monday,\" he said."));
  }

  @Test
  void aPersonNamedAfterAVerbOfSayingIsItsSubject() {
    // "said Tom Reed" reports Tom Reed's words: he is the verb's subject, set after it, and "he" goes on with him
    assertEquals(List.of("Ivo Marek", "Tom Reed"), speakers(
        "\"The port stays shut,\" said Ivo Marek. Few ships sail in winter. Not least, said Tom Reed, a pilot"
            + " at the ferry company, because the fog is so thick. \"We will sail on Monday,\" he said."));
    // not a name that opens what was said: "said Tom Reed was …"
    assertEquals(List.of("Ivo Marek", "Ivo Marek", "Ivo Marek"), speakers(
        "\"The port stays shut,\" said Ivo Marek. Few ships sail in winter. Ivo Marek, who runs the port, said"
            + " Tom Reed was \"too bold\". \"He will sail on Monday,\" he said."));
  }

  @Test
  void theSpeakerBeforeMustAgreeWithThePronoun() {
    assertEquals(List.of("Ana Ruiz", "Tom Reed"), speakers(
        "Ana Ruiz, the harbour master, said Tom Reed had been \"very loyal\" to the port.",
        "\"He is, I know, very sorry it has come to this,\" he said."));
  }
}
