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

  /**
   * The assembled article and, for each block, the source line it came from and how many characters of
   * that line were cut from its start (for positions in messages).
   */
  public record Assembled(Article article, int[] blockLines, int[] blockIndents, int titleLine, int titleIndent) {}

  /** Returns the article the segments describe, without quotes and entities. */
  public static Assembled assemble(List<Segment> segments) {
    int[] blockLines = new int[segments.size()];
    int[] blockIndents = new int[segments.size()];
    int blockCount = 0;
    int titleLine = 1;
    int titleIndent = 0;
    Article.Builder article = Article.builder();
    String title = "";
    boolean published = false;
    List<String> keywords = List.of();
    Optional<String> pendingCredit = Optional.empty();
    int paragraphs = 0;
    for (Segment s : segments) {
      LineRole role = s.role();
      String text = Text.strip(s.line().raw());
      String normalised = role == LineRole.PARAGRAPH || role == LineRole.CAPTION || role == LineRole.BOILERPLATE
          || role == LineRole.TITLE ? null : Text.collapse(s.line().raw());
      switch (role) {
        case TITLE:
          titleLine = s.line().number();
          titleIndent = s.line().raw().indexOf(text);
          if (s.rule().equals(CanonicalLines.TITLE_RULE)) {
            title = CanonicalLines.unlabelTitle(text);
            titleIndent += text.indexOf(title);
            break;
          }
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
          blockLines[blockCount] = s.line().number();
          blockCount++;
          article.addBlock(caption(text, keywords, pendingCredit));
          keywords = List.of();
          pendingCredit = Optional.empty();
          break;
        case PARAGRAPH:
          if (paragraphs == 0) {
            article.dateline(Datelines.find(text));
          }
          paragraphs++;
          blockLines[blockCount] = s.line().number();
          blockIndents[blockCount] = s.line().raw().indexOf(text);
          blockCount++;
          article.addBlock(Paragraph.of(text));
          break;
        default:
          article.addBoilerplate(s.rule().equals(CanonicalLines.BOILERPLATE_RULE) ? CanonicalLines.unlabel(text) : text);
          break;
      }
    }
    return new Assembled(article.title(title).build(), blockLines, blockIndents, titleLine, titleIndent);
  }

  private static Caption caption(String text, List<String> keywords, Optional<String> credit) {
    String body = Captions.imageCaption(text).orElse(text);
    Captions.Parts parts = credit.isPresent() ? new Captions.Parts(body, credit) : Captions.splitCredit(body);
    if (Text.strip(parts.text()).isEmpty()) {
      parts = new Captions.Parts(text, credit);
    }
    return Caption.builder()
        .text(parts.text())
        .credit(parts.credit())
        .addAllKeywords(keywords)
        .build();
  }
}
