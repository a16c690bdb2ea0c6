package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences a page breaks over lines, and the date of a list under the article; the pages are made up. */
class WrappedSentencesTest {
  private static final String HEADLINE = "Harbour Town Opens Its New Ferry Terminal After Years of Delay";
  // the last paragraph, broken by the writer inside its sentence: each line alone is short, with no end
  private static final List<String> WRAPPED = List.of(
      "Besides that,",
      "passengers who bring a bicycle,",
      "or a dog on a lead,",
      "will pay the same fare as everyone else.");

  private static String page(String head, List<String> last, List<String> bottom) {
    StringBuilder b = new StringBuilder(HEADLINE).append(" - Coast Herald\n\n");
    menu(30).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(HEADLINE).append("\n\n").append(head).append("\n\n");
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    last.forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    bottom.forEach(l -> b.append(l).append("\n\n"));
    return b.toString();
  }

  private static List<String> bottom() {
    List<String> bottom = new ArrayList<>(List.of("Elsewhere on the coast", "April 2, 2019",
        "Ferry fares to rise in May", "May 9, 2019", "New pier for the island boats"));
    bottom.addAll(menu(20));
    return bottom;
  }

  @Test
  void aSentenceBrokenOverLinesAtCommasIsTheArticles() {
    Article a = parseAndCheckRoundTrip(page("By Mara Quill", WRAPPED, bottom()));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.addAll(WRAPPED);
    assertEquals(expected, texts(a));
  }

  @Test
  void aListOfTagsEndingInCommasIsNoSentence() {
    List<String> tags = List.of("Ferries,", "Harbour Town,", "Transport");
    Article a = parseAndCheckRoundTrip(page("By Mara Quill", tags, bottom()));
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(tags), a.boilerplate().toString());
  }

  // The date under 'Elsewhere on the coast' is another story's: the article's foot ends at the list's heading.
  @Test
  void theDateOfAListUnderTheArticleIsNotTheArticles() {
    Article a = parseAndCheckRoundTrip(page("By Mara Quill", WRAPPED, bottom()));
    assertEquals(Optional.empty(), a.published());
  }

  // A text wrapped at a fixed width: each line breaks inside a sentence, with no comma at its end, and the
  // line under it opens in lower case. The page's article is found, every line of it kept.
  @Test
  void aTextWrappedAtAFixedWidthIsTheArticle() {
    StringBuilder b = new StringBuilder(HEADLINE).append(" - Coast Herald\n\n");
    menu(30).forEach(l -> b.append(l).append("\n\n"));
    b.append(HEADLINE).append("\n\n");
    List<String> lines = new ArrayList<>();
    for (String paragraph : ARTICLE) {
      List<String> wrapped = wrap(paragraph);
      lines.addAll(wrapped);
      b.append(String.join("\n", wrapped)).append("\n\n");
    }
    menu(30).forEach(l -> b.append(l).append("\n\n"));
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(lines, texts(a));
  }

  // A list of words in lower case under a heading ends with no sentence: no sentence goes on in it.
  @Test
  void aListInLowerCaseIsNoSentence() {
    List<String> list = List.of("Harbour topics", "ferries and tides", "piers");
    Article a = parseAndCheckRoundTrip(page("By Mara Quill", list, bottom()));
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(list), a.boilerplate().toString());
  }

  // Breaks a paragraph into lines of about 50 letters, each before a word in lower case and after one with no
  // comma or sentence end.
  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String previous = line.toString();
      if (line.length() >= 50 && Character.isLowerCase(word.charAt(0)) && !previous.endsWith(",")) {
        lines.add(previous);
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
