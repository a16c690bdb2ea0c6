package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads subject tags: {@code "Published under: Belarus , NATO , Russia"}, {@code "Topics: …"}, tag-list headings. */
final class TagLines {
  private static final Pattern TAG_LINE = Pattern.compile(
      "(?i)(?:published under|filed under|topics|tags|tagged|tagged with|related topics|categories|category)"
          + " ?: ?(.{1,400})");
  // a heading over a list of the article's topics: 'Topics', 'Related topics', 'Explore more on these topics',
  // 'Topics in this article', 'More about this topic'
  private static final Pattern HEADING = Pattern.compile("(?i)(?:related |article )?(?:topics|tags)"
      + "|(?:explore )?more (?:on|about) (?:these|this) topics?|topics in this (?:article|story)");

  private TagLines() {}

  /** Returns the tags of a normalised line that introduces them with a label. */
  public static Optional<List<String>> parse(String line) {
    Matcher m = TAG_LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> tags = split(m.group(1));
    return tags.isEmpty() ? Optional.empty() : Optional.of(tags);
  }

  /** Whether the line is the heading of a list of tags printed one a line ({@code "Related Topics"}). */
  public static boolean isHeading(String line) {
    return HEADING.matcher(line).matches();
  }

  /** Whether a line can be an item of a tag list: a few words, no sentence. */
  public static boolean isListItem(String line) {
    return line.length() <= 40 && Text.words(line) <= 5 && !Text.endsSentence(line)
        && line.chars().noneMatch(c -> c == ',' || c == '|' || c == '•' || c == ';');
  }

  /** Splits a tag list at commas, pipes and bullets. */
  public static List<String> split(String list) {
    List<String> tags = new ArrayList<>();
    for (String part : list.split("[,|•;]")) {
      String tag = part.strip();
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    return tags;
  }
}
