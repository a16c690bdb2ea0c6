package io.github.newsdoc.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named list of {@link BoilerplateRule}s, for example the chrome of one site.
 *
 * <p>Rule sets can be written as text, one rule a line:
 * <pre>
 * # comments and blank lines are skipped
 * exact: Similar Posts
 * exact+end: Editor's pick
 * prefix: Read more:
 * suffix: all rights reserved.
 * pattern: (?i)share (this|on) .{1,40}
 * </pre>
 * {@code +end} marks a rule that {@linkplain BoilerplateRule#endingArticle() ends the article}.
 */
public final class RuleSet {
  private static final RuleSet STANDARD = load("standard", "standard-rules.txt");

  private final String name;
  private final List<BoilerplateRule> rules;

  private RuleSet(String name, List<BoilerplateRule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
  }

  /**
   * A rule set of the given rules.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static RuleSet of(String name, BoilerplateRule... rules) {
    return of(name, List.of(rules));
  }

  /**
   * A rule set of the given rules.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static RuleSet of(String name, List<BoilerplateRule> rules) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    return new RuleSet(name, Objects.requireNonNull(rules, "rules"));
  }

  /**
   * The built-in rules: chrome that news sites share (accessibility and skip links, share and sign-up
   * prompts, 'Advertisement', 'Similar Posts', copyright lines, bullets of subscription offers, …).
   */
  public static RuleSet standard() {
    return STANDARD;
  }

  /**
   * Reads a rule set written in the text form of the class comment.
   *
   * @throws IllegalArgumentException naming the line of a rule that cannot be read
   * @throws UncheckedIOException if reading fails
   */
  public static RuleSet read(String name, Reader in) {
    List<BoilerplateRule> rules = new ArrayList<>();
    try {
      BufferedReader lines = new BufferedReader(in);
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(name + ":" + number + ": expected 'kind: text', but was '" + t + "'");
        }
        String kind = t.substring(0, colon).strip();
        String text = t.substring(colon + 1).strip();
        boolean ends = kind.endsWith("+end");
        if (ends) {
          kind = kind.substring(0, kind.length() - "+end".length());
        }
        BoilerplateRule rule;
        try {
          switch (kind) {
            case "exact":
              rule = BoilerplateRule.exact(text);
              break;
            case "prefix":
              rule = BoilerplateRule.prefix(text);
              break;
            case "suffix":
              rule = BoilerplateRule.suffix(text);
              break;
            case "pattern":
              rule = BoilerplateRule.pattern(text);
              break;
            default:
              throw new IllegalArgumentException("unknown kind '" + kind + "' (exact, prefix, suffix or pattern)");
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
        }
        rules.add(ends ? rule.endingArticle() : rule);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(name, rules);
  }

  private static RuleSet load(String name, String resource) {
    InputStream in = RuleSet.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The set's name, shown in diagnostics before each rule's name. */
  public String name() {
    return name;
  }

  /** The rules, in order. */
  public List<BoilerplateRule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "RuleSet[" + name + ", " + rules.size() + " rules]";
  }
}
