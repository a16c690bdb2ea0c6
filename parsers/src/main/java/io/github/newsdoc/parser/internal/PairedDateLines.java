package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Optional;

/**
 * Two date lines, one under the other, that give one date as a single line would: a label alone over its date
 * ({@code "Updated"} over {@code "Apr 6, 2024, 08:12 IST"}), or the update's time alone under the publication's
 * date ({@code "5. december 2026 kl. 06.00"} over {@code "Opdateret kl. 11.47"}).
 */
final class PairedDateLines {
  // A line that gives the update's time alone is at most this long.
  private static final int MAX_TIME_LINE = 40;

  private PairedDateLines() {}

  /**
   * As {@link PublishedDates#parse(String, PageDates)}, for a line under a line that may be its label alone: a
   * layout that prints the label over its date means the date the label says. {@code label} is the line above,
   * or null.
   */
  static Optional<PublishedDates.Reading> underLabel(String label, String line, PageDates pageYear) {
    Optional<PublishedDates.Reading> alone = PublishedDates.parse(line, pageYear);
    if (label == null || alone.isEmpty() || !PublishedDates.isLabelAlone(label)) {
      return alone;
    }
    return PublishedDates.parse(label + " " + line, pageYear).or(() -> alone);
  }

  /**
   * The update time of a line that gives it by the time alone ({@code "Updated 11:47"}, {@code "Opdateret kl.
   * 11.47"}) right under the line {@code above} that gives the publication's date ({@code first}, as the line
   * above reads alone): the update on the same day, read as the two lines would read printed as one. Empty when
   * the line gives more or other than that (a line that reads alone, a time with no label).
   */
  static Optional<PublishedDates.Reading> sameDay(String above, PublishedDates.Reading first, String line,
      PageDates pageYear) {
    if (first.published().isEmpty() || first.updated().isPresent() || line.length() > MAX_TIME_LINE
        || line.chars().noneMatch(Character::isDigit) || PublishedDates.parse(line, pageYear).isPresent()) {
      return Optional.empty();
    }
    return PublishedDates.parse(above + " " + line, pageYear)
        .filter(r -> r.published().equals(first.published()) && r.updated().isPresent()
            && !before(r.updated().get(), r.published().get()))
        .map(r -> new PublishedDates.Reading(Optional.empty(), r.updated()));
  }

  /**
   * Two date lines of the head, one under the other, each behind a label the parser does not know ({@code
   * "Aktualizované 4. 12. 2026 19:05"} over {@code "Publikované 4. 12. 2026 18:20"}): each reads as a
   * publication, but an article is published once and updated later, so the earlier of the two is the
   * publication and the later the update. Rewrites the readings in {@code values} at {@code i - 1} and {@code i}
   * and says whether the line above became the update; a pair of equal times, or a line that gives more than a
   * publication, is left as read. The segmenter asks it of lines right under each other, or a blank line apart on
   * a page that sets one between nearly every two lines.
   */
  static boolean inOrder(Object[] values, String[] rules, int i, String rule) {
    if (i == 0 || !rule.equals(rules[i - 1]) || !(values[i - 1] instanceof PublishedDates.Reading above)
        || !(values[i] instanceof PublishedDates.Reading line) || above.updated().isPresent()
        || line.updated().isPresent() || above.published().isEmpty() || line.published().isEmpty()) {
      return false;
    }
    int order = compare(line.published().get(), above.published().get());
    if (order > 0) {
      values[i] = new PublishedDates.Reading(Optional.empty(), line.published());
    } else if (order < 0) {
      values[i - 1] = new PublishedDates.Reading(Optional.empty(), above.published());
      return true;
    }
    return false;
  }

  // The order of two times by their dates, then their times of day (a time missing counts as equal).
  private static int compare(PublicationTime a, PublicationTime b) {
    int days = a.date().compareTo(b.date());
    if (days != 0 || a.time().isEmpty() || b.time().isEmpty()) {
      return days;
    }
    return a.time().get().compareTo(b.time().get());
  }

  // Whether an update's time of day is before the publication's (both printed): an update is never earlier.
  private static boolean before(PublicationTime updated, PublicationTime published) {
    return updated.time().isPresent() && published.time().isPresent()
        && updated.time().get().isBefore(published.time().get());
  }

  /**
   * Where the article's text begins, for the lines a date may be read from by a word the parser does not know
   * ({@link PublishedDates#parseAfterWord}): at a line of prose that is no notice of the site under a byline or a
   * date, or at a second such line (one alone over the byline or date is the standfirst). Read on demand, as the
   * segmenter goes down the lines and asks of a few; the lines above the one asked have their roles.
   */
  static final class TextStart {
    private final List<Line> lines;
    private final LineRole[] roles;
    private int next;
    private boolean body;
    private boolean dated;
    private int prose;

    TextStart(List<Line> lines, LineRole[] roles) {
      this.lines = lines;
      this.roles = roles;
    }

    /** Whether line {@code i} stands above the article's text; asked with {@code i} never decreasing. */
    boolean inHead(int i) {
      for (; next < i && !body; next++) {
        String t = lines.get(next).text();
        if (roles[next] == null && LineMeasures.isProse(t) && !Notices.isNotice(t)) {
          body = dated || ++prose >= 2;
        }
        dated |= roles[next] == LineRole.BYLINE || roles[next] == LineRole.PUBLISHED;
      }
      return !body;
    }
  }
}
