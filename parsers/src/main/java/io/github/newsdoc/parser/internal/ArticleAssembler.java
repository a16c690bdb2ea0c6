package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.parser.LineRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the {@link Article} from the segmented lines: every line lands in exactly one place. */
final class ArticleAssembler {
  private ArticleAssembler() {}

  /**
   * The assembled article and, for each block, the source line it came from and how many characters of
   * that line were cut from its start (for positions in messages).
   */
  record Assembled(Article.Builder draft, String title, List<Block> blocks, int[] blockLines, int[] blockIndents,
      List<List<Integer>> blockColumns, int titleLine, int titleIndent, List<Integer> titleColumns) {
    /** The article the structure describes, built (and checked) now: for callers that need no more. */
    Article article() {
      return draft.build();
    }
  }

  /** Returns the structure the segments describe: the article without quotes and entities, not yet built. */
  public static Assembled assemble(List<Segment> segments) {
    int[] blockLines = new int[segments.size()];
    int[] blockIndents = new int[segments.size()];
    List<List<Integer>> blockColumns = new ArrayList<>();
    int blockCount = 0;
    int titleLine = 1;
    int titleIndent = 0;
    List<Integer> titleColumns = List.of();
    Article.Builder article = Article.builder();
    List<Block> blocks = new ArrayList<>();
    String title = "";
    boolean published = false;
    boolean updated = false;
    List<String> keywords = List.of();
    Optional<String> pendingCredit = Optional.empty();
    boolean creditTaken = false;
    int paragraphs = 0;
    for (int index = 0; index < segments.size(); index++) {
      Segment s = segments.get(index);
      LineRole role = s.role();
      String text = Text.strip(s.line().raw());
      String normalised = role == LineRole.PARAGRAPH || role == LineRole.CAPTION || role == LineRole.BOILERPLATE
          || role == LineRole.TITLE ? null : Text.collapse(s.line().raw());
      switch (role) {
        case TITLE:
          titleLine = s.line().number();
          titleIndent = s.line().raw().indexOf(text);
          titleColumns = s.line().columns();
          if (s.rule().equals(CanonicalLines.TITLE_RULE)) {
            title = CanonicalLines.unlabelTitle(text);
            titleIndent += text.indexOf(title);
            break;
          }
          int at = index;
          Titles.Split split = index == 0 && s.line().number() == 1 && s.rule().equals(Headlines.FIRST_LINE)
              ? Titles.split(text, head -> printedAbove(segments, head)) : Titles.split(text);
          title = split.headline();
          if (!split.suffix().isEmpty()) {
            article.addBoilerplate(split.suffix());
          }
          break;
        case PUBLISHED: {
          if (s.value() instanceof HeadDates.DatedLine dated) {
            article.addBoilerplate(dated.rest()); // the words the date stood beside
          }
          PublishedDates.Reading reading = s.value() instanceof PublishedDates.Reading
              ? (PublishedDates.Reading) s.value()
              : s.value() instanceof HeadDates.DatedLine line ? line.reading()
              : PublishedDates.parse(s.line().text()).or(() -> PublishedDates.parseAfterLabel(s.line().text()))
                  .or(() -> PublishedDates.parseAfterWord(s.line().text())).orElseThrow();
          if (reading.published().isPresent() && published || reading.updated().isPresent() && updated) {
            article.addBoilerplate(text);
          } else {
            reading.published().ifPresent(article::published);
            reading.updated().ifPresent(article::updated);
            published |= reading.published().isPresent();
            updated |= reading.updated().isPresent();
          }
          break;
        }
        case BYLINE:
          if (s.rule().equals(BylineLines.ROLE_LINE) || s.rule().equals(BylineLines.OUTLET_LINE)) {
            break; // read with the name line above it
          }
          Segment under = index + 1 < segments.size() && segments.get(index + 1).rule().equals(BylineLines.ROLE_LINE)
              ? segments.get(index + 1) : null;
          Bylines.Reading byline = under == null ? readByline(s, normalised) : readPair(s, normalised, under);
          article.addAllBylines(byline.people());
          article.addAllCredits(byline.credits());
          if (byline.date().isPresent()) {
            // the times the author line prints fill those not filled yet: "By Jo Park | Updated May 5" gives the
            // update time, and leaves the publication time to its own line
            Optional<PublishedDates.Reading> times = BylineDates.reading(Text.normalise(byline.date().get()));
            Optional<PublicationTime> date = published ? Optional.empty()
                : times.flatMap(PublishedDates.Reading::published);
            Optional<PublicationTime> update = updated ? Optional.empty()
                : times.flatMap(PublishedDates.Reading::updated);
            date.ifPresent(article::published);
            update.ifPresent(article::updated);
            published |= date.isPresent();
            updated |= update.isPresent();
            if (date.isEmpty() && update.isEmpty()) {
              article.addBoilerplate(byline.date().get());
            }
          }
          article.addAllBoilerplate(byline.rest());
          break;
        case TAGS:
          if (s.rule().equals("tags:labelled")) {
            article.addAllTags(read(s, normalised, TagLines::parse));
          } else if (s.rule().equals("tags:list-item")) {
            article.addTag(normalised);
          } else {
            article.addBoilerplate(text); // the heading of a tag list
          }
          break;
        case CREDITS:
          article.addAllCredits(read(s, normalised, CreditLines::parse));
          break;
        case CAPTION_KEYWORDS:
          keywords = Captions.keywords(normalised, 1).or(() -> Captions.keywords(s.line().text(), 1)).orElseThrow();
          break;
        case CAPTION_CREDIT:
          if (s.rule().equals(CreditNeighbours.CREDIT_ABOVE)) {
            // the credit of the caption under it; when that line was read as something else, the page's
            Segment next = index + 1 < segments.size() ? segments.get(index + 1) : null;
            pendingCredit = next != null && next.role() == LineRole.CAPTION
                ? CreditShapes.creditLine(Text.collapse(s.line().raw())) : Optional.empty();
            if (pendingCredit.isEmpty()) {
              article.addBoilerplate(text);
            }
          } else if (!s.rule().equals(Segmenter.CREDIT_BELOW)) {
            pendingCredit = Captions.imageSource(text);
          } else if (!creditTaken) {
            article.addBoilerplate(text); // its caption was read as something else
          }
          creditTaken = false;
          break;
        case CAPTION:
          blockLines[blockCount] = s.line().number();
          blockColumns.add(s.line().columns());
          blockCount++;
          Segment below = index + 1 < segments.size() ? segments.get(index + 1) : null;
          if (pendingCredit.isEmpty() && below != null && below.rule().equals(Segmenter.CREDIT_BELOW)) {
            pendingCredit = CreditShapes.creditLine(Text.collapse(below.line().raw()));
            if (pendingCredit.isEmpty()) {
              // a source's name under the caption, a credit by the page's layout (or the site's own name), not
              // by its words: as printed
              pendingCredit = Optional.of(Text.collapse(below.line().raw()));
            }
            creditTaken = pendingCredit.isPresent();
          }
          Caption caption = caption(text, keywords, pendingCredit);
          blocks.add(caption);
          article.addBlock(caption);
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
          blockColumns.add(s.line().columns());
          blockCount++;
          Paragraph paragraph = Paragraph.of(text);
          blocks.add(paragraph);
          article.addBlock(paragraph);
          break;
        default:
          if (s.value() instanceof Bylines.Reading bio && AuthorBios.BIO_RULE.equals(s.rule())) {
            article.addAllBylines(bio.people()); // the author a biography names, when no author line does
          }
          article.addBoilerplate(s.rule().equals(CanonicalLines.BOILERPLATE_RULE) ? CanonicalLines.unlabel(text) : text);
          break;
      }
    }
    return new Assembled(article.title(title), title, blocks, blockLines, blockIndents, blockColumns, titleLine,
        titleIndent, titleColumns);
  }

  // The value the line's reading parsed, when it read the same characters (the reading matches the line with
  // typographic apostrophes made straight; the article keeps them, so a line holding one is read again).
  @SuppressWarnings("unchecked")
  private static <T> List<T> read(Segment s, String collapsed, Function<String, Optional<List<T>>> parse) {
    if (s.value() instanceof List && collapsed.equals(s.line().text())) {
      return (List<T>) s.value();
    }
    return parse.apply(collapsed).or(() -> parse.apply(s.line().text())).orElseThrow();
  }

  // The reading of an author line: the one the segmenter made when the line reads the same with its
  // typographic apostrophes kept, else the line read again as the article keeps it.
  private static Bylines.Reading readByline(Segment s, String collapsed) {
    if (s.value() instanceof Bylines.Reading && collapsed.equals(s.line().text())) {
      return (Bylines.Reading) s.value();
    }
    // an author beside a date is read so again ("September 28, 2020 Jo Park‘": the segmenter read the line with
    // its apostrophe made plain); failing all, the segmenter's reading stands
    return Bylines.read(collapsed).or(() -> Bylines.read(s.line().text()))
        .or(() -> Bylines.nameOnly(collapsed)).or(() -> Bylines.readBesideDate(collapsed))
        .or(() -> s.value() instanceof Bylines.Reading r ? Optional.of(r) : Optional.empty()).orElseThrow();
  }

  private static Bylines.Reading readPair(Segment s, String collapsed, Segment under) {
    if (s.value() instanceof Bylines.Reading r && collapsed.equals(s.line().text())) {
      return r; // the pair as the segmenter read it
    }
    String role = Text.collapse(under.line().raw());
    return NameRoleLines.readPair(collapsed, role).or(() -> NameRoleLines.readPair(s.line().text(), under.line().text()))
        .orElseThrow();
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

  // Whether a page's line outside its article, above the article's first paragraph, prints {@code text} and
  // nothing else: the headline printed over the article, where the browser-title line opens the page.
  private static boolean printedAbove(List<Segment> segments, String text) {
    for (int i = 1; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.role() == LineRole.PARAGRAPH) {
        return false;
      }
      if (s.role() == LineRole.BOILERPLATE && s.rule().startsWith("page:")
          && Text.strip(s.line().raw()).equals(text)) {
        return true;
      }
    }
    return false;
  }
}
