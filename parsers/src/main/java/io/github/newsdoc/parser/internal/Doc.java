package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.EntityMention;
import io.github.newsdoc.parser.ParseProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The document layer of one parse, built once and read by every stage: the input, its lines and their
 * readings, the article's structure, its texts with their words and sentences ({@link Tokens}), the quotes
 * found and who they are credited to, and the problems worked around. Stages fill it in order; nothing in
 * it is parsed twice.
 */
final class Doc {
  /** What the parser worked around, in the order found. */
  final List<ParseProblem> problems;
  /** Every non-blank line, as the source reader split them; emptied after the structure stage unless kept. */
  final List<Line> lines;
  /** Whether the lines and their roles are kept for the report after the structure stage. */
  boolean keepLines = true;
  /** Each line's role and the rule that gave it (structure stage). */
  List<Segment> segments = List.of();
  // The article's structure (structure stage): a builder not yet built, or an article made in code
  private Article.Builder draft;
  private Article base;
  /** The article's quotes (attribution stage; the entities stage links them to entities). */
  List<Quote> quotes = List.of();
  /** The article's entities (entities stage). */
  List<Entity> entities = List.of();
  private int[] blockLines = new int[0];
  private int[] blockIndents = new int[0];
  private List<List<Integer>> blockColumns = List.of();
  private int titleLine = 1;
  private int titleIndent;
  private List<Integer> titleColumns = List.of();
  /** The title and the blocks' texts, index 0 the title and {@code i + 1} block {@code i}, split once. */
  Tokens tokens;
  /** The same texts with null for captions, which hold no speech (quotes read only these). */
  List<String> speech;
  /** The quotes found (quotes stage). */
  List<QuoteFinder.Found> found = List.of();
  /** Each entity mention with the rule that found it (entities stage), or null when not asked for. */
  List<EntityMention> mentions;
  /** The sieve behind each quote of the article, "" where none credited it (attribution stage). */
  List<String> sieves = new ArrayList<>();
  // The names the built-in recognizer finds in the texts, found on first use and shared by attribution and
  // entities (the mention layer)
  private List<FoundNames.Found> names;

  /**
   * The names the built-in recognizer finds in every text (the title, then each block, captions too), in
   * article order: found once and shared by the attribution stage (the people it resolves speakers to) and
   * the entities stage.
   */
  List<FoundNames.Found> names() {
    if (names == null) {
      int first = 1; // the first paragraph, whose dateline names no entity
      while (first < speech.size() && speech.get(first) == null) {
        first++;
      }
      int dateline = first < speech.size() ? Datelines.length(speech.get(first)) : 0;
      names = FoundNames.of(tokens.texts(), RuleBasedRecognizer.INSTANCE, tokens, first, dateline);
    }
    return names;
  }

  private Doc(List<Line> lines, List<ParseProblem> problems) {
    this.lines = lines;
    this.problems = problems;
  }

  /** A document for parsing {@code lines}, reporting into {@code problems}. */
  static Doc of(List<Line> lines, List<ParseProblem> problems) {
    return new Doc(lines, problems);
  }

  /** A document of an article made in code, without its quotes and entities: later stages find them again. */
  static Doc of(Article article) {
    Doc doc = new Doc(List.of(), new ArrayList<>());
    doc.base = article.withQuotes().withEntities();
    doc.texts(article.title(), article.blocks());
    return doc;
  }

  /**
   * The article: its structure with the quotes and entities the stages found, built and checked once, here.
   * Call it once, after the last stage.
   */
  Article article() {
    if (draft != null) {
      return draft.addAllQuotes(quotes).addAllEntities(entities).build();
    }
    return base.withEntities(entities).withQuotes(quotes);
  }

  private void texts(String title, List<? extends Block> blocks) {
    List<String> all = new ArrayList<>(blocks.size() + 1);
    List<String> paragraphs = new ArrayList<>(blocks.size() + 1);
    all.add(title);
    paragraphs.add(title);
    for (Block b : blocks) {
      all.add(b.text());
      paragraphs.add(b instanceof Paragraph ? b.text() : null);
    }
    this.tokens = new Tokens(all);
    this.speech = paragraphs;
  }

  /** Sets the structure the assembler built, with where each block came from. */
  void structure(ArticleAssembler.Assembled assembled) {
    this.draft = assembled.draft();
    texts(assembled.title(), assembled.blocks());
    this.blockLines = assembled.blockLines();
    this.blockIndents = assembled.blockIndents();
    this.blockColumns = assembled.blockColumns();
    this.titleLine = assembled.titleLine();
    this.titleIndent = assembled.titleIndent();
    this.titleColumns = assembled.titleColumns();
  }

  /**
   * Drops the lines and their roles once the article's structure is read, unless they are kept for the
   * report: the later stages read only the texts, and a line's own strings (its normalised form, the lines
   * a paragraph was joined from) need not stay on the heap while they run.
   */
  void releaseLines() {
    if (!keepLines) {
      lines.clear();
      segments = List.of();
    }
  }

  /**
   * Reports a problem at offset {@code offset} (0-based) of block {@code block} (-1 the title): at the source
   * line and column that hold it, in the source line of its own when a wrap's lines were joined into the block.
   */
  void problem(int block, int offset, String message) {
    boolean title = block < 0 || blockLines.length == 0;
    int[] at = title ? Line.position(titleLine, titleColumns, offset + titleIndent)
        : Line.position(blockLines[block], blockColumns.get(block), offset + blockIndents[block]);
    problems.add(new ParseProblem(at[0], at[1], message));
  }
}
