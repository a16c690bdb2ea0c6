package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Attribution;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** "X quoted Y as saying": Y speaks, X is the channel ({@link QuotedAs}). */
class QuotedAsTest {
  private static Attribution first(String sentence) {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz and Tom Cole met in the harbour.", sentence);
    return f.attributeAll().get(0).orElseThrow().attribution();
  }

  @Test
  void theOneQuotedAsSayingSpeaksThroughTheOneThatQuoted() {
    Attribution after = first("\u201cWe will stay,\u201d the Quay Gazette quoted Ruiz as saying.");
    assertEquals("Ana Ruiz", after.speaker());
    assertEquals(Optional.of("the Quay Gazette"), after.channel());
    Attribution before = first("The Quay Gazette quoted an unnamed harbour official as saying the port"
        + " \u201cwill close soon.\u201d");
    assertEquals("unnamed harbour official", before.speaker());
    assertEquals(Optional.of("The Quay Gazette"), before.channel());
  }

  @Test
  void aPronounQuotedIsResolvedAsItsSubjectForm() {
    assertEquals("Ana Ruiz", first("Reuters quoted her as saying that the port \u201cwill close soon.\u201d").speaker());
  }

  @Test
  void quotingWithoutAsSayingCreditsTheOneThatQuoted() {
    assertEquals("paper", first("The paper quoted the plan as \u201creckless.\u201d").speaker());
  }

  @Test
  void theOneQuotedInThePassiveIsTheSubject() {
    // "was quoted (by …) as saying": the subject is the one quoted, the verb's agent no speaker
    assertEquals("Ana Ruiz", first("\u201cWe will stay,\u201d Ruiz was quoted by the Quay Gazette as saying.").speaker());
    assertEquals("Ana Ruiz", first("\u201cWe will stay,\u201d Ana Ruiz, the harbour master, was quoted as saying.")
        .speaker());
  }

  @Test
  void aSourceCloseToSomeoneIsTheSourceNotThePersonItIsCloseTo() {
    Attribution a = first("\u201cThe port will close,\u201d the Quay Gazette quoted a source close to Cole as saying.");
    assertEquals("source", a.speaker());
    assertEquals(Optional.of("the Quay Gazette"), a.channel());
  }
}
