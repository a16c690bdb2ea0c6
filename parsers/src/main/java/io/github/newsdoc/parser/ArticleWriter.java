package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.BlockVisitor;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.internal.CanonicalLines;
import io.github.newsdoc.parser.internal.SourceReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Renders an {@link Article} as canonical plain text in the source format, which
 * {@link ArticleParser} reads back to an equal article:
 *
 * <pre>
 * Title: Headline
 *
 * Published: 2026-03-02T09:15-05:00[America/New_York]
 * Updated: 2026-03-02T11:40-05:00[America/New_York]
 * By Jane Doe, Staff Writer
 *
 * First paragraph.
 *
 * keywords, of, the, caption
 * Image source, CREDIT
 * Image caption, Caption text.
 *
 * Published under: Tag one, Tag two
 *
 * With reporting by Reuters and AFP (a comma after a last credit that ends in a full stop)
 *
 * Boilerplate: each boilerplate line, in order, labelled and followed by a blank line
 * </pre>
 *
 * <p>The publication and update times are written in their ISO-8601 form
 * ({@link io.github.newsdoc.model.PublicationTime#toString()}), each on its own labelled line.
 *
 * <p>The boilerplate is labelled because a line may have been chrome only by its place on a page (a menu
 * entry, a headline printed again); labelled, it reads back as boilerplate wherever it stands.
 *
 * <p>Quotes and entities are not written: they are found again in the text. Line breaks inside a text (CR, LF,
 * vertical tab, form feed, NEL, U+2028, U+2029) are written as spaces; other characters, control characters included, are written as they are. An article reads back equal when its parts have the shapes the parser gives them
 * (one-line texts, lower-case keywords, names without commas); every article the parser returns does.
 */
public final class ArticleWriter {
  private static final int CHUNK = 200;

  private ArticleWriter() {}

  /** Returns the canonical text of the article, ending with a line break. */
  public static String write(Article article) {
    StringBuilder b = new StringBuilder();
    write(article, b);
    return b.toString();
  }

  /**
   * Appends the canonical text of the article to {@code out}.
   *
   * @throws UncheckedIOException if appending fails
   */
  public static void write(Article article, Appendable out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    try {
      render(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void render(Article a, Appendable out) throws IOException {
    boolean head = false;
    if (!a.title().isEmpty()) {
      line(out, CanonicalLines.TITLE_LABEL + a.title());
      out.append('\n');
    }
    if (a.published().isPresent()) {
      line(out, "Published: " + a.published().get());
      head = true;
    }
    if (a.updated().isPresent()) {
      line(out, "Updated: " + a.updated().get());
      head = true;
    }
    for (Byline byline : a.bylines()) {
      line(out, "By " + byline.name() + byline.role().map(r -> ", " + r).orElse(""));
      head = true;
    }
    if (head) {
      out.append('\n');
    }
    for (Block block : a.blocks()) {
      out.append(block.accept(new BlockVisitor<String>() {
        @Override
        public String visitParagraph(Paragraph paragraph) {
          return oneLine(paragraph.text()) + "\n";
        }

        @Override
        public String visitCaption(Caption caption) {
          StringBuilder c = new StringBuilder();
          if (!caption.keywords().isEmpty()) {
            c.append(oneLine(String.join(", ", caption.keywords()))).append('\n');
          }
          caption.credit().ifPresent(credit -> c.append("Image source, ").append(oneLine(credit)).append('\n'));
          return c.append("Image caption, ").append(oneLine(caption.text())).append('\n').toString();
        }
      })).append('\n');
    }
    // The end of the article, each line apart: lines printed together mean something (a tag list, a
    // caption printed twice) that these lines must not be read as; and three blank lines before them, the
    // gap that ends a page section, so that they are never read as part of the article's run of prose.
    out.append("\n\n");
    for (List<String> tags : chunks(a.tags(), tag -> false)) {
      line(out, "Published under: " + String.join(", ", tags));
      out.append('\n');
    }
    // A credit with ' in ' ends its line: the parser joins a one-word name after it ("X in Miami, Florida").
    for (List<String> credits : chunks(a.credits(), credit -> credit.contains(" in "))) {
      // the reader drops the full stops that end the line, so a comma keeps a last name's own ("Acme Inc.,")
      String list = names(credits);
      line(out, "With reporting by " + list + (list.endsWith(".") ? "," : ""));
      out.append('\n');
    }
    for (String boilerplate : a.boilerplate()) {
      line(out, CanonicalLines.BOILERPLATE_LABEL + boilerplate);
      out.append('\n');
    }
  }

  // Long lists go on several lines, short enough for the parser's line-length bounds.
  private static List<List<String>> chunks(List<String> items, Predicate<String> endsLine) {
    List<List<String>> chunks = new ArrayList<>();
    int from = 0;
    int length = 0;
    for (int i = 0; i < items.size(); i++) {
      length += items.get(i).length() + 2;
      if (length > CHUNK && i > from) {
        chunks.add(items.subList(from, i));
        from = i;
        length = items.get(i).length() + 2;
      }
      if (endsLine.test(items.get(i))) {
        chunks.add(items.subList(from, i + 1));
        from = i + 1;
        length = 0;
      }
    }
    if (from < items.size()) {
      chunks.add(items.subList(from, items.size()));
    }
    return chunks;
  }

  private static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static void line(Appendable out, String text) throws IOException {
    out.append(oneLine(text)).append('\n');
  }

  // Every character the parser ends a line at (CRLF as one) is written as a space.
  private static String oneLine(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SourceReader.isLineEnd(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (c != '\n' || i == 0 || text.charAt(i - 1) != '\r') {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
