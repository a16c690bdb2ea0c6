package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.AttributionAssignment;
import io.github.newsdoc.parser.EntityRecognizer;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.ParseProblem;
import io.github.newsdoc.parser.ParseReport;
import io.github.newsdoc.parser.RuleSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages of a parse, in order, over one {@link Doc}: structure (line roles, the article region of a
 * page, the assembled structure), quotes, attribution, entities. The lines come from {@link SourceReader},
 * which decodes and splits the input as it reads it. The order is written here and only
 * here; a stage turned off is left out of the list. Immutable and safe to share between threads.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final List<Stage> annotation;

  /**
   * A pipeline with the standard stages.
   *
   * @param ruleSets the boilerplate rule sets, applied in order
   * @param maxQuotes the most quotes reported, or -1 when quotes are not found
   * @param recognizer the entity recognizer, or null when entities are not found
   */
  public Pipeline(List<RuleSet> ruleSets, int maxQuotes, EntityRecognizer recognizer) {
    this.stages = List.copyOf(stages(new StructureStage(ruleSets), maxQuotes, recognizer));
    // an article made in code has its structure already, and no limit on its quotes
    this.annotation = List.copyOf(stages(null, maxQuotes < 0 ? -1 : Integer.MAX_VALUE, recognizer));
  }

  private static List<Stage> stages(Stage structure, int maxQuotes, EntityRecognizer recognizer) {
    List<Stage> stages = new ArrayList<>();
    if (structure != null) {
      stages.add(structure);
    }
    if (maxQuotes >= 0) {
      stages.add(new QuotesStage(maxQuotes));
      stages.add(new AttributionStage());
    }
    if (recognizer != null) {
      stages.add(new EntitiesStage(recognizer));
    }
    return stages;
  }

  /**
   * Parses the article of {@code lines} (read and split by {@link SourceReader}), adding what it works around
   * to {@code problems}; with {@code withLines}, the report lists every line's role, every attribution's
   * sieve and every entity mention's rule. Takes {@code lines} over: without {@code withLines}, the list is
   * emptied once the structure is read, so that the lines can be collected while the later stages run.
   */
  public ParseReport parse(List<Line> lines, List<ParseProblem> problems, boolean withLines) {
    List<Line> read = WrappedLines.unwrap(lines);
    if (read != lines && !withLines) {
      lines.clear(); // taken over: only the joined lines are read from here
    }
    Doc doc = Doc.of(read, problems);
    doc.keepLines = withLines;
    doc.mentions = withLines ? new ArrayList<>() : null;
    for (Stage stage : stages) {
      stage.apply(doc);
    }
    Article article = doc.article();
    if (!withLines) {
      return new ParseReport(article, List.of(), problems);
    }
    List<LineAssignment> assignments = WrapProvenance.assignments(doc.segments, lines);
    List<AttributionAssignment> attributions = new ArrayList<>();
    List<Quote> quotes = article.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      int q = i;
      quotes.get(i).attribution().ifPresent(a -> attributions.add(new AttributionAssignment(q, a.speaker(),
          doc.sieves.get(q))));
    }
    return new ParseReport(article, assignments, problems, attributions, doc.mentions);
  }

  /** Finds the quotes and entities of an article made in code, replacing its own. */
  public Article annotate(Article article) {
    Doc doc = Doc.of(article.withQuotes().withEntities());
    for (Stage stage : annotation) {
      stage.apply(doc);
    }
    return doc.article();
  }
}
