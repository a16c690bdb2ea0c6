package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of the sieves ({@link Attributor}): which one answers when two could. */
class AttributorTest {
  @Test
  void aParagraphOpeningWithAQuoteContinuesTheSpeakerBeforeItNotALaterOne() {
    // the paragraph's later quote is another speaker's: the opening quote goes on from the paragraph before
    SieveFixture f = SieveFixture.of("Port", "The strike went on. \u201cWe will stay,\u201d Ana Ruiz said.",
        "\u201cAnd we will win, whatever the owners do.\u201d The owners left the hall at noon."
            + " \u201cNothing changes,\u201d said Tomas Brek.");
    List<Optional<Attributed>> all = f.attributeAll();
    assertEquals(3, all.size());
    assertEquals("Ana Ruiz", all.get(1).orElseThrow().attribution().speaker());
    assertEquals("continued-quote", all.get(1).orElseThrow().sieve());
    assertEquals("Tomas Brek", all.get(2).orElseThrow().attribution().speaker());
  }

  @Test
  void aQuoteWithoutACreditTakesTheOneAfterItInItsParagraph() {
    SieveFixture f = SieveFixture.of("Port", "The strike went on at the gate.",
        "\u201cWe will stay.\u201d Then: \u201cWe will win,\u201d said Tomas Brek.");
    List<Optional<Attributed>> all = f.attributeAll();
    assertEquals("Tomas Brek", all.get(0).orElseThrow().attribution().speaker());
    assertEquals("interrupted-quote", all.get(0).orElseThrow().sieve());
  }
}
