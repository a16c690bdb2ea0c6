package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A role after an author's comma, with an "and" inside it that joins two beats of one job. */
class BylineRolesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "By Mara Velden, Coast Post harbour and shipping correspondent|Coast Post harbour and shipping correspondent",
      "By Mara Velden, harbour and shipping correspondent|harbour and shipping correspondent",
      "By Ivo Marsh, health and science reporter|health and science reporter"})
  void anAndInsideARoleIsNoSecondAuthor(String line, String role) {
    assertEquals(Optional.of(List.of(Byline.of(line.substring(3, line.indexOf(',')), Optional.of(role)))),
        Bylines.parse(line));
  }

  @Test
  void aSecondAuthorAfterAndStaysAnAuthor() {
    assertEquals(Optional.of(List.of(Byline.of("Mara Velden", Optional.of("Staff Writer")),
        Byline.of("Ivo Marsh", Optional.empty()))), Bylines.parse("By Mara Velden, Staff Writer and Ivo Marsh"));
    assertEquals(Optional.of(List.of(Byline.of("Mara Velden", Optional.empty()), Byline.of("Ivo Marsh",
        Optional.empty()), Byline.of("Tessa Quill", Optional.empty()))),
        Bylines.parse("By Mara Velden, Ivo Marsh and Tessa Quill, Coast Wire"));
    // a second author before the "and" (review3): not folded into the first one's role
    assertEquals(Optional.of(List.of(Byline.of("Mara Velden", Optional.empty()),
        Byline.of("Ivo Marsh", Optional.of("staff reporters")))), Bylines.parse("By Mara Velden, Ivo Marsh and staff reporters"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"harbour and shipping correspondent|true",
      "Coast Post harbour and shipping correspondent|true", "Staff Writer and Ivo Marsh|false",
      "harbour and Shipping Correspondent|false", "harbour and shipping news|false", "shipping correspondent|false",
      "one and two and three and four and five correspondents|false", "Ivo Marsh and staff reporters|false",
      "Coast Wire and staff reporter|false", "Staff Writer and photographer|true"})
  void oneJob(String part, boolean one) {
    assertEquals(one, BylineRoles.oneJob(part));
  }

  // Through the whole parser: the byline keeps its role, and no part of it becomes a credit.
  @Test
  void aWholeArticleKeepsTheRole() {
    Article a = Newsdoc.parse("Harbour dues to rise in spring\n\nBy Mara Velden, Coast Post harbour and shipping"
        + " correspondent\n\nThe harbour board of Port Ellis said on Monday that the dues paid by ships would rise in"
        + " the spring.\n");
    assertEquals(List.of(Byline.of("Mara Velden", Optional.of("Coast Post harbour and shipping correspondent"))),
        a.bylines());
    assertEquals(List.of(), a.credits());
  }
}
