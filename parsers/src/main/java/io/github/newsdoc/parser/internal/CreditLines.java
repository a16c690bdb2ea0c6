package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines that credit a report: {@code "With reporting by Reuters and AFP"},
 * {@code "(Reporting by X; Editing by Y)"}, {@code "X contributed to this report."} (from or in a place:
 * {@code "X contributed to this story from Ndola."}),
 * {@code "Information from X was used in this report."}.
 */
final class CreditLines {
  private static final Pattern WITH = Pattern.compile(
      "(?i)(?:with )?(?:additional )?(?:reporting|files|inputs) (?:by|from) (.{1,300}?)\\.?");
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "(.{1,200}?) contributed (?:reporting |additional reporting )?to this (?:report|story|article)"
          + "(?: (?:from|in) \\p{Lu}[\\p{L}\\p{M}'’. -]{1,60}?)?\\.?");
  // "Information from X was used in this report."
  private static final Pattern USED = Pattern.compile(
      "(?i)(?:information|material|data|reporting) from (.{1,200}?) (?:was|were) used in this (?:report|story|article)\\.?");
  private static final Pattern ROLE_BY = Pattern.compile(
      "(?i)(?:additional )?(?:reporting|writing|editing|compiled|compiling|graphics|research|translation|"
          + "written|edited)(?: by)? (.{1,200})");

  private CreditLines() {}

  /** Returns the credited names of a normalised line, when it is a credit line. */
  public static Optional<List<String>> parse(String line) {
    if (line.length() > 400) {
      return Optional.empty();
    }
    if (line.startsWith("(") && line.endsWith(")")) {
      String inside = line.substring(1, line.length() - 1);
      return roles(inside).or(() -> inside.contains(";") ? Optional.empty() : with(inside));
    }
    Optional<List<String>> with = with(line);
    if (with.isPresent()) {
      return with;
    }
    Matcher m;
    m = CONTRIBUTED.matcher(line);
    if (line.contains(" contributed ") && m.matches()) {
      return names(m.group(1));
    }
    m = USED.matcher(line);
    if (line.contains(" used in this ") && m.matches()) {
      return names(m.group(1));
    }
    return Optional.empty();
  }

  // "With reporting by X", "Additional reporting by X", "With files from X", "With inputs from X"; "reporting
  // by" in the middle of a line only with the roles a ';' sets apart.
  private static Optional<List<String>> with(String line) {
    Matcher m = WITH.matcher(line);
    if (m.matches() && (line.regionMatches(true, 0, "with", 0, 4) || line.regionMatches(true, 0, "additional", 0, 10)
        || line.contains(";"))) {
      return line.contains(";") ? roles(line) : names(m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<List<String>> roles(String inside) {
    List<String> names = new ArrayList<>();
    for (String part : inside.split(";")) {
      Matcher m = ROLE_BY.matcher(part.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      Optional<List<String>> some = names(m.group(1));
      if (some.isEmpty()) {
        return Optional.empty();
      }
      names.addAll(some.get());
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /** Splits a list of names at commas, 'and' and '&'; empty when any part is too long to be a name. */
  static Optional<List<String>> names(String list) {
    List<String> names = new ArrayList<>();
    String all = list.strip();
    if (all.endsWith(".")) {
      all = all.substring(0, all.length() - 1);
    }
    for (String part : all.split(",| and | & ")) {
      String name = part.strip();
      if (name.startsWith("and ")) {
        name = name.substring(4).strip();
      }
      if (name.isEmpty()) {
        continue;
      }
      // a name with ';' could not be written back: the canonical credit line reads ';' as between roles
      // the words of a name, not of the place after it: "Wire writer Jo Park in West Palm Beach"
      int in = name.indexOf(" in ");
      if (Text.words(in < 0 ? name : name.substring(0, in)) > 6 || Text.words(name) > 10
          || !Character.isUpperCase(name.codePointAt(0)) && !BylineNames.isAgency(name) // "dpa" writes itself so
          || name.indexOf(';') >= 0) {
        return Optional.empty();
      }
      int last = names.size() - 1;
      if (last >= 0 && names.get(last).contains(" in ") && Text.words(name) == 1) {
        names.set(last, names.get(last) + ", " + name); // "X in West Palm Beach, Florida"
      } else {
        names.add(name);
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }
}
