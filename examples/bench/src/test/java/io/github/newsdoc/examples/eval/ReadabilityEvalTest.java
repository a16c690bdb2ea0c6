package io.github.newsdoc.examples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.PublicationTime;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * ReadabilityEval on the fixtures: {@code eval/corpus/readability}, page 0 ({@code a-harbour}, even) and page 1
 * ({@code b-library}, odd).
 */
class ReadabilityEvalTest {
  // Ours for the harbour page: the title without the site, the author, the wrong day, one paragraph of two.
  private static Article extracted(Path page) {
    if (page.getFileName().toString().startsWith("a-")) {
      return Article.builder().title("Kelby harbour to close").addByline(Byline.of("Ana Reyes", java.util.Optional.empty()))
          .published(PublicationTime.of(LocalDate.of(2026, 3, 1)))
          .addBlock(Paragraph.of("The harbour will close in March after the vote.")).build();
    }
    return Article.builder().title("Library").addBlock(Paragraph.of("The library opens on Sundays.")).build();
  }

  private static Fixtures.Result run(Path corpus, String... args) {
    return Fixtures.capture((out, err) -> ReadabilityEval.run(args, corpus, ReadabilityEvalTest::extracted, out, err));
  }

  @Test
  void scoresTheEvenHalfAndListsItsMisses() {
    Fixtures.Result r = run(Fixtures.corpus(), "--errors", "5");
    assertEquals(0, r.status(), r.err());
    // the body has 16 words, 13 shingles; our paragraph's 9 words make 6, all of them the body's
    assertTrue(r.out().startsWith("readability even: 1 pages  body P 1.000 R 0.462 F1 0.632  titles 1/1"
        + "  bylines 1/1  days 0/1\n"), r.out());
    assertTrue(r.out().contains("a-harbour: F1 0.63 (P 1.00 R 0.46) title ok byline ok day 2026-03-01"), r.out());
  }

  @Test
  void theOddHalfIsBlind() {
    Fixtures.Result r = run(Fixtures.corpus(), "--half", "odd");
    assertEquals(0, r.status(), r.err());
    // 4 gold shingles, our 2 among them; "Library" is not the title "Library hours"
    assertTrue(r.out().startsWith("readability odd: 1 pages  body P 1.000 R 0.500 F1 0.667  titles 0/1"
        + "  bylines 0/0  days 0/0\n"), r.out());
    assertFalse(r.out().contains("b-library"), "a blind page is never named");
    r = run(Fixtures.corpus(), "--half", "odd", "--errors", "3");
    assertEquals(EvalCli.FAILURE, r.status());
    assertTrue(r.err().contains("blind"), r.err());
  }

  @Test
  void aMissingCorpusOrABadOptionExitsWithTwoAndSaysWhy() {
    Fixtures.Result r = run(Path.of("no-such-dir"));
    assertEquals(EvalCli.FAILURE, r.status());
    assertTrue(r.err().contains("no-such-dir"), r.err());
    r = run(Fixtures.corpus(), "--half", "third");
    assertEquals(EvalCli.FAILURE, r.status());
    assertTrue(r.err().contains("--half must be even, odd or all"), r.err());
  }

  @Test
  void aTitleIsRightWithTheSameWordsOrInsideTheExpectedOne() {
    assertTrue(ReadabilityEval.titleRight("Kelby harbour to close", "Kelby harbour to close | Kelby Post"));
    assertTrue(ReadabilityEval.titleRight("Library hours", "Library Hours"));
    assertFalse(ReadabilityEval.titleRight("Library", "Library hours"));
    assertFalse(ReadabilityEval.titleRight("Anything", null));
  }
}
