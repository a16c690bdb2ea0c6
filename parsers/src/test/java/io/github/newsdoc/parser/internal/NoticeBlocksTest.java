package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.Newsdoc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A site's lines glued under one of its own ({@link NoticeBlocks}): invented texts. */
class NoticeBlocksTest {
  private static final String HEAD = "Harbour council approves new ferry terminal\nBy Mira Holt\nApril 5, 2024\n\n"
      + "The harbour council voted on Tuesday to build a new ferry terminal, ending a decade of debate.\n\n";
  private static final String TAIL = "\n\nCommuters said the vote came as a relief after years of cancelled sailings.\n";
  private static final String PROMISE = "Get the day's top stories in your inbox every weekday morning.";
  private static final String PRIVACY = "Privacy Notice: Newsletters may contain information about charities, online "
      + "advertisements and content paid for by others.";

  @Test
  void aNewslettersOfferTakesThePromiseAndThePrivacyNoticeUnderIt() {
    String text = HEAD + "Sign up for Morning Harbour\n" + PROMISE + "\n" + PRIVACY + TAIL;
    Article a = Newsdoc.parse(text);
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.boilerplate().containsAll(List.of("Sign up for Morning Harbour", PROMISE, PRIVACY)),
        a.boilerplate().toString());
    assertEquals(NoticeBlocks.RULE, ArticleParser.standard().analyze(text).lines().stream()
        .filter(l -> l.text().equals(PRIVACY)).findFirst().orElseThrow().rule());
  }

  @Test
  void theBlockEndsAtALineThatNamesNoInterfaceOrAfterABlankLine() {
    String prose = "The council said the new terminal would also serve the island's two cargo boats.";
    Article a = Newsdoc.parse(HEAD + "Sign up for Morning Harbour\n" + prose + "\n" + PROMISE + TAIL);
    assertTrue(a.paragraphs().contains(Paragraph.of(prose)), a.paragraphs().toString());
    assertTrue(a.paragraphs().contains(Paragraph.of(PROMISE)), "the block ended at the prose above it");
    a = Newsdoc.parse(HEAD + "Sign up for Morning Harbour\n\n" + PROMISE + TAIL);
    assertTrue(a.paragraphs().contains(Paragraph.of(PROMISE)), "a blank line parts it from the offer");
  }

  @Test
  void underOtherChromeALineNamingTheSitesEmailOrWebsiteIsTheArticles() {
    String email = "Residents can comment on the plans by email until the end of April, the council said.";
    String site = "Objections will be published on the council's website.";
    Article a = Newsdoc.parse(HEAD + "Advertisement\n" + email + "\n" + site + TAIL);
    assertTrue(a.paragraphs().containsAll(List.of(Paragraph.of(email), Paragraph.of(site))), a.paragraphs().toString());
    String headline = "Email scam drains savings of hundreds of pensioners";
    a = Newsdoc.parse("Breaking News\n" + headline + "\n\nBy Mira Holt\nApril 5, 2024\n\n"
        + "Police said on Monday that the scam had run for a year.\n" + TAIL);
    assertEquals(headline, a.title());
  }

  @Test
  void canonicalTextKeepsItsParagraphs() {
    Article a = Article.builder().title("Ferry terminal approved")
        .addBlock(Paragraph.of("The council voted on Tuesday.")).addBoilerplate("Sign up for Morning Harbour")
        .addBlock(Paragraph.of(PROMISE)).build();
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)));
  }
}
