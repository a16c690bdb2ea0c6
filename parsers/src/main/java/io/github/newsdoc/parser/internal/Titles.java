package io.github.newsdoc.parser.internal;

import java.util.regex.Pattern;

/** Separates a headline from the site name pages append to it ({@code "… - BBC News"}, {@code "… | Al Jazeera"}). */
public final class Titles {
  /**
   * A headline and what was cut from its end.
   *
   * @param headline the headline
   * @param suffix the separator and site name, such as {@code "| Al Jazeera"}, or empty
   */
  public record Split(String headline, String suffix) {}

  private static final Pattern SITE_WORD = Pattern.compile(
      "(?i).*\\b(news|times|post|journal|guardian|herald|tribune|telegraph|online|daily|press|media|today|"
          + "network|tv|radio|magazine|gazette|review|insider|wire|observer|chronicle|mail|star|sun|standard|"
          + "independent|express|ledger|courier|bulletin|dispatch|reporter|weekly|world|\\w+\\.(?:com|org|net|"
          + "co\\.uk|io))\\b.*");

  // The same shapes as the standard rules for a cut site name, so that the cut line is boilerplate again.
  private static final Pattern DASHED_SITE = Pattern.compile(
      "[–—-] (?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d.&'-]*(?: (?:[\\p{Lu}\\d&|»][\\p{L}\\p{M}\\d.&'-]*)){0,12}"
          + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|co\\.uk|com\\.br|ca|io|info|news))");

  private Titles() {}

  /** Cuts site suffixes from a normalised title line. */
  public static Split split(String title) {
    String headline = title;
    int cut = title.length();
    while (true) {
      int bar = headline.lastIndexOf(" | ");
      if (bar > 0 && isSiteName(headline.substring(bar + 3), 6)) {
        headline = headline.substring(0, bar);
        cut = bar;
        continue;
      }
      int dash = Math.max(headline.lastIndexOf(" - "), Math.max(headline.lastIndexOf(" – "),
          headline.lastIndexOf(" — ")));
      if (dash > 0 && isSiteName(headline.substring(dash + 3), 4)
          && SITE_WORD.matcher(headline.substring(dash + 3)).matches()
          && DASHED_SITE.matcher(headline.substring(dash + 1)).matches()) {
        headline = headline.substring(0, dash);
        cut = dash;
        continue;
      }
      break;
    }
    return new Split(headline.strip(), title.substring(cut).strip());
  }

  private static boolean isSiteName(String s, int maxWords) {
    return !s.isBlank() && Text.words(s.strip()) <= maxWords && !Text.endsSentence(s) && s.length() <= 100
        && Character.isUpperCase(s.strip().codePointAt(0)) || s.strip().matches("[\\w.-]+\\.(?:com|org|net)");
  }
}
