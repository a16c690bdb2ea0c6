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
}
