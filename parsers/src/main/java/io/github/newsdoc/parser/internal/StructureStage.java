package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.ParseProblem;
import io.github.newsdoc.parser.RuleSet;

import java.util.List;

/**
 * Reads every line's role (rules, line shapes, the title, repeats, the article region of a whole page, the
 * footer) and assembles the article's structure from them: title, date, dateline, bylines, blocks, tags,
 * credits and boilerplate. Needs {@link Doc#lines}; adds {@link Doc#segments}, the article and its texts.
 */
final class StructureStage implements Stage {
  private final Segmenter segmenter;

  StructureStage(List<RuleSet> ruleSets) {
    this.segmenter = new Segmenter(ruleSets);
  }

  @Override
  public String name() {
    return "structure";
  }

  @Override
  public void apply(Doc doc) {
    doc.segments = segmenter.segment(doc.lines);
    for (Segment segment : doc.segments) {
      if (PageExtractor.NO_ARTICLE.equals(segment.rule())) {
        doc.problems.add(new ParseProblem(segment.line().number(), 1, "a page with no article: no run of its"
            + " prose is as long as an article, so its lines are boilerplate and the article has no paragraphs"));
        break;
      }
    }
    doc.structure(ArticleAssembler.assemble(doc.segments));
    doc.releaseLines();
  }
}
