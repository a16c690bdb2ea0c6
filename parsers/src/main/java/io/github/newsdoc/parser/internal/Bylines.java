package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads author lines: {@code "By Jane Doe, Staff Writer"}, {@code "By Jane Doe and John Roe"}. */
final class Bylines {
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'.-]*");
  private static final Set<String> PARTICLES = Set.copyOf(List.of("de", "da", "van", "von", "der", "den", "al", "el", "bin",
      "la", "le", "del", "du", "di", "dos", "das", "ibn", "ter", "y"));
  private static final Pattern ROLE_WORD = Pattern.compile(
      "(?i).*\\b(writer|correspondent|reporter|editor|staff|contributor|columnist|producer|analyst|bureau|chief|"
          + "senior|desk|news|journalist|photographer|digital|special|associated|press|agency|wire|team|"
          + "author|international|political|diplomatic|business|science|health|security|defen[cs]e|"
          + "economics|technology|sports?|arts|culture)\\b.*");

  private Bylines() {}

  /** Returns the bylines of a normalised line, when it is an author line. */
  public static Optional<List<Byline>> parse(String line) {
    if (!line.startsWith("By ") || line.length() > 160 || Text.words(line) > 16) {
      return Optional.empty();
    }
    if (endsSentence(line)) {
      return Optional.empty();
    }
    String rest = line.substring(3).strip();
    List<Byline> bylines = new ArrayList<>();
    String[] commaParts = rest.split(", ?");
    String pendingName = null;
    for (String part : commaParts) {
      String[] names = part.split(" (?:and|&) ");
      for (String candidate : names) {
        String c = candidate.strip();
        if (c.isEmpty()) {
          return Optional.empty();
        }
        if (isName(c) && !(pendingName != null && ROLE_WORD.matcher(c).matches())) {
          if (pendingName != null) {
            bylines.add(Byline.of(pendingName, Optional.empty()));
          }
          pendingName = c;
        } else if (pendingName != null && isRole(c)) {
          bylines.add(Byline.of(pendingName, Optional.of(c)));
          pendingName = null;
        } else {
          return Optional.empty();
        }
      }
    }
    if (pendingName != null) {
      bylines.add(Byline.of(pendingName, Optional.empty()));
    }
    for (Byline b : bylines) {
      // each byline is written back on a line of its own, which must read as a byline too: "By Ab.𝔘., Ab."
      // ends with an initial, but its first name alone ("By Ab.𝔘.") does not
      if (endsSentence("By " + b.name() + b.role().map(r -> ", " + r).orElse(""))) {
        return Optional.empty();
      }
    }
    return bylines.isEmpty() ? Optional.empty() : Optional.of(bylines);
  }

  // Whether the line, as it will be written back (without the commas it may end with: "By J. R.," is
  // "By J. R."), ends with a sentence's period rather than an initial's.
  private static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 3 && (line.charAt(end - 1) == ',' || line.charAt(end - 1) == ' ')) {
      end--;
    }
    return line.charAt(end - 1) == '.' && !endsWithInitial(line.substring(0, end));
  }

  // "By Jane Doe Jr." or "By J. R." ends with an abbreviation, not a sentence.
  private static boolean endsWithInitial(String line) {
    String last = line.substring(line.lastIndexOf(' ') + 1);
    return last.codePointCount(0, last.length()) <= 4 && Character.isUpperCase(last.codePointAt(0));
  }

  private static boolean isName(String s) {
    String[] words = s.split(" ");
    if (words.length > 5) {
      return false;
    }
    boolean capital = false;
    for (String w : words) {
      if (NAME_WORD.matcher(w).matches()) {
        capital = true;
      } else if (!PARTICLES.contains(w)) {
        return false;
      }
    }
    return capital;
  }

  private static boolean isRole(String s) {
    return Text.words(s) <= 6 && !s.chars().anyMatch(Character::isDigit)
        && (ROLE_WORD.matcher(s).matches() || Character.isLowerCase(s.charAt(0)));
  }
}
