package io.github.newsdoc.model;

import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Each invariant rejects a bad value with a message naming the field and the value. */
class ModelInvariantsTest {
  static final int EXAMPLES = 1_000;

  private static String rejects(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  private static Article withABlock(Article a) {
    return a.blocks().isEmpty() ? a.withBlocks(Paragraph.of("x")) : a;
  }

  private static Article withAnEntity(Article a) {
    return a.entities().isEmpty()
        ? a.withEntities(Entity.builder().id("only").type(EntityType.PERSON).name("Only").build())
        : a;
  }

  private static Article oneParagraph(String text) {
    return Article.builder().title("T").addBlock(Paragraph.of(text)).build();
  }

  @Test
  void quoteOffsetPastItsBlockIsRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles().map(ModelInvariantsTest::withABlock), integers().between(1, 500))
        .checkAssert((a, extra) -> {
          int last = a.blocks().size() - 1;
          int length = a.blocks().get(last).text().length();
          Quote bad = Quote.builder().text("q").start(Position.of(last, 0)).end(Position.of(last, length + extra))
              .build();
          String message = rejects(() -> a.withQuotes(List.of(bad)));
          assertEquals("quotes[0].end: offset " + (length + extra) + " is past the end of block " + last
              + " (length " + length + ")", message);
        });
  }

  @Test
  void positionInAMissingBlockIsRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles(), integers().between(0, 50))
        .checkAssert((a, extra) -> {
          int block = a.blocks().size() + extra;
          Span span = Span.of(block, 0, 0);
          Entity e = Entity.builder().id("x").type(EntityType.PERSON).name("X").addMention(span).build();
          String message = rejects(() -> a.withQuotes().withEntities(e));
          assertEquals("entities[0].mentions[0]: block " + block + " does not exist (the article has "
              + a.blocks().size() + " blocks)", message);
        });
  }

  @Test
  void duplicateEntityIdsAreRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles().map(ModelInvariantsTest::withAnEntity))
        .checkAssert(a -> {
          Entity first = a.entities().get(0);
          List<Entity> twice = new java.util.ArrayList<>(a.entities());
          twice.add(first.withName("Other"));
          String message = rejects(() -> a.withEntities(twice));
          assertEquals("entities[" + a.entities().size() + "].id: duplicate id '" + first.id() + "'", message);
        });
  }

  @Test
  void attributionMustPointAtAnExistingEntity() {
    Article a = oneParagraph("\"Go,\" she said.");
    Quote q = Quote.builder().text("Go,").start(Position.of(0, 1)).end(Position.of(0, 4))
        .attribution(Attribution.builder().speaker("She").cue("said").entity("e1").build()).build();
    assertEquals("quotes[0].attribution.entity: no entity has the id 'e1'", rejects(() -> a.withQuotes(q)));
  }

  @Test
  void attributionMentionMustBeInsideItsBlock() {
    Article a = oneParagraph("\"Go,\" she said.");
    Quote q = Quote.builder().text("Go,").start(Position.of(0, 1)).end(Position.of(0, 4))
        .attribution(Attribution.builder().speaker("She").cue("said").mention(Span.of(0, 6, 99)).build()).build();
    assertEquals("quotes[0].attribution.mention: end 99 is past the end of block 0 (length 15)",
        rejects(() -> a.withQuotes(q)));
  }

  @Test
  void quotePositionsInTheTitleAreCheckedAgainstTheTitle() {
    Article a = oneParagraph("Body.");
    Quote q = Quote.builder().text("T").start(Position.of(-1, 0)).end(Position.of(-1, 2)).build();
    assertEquals("quotes[0].end: offset 2 is past the end of the title (length 1)", rejects(() -> a.withQuotes(q)));
  }

  @Test
  void quoteEndBeforeStartIsRejected() {
    String m = rejects(() -> Quote.builder().text("q").start(Position.of(2, 5)).end(Position.of(1, 9)).build());
    assertEquals("end: must not be before start 2:5, but was 1:9", m);
  }

  @Test
  void quoteFromTheTitleIntoTheBodyIsRejected() {
    String m = rejects(() -> Quote.builder().text("q").start(Position.of(-1, 0)).end(Position.of(0, 1)).build());
    assertTrue(m.startsWith("end: a quote that starts in the title"), m);
  }

  @Test
  void blankTextsAreRejectedWithTheirField() {
    assertEquals("text: must not be blank, but was '\u00a0 '", rejects(() -> Paragraph.of("\u00a0 ")));
    assertEquals("credit: must not be blank, but was ''",
        rejects(() -> Caption.builder().text("c").credit("").build()));
    assertEquals("keywords[1]: must not be blank, but was ' '",
        rejects(() -> Caption.builder().text("c").addKeywords("a", " ").build()));
    assertEquals("tags[0]: must not be blank, but was ''", rejects(() -> Article.builder().title("t").addTag("")
        .build()));
    assertEquals("place: must not be blank, but was ''", rejects(() -> Dateline.of("", Optional.empty())));
    assertEquals("speaker: must not be blank, but was ''",
        rejects(() -> Attribution.builder().speaker("").cue("said").build()));
    assertEquals("confidence: must be from 0 to 1, was 1.5",
        rejects(() -> Attribution.builder().speaker("She").cue("said").confidence(1.5).build()));
    assertEquals("confidence: must be from 0 to 1, was NaN",
        rejects(() -> Attribution.builder().speaker("She").cue("said").confidence(Double.NaN).build()));
    Quote q = Quote.builder().text("Hi").start(Position.of(0, 0)).end(Position.of(0, 2))
        .attribution(Attribution.builder().speaker("She").cue("said").confidence(0.9).build()).build();
    assertEquals("quotes[0].attribution.confidence: a version 2 document has no confidence (it came in version 3)",
        rejects(() -> Article.builder().title("t").schemaVersion(2).addBlock(Paragraph.of("Hi there")).addQuote(q)
            .build()));
  }

  @Test
  void positionsAndSpansValidateTheirNumbers() {
    assertEquals("block: must be -1 (the title) or a block index, but was -2", rejects(() -> Position.of(-2, 0)));
    assertEquals("offset: must not be negative, but was -1", rejects(() -> Position.of(0, -1)));
    assertEquals("end: must not be before start 5, but was 4", rejects(() -> Span.of(0, 5, 4)));
    assertEquals("start: must not be negative, but was -3", rejects(() -> Span.of(0, -3, 4)));
  }

  @Test
  void entityTypesAreValidatedAndInterned() {
    assertTrue(EntityType.of("PERSON") == EntityType.PERSON);
    assertEquals(EntityType.of("EVENT"), EntityType.of("EVENT"));
    assertTrue(rejects(() -> EntityType.of("person")).contains("'person'"));
    assertThrows(NullPointerException.class, () -> EntityType.of(null));
  }

  @Test
  void nullsAreRejectedWithTheAttributeName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Article.builder().title(null));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Article.builder().title("t").addTag((String) null));
    assertTrue(e.getMessage().contains("tag"), e.getMessage());
  }

  @Test
  void wrongSchemaVersionIsRejected() {
    assertEquals("schemaVersion: this library reads versions 1 to 3, but was 4",
        rejects(() -> Article.builder().title("t").schemaVersion(4).build()));
  }
}
