package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Optional;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Separates a headline from the site name pages append to it ({@code "… - BBC News"}, {@code "… | Al Jazeera"}),
 * and reads a title line's other parts: what stands before its last separator, a subtitle after the headline,
 * the words outside brackets.
 */
final class Titles {
  /**
   * A headline and what was cut from its end.
   *
   * @param headline the headline
   * @param suffix the separator and site name, such as {@code "| Al Jazeera"}, or empty
   */
  public record Split(String headline, String suffix) {}

  // A site name has at most this many characters, and at most this many are cut: bounds the work.
  private static final int MAX_SITE = 100;
  private static final int MAX_CUTS = 5;

  private static final Pattern SITE_WORD = Pattern.compile(
      "(?i).*\\b(news|times|post|journal|guardian|herald|tribune|telegraph|online|daily|press|media|today|"
          + "network|tv|radio|magazine|gazette|review|insider|wire|observer|chronicle|mail|star|sun|standard|"
          + "independent|express|ledger|courier|bulletin|dispatch|reporter|weekly|world|\\w+\\.(?:com|org|net|"
          + "co\\.uk|io))\\b.*");
  // The same shapes as the standard rules for a cut site name, so that the cut line is boilerplate again.
  private static final Pattern DASHED_SITE = Pattern.compile(
      "[–—-] (?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d.&'-]*(?: (?:[\\p{Lu}\\d&|»][\\p{L}\\p{M}\\d.&'-]*)){0,12}"
          + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|co\\.uk|com\\.br|ca|io|info|news))");
  private static final Pattern DOMAIN = Pattern.compile("[\\w.-]{1,90}\\.(?:com|org|net)");

  private Titles() {}

  /**
   * The site's name as the browser-title line that opens a text prints it after the headline ({@code "Headline |
   * Coast Courier"}): the last of the names cut from the text's first line, when that line is one; empty
   * otherwise.
   */
  static Optional<String> siteName(List<Line> lines) {
    if (lines.isEmpty() || lines.get(0).number() != 1) {
      return Optional.empty();
    }
    String suffix = split(lines.get(0).text()).suffix();
    int cut = Math.max(suffix.lastIndexOf(" | "), Math.max(suffix.lastIndexOf(" - "),
        Math.max(suffix.lastIndexOf(" – "), suffix.lastIndexOf(" — "))));
    String site = cut >= 0 ? suffix.substring(cut + 3) : suffix.length() > 2 ? suffix.substring(2) : "";
    return site.isBlank() ? Optional.empty() : Optional.of(site.strip());
  }

  /** Cuts site suffixes from a title line; linear in its length. */
  public static Split split(String title) {
    int end = title.length();
    for (int cuts = 0; cuts <= MAX_CUTS; cuts++) {
      if (cuts == MAX_CUTS) {
        // more site names than any page prints: not a title with a suffix; keep it whole, so that the
        // cut title would be cut again the same way
        if (cutAt(title, end) < end) {
          return new Split(title.strip(), "");
        }
        break;
      }
      int cut = cutAt(title, end);
      if (cut == end) {
        break;
      }
      end = cut;
    }
    return new Split(title.substring(0, end).strip(), title.substring(end).strip());
  }

  /**
   * As {@link #split(String)}, and when no site name is known, the title line cut at its last separator if
   * {@code printedAlone} says the page prints what stands before it on a line of its own ({@code "New Zealand -
   * Wikipedia"} with {@code "New Zealand"} printed over the article): the page itself says which part is the
   * headline. What stands after the separator must read as a site's name (at most five words, each capitalised
   * or a digit, "of", "the", "and" or "&" between them, or a domain) and be no longer than the headline.
   */
  static Split split(String title, Predicate<String> printedAlone) {
    Split split = split(title);
    int cut = lastSeparator(title);
    if (!split.suffix().isEmpty() || cut <= 0) {
      return split;
    }
    String head = title.substring(0, cut).strip();
    String site = title.substring(cut + 3).strip();
    if (!head.isEmpty() && site.length() <= head.length()
        && (isSiteName(site, 5) && capitalised(site) || DOMAIN.matcher(site).matches()) && printedAlone.test(head)) {
      return new Split(head, title.substring(cut).strip());
    }
    return split;
  }

  // Whether every word of a name starts with a capital or a digit, or joins two that do ("Bank of England").
  private static boolean capitalised(String name) {
    for (String w : name.split(" ")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
          && !w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("&")) {
        return false;
      }
    }
    return true;
  }

  // Where the last separator (" | ", " - ", " – ", " — ") of a title line starts, or -1.
  private static int lastSeparator(String text) {
    return Math.max(text.lastIndexOf(" | "),
        Math.max(text.lastIndexOf(" - "), Math.max(text.lastIndexOf(" – "), text.lastIndexOf(" — "))));
  }

  // Where the site name ending at {@code end} starts (its separator), or {@code end} when there is none.
  private static int cutAt(String title, int end) {
    int bar = title.lastIndexOf(" | ", end - 1);
    if (bar > 0 && bar + 3 <= end && end - bar - 3 <= MAX_SITE && isSiteName(title.substring(bar + 3, end), 6)) {
      return bar;
    }
    int dash = Math.max(title.lastIndexOf(" - ", end - 1),
        Math.max(title.lastIndexOf(" – ", end - 1), title.lastIndexOf(" — ", end - 1)));
    if (dash > 0 && dash + 3 <= end && end - dash - 3 <= MAX_SITE) {
      String site = title.substring(dash + 3, end);
      if (isSiteName(site, 4) && SITE_WORD.matcher(site).matches()
          && DASHED_SITE.matcher(title.substring(dash + 1, end)).matches()) {
        return dash;
      }
    }
    return end;
  }

  private static boolean isSiteName(String s, int maxWords) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > MAX_SITE) {
      return false;
    }
    return Text.words(t) <= maxWords && !Text.endsSentence(s) && Character.isUpperCase(t.codePointAt(0))
        || DOMAIN.matcher(t).matches();
  }

  // The opening line before its last separator (" | ", " - ", " – ", " — "), or null when it has none.
  static String beforeLastSeparator(String text) {
    int cut = lastSeparator(text);
    return cut > 0 ? text.substring(0, cut).strip() : null;
  }

  // Whether the browser title's headline is {@code line} and then another sentence ("Headline. Subtitle…",
  // "Headline: subtitle"): a layout that fills its title with both prints them on lines of their own.
  static boolean opensWith(String openingHeadline, String line) {
    int end = line.length();
    if (openingHeadline.length() < end + 3 || !openingHeadline.startsWith(line)) {
      return false;
    }
    char mark = openingHeadline.charAt(end);
    return (mark == '.' || mark == ':' || mark == '?' || mark == '!') && openingHeadline.charAt(end + 1) == ' '
        && Character.isUpperCase(openingHeadline.codePointAt(end + 2));
  }

  // The text without its parts in round or square brackets, its spaces joined and stripped (brackets do not nest
  // in a title; an unclosed one runs to the end).
  static String outsideBrackets(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char close = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (close == 0 && (c == '(' || c == '[')) {
        close = c == '(' ? ')' : ']';
      } else if (close != 0 && c == close) {
        close = 0;
      } else if (close == 0 && !(c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' '))) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
