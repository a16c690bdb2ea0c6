package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names alone on a line of the article's head, as a layout prints its authors without "By" ({@link BylineLines}):
 * how they are read, and the words the page writes in lower case, which no person's name holds.
 */
final class HeadNames {
  private HeadNames() {}

  /**
   * "Ana Ruiz and Jo Park": the names of one to three people and nothing else, each of two or three words and
   * beginning with a known first name (beside a date, a site's or a section's name, "Harbour Stories", is as
   * likely as an unknown first name: not taken). No word of a name is one the page writes in lower case ("Grace
   * Update": the page's prose says "update"), nor one of an organisation or a place.
   */
  static java.util.Optional<Bylines.Reading> namesAlone(Supplier<Set<String>> lowerCase, String text) {
    return namesAlone(lowerCase, text, true);
  }

  // As namesAlone(lowerCase, text); with known false, a name that opens with no known first name is read too (the
  // author's e-mail address beside it says it is an author's).
  static java.util.Optional<Bylines.Reading> namesAlone(Supplier<Set<String>> lowerCase, String text,
      boolean known) {
    if (text.length() > BylineLines.MAX_NAMES || text.chars().anyMatch(Character::isDigit)) {
      return java.util.Optional.empty();
    }
    java.util.Optional<Bylines.Reading> read = Bylines.read("By " + text).filter(r -> r.date().isEmpty()
        && r.credits().isEmpty() && r.rest().isEmpty() && r.people().size() <= 3
        && r.people().stream().allMatch(p -> plainName(p, known)));
    if (read.isEmpty()) {
      return read;
    }
    if (writtenInLowerCase(lowerCase, read.get())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Bylines.Reading(read.get().people(), List.of(), java.util.Optional.empty(),
        List.of(), true));
  }

  // Whether a word of a name the reading gives is one the page writes in lower case ("Grace Update", "Local
  // Government"): a heading's or a section's words, not a person's.
  static boolean writtenInLowerCase(Supplier<Set<String>> lowerCase, Bylines.Reading reading) {
    Set<String> lower = lowerCase.get();
    for (Byline p : reading.people()) {
      for (String w : p.name().split(" ")) {
        if (lower.contains(w.toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  // A person's name alone, as a line under the headline may print it without "by": two or three words opening
  // with a known first name, no role, no word that is no name's, and no organisation's or place's name.
  static boolean plainName(Byline p, boolean known) {
    Gazetteer g = Gazetteer.INSTANCE;
    return p.role().isEmpty() && words(p.name()) >= 2 && words(p.name()) <= 3 && BylineNames.isName(p.name())
        && (!known || BylineNames.knownFirstName(p.name())) && !BylineNames.hasWordThatIsNoName(p.name())
        && g.organisation(p.name()) == null && g.place(p.name()) == null;
  }

  static int words(String name) {
    return name.split(" ").length;
  }

  // The words the page writes in lower case (asked once a page, and only of a line that reads as names alone).
  static Set<String> lowerCaseWords(List<Line> lines) {
    Set<String> lower = new HashSet<>();
    for (Line line : lines) {
      String t = line.text();
      int start = -1;
      for (int i = 0; i <= t.length(); i++) {
        boolean letter = i < t.length() && Character.isLetter(t.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          // (not a word of an e-mail address or a link: "quillon@…" is no word the page writes)
          if (Character.isLowerCase(t.charAt(start)) && !(i < t.length() && t.charAt(i) == '@')
              && !(start > 0 && ".@/".indexOf(t.charAt(start - 1)) >= 0)) {
            lower.add(t.substring(start, i));
          }
          start = -1;
        }
      }
    }
    return lower;
  }
}
