package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A reply named by its owner is the owner's words ({@link Replies}). */
class RepliesTest {
  private static String speaker(String... paragraphs) {
    SieveFixture f = SieveFixture.of("Port", paragraphs);
    return f.attributeAll().get(0).orElseThrow().attribution().speaker();
  }

  @Test
  void theOwnerOfAReplySpeaks() {
    assertEquals("Ana Ruiz", speaker("Ana Ruiz spoke on Monday.", "Ruiz's reply was blunt: \u201cWe will stay.\u201d"));
    assertEquals("Ana Ruiz", speaker("Ana Ruiz spoke on Monday.", "Ruiz's answer came fast: \u201cNever.\u201d"));
  }

  @Test
  void aBodysReplyByItsPossessivePronoun() {
    // "its" is resolved as "it" is: the body the sentence before names
    assertEquals("Harbour Union", speaker("The Harbour Union rejected the offer on Monday. Its answer was blunt:"
        + " \u201cWe will not sign.\u201d"));
  }

  @Test
  void aReplyWithNoVerbBeforeItsColon() {
    assertEquals("Ana Ruiz", speaker("Ana Ruiz rejected the offer on Monday. Her answer: \u201cWe will not"
        + " sign.\u201d"));
    assertEquals("Ana Ruiz", speaker("Ana Ruiz rejected the offer on Monday.", "Ruiz's reply: \u201cNever.\u201d"));
  }

  // The owner's phrase is its name and an article before it, not the clause the reply stands in.
  @Test
  void theOwnerIsANameNotTheClauseBeforeIt() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz rejected the offer on Monday.", "We asked for Ruiz's answer:"
        + " \u201cWe will not sign the deal.\u201d");
    io.github.newsdoc.model.Span mention = f.attributeAll().get(0).orElseThrow().attribution().mention().orElseThrow();
    // the fixture's texts open with the title; the blocks follow it
    assertEquals("Ruiz", f.texts.get(mention.block() + 1).substring(mention.start(), mention.end()));
  }
}
