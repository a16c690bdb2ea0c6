package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Dateline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a first paragraph: {@code "LONDON (Reuters) - "},
 * {@code "WASHINGTON (AP) — "}, {@code "KYIV, Ukraine — "}, {@code "Berlin ( – "} (an agency the scrape lost),
 * {@code "HARBOURTON, March 3 (Wire) - "}.
 */
final class Datelines {
  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "(" + PLACE_WORD + "(?:[ ,] ?" + PLACE_WORD + "){0,3})"
          + "(?:, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})?"
          + " ?\\( ?(?:([^()]{1,40}?) ?\\))? ?[-–—]{1,2} ");
  private static final Pattern CAPITALS = Pattern.compile(
      "(\\p{Lu}[\\p{Lu}.'’-]{1,}(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}(?:, " + PLACE_WORD + "(?: " + PLACE_WORD + ")?)?)"
          + " ?[-–—]{1,2} ");

  private Datelines() {}

  /** Returns the dateline the paragraph starts with, if any. The paragraph keeps its text. */
  public static Optional<Dateline> find(String paragraph) {
    String head = Text.normalise(paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph);
    Matcher m = WITH_AGENCY.matcher(head);
    if (m.lookingAt()) {
      String agency = m.group(2) == null ? null : m.group(2).strip();
      return Optional.of(Dateline.of(m.group(1).replaceAll(",$", "").strip(),
          agency == null || agency.isEmpty() ? Optional.empty() : Optional.of(agency)));
    }
    m = CAPITALS.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(Dateline.of(m.group(1).strip(), Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * The length of the dateline the paragraph starts with, read as {@link #find(String)} reads it, through the
   * dash and the space after it; 0 when it has none or its spaces are not single (the paragraph's own
   * offsets). Its place and agency name no entity of the article: they say where and by whom it was filed.
   */
  static int length(String paragraph) {
    String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
    Matcher m = WITH_AGENCY.matcher(head);
    if (m.lookingAt()) {
      return m.end();
    }
    m = CAPITALS.matcher(head);
    return m.lookingAt() ? m.end() : 0;
  }
}
