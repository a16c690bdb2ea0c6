package io.github.newsdoc.parser.testing;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.testing.ArticleGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.util.List;
import java.util.Optional;

/**
 * Generators for the parser's properties: canonical articles (those the writer can express and the parser
 * returns), and messy source texts made of every line shape scraped articles have.
 */
public final class TextGenerators {
  private TextGenerators() {}

  private static final List<String> LOWER = List.of("harbour", "council", "voted", "on", "monday", "to", "close",
      "the", "east", "dock", "workers", "gathered", "outside", "a", "depot", "2024", "rail", "strike", "über",
      "café", "😀", "北京", "région", "pay");
  private static final List<String> KEYWORDS = List.of("harbour", "strike", "2024", "über", "北京", "région");
  private static final List<String> CAPITAL = List.of("Harbourton", "Ines", "Cole", "Northern", "Rail", "Authority",
      "Valdoria", "Zoë", "Müller", "Ольга", "Tanaka", "O'Neil", "Sørensen", "Ngozi");
  private static final List<String> BOILERPLATE = List.of("Advertisement", "Share this article", "Similar Posts",
      "Editor's pick", "• Unlimited access to", "Read more: Rail strike talks collapse", "© 2024 Coastline Media",
      "Sign up for our newsletter", "Skip to content", "| The Daily Ledger", "- Coastline News");

  /** {@code min} to {@code max} words picked from {@code vocabulary}, one space between them. */
  public static Gen<String> words(List<String> vocabulary, int min, int max) {
    return rs -> {
      int n = Generate.range(min, max).generate(rs);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : " ").append(Generate.pick(vocabulary).generate(rs));
      }
      return b.toString();
    };
  }

  static Gen<String> name() {
    return words(CAPITAL, 2, 3);
  }

  static Gen<String> sentence() {
    return rs -> {
      String s = name().generate(rs) + " " + words(LOWER, 3, 25).generate(rs);
      String[] quotes = {"", " \"we will not back down\"", " “a serious failure”", " ‘at breaking point’"};
      return s + quotes[Generate.range(0, 3).generate(rs)] + ".";
    };
  }

  /** Articles the writer renders and the parser reads back equal. */
  public static Gen<Article> canonicalArticles() {
    return rs -> {
      Article.Builder b = Article.builder().title(name().generate(rs) + " " + words(LOWER, 2, 8).generate(rs));
      // times of every shape the writer prints: a date, a time, an offset, a region; updated times too
      if (Generate.booleans().generate(rs)) {
        b.published(ArticleGenerators.publicationTimes().generate(rs));
      }
      if (Generate.range(0, 2).generate(rs) == 0) {
        b.updated(ArticleGenerators.publicationTimes().generate(rs));
      }
      for (int i = Generate.range(0, 2).generate(rs); i > 0; i--) {
        b.addByline(Byline.of(name().generate(rs),
            Generate.booleans().generate(rs) ? Optional.of("Staff Writer") : Optional.empty()));
      }
      int blocks = Generate.range(0, 8).generate(rs);
      boolean dateline = blocks > 0 && Generate.booleans().generate(rs);
      for (int i = 0; i < blocks; i++) {
        if (i > 0 && Generate.range(0, 3).generate(rs) == 0) {
          b.addBlock(caption(rs, i));
        } else if (i == 0 && dateline) {
          String place = Generate.pick(List.of("HARBOURTON", "LONDON", "KYIV")).generate(rs);
          String agency = Generate.pick(List.of("Reuters", "AP", "Wire")).generate(rs);
          b.dateline(Dateline.of(place, Optional.of(agency)));
          b.addBlock(Paragraph.of(place + " (" + agency + ") - " + sentence().generate(rs)));
        } else {
          b.addBlock(Paragraph.of(sentence().generate(rs) + " (" + i + ")"));
        }
      }
      for (int i = Generate.range(0, 3).generate(rs); i > 0; i--) {
        b.addTag(name().generate(rs));
      }
      for (int i = Generate.range(0, 2).generate(rs); i > 0; i--) {
        b.addCredit(name().generate(rs));
      }
      for (int i = Generate.range(0, 4).generate(rs); i > 0; i--) {
        b.addBoilerplate(Generate.pick(BOILERPLATE).generate(rs));
      }
      return b.build();
    };
  }

  private static Caption caption(RandomnessSource rs, int index) {
    Caption.Builder c = Caption.builder().text(sentence().generate(rs) + " [" + index + "]");
    if (Generate.booleans().generate(rs)) {
      c.credit(name().generate(rs) + "/AFP");
    }
    if (Generate.booleans().generate(rs)) {
      c.addAllKeywords(ArticleGenerators.list(words(KEYWORDS, 1, 2), 1, 5).generate(rs));
    }
    return c.build();
  }

  /** One line of any shape scraped articles have, chrome and all. */
  static Gen<String> anyLine() {
    List<Gen<String>> shapes = List.of(
        sentence(),
        sentence(),
        sentence(),
        Generate.pick(BOILERPLATE),
        Generate.pick(List.of("September 28, 2020", "Published: March 3, 2024 at 5:12 p.m.", "Updated 14 June 2023",
            "Published 2 hours ago", "2020-09-28", "Updated: Apr 6, 2024, 08:12 IST", "Posted 6:45pm EDT, Oct 2, 2023",
            "Published 14:05 GMT+2, 18 November 2019 | Last updated 16:30", "2019-11-18T14:05:00-05:00",
            "First published: 3 May 2022 • Modified: 4 May 2022 09:00 UTC")),
        name().map(n -> "By " + n),
        name().map(n -> "By " + n + ", Staff Writer"),
        words(LOWER, 1, 2).map(w -> w + ", " + w + ", border, drills"),
        sentence().map(s -> s + " MARIA LOPEZ/AFP/Getty Images"),
        name().map(n -> n + " / Getty Images"),
        Generate.constant("Image source, Getty Images"),
        sentence().map(s -> "Image caption, " + s),
        name().map(n -> "Published under: " + n + " , NATO , Rail"),
        Generate.constant("Related Topics"),
        name(),
        name().map(n -> "With reporting by " + n + " and AFP"),
        name().map(n -> "(Reporting by " + n + "; Editing by Tom Hale)"),
        words(CAPITAL, 1, 3).map(w -> "  \u00a0" + w + "\u2009 "),
        sentence().map(s -> "\t" + s + "\u00a0"),
        ArticleGenerators.text(1, 12));
    return rs -> shapes.get(Generate.range(0, shapes.size() - 1).generate(rs)).generate(rs);
  }

  /** Source texts of 0 to 40 lines of any shape, with every kind of line break, blank runs and repeats. */
  public static Gen<String> messyTexts() {
    return rs -> {
      int n = Generate.range(0, 40).generate(rs);
      StringBuilder b = new StringBuilder();
      if (Generate.range(0, 9).generate(rs) == 0) {
        b.append('\ufeff');
      }
      String previous = "";
      for (int i = 0; i < n; i++) {
        String line = Generate.range(0, 9).generate(rs) == 0 ? previous : anyLine().generate(rs);
        b.append(line).append(Generate.pick(List.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n\n")).generate(rs));
        previous = line;
      }
      return b.toString();
    };
  }
}
