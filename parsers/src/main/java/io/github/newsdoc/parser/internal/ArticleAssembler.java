package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Optional;

/** Builds the {@link Article} from the segmented lines: every line lands in exactly one place. */
public final class ArticleAssembler {
  private ArticleAssembler() {}

  /** Returns the article the segments describe, without quotes and entities. */
  public static Article assemble(List<Segment> segments) {
    Article.Builder article = Article.builder();
    String title = "";
    boolean published = false;
    List<String> keywords = List.of();
    Optional<String> pendingCredit = Optional.empty();
    int paragraphs = 0;
    Article.Builder blocks = article;
    for (Segment s : segments) {
      String text = Text.strip(s.line().raw());
      String normalised = Text.collapse(s.line().raw());
      LineRole role = s.role();
      switch (role) {
        case TITLE:
          Titles.Split split = Titles.split(text);
          title = split.headline();
          if (!split.suffix().isEmpty()) {
            article.addBoilerplate(split.suffix());
          }
          break;
        case PUBLISHED:
          if (!published) {
            article.published(DateLines.parse(s.line().text()).orElseThrow());
            published = true;
          } else {
            article.addBoilerplate(text);
          }
          break;
        case BYLINE:
          article.addAllBylines(Bylines.parse(normalised).or(() -> Bylines.parse(s.line().text())).orElseThrow());
          break;
        case TAGS:
          if (s.rule().equals("tags:labelled")) {
            article.addAllTags(TagLines.parse(normalised).or(() -> TagLines.parse(s.line().text())).orElseThrow());
          } else if (s.rule().equals("tags:list-item")) {
            article.addTag(normalised);
          } else {
            article.addBoilerplate(text); // the heading of a tag list
          }
          break;
        case CREDITS:
          article.addAllCredits(CreditLines.parse(normalised).or(() -> CreditLines.parse(s.line().text())).orElseThrow());
          break;
        case CAPTION_KEYWORDS:
          keywords = Captions.keywords(normalised, 1).or(() -> Captions.keywords(s.line().text(), 1)).orElseThrow();
          break;
        case CAPTION_CREDIT:
          pendingCredit = Captions.imageSource(text);
          break;
        case CAPTION:
          blocks.addBlock(caption(text, keywords, pendingCredit));
          keywords = List.of();
          pendingCredit = Optional.empty();
          break;
        case PARAGRAPH:
          if (paragraphs == 0) {
            article.dateline(Datelines.find(text));
          }
          paragraphs++;
          blocks.addBlock(Paragraph.of(text));
          break;
        default:
          article.addBoilerplate(text);
          break;
      }
    }
    return article.title(title).build();
  }

  private static Caption caption(String text, List<String> keywords, Optional<String> credit) {
    String body = Captions.imageCaption(text).orElse(text);
    Captions.Parts parts = credit.isPresent() ? new Captions.Parts(body, credit) : Captions.splitCredit(body);
    return Caption.builder()
        .text(parts.text())
        .credit(parts.credit())
        .addAllKeywords(keywords)
        .build();
  }
}
