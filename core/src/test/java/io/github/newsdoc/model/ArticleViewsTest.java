package io.github.newsdoc.model;

import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

/** The convenience views agree with the blocks they are made from. */
class ArticleViewsTest {

  @Test
  void paragraphsAndCaptionsPartitionTheBlocks() {
    qt().withExamples(1_000)
        .forAll(ArticleGenerators.articles())
        .check(a -> a.paragraphs().size() + a.captions().size() == a.blocks().size()
            && a.blocks().stream().filter(b -> b instanceof Paragraph).toList().equals(a.paragraphs()));
  }

  @Test
  void visitorCallsTheMethodOfEachKind() {
    BlockVisitor<String> kind = new BlockVisitor<>() {
      @Override
      public String visitParagraph(Paragraph paragraph) {
        return "p";
      }

      @Override
      public String visitCaption(Caption caption) {
        return "c";
      }
    };
    List<Block> blocks = List.of(Paragraph.of("a"), Caption.of("b"), Paragraph.of("c"));
    assertEquals(List.of("p", "c", "p"), blocks.stream().map(b -> b.accept(kind)).toList());
    assertEquals(null, Paragraph.of("a").accept(new BlockVisitor<String>() {}));
  }

  @Test
  void textJoinsTitleAndBlocksWithBlankLines() {
    Article a = Article.builder().title("Head").addBlocks(Paragraph.of("One."), Caption.of("Two.")).build();
    assertEquals("Head\n\nOne.\n\nTwo.", a.text());
    assertEquals("One.", a.withTitle("").text().substring(0, 4));
  }

  @Test
  void schemaVersionTakesNoPartInEquality() {
    Article a = Article.builder().title("t").build();
    assertEquals(3, a.schemaVersion());
    assertEquals(a, Article.copyOf(a).withTitle("t"));
  }
}
