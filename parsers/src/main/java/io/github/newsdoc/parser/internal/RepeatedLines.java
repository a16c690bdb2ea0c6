package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lines a page prints again: a line that repeats the title or an earlier caption is boilerplate (a captioned
 * photo printed again, as a slideshow does, takes its credit line with it); a line printed twice in a row is a
 * caption the page repeated (alt text and caption), when it says enough to describe a picture: a menu item
 * printed twice ("Europe" over "Europe", the selected tab) is no caption, nor is a line whose text or credit
 * the site rules read as chrome ({@code chromeCaption}: "To find out more, click here. Advertisement"). Not
 * read in canonical text, which prints each block as it is.
 */
final class RepeatedLines {
  /** What the rules of lines printed again begin with. */
  static final String RULE_PREFIX = "repeat:";

  private RepeatedLines() {}

  /** Marks the lines that repeat the title (line {@code title}) or an earlier caption, and captions printed twice. */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules, int title,
      Predicate<String> chromeCaption) {
    Set<String> seen = new HashSet<>();
    if (title >= 0) {
      seen.add(lines.get(title).text());
      seen.add(Titles.split(lines.get(title).text()).headline());
    }
    Optional<String> credit = Optional.empty();
    for (int i = 0; i < roles.length; i++) {
      String t = lines.get(i).text();
      if (roles[i] == LineRole.CAPTION_CREDIT) {
        credit = Segmenter.CREDIT_BELOW.equals(rules[i]) ? Optional.empty() : Captions.imageSource(t);
        continue;
      }
      if (roles[i] == LineRole.CAPTION && rules[i].equals("caption:above-credit") && seen.contains(t)) {
        // a captioned photo the page prints again (a slideshow): the caption and its credit line are chrome
        set(roles, rules, i, LineRole.BOILERPLATE, "repeat:earlier-line");
        if (i + 1 < roles.length && Segmenter.CREDIT_BELOW.equals(rules[i + 1])) {
          set(roles, rules, i + 1, LineRole.BOILERPLATE, "repeat:caption-credit");
          i++;
        }
        continue;
      }
      if (roles[i] == LineRole.CAPTION) {
        seen.add(t);
        Optional<String> labelled = Captions.imageCaption(t);
        Captions.Parts parts = labelled.isPresent() && credit.isPresent()
            ? new Captions.Parts(labelled.get(), credit)
            : Captions.splitCredit(labelled.orElse(t));
        seen.addAll(Captions.printedForms(parts));
        credit = Optional.empty();
        continue;
      }
      if (roles[i] != null && roles[i] != LineRole.PARAGRAPH) {
        continue;
      }
      if (seen.contains(t)) {
        set(roles, rules, i, LineRole.BOILERPLATE, "repeat:earlier-line");
      } else if (i + 1 < roles.length && roles[i + 1] == LineRole.CAPTION && !lines.get(i + 1).afterBlank()
          && Captions.splitCredit(lines.get(i + 1).text()).text().equals(t)) {
        set(roles, rules, i, LineRole.BOILERPLATE, "repeat:caption"); // the caption under it, printed twice
      } else if (i + 1 < roles.length && roles[i + 1] == null && !lines.get(i + 1).afterBlank()
          && lines.get(i + 1).text().equals(t) && Text.words(t) >= Segmenter.MIN_CAPTION_WORDS && !chromeCaption.test(t)) {
        set(roles, rules, i, LineRole.CAPTION, "caption:printed-twice");
        set(roles, rules, i + 1, LineRole.BOILERPLATE, "repeat:caption");
        seen.add(t);
        i++;
      }
    }
  }

  private static void set(LineRole[] roles, String[] rules, int i, LineRole role, String rule) {
    roles[i] = role;
    rules[i] = rule;
  }
}
