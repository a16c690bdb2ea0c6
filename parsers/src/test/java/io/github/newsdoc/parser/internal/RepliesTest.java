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
}
