package io.github.newsdoc.parser;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule that marks a source line as site chrome: an exact line ({@code "Similar Posts"}), a beginning
 * ({@code "Read more:"}), an ending ({@code "all rights reserved."}) or a regular expression. Rules are data: the built-in ones are read from a rules
 * file (see {@link RuleSet#standard()}), and users add their own through
 * {@link ArticleParser.Builder#addRule(BoilerplateRule)} or {@link ArticleParser.Builder#addRuleSet(RuleSet)}.
 *
 * <p>Lines are matched after normalisation: Unicode spaces become one ASCII space, typographic apostrophes
 * become {@code '}, and the ends are trimmed. Exact, prefix and suffix rules ignore case. A pattern must match the
 * whole normalised line. Exact, prefix and suffix rules cost next to nothing; patterns are only tried on lines of at most {@value #MAX_PATTERN_LINE} characters,
 * so that a user's expression cannot make parsing slower than linear on long paragraphs.
 *
 * <p>A rule that {@linkplain #endsArticle() ends the article} also marks the prose lines after it as
 * boilerplate (a footer), unless another rule claims them.
 */
public final class BoilerplateRule {
  /** The longest line a pattern rule is tried on. */
  public static final int MAX_PATTERN_LINE = 400;

  /** How a rule matches. */
  public enum Kind {
    /** The whole line, ignoring case. */
    EXACT,
    /** The beginning of the line, ignoring case. */
    PREFIX,
    /** The end of the line, ignoring case. */
    SUFFIX,
    /** A regular expression matching the whole line. */
    PATTERN
  }

  private final Kind kind;
  private final String text;
  private final Pattern pattern;
  private final boolean endsArticle;

  private BoilerplateRule(Kind kind, String text, Pattern pattern, boolean endsArticle) {
    this.kind = kind;
    this.text = text;
    this.pattern = pattern;
    this.endsArticle = endsArticle;
  }

  /**
   * A rule matching lines equal to {@code line}, ignoring case and spacing.
   *
   * @throws IllegalArgumentException if {@code line} is blank
   */
  public static BoilerplateRule exact(String line) {
    return new BoilerplateRule(Kind.EXACT, key(requireText("line", line)), null, false);
  }

  /**
   * A rule matching lines that begin with {@code prefix}, ignoring case and spacing.
   *
   * @throws IllegalArgumentException if {@code prefix} is blank
   */
  public static BoilerplateRule prefix(String prefix) {
    return new BoilerplateRule(Kind.PREFIX, key(requireText("prefix", prefix)), null, false);
  }

  /**
   * A rule matching lines that end with {@code suffix}, ignoring case and spacing.
   *
   * @throws IllegalArgumentException if {@code suffix} is blank
   */
  public static BoilerplateRule suffix(String suffix) {
    return new BoilerplateRule(Kind.SUFFIX, key(requireText("suffix", suffix)), null, false);
  }

  /**
   * A rule matching lines that the regular expression matches as a whole.
   *
   * @throws IllegalArgumentException if {@code regex} is blank or not a valid expression
   */
  public static BoilerplateRule pattern(String regex) {
    requireText("regex", regex);
    try {
      return new BoilerplateRule(Kind.PATTERN, regex, Pattern.compile(regex), false);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("regex: not a valid regular expression: " + e.getMessage(), e);
    }
  }

  /** Returns this rule, marked as ending the article: the prose lines after a match are boilerplate too. */
  public BoilerplateRule endingArticle() {
    return new BoilerplateRule(kind, text, pattern, true);
  }

  /** How the rule matches. */
  public Kind kind() {
    return kind;
  }

  /** The line, prefix, suffix (lower-cased) or regular expression. */
  public String text() {
    return text;
  }

  /** Whether the prose after a matching line is boilerplate too. */
  public boolean endsArticle() {
    return endsArticle;
  }

  /** The rule's name in diagnostics, for example {@code exact:similar posts}. */
  public String name() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + text;
  }

  /** Whether the rule matches a line already normalised as described in the class comment. */
  public boolean matches(String normalisedLine) {
    switch (kind) {
      case EXACT:
        return key(normalisedLine).equals(text);
      case PREFIX:
        return normalisedLine.regionMatches(true, 0, text, 0, text.length());
      case SUFFIX:
        return normalisedLine.regionMatches(true, normalisedLine.length() - text.length(), text, 0, text.length());
      default:
        return normalisedLine.length() <= MAX_PATTERN_LINE && pattern.matcher(normalisedLine).matches();
    }
  }

  static String key(String line) {
    return line.toLowerCase(Locale.ROOT);
  }

  private static String requireText(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value.strip();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BoilerplateRule)) {
      return false;
    }
    BoilerplateRule r = (BoilerplateRule) o;
    return r.kind == kind && r.text.equals(text) && r.endsArticle == endsArticle;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, endsArticle);
  }

  @Override
  public String toString() {
    return name() + (endsArticle ? " (ends article)" : "");
  }
}
