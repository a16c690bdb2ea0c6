package io.github.newsdoc.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what after an author's name is their role, the job the page prints after the name's comma
 * ({@code "By Jane Doe, Staff Writer"}), and when an "and" inside it joins the beats of one job rather than a
 * second author: {@code "By Mara Velden, harbour and shipping correspondent"}, {@code "By Jo Park, Coast Post
 * health and science reporter"}. A role after a comma runs to the end of the line, and the words after its
 * "and" are in small letters and end in a person's job ({@link Bylines#PERSON_JOB}), and those before it end in
 * small letters or are a job; a second author's name opens with a capital on either side ({@code "By Jane Doe,
 * Staff Writer and Jo Park"}, {@code "By Jane Doe, Jo Park and staff reporters"} are not one role).
 */
final class BylineRoles {
  // A body a reporter belongs to: "University of Tarrant", "Centre for Coastal Studies".
  private static final Pattern AFFILIATION = Pattern.compile("\\p{Lu}\\S* (?:\\S+ )?(?:of|for) \\p{Lu}.*");

  // The words of a job: "Staff Writer", "Senior NBA writer", "Health reporter".
  static final Pattern JOB_WORD = Pattern.compile(
      "(?i).*\\b(writers?|correspondents?|reporters?|editors?|staff|contributors?|columnists?|producers?|analysts?|"
          + "chief|senior|desk|journalists?|photographers?|special|author|political|diplomatic|business|science|"
          + "health|security|defen[cs]e|economics|technology|sports?|arts|culture|intern|critic|envoy|"
          + "envoyée?|redakteur(?:in)?|redactora?|redattrice|redacteur|giornalista|periodista|corresponsal|"
          + Bylines.CJK_JOBS + ")\\b.*");
  // The words of a body that publishes or sells news: "Associated Press", "Coast News", "Wire Agency".
  static final Pattern OUTLET_WORD = Pattern.compile(
      "(?i).*\\b(press|news|agency|wire|service|media|times|post|herald|gazette|tribune|journal|daily|network|"
          + "radio|television|tv|broadcasting|magazine|online|bureau|associated|international)\\b.*");
  // One person's job, as a role line under a name says it: "Senior NBA writer", "Staff, West Midlands". (Not
  // a desk alone, "Sports", nor a heading over a list, "Editors' Picks", "More columnists".)
  static final Pattern PERSON_JOB = Pattern.compile(
      "(?i).*\\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist|producer|analyst|journalist|"
          + "photographer|author|critic|intern|presenter|envoy)\\b(?!['’]).*");
  // "Editors' Picks", "More columnists": a heading over a list, not one person's job.
  static final Pattern PLURAL_JOB = Pattern.compile(
      "(?i).*\\b(?:writers|correspondents|reporters|editors|contributors|columnists|producers|analysts|journalists|"
          + "photographers)\\b.*");

  private BylineRoles() {}

  /** Whether {@code s} has the shape of a role: a job, an outlet, a body, or words in small letters. */
  static boolean isRole(String s) {
    return Text.words(s) <= 6 && !s.chars().anyMatch(Character::isDigit)
        && (JOB_WORD.matcher(s).matches() || OUTLET_WORD.matcher(s).matches()
            || Character.isLowerCase(s.charAt(0)) || AFFILIATION.matcher(s).matches());
  }

  /**
   * Whether {@code part}, the last part of an author line after a name's comma, is one role with an "and"
   * inside it: the words after each "and" are in small letters, and those after the last end in a person's job.
   */
  static boolean oneJob(String part) {
    if (!isRole(part)) {
      return false;
    }
    Matcher and = Bylines.AND.matcher(part);
    int after = -1;
    if (and.find()) {
      // the words before the first "and" are a beat in small letters or a job ("harbour and shipping", "Staff
      // Writer and photographer"), not a second author's name or an agency ("Jo Park and staff reporters",
      // "Reuters and staff reporter")
      String before = part.substring(0, and.start()).strip();
      String[] words = before.split(" +");
      if (words.length == 0 || words[words.length - 1].isEmpty()
          || !Character.isLowerCase(words[words.length - 1].codePointAt(0)) && !PERSON_JOB.matcher(before).matches()) {
        return false;
      }
      and.reset();
    }
    while (and.find()) {
      if (and.end() >= part.length() || !Character.isLowerCase(part.codePointAt(and.end()))) {
        return false;
      }
      after = and.end();
    }
    if (after < 0) {
      return false;
    }
    String tail = part.substring(after).strip();
    for (String word : tail.split(" +")) {
      if (!Character.isLowerCase(word.codePointAt(0))) {
        return false;
      }
    }
    return PERSON_JOB.matcher(tail).matches();
  }
}
