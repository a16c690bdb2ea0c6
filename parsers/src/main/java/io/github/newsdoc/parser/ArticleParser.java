package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.internal.Line;
import io.github.newsdoc.parser.internal.Pipeline;
import io.github.newsdoc.parser.internal.SourceInput;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads plain-text news articles into {@link Article}s. A parser is immutable and safe to share between
 * threads; make one with {@link #builder()} or take {@link #standard()}.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder()
 *     .addRule(BoilerplateRule.exact("Listen to this article"))
 *     .malformedInput(MalformedInputPolicy.REJECT)
 *     .build();
 * Article article = parser.parse(Path.of("story.txt"));
 * }</pre>
 *
 * <p>The source format is what scrapers save from news pages: a headline line, paragraphs separated by
 * line breaks, caption lines with their credits and keyword lines, date, byline, tag and credit lines, and
 * site chrome. Every non-blank line ends up in exactly one place of the article: the title, the date, a
 * byline, a block, the tags, the credits or the boilerplate. Block texts keep their characters; only white
 * space at their ends is dropped.
 *
 * <p>Parsing is lenient by default: what the parser works around is reported by {@link #analyze} as
 * {@link ParseProblem}s. A {@linkplain Builder#strict(boolean) strict} parser throws the first one as an
 * {@link ArticleParseException}, which is also what input past a limit throws. Failing I/O throws
 * {@link UncheckedIOException}.
 *
 * <h2>Errors and limits</h2>
 * Whatever the input, a parser returns an article or throws one of: {@link ArticleParseException} (with the
 * line and column) for input it will not read — bytes that are not UTF-8 under
 * {@link MalformedInputPolicy#REJECT}, a NUL character (a binary file), input, a line or a number of lines
 * past its {@linkplain Builder#maxInputLength(int) limit}, or any problem in strict mode;
 * {@link UncheckedIOException} when reading fails; {@link NullPointerException} for a null argument. Time
 * and memory grow linearly with the input: no step rescans text it has passed, and every regular
 * expression is applied to bounded stretches of a line. Input is decoded line by line as it is read, never
 * held whole; lines end at LF, CR, CRLF, vertical tab, form feed, NEL, U+2028 and U+2029. Past {@linkplain Builder#maxQuotes(int) the quote
 * limit} the parser degrades instead of failing: later quotes are left out and a problem says where.
 */
public final class ArticleParser {
  /** The default most characters or bytes of an input: 128 Mi. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 128 * 1024 * 1024;
  /** The default most characters of one line: 16 Mi. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;
  /** The default most lines of an input: 8 Mi. */
  public static final int DEFAULT_MAX_LINES = 8 * 1024 * 1024;
  /** The default most quotes reported for one article. */
  public static final int DEFAULT_MAX_QUOTES = 100_000;

  /** The most invalid bytes and lone surrogates listed as problems one by one; past it, one problem says so. */
  public static final int MAX_MALFORMED_LISTED = 1_000;

  private static final ArticleParser STANDARD = builder().build();

  private final List<RuleSet> ruleSets;
  private final boolean strict;
  private final boolean quotes;
  private final boolean entities;
  private final EntityRecognizer recognizer;
  private final boolean rejectBinary;
  private final int maxInputLength;
  private final int maxLineLength;
  private final int maxLines;
  private final int maxQuotes;
  private final MalformedInputPolicy malformedInput;
  private final SourceInput input;
  private final Pipeline pipeline;

  private ArticleParser(Builder b) {
    this.ruleSets = List.copyOf(b.ruleSets());
    this.strict = b.strict;
    this.quotes = b.quotes;
    this.entities = b.entities;
    this.recognizer = b.recognizer;
    this.rejectBinary = b.rejectBinary;
    this.maxInputLength = b.maxInputLength;
    this.maxLineLength = b.maxLineLength;
    this.maxLines = b.maxLines;
    this.maxQuotes = b.maxQuotes;
    this.malformedInput = b.malformedInput;
    this.input = new SourceInput(maxInputLength, maxLineLength, maxLines, rejectBinary, malformedInput);
    this.pipeline = new Pipeline(ruleSets, quotes ? maxQuotes : -1, entities ? recognizer : null);
  }

  /** The parser with the default configuration (see {@link Builder}). */
  public static ArticleParser standard() {
    return STANDARD;
  }

  /** Returns a builder with the default configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses an article from text.
   *
   * @throws ArticleParseException in strict mode, for the first problem
   */
  public Article parse(String text) {
    Objects.requireNonNull(text, "text");
    return run(problems -> input.lines(text, problems), false).article();
  }

  /**
   * Parses an article from a character stream, read to its end but not closed.
   *
   * @throws ArticleParseException in strict mode, for the first problem
   * @throws UncheckedIOException if reading fails
   */
  public Article parse(Reader in) {
    Objects.requireNonNull(in, "in");
    return run(problems -> input.lines(in, problems), false).article();
  }

  /**
   * Parses an article from UTF-8 bytes, read to their end but not closed. Bytes that are not UTF-8 are
   * handled by the {@linkplain Builder#malformedInput(MalformedInputPolicy) malformed-input policy}; no more
   * bytes than the input limit are read.
   *
   * @throws ArticleParseException if the policy rejects a byte, or in strict mode for the first problem
   * @throws UncheckedIOException if reading fails
   */
  public Article parse(InputStream in) {
    Objects.requireNonNull(in, "in");
    return run(problems -> input.lines(in, problems), false).article();
  }

  /**
   * Parses an article from a UTF-8 text file (see {@link #parse(InputStream)}); a file larger than the input
   * limit is not read.
   *
   * @throws ArticleParseException if the policy rejects a byte, or in strict mode for the first problem
   * @throws UncheckedIOException if reading fails
   */
  public Article parse(Path file) {
    Objects.requireNonNull(file, "file");
    return run(problems -> input.lines(file, problems), false).article();
  }

  /**
   * Parses a file and tells what {@link #analyze(String)} tells.
   *
   * @throws ArticleParseException if the policy rejects a byte, or in strict mode for the first problem
   * @throws UncheckedIOException if reading fails
   */
  public ParseReport analyze(Path file) {
    Objects.requireNonNull(file, "file");
    return run(problems -> input.lines(file, problems), true);
  }

  /**
   * Parses UTF-8 bytes and tells what {@link #analyze(String)} tells.
   *
   * @throws ArticleParseException if the policy rejects a byte, or in strict mode for the first problem
   */
  public ParseReport analyze(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return run(problems -> input.lines(new ByteArrayInputStream(bytes), problems), true);
  }

  /**
   * Parses text and tells which role each line was given, which sieve credited each quote, which rule found
   * each mention of an entity, and what problems were worked around.
   *
   * @throws ArticleParseException in strict mode, for the first problem
   */
  public ParseReport analyze(String text) {
    Objects.requireNonNull(text, "text");
    return run(problems -> input.lines(text, problems), true);
  }

  // Reads the lines (reporting into the problems), runs the stages; withLines: whether the report lists every
  // line's role and the provenance of quotes and entities (parse() needs only the article).
  private ParseReport run(Function<List<ParseProblem>, List<Line>> read, boolean withLines) {
    List<ParseProblem> problems = new ArrayList<>();
    ParseReport report = pipeline.parse(read.apply(problems), problems, withLines);
    if (strict && !problems.isEmpty()) {
      throw ArticleParseException.of(problems.get(0));
    }
    return report;
  }

  /**
   * Finds the quotes and entities of an article made in code (or read from JSON), as parsing its text
   * would: the article's own quotes and entities are replaced; everything else is kept. Stages turned off
   * leave their lists empty.
   *
   * <pre>{@code
   * Article found = ArticleParser.standard().annotate(Article.builder()
   *     .title("Port reopens")
   *     .addBlock(Paragraph.of("\"We are open,\" the harbour master said."))
   *     .build());
   * found.quotes().get(0).attribution().get().speaker();   // "harbour master"
   * }</pre>
   */
  public Article annotate(Article article) {
    Objects.requireNonNull(article, "article");
    return pipeline.annotate(article);
  }

  /** The rule sets this parser applies, the standard set first unless it was left out. */
  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** Whether problems are thrown rather than reported. */
  public boolean isStrict() {
    return strict;
  }

  /** Whether entities are found. */
  public boolean findsEntities() {
    return entities;
  }

  /** Whether quotes and their attributions are found. */
  public boolean findsQuotes() {
    return quotes;
  }

  /** What happens to bytes that are not UTF-8. */
  public MalformedInputPolicy malformedInput() {
    return malformedInput;
  }

  /**
   * Configures an {@link ArticleParser}. Defaults: the {@linkplain RuleSet#standard() standard rules},
   * lenient, quotes and entities (with the standard recognizer) found, binary input rejected, the default limits, and
   * {@link MalformedInputPolicy#FALLBACK_WINDOWS_1252}.
   */
  public static final class Builder {
    private boolean standardRules = true;
    private final List<RuleSet> extra = new ArrayList<>();
    private final List<BoilerplateRule> rules = new ArrayList<>();
    private boolean strict;
    private boolean quotes = true;
    private boolean entities = true;
    private EntityRecognizer recognizer = EntityRecognizer.standard();
    private boolean rejectBinary = true;
    private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private int maxLines = DEFAULT_MAX_LINES;
    private int maxQuotes = DEFAULT_MAX_QUOTES;
    private MalformedInputPolicy malformedInput = MalformedInputPolicy.FALLBACK_WINDOWS_1252;

    private Builder() {}

    /** Adds a boilerplate rule, applied after the rule sets (in a set named {@code user}). */
    public Builder addRule(BoilerplateRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds a rule set, applied after the standard rules and the sets added before it. */
    public Builder addRuleSet(RuleSet ruleSet) {
      extra.add(Objects.requireNonNull(ruleSet, "ruleSet"));
      return this;
    }

    /** Whether to apply the {@linkplain RuleSet#standard() standard rules}. Default {@code true}. */
    public Builder standardRules(boolean apply) {
      this.standardRules = apply;
      return this;
    }

    /** Whether to throw the first {@link ParseProblem} instead of reporting it. Default {@code false}. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Whether to find quotes and who said them. Default {@code true}; without, {@link Article#quotes()} is
     * empty and parsing is faster.
     */
    public Builder quotes(boolean find) {
      this.quotes = find;
      return this;
    }

    /**
     * Whether to find the people, organisations and places the article names. Default {@code true};
     * without, {@link Article#entities()} is empty and attributions have no entity.
     */
    public Builder entities(boolean find) {
      this.entities = find;
      return this;
    }

    /**
     * The recognizer that finds names for the entities. Default {@link EntityRecognizer#standard()}, which
     * needs no model.
     */
    public Builder entityRecognizer(EntityRecognizer recognizer) {
      this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
      return this;
    }

    /**
     * Whether a NUL character makes the input a binary file, rejected with an
     * {@link ArticleParseException}. Default {@code true}: text files do not hold NUL.
     */
    public Builder rejectBinary(boolean reject) {
      this.rejectBinary = reject;
      return this;
    }

    /**
     * The most characters (of a string or reader) or bytes (of bytes, a stream or a file) an input may have; a
     * longer one is rejected with an {@link ArticleParseException}. The limit is checked on what has been
     * read, before it is decoded: a file larger than the limit is not read, and no more of a stream than the
     * limit and a few bytes. Default {@value ArticleParser#DEFAULT_MAX_INPUT_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code chars} is not positive
     */
    public Builder maxInputLength(int chars) {
      this.maxInputLength = positive("maxInputLength", chars);
      return this;
    }

    /**
     * The most characters one line may have; a longer one is rejected with an {@link ArticleParseException}
     * at that line. Default {@value ArticleParser#DEFAULT_MAX_LINE_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code chars} is not positive
     */
    public Builder maxLineLength(int chars) {
      this.maxLineLength = positive("maxLineLength", chars);
      return this;
    }

    /**
     * The most lines (blank ones included) an input may have; past it, an {@link ArticleParseException}.
     * Default {@value ArticleParser#DEFAULT_MAX_LINES}.
     *
     * @throws IllegalArgumentException if {@code lines} is not positive
     */
    public Builder maxLines(int lines) {
      this.maxLines = positive("maxLines", lines);
      return this;
    }

    /**
     * The most quotes reported for one article. Past it the parser degrades instead of failing: the quotes
     * after the limit are left out and a {@link ParseProblem} says where. Default
     * {@value ArticleParser#DEFAULT_MAX_QUOTES}.
     *
     * @throws IllegalArgumentException if {@code quotes} is negative
     */
    public Builder maxQuotes(int quotes) {
      if (quotes < 0) {
        throw new IllegalArgumentException("maxQuotes: must not be negative, but was " + quotes);
      }
      this.maxQuotes = quotes;
      return this;
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + ": must be positive, but was " + value);
      }
      return value;
    }

    /** What to do with bytes that are not UTF-8. Default {@link MalformedInputPolicy#FALLBACK_WINDOWS_1252}. */
    public Builder malformedInput(MalformedInputPolicy policy) {
      this.malformedInput = Objects.requireNonNull(policy, "policy");
      return this;
    }

    private List<RuleSet> ruleSets() {
      List<RuleSet> sets = new ArrayList<>();
      if (standardRules) {
        sets.add(RuleSet.standard());
      }
      sets.addAll(extra);
      if (!rules.isEmpty()) {
        sets.add(RuleSet.of("user", rules));
      }
      return sets;
    }

    /** Returns the configured parser. */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }
}
