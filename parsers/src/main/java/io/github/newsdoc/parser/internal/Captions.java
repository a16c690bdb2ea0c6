package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of captions: keyword lines, credits at the end of a caption, {@code "X / Getty Images"},
 * {@code "Image source, …"} and {@code "Image caption, …"} lines.
 */
final class Captions {
  /** A caption's text and its credit, if any. */
  public record Parts(String text, Optional<String> credit) {}

  private static final Pattern KEYWORDS = Pattern.compile(
      "[\\p{Ll}\\p{Lo}\\d][\\p{Ll}\\p{Lo}\\p{M}\\d'‘’-]*(?: [\\p{Ll}\\p{Lo}\\d][\\p{Ll}\\p{Lo}\\p{M}\\d'‘’-]*){0,3}"
          + "(?:, ?[\\p{Ll}\\p{Lo}\\d][\\p{Ll}\\p{Lo}\\p{M}\\d'‘’-]*"
          + "(?: [\\p{Ll}\\p{Lo}\\d][\\p{Ll}\\p{Lo}\\p{M}\\d'‘’-]*){0,3}){0,30}");
  // Matched on the line as printed: any Unicode space may follow the label, and the rest keeps its spaces.
  private static final Pattern IMAGE_SOURCE =
      Pattern.compile("(?i)(?:image|picture|photo|video) (?:source|copyright),?[\\s\\p{Z}]+(.{1,120})");
  // Only the label is matched: the caption after it may be as long as a line, as a caption printed twice can
  // be, so that the canonical text of any caption reads back.
  private static final Pattern IMAGE_CAPTION =
      Pattern.compile("(?i)(?:image|media|video|photo) caption,?[\\s\\p{Z}]+");
  /** The longest credit: what an {@code "Image source, …"} line reads. */
  static final int MAX_CREDIT = 120;
  // The picture labels, capitalised as a caption prints them, the longest first; only they may stand in
  // another case ("PHOTO:").
  private static final List<String> PICTURE_LABELS = CreditShapes.PICTURE_LABELS.stream()
      .map(l -> l.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + l.substring(1)).toList();
  // The labels of a credit at a caption's end: "Photo credit", the picture labels, "Credit", "Video".
  private static final List<String> CREDIT_LABELS = creditLabels();
  // "… at the lab | photo by Name", "… at the lab. Photograph by Name/Agency", "… on Wednesday. Photo courtesy of
  // Name": the credit after a bar, a dash or the caption's last sentence
  private static final Pattern BY_AT_END = Pattern.compile(
      "(.*?[^\\s|—–-])(?:\\s+[|—–-]|(?<=[.!?]))\\s+(?iu:" + CreditShapes.labels() + "s? (?:by|courtesy of)) "
          + "(\\p{Lu}[^|()]{1,80})");
  // Where a picture came from when no one is named, after a dash at a caption's end: "— Screengrab", "— File".
  private static final Pattern PICTURE_SOURCE = Pattern.compile(
      "(?i)(?:screen ?grab|screenshot|handout|supplied|file(?: photo)?|courtesy(?: photo)?)");
  // A credit in brackets at the end of a caption: "(Photo: Name/Agency)", "(Name/Agency)", "[Agency]".
  private static final Pattern BRACKETED = Pattern.compile("(.*\\S) ?(?:\\(([^()]{2,80})\\)|\\[([^\\[\\]]{2,80})\\])");
  // "…霧浜町（小野寺遼撮影）", "…漁港＝2008年10月（資料写真）": a Japanese caption's credit in full-width brackets
  private static final Pattern WIDE_CREDIT = Pattern.compile("(.*[^\\s（])（([^（）\\s]{0,20}?)(撮影|写真)）");
  // A Japanese name: kanji and katakana (no hiragana, which writes particles: "ドローンで"), and no unit of a date
  private static final Pattern JAPANESE_NAME = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー・]+");
  private static final Pattern DATE_UNITS = Pattern.compile("[年月日時分前後同当昨今]");
  // A Japanese caption is at least this wide (a wide character counts two, see LineMeasures#width).
  private static final int MIN_WIDE_CAPTION = 20;
  private static final Pattern PHOTO_LABEL = Pattern.compile("(?iu)" + CreditShapes.labels() + "\\s*:\\s*");
  private static final Pattern PHOTO_WORD = Pattern.compile("(?iu).*(?<!\\p{L})(?:" + CreditShapes.labels()
      + "|credit)(?!\\p{L}).*");
  // The label of a credit in brackets, left out of its words: "(Photo: …)", "(Photo by …)", "(Image credit: © …)".
  private static final Pattern BRACKET_LABEL = Pattern.compile(
      "^(?iu)(?:" + CreditShapes.labels() + "s?(?: credit)?\\s*(?::|by )|credit\\s*:|(?:" + CreditShapes.labels()
          + "s? )?courtesy(?: of)? )\\s*(?:©\\s*)?");

  private Captions() {}

  private static List<String> creditLabels() {
    List<String> labels = new java.util.ArrayList<>(List.of("Photo credit"));
    labels.addAll(PICTURE_LABELS);
    labels.addAll(List.of("Credit", "Video"));
    return List.copyOf(labels);
  }

  /** Returns the keywords of a lower-case, comma-separated keyword line with at least {@code minItems}. */
  public static Optional<List<String>> keywords(String line, int minItems) {
    if (line.length() > 400 || !KEYWORDS.matcher(line).matches()) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    for (String part : line.split(",")) {
      String item = part.strip();
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items.size() >= minItems ? Optional.of(items) : Optional.empty();
  }

  /** The credit of an {@code "Image source, Getty Images"} line. */
  public static Optional<String> imageSource(String line) {
    Matcher m = IMAGE_SOURCE.matcher(line);
    return m.matches() ? nonBlank(m.group(1)) : Optional.empty();
  }

  private static Optional<String> nonBlank(String s) {
    String t = Text.strip(s);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** The text of an {@code "Image caption, …"} or {@code "Media caption …"} line. */
  public static Optional<String> imageCaption(String line) {
    Matcher m = IMAGE_CAPTION.matcher(line);
    return m.lookingAt() && m.end() < line.length() ? nonBlank(line.substring(m.end())) : Optional.empty();
  }

  /**
   * Splits a line shaped as a caption on its own: {@code "Vladimir Putin / Getty Images"} or
   * {@code "… Photograph: Name/Reuters"}.
   */
  public static Optional<Parts> standalone(String line) {
    if (line.length() > 1200) {
      return Optional.empty();
    }
    int slash = line.lastIndexOf(" / ");
    if (slash >= 3) {
      String text = line.substring(0, slash);
      String credit = line.substring(slash + 3);
      if (credit.length() >= 2 && credit.length() <= 60 && credit.indexOf('/') < 0 && CreditShapes.isCredit(credit)
          && CreditShapes.namesAgency(credit) && !Text.endsSentence(text) && !Text.strip(text).isEmpty()
          && !Text.strip(credit).isEmpty()) {
        // "… on Friday. Jo Park / Wire file": the photographer's name after the caption's last sentence is the
        // credit's too
        int cut = lastSentenceEnd(text);
        while (cut > 2 && Character.isUpperCase(text.charAt(cut - 2)) && text.charAt(cut - 3) == ' ') {
          cut = lastSentenceEnd(text.substring(0, cut - 1)); // "J. Scott Applewhite": an initial ends no sentence
        }
        String name = cut > 0 ? Text.strip(text.substring(cut)) : "";
        if (!name.isEmpty() && Text.words(name) <= 4 && CreditShapes.isCredit(name) && name.chars().noneMatch(Character::isDigit)
            && Text.words(text.substring(0, cut)) >= 4) {
          return Optional.of(new Parts(Text.strip(text.substring(0, cut)),
              Optional.of(name + " / " + Text.strip(credit))));
        }
        return Optional.of(new Parts(Text.strip(text), Optional.of(Text.strip(credit))));
      }
    }
    // "… on Friday. Photo: Name/Agency", "… on Friday. Photo | Name | Agency": a label before the last colon, or
    // before the first bar after it
    int colon = line.lastIndexOf(':');
    int bar = line.indexOf(" | ", colon + 1);
    for (int separator : new int[] {colon, bar}) {
      int start = separator > 0 ? labelBefore(line, separator) : -1;
      if (start >= 0 && (separator != bar || CreditShapes.barredCredit(Text.strip(line.substring(bar + 3))))) {
        // the credit starts after the colon, or after the bar and its space
        Optional<Parts> parts = labelled(line, start, separator == bar ? bar + 2 : colon);
        if (parts.isPresent()) {
          return parts;
        }
      }
    }
    // "… on Friday | Name/Outlet": a photographer and the outlet after a bar at the caption's end, no label; the
    // text reads as a sentence, not as a title-case headline before its site ("… Illegal | Al Bawaba"). A name
    // alone after a bar is no credit: a browser's title ends with its site's or its author's name so
    // ("… closes in | Kowloon Courier", "… night buses | Helen Marsh")
    int lastBar = line.lastIndexOf(" | ");
    if (lastBar > 0) {
      String credit = Text.strip(line.substring(lastBar + 3));
      String text = Text.strip(line.substring(0, lastBar));
      if (text.indexOf(" | ") < 0 && Text.words(text) >= 4 && sentenceCase(text)
          && CreditShapes.isCredit(credit.replace("/", " / "))
          && credit.indexOf('/') > 0 && CreditShapes.credited(credit)) {
        return Optional.of(new Parts(text, Optional.of(credit)));
      }
    }
    // (the whole-line pattern only on lines that hold its words: tried on every line, it costs the square of
    // the line's length)
    Matcher by = photoBy(line) ? BY_AT_END.matcher(line) : null;
    if (by != null && by.matches() && Text.words(by.group(1)) >= 4 && CreditShapes.isCredit(by.group(2).replace("/", " / "))) {
      return Optional.of(new Parts(Text.strip(by.group(1)), Optional.of(Text.strip(by.group(2)))));
    }
    // "… at the market on Friday. Getty", "… on Friday. WIRE/Jo Park/File Photo": after the caption's last
    // sentence, an agency alone, or names and an agency set apart by slashes, and nothing else
    int cut = lastSentenceEnd(line);
    String end = cut > 0 ? Text.strip(line.substring(cut)) : "";
    // "… on Friday. © Name", "… on Friday. — Name/Agency", "… office. — Screengrab": a copyright sign or a dash
    // before the credit (not "… on Friday. — AFP" alone: a wire story signs its last paragraph so)
    boolean marked = end.startsWith("©") || end.startsWith("— ") || end.startsWith("– ");
    String marks = marked ? Text.strip(end.substring(1)) : "";
    if (marked && marks.length() >= 2 && line.length() - cut <= 60 && marks.chars().noneMatch(Character::isDigit)
        && (end.startsWith("©") ? CreditShapes.isCredit(marks) && Text.words(marks) <= 6
            : marks.indexOf('/') > 0 && CreditShapes.credited(marks) && CreditShapes.isCredit(marks.replace("/", " / "))
                || PICTURE_SOURCE.matcher(marks).matches())) {
      String text = Text.strip(line.substring(0, cut));
      if (Text.words(text) >= 4 && Text.words(text) <= 60) {
        return Optional.of(new Parts(text, Optional.of(marks)));
      }
    }
    // "… on Friday. JO PARK/THE COAST POST": names and an outlet in capitals, as newspapers print their
    // photographers' credits, need no agency's word
    if (cut > 0 && line.length() - cut <= 60 && (CreditShapes.AGENCY_ONLY.matcher(end).matches()
        || end.indexOf('/') > 0
            && (CreditShapes.namesAgency(end) || CreditShapes.capitals(end) && CreditShapes.photographer(end))
            && CreditShapes.isCredit(end.replace("/", " / "))
            && end.chars().noneMatch(Character::isDigit))) {
      String text = Text.strip(line.substring(0, cut));
      if (Text.words(text) >= 4 && Text.words(text) <= 60) {
        return Optional.of(new Parts(text, Optional.of(Text.strip(line.substring(cut)))));
      }
    }
    return Optional.empty();
  }

  /**
   * Splits a line shaped as a caption by the credit in brackets at its end:
   * {@code "… on Friday. (XY Photo/Name)"}, {@code "… on Friday (Name/Agency)"}, {@code "… on Friday [Wire]"}.
   */
  public static Optional<Parts> bracketedCredit(String line) {
    return bracketed(line, false);
  }

  // Where the credit label that ends right before index end starts (a word of its own), or -1. A picture label
  // in another case than its list's ("PHOTO:", "foto:") stands after the caption's last sentence or a bar, and
  // what follows it reads as a credit (not "VIDEO: Ferry leaves Ostby for the last time").
  private static int labelBefore(String line, int end) {
    for (String label : CREDIT_LABELS) {
      int start = end - label.length();
      if (start >= 0 && line.regionMatches(true, start, label, 0, label.length())
          && (start == 0 || !Character.isLetter(line.charAt(start - 1)))
          && (line.startsWith(label, start) || PICTURE_LABELS.contains(label) && afterSentenceOrBar(line, start)
              && CreditShapes.isCredit(Text.strip(line.substring(Math.min(line.length(), end + 1)))
                  .replace("|", "").replace("/", " / ").strip()))) {
        return start;
      }
    }
    return -1;
  }


  // Whether the last mark before index start, past spaces, ends a sentence or is a bar.
  private static boolean afterSentenceOrBar(String line, int start) {
    int k = start - 1;
    while (k >= 0 && line.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && ".!?|".indexOf(line.charAt(k)) >= 0;
  }

  // "… text (Photo: Name/Agency)" or "… text Photograph: Name/Agency"
  private static Optional<Parts> labelled(String line, int labelStart, int colon) {
    String credit = Text.strip(line.substring(colon + 1));
    String text = Text.strip(line.substring(0, labelStart));
    if (text.endsWith(" |")) {
      text = Text.strip(text.substring(0, text.length() - 1)); // "… on Friday. | Photo: Name": the bar sets them apart
    }
    if (credit.endsWith(")") && text.endsWith("(")) {
      credit = Text.strip(credit.substring(0, credit.length() - 1));
      text = Text.strip(text.substring(0, text.length() - 1));
    }
    if (credit.length() < 2 || credit.length() > 100 || credit.indexOf('(') >= 0 || credit.indexOf(')') >= 0
        || Text.words(credit) > 8 || text.codePoints().filter(Character::isLetter).count() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Parts(text, Optional.of(credit)));
  }


  // "… on Tuesday (Name/Agency)" or "… on Tuesday [Agency]": the text and the credit in the brackets, when
  // the brackets hold a credit's words (a slash, a photo word, or any credit in square brackets; with
  // {@code loose}, any credit's words at all).
  private static Optional<Parts> bracketed(String caption, boolean loose) {
    // the pattern ends with a closing bracket: most lines are told apart by their last character alone
    char last = caption.isEmpty() ? ' ' : caption.charAt(caption.length() - 1);
    if (last == '）') {
      return fullWidth(caption);
    }
    if (last != ')' && last != ']') {
      return Optional.empty();
    }
    Matcher m = BRACKETED.matcher(caption);
    if (caption.length() > 1200 || !m.matches()) {
      return Optional.empty();
    }
    String text = Text.strip(m.group(1));
    // "Photo: … (Name)": the label before the text says the line is a picture's, whatever the credit's words
    Matcher label = PHOTO_LABEL.matcher(text);
    boolean labelled = label.lookingAt();
    if (labelled) {
      text = Text.strip(text.substring(label.end()));
    }
    boolean square = m.group(3) != null;
    String credit = Text.strip(square ? m.group(3) : m.group(2));
    String words = BRACKET_LABEL.matcher(credit).replaceFirst("").replace("/", " / ");
    // a slash (Name/Agency), a photo word, or an agency's word; not a citation ("[Daily Post.]")
    boolean strong = (labelled || credit.indexOf('/') > 0 || PHOTO_WORD.matcher(credit).matches()
        || CreditShapes.namesAgency(credit))
        && !credit.endsWith(".") && Text.words(text) <= 60;
    if (!(strong || loose) || Text.words(text) < 4 || Text.strip(words).isEmpty() || !CreditShapes.isCredit(Text.strip(words).replace(":", ""))
        || credit.chars().anyMatch(Character::isDigit) || text.endsWith(":") || text.indexOf('[') >= 0 && square) {
      return Optional.empty();
    }
    return Optional.of(new Parts(text, Optional.of(credit)));
  }

  // A Japanese caption's credit in full-width brackets at its end: the photographer's name before 撮影 ("photographed
  // by"), or a picture's source that ends with 写真 ("資料写真", a file photo); the caption itself in the wide
  // characters of Chinese and Japanese, of some length.
  private static Optional<Parts> fullWidth(String caption) {
    Matcher m = WIDE_CREDIT.matcher(caption);
    if (caption.length() > 300 || !m.matches() || LineMeasures.width(m.group(1)) < MIN_WIDE_CAPTION) {
      return Optional.empty();
    }
    // a name before 撮影: kanji and kana only, no figure, no unit of a date or time, no particle ("ドローンで",
    // "2025年10月", "前日" say how or when, not who); before 写真, a file photo's 資料 only
    String name = m.group(2);
    boolean photographer = m.group(3).equals("撮影") && name.length() >= 2 && name.length() <= 6
        && JAPANESE_NAME.matcher(name).matches() && !DATE_UNITS.matcher(name).find();
    boolean file = m.group(3).equals("写真") && name.equals("資料");
    return photographer || file ? Optional.of(new Parts(Text.strip(m.group(1)),
        Optional.of(photographer ? name : name + m.group(3)))) : Optional.empty();
  }

  /**
   * Splits a caption's text from a credit printed after its last sentence
   * ({@code "… in Minsk on August 20. SERGEI GAPON/AFP/Getty Images"}).
   */
  public static Parts splitCredit(String caption) {
    Optional<Parts> standalone = standalone(caption).or(() -> bracketed(caption, true));
    if (standalone.isPresent()) {
      return standalone.get();
    }
    int cut = lastSentenceEnd(caption);
    if (cut > 0) {
      String credit = Text.strip(caption.substring(cut));
      String text = Text.strip(caption.substring(0, cut));
      // no longer than an "Image source" line reads, so that the canonical text of the caption reads back
      if (!credit.isEmpty() && credit.length() <= MAX_CREDIT && !text.isEmpty() && !Text.endsSentence(credit)
          && CreditShapes.isCredit(credit)) {
        return new Parts(text, Optional.of(credit));
      }
    }
    return new Parts(caption, Optional.empty());
  }

  // Whether a picture label before "by" or "courtesy of" stands in the line ("photo by", "photographs by", "pic
  // by", "photo courtesy of"): the marker found by String.indexOf, the word before it compared in place.
  private static boolean photoBy(String line) {
    for (String marker : new String[] {" by ", " courtesy of "}) {
      for (int at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
        int end = at > 0 && (line.charAt(at - 1) == 's' || line.charAt(at - 1) == 'S') ? at - 1 : at;
        for (String word : CreditShapes.PICTURE_LABELS) {
          int start = end - word.length();
          if (start >= 0 && line.regionMatches(true, start, word, 0, word.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // Where the text after the last sentence starts (after its closing mark), or -1.
  private static int lastSentenceEnd(String caption) {
    for (int i = caption.length() - 2; i > 0; i--) {
      char c = caption.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d') && caption.charAt(i + 1) == ' '
          && (c != '"' && c != '\u201d' || i > 0 && ".!?".indexOf(caption.charAt(i - 1)) >= 0)) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The ways a caption with these parts is printed on one line, for recognising a caption printed again:
   * the text alone, and the text followed by its credit as sites print it.
   */
  public static List<String> printedForms(Parts parts) {
    if (parts.credit().isEmpty()) {
      return List.of(parts.text());
    }
    String text = parts.text();
    String credit = parts.credit().get();
    return List.of(text, text + " " + credit, text + " / " + credit, text + " Photograph: " + credit,
        text + " (Photo: " + credit + ")", text + " (" + credit + ")", text + " [" + credit + "]");
  }

  // Whether at least half of the text's words that open with a letter open with a small one, as a sentence's do.
  private static boolean sentenceCase(String text) {
    int words = 0;
    int small = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((i == 0 || text.charAt(i - 1) == ' ') && Character.isLetter(c)) {
        words++;
        small += Character.isLowerCase(c) ? 1 : 0;
      }
    }
    return 2 * small >= words;
  }




}
