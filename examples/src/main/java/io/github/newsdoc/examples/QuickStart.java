package io.github.newsdoc.examples;

import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.PublicationTime;

import java.time.LocalDate;
import java.time.LocalTime;

/** The README's quick start: builds an article in code, writes it as JSON and reads it back. */
public final class QuickStart {
  private QuickStart() {}

  /** Prints the article's JSON and whether it read back equal. */
  public static void main(String[] args) {
    // README-BEGIN
    Article article = Article.builder()
        .title("Council approves the new bridge")
        .published(PublicationTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(9, 15)))
        .addBlock(Paragraph.of("The city council voted 7-2 on Monday to build the bridge."))
        .addBlock(Caption.builder().text("The old crossing.").credit("Jo Park/City Desk").build())
        .addTag("Transport")
        .build();
    String json = NewsJson.write(article);
    System.out.println(json);
    Article back = NewsJson.read(json);
    System.out.println(back.equals(article)); // true
    // README-END
  }
}
