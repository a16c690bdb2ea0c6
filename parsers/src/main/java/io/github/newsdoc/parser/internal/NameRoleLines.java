package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.internal.Bylines.Reading;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An author line and the line right under it, for {@link Bylines} and {@link BylineLines}: a name over its role
 * or desk ({@code "Jane Doe"} / {@code "Health reporter"}), an author line over its outlet ({@code "By Jane Doe"}
 * / {@code "Coast Wire"}), and the shapes of those lines.
 */
final class NameRoleLines {
  // An e-mail address alone on its line.
  private static final Pattern EMAIL_ALONE = Pattern.compile("(?i)(?:e-?mail:? ?)?" + BylineLines.EMAIL.pattern());

  private NameRoleLines() {}

  /** Gives a name line and the role line under it (no blank line between) the byline roles. */
  static void nameAndRole(List<Line> lines, LineRole[] roles, String[] rules, Object[] values) {
    boolean unclaimedBefore = false;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line next = lines.get(i + 1);
      boolean candidate = roles[i] == null && unclaimedBefore
          || roles[i] == LineRole.BYLINE && rules[i].equals("byline");
      unclaimedBefore |= roles[i] == null || roles[i] == LineRole.TITLE;
      if (!candidate || roles[i + 1] != null || next.afterBlank()) {
        continue;
      }
      Bylines.Reading pair = readPair(lines.get(i).text(), next.text()).orElse(null);
      // "By Jane Doe" over "Coast Wire": the author line as read (its value) and the outlet under it
      Bylines.Reading outlet = pair == null && roles[i] == LineRole.BYLINE && rules[i].equals("byline")
          ? outletUnder((Bylines.Reading) values[i], lines.get(i).text(), next.text()) : null;
      if (pair != null) {
        roles[i] = LineRole.BYLINE;
        rules[i] = BylineLines.NAME_LINE;
        values[i] = pair;
        roles[i + 1] = LineRole.BYLINE;
        rules[i + 1] = BylineLines.ROLE_LINE;
        i++;
      } else if (outlet != null) {
        // the outlet is credited, as on one line "By Jane Doe, Coast Wire"
        values[i] = outlet;
        roles[i + 1] = LineRole.BYLINE;
        rules[i + 1] = BylineLines.OUTLET_LINE;
        i++;
      } else if (roles[i] == LineRole.BYLINE && EMAIL_ALONE.matcher(next.text()).matches()) {
        roles[i + 1] = LineRole.BOILERPLATE; // how to reach the author, under the author line
        rules[i + 1] = "byline:address";
        i++;
      } else if (roles[i] == null && isRoleLine(next.text())) {
        // a desk the byline's role cannot hold ("Staff, West Midlands"): the name is the byline, the desk chrome
        Bylines.Reading name = Bylines.nameOnly(lines.get(i).text()).orElse(null);
        if (name != null) {
          roles[i] = LineRole.BYLINE;
          rules[i] = BylineLines.NAME_LINE;
          values[i] = name;
          roles[i + 1] = LineRole.BOILERPLATE;
          rules[i + 1] = "byline:desk";
          i++;
        }
      }
    }
  }

  /**
   * Reads an author line and the line under it, a role or a desk ({@code "Jane Doe"} over
   * {@code "Health reporter"}): empty unless the first line is a name or an author line whose people have no
   * role yet, the second reads as their role or outlet, and together they name the same people.
   */
  static Optional<Reading> readPair(String line, String roleLine) {
    Optional<Reading> first = Bylines.read(line).or(() -> Bylines.nameOnly(line));
    if (first.isEmpty() || !first.get().credits().isEmpty() || first.get().people().stream().anyMatch(p -> p.role().isPresent())
        || !isRoleLine(roleLine)) {
      return Optional.empty();
    }
    Optional<Reading> both = Bylines.read(line + ", " + roleLine);
    return both.filter(r -> r.people().size() == first.get().people().size() && r.weak() == first.get().weak()
        && r.date().equals(first.get().date()) && r.rest().equals(first.get().rest()));
  }

  /**
   * Reads a name line of the article's head and the line right under it, one person's job ({@code "Lindiwe
   * Mahlangu"} over {@code "Eastern Cape Correspondent"}): the name need not have a known first name, for the
   * job under it and their place under the headline are the evidence. Empty unless the line is a name of two or
   * three words that the gazetteers know as no organisation or place, none of them a body's or a place's head
   * word ("Local Government", "Ostby Harbour"), and the line under it says a job.
   */
  static Optional<Reading> readPairInHead(String line, String roleLine) {
    int words = Text.words(line);
    if (words < 2 || words > 3 || !BylineNames.isName(line) || BylineNames.endsSentence(line) || headWord(line)
        || !BylineRoles.PERSON_JOB.matcher(roleLine).matches() || BylineRoles.PLURAL_JOB.matcher(roleLine).matches()
        || !isRoleLine(roleLine)) {
      return Optional.empty();
    }
    return Bylines.readPlaced("By " + line + ", " + roleLine).filter(r -> r.people().size() == 1 && r.credits().isEmpty())
        .map(r -> new Reading(r.people(), r.credits(), r.date(), r.rest(), true));
  }

  // Whether a word of the line is a body's or a place's head ("Local Government", "Ostby Harbour", "Breaking
  // News"): a desk's or a section's name, no person's.
  private static boolean headWord(String line) {
    for (String w : line.split(" ")) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (Names.ORG_HEADS.contains(lower) || PersonIndex.isPlaceLast(lower)
          || BylineRoles.OUTLET_WORD.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A short line that says what a person is or where they work: {@code "Senior NBA writer"}, {@code "Coast News"}. */
  static boolean isRoleLine(String line) {
    return !line.isEmpty() && Character.isUpperCase(line.codePointAt(0)) && Text.words(line) <= 8
        && line.chars().noneMatch(Character::isDigit) && !Text.endsSentence(line)
        && (BylineRoles.PERSON_JOB.matcher(line).matches()
            || BylineRoles.OUTLET_WORD.matcher(line).matches() && line.contains(", "));
  }

  /**
   * A short line that names an outlet or agency and nothing else ({@code "Coast Wire"}, {@code "Harbour
   * Press Service"}), as a layout prints it under an author line.
   */
  static boolean isOutletLine(String line) {
    return !line.isEmpty() && Character.isUpperCase(line.codePointAt(0)) && Text.words(line) <= 6
        && line.chars().noneMatch(Character::isDigit) && !Text.endsSentence(line) && line.indexOf(',') < 0
        && BylineRoles.OUTLET_WORD.matcher(line).matches() && !BylineRoles.JOB_WORD.matcher(line).matches();
  }

  // The author line with "by" (read as {@code alone}) and the outlet line under it, read as one author line that
  // credits the outlet; null when they do not read so.
  private static Bylines.Reading outletUnder(Bylines.Reading alone, String line, String under) {
    if (alone == null || !alone.credits().isEmpty() || alone.date().isPresent() || !alone.rest().isEmpty()
        || !isOutletLine(under)) {
      return null;
    }
    return Bylines.read(line + ", " + under)
        .filter(r -> r.people().size() == alone.people().size() && r.credits().equals(List.of(under))).orElse(null);
  }
}
