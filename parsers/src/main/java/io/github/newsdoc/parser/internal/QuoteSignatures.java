package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;
import java.util.List;

/** A quote's signature on the line under it: a dash and a person's name, which the attribution credits. */
final class QuoteSignatures {
  private QuoteSignatures() {}

  /**
   * Whether line {@code i} is the signature of the quote that ends the paragraph above it ({@code "- Ana Ruiz."},
   * {@code "— Ana Ruiz, Tucson"}), which would otherwise look like a site's name after a dash.
   */
  static boolean is(List<Line> lines, LineRole[] roles, int i) {
    String t = lines.get(i).text();
    if (t.length() > 80 || t.isEmpty() || "-—–―".indexOf(t.charAt(0)) < 0 || i == 0
        || roles[i - 1] != LineRole.PARAGRAPH || lines.get(i - 1).gapTo(lines.get(i)) > 2) {
      return false; // not after a gap: the canonical writer sets the boilerplate apart by blank lines
    }
    String before = lines.get(i - 1).text();
    int e = before.length();
    while (e > 0 && (before.charAt(e - 1) == '.' || Text.isSpace(before.charAt(e - 1)))) {
      e--;
    }
    if (e == 0 || "\"”'’".indexOf(before.charAt(e - 1)) < 0 || before.length() < 40) {
      return false;
    }
    int k = 1;
    while (k < t.length() && (Text.isSpace(t.charAt(k)) || "-—–―".indexOf(t.charAt(k)) >= 0)) {
      k++;
    }
    // a person's name before the first comma, as the attributor will read it: not a wire service or a site
    // ("- Reuters", "— Associated Press", "- The Daily Ledger"), which stays the page's
    int comma = t.indexOf(',', k);
    List<Words.Word> name = Words.of(t, k, comma < 0 ? t.length() : comma);
    if (name.isEmpty() || name.size() > 5 || Names.trailingName(name).size() != name.size()
        || name.size() == 1 && !fullNameElsewhere(lines, i, name.get(0).core())) {
      return false;
    }
    int words = 0;
    boolean wordStart = true;
    for (; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Text.isSpace(c) || c == ',') {
        wordStart = true;
      } else if (wordStart) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        wordStart = false;
        words++;
      } else if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
        return false;
      }
    }
    return words >= 1 && words <= 6;
  }

  // "- Sanders." under a quote, where the article elsewhere writes "Bernie Sanders": one word signs the quote
  // when another line has it after a common first name. Read only for a dash line under a quote.
  private static boolean fullNameElsewhere(List<Line> lines, int i, String surname) {
    for (int j = 0; j < lines.size(); j++) {
      String t = lines.get(j).text();
      for (int at = j == i ? -1 : t.indexOf(surname); at > 1; at = t.indexOf(surname, at + 1)) {
        int end = at + surname.length();
        if (t.charAt(at - 1) == ' ' && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
          int from = at - 1;
          while (from > 0 && Character.isLetter(t.charAt(from - 1))) {
            from--;
          }
          if (from < at - 1 && Genders.commonFirstName(t.substring(from, at - 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
