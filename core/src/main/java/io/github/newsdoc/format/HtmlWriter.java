package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an article as one self-contained HTML page for people to read: no script, no external style sheet,
 * image or font. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * Files.writeString(Path.of("story.html"), HtmlWriter.standard().write(article));
 * }</pre>
 *
 * <p>The page shows the headline, the dates, the dateline and the bylines; the paragraphs with each quote
 * coloured by its speaker and followed by the speaker's name; each entity mention underlined by type, its
 * name, aliases and titles shown on hover (the {@code title} attribute); the captions with their credits;
 * the tags and credits; a legend of the speakers with their number of quotes; and the boilerplate, in source
 * order and in grey, folded in a {@code <details>} element. Every text is escaped, so an article that holds
 * {@code <script>} shows it as text.
 *
 * <p>Marks in the page, for tools that read it: each quote is a {@code <q class="quote">} element with
 * {@code data-quote} (its index in {@link Article#quotes()}); each entity mention is a
 * {@code <mark class="entity">} with {@code data-entity} (the entity's id) and {@code data-mention} (a
 * number unique in the page). A quote over several paragraphs, or a mention that crosses a quote's edge,
 * is split into several elements with the same number, so the number of distinct {@code data-quote} and
 * {@code data-mention} values is the number of quotes and of mentions.
 */
public final class HtmlWriter {
  private static final HtmlWriter STANDARD = new HtmlWriter();
  private static final String UNATTRIBUTED = "(no speaker given)";

  private HtmlWriter() {}

  /** Returns the writer. */
  public static HtmlWriter standard() {
    return STANDARD;
  }

  /**
   * Returns the article as an HTML page.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public String write(Article article) {
    Objects.requireNonNull(article, "article");
    return new Page(article).render();
  }

  /** One page being written: the speakers' colours and the running mention numbers. */
  private static final class Page {
    private final Article article;
    private final StringBuilder out = new StringBuilder(8192);
    /** Speaker key (entity id or name) to its legend entry, in order of first quote. */
    private final Map<String, Speaker> speakers = new LinkedHashMap<>();
    private final List<Speaker> quoteSpeakers = new ArrayList<>();
    /** Block index ({@code -1} the title) to its quotes, in article order, then its mentions, in entity order. */
    private final Map<Integer, List<Mark>> marksByBlock = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private int mentionNumber;

    Page(Article article) {
      this.article = article;
      article.entities().forEach(e -> byId.put(e.id(), e));
      for (int i = 0; i < article.quotes().size(); i++) {
        Quote q = article.quotes().get(i);
        for (int b = q.start().block(); b <= q.end().block(); b++) {
          int length = article.textOf(b).length();
          int start = q.start().block() == b ? q.start().offset() : 0;
          int end = q.end().block() == b ? q.end().offset() : length;
          Mark m = new Mark(Math.min(start, length), Math.min(Math.max(start, end), length));
          m.quote = q;
          m.quoteIndex = i;
          m.last = q.end().block() == b;
          marksByBlock.computeIfAbsent(b, k -> new ArrayList<>()).add(m);
        }
      }
      for (Entity e : article.entities()) {
        for (Span s : e.mentions()) {
          int length = article.textOf(s.block()).length();
          Mark m = new Mark(Math.min(s.start(), length), Math.min(s.end(), length));
          m.entity = e;
          marksByBlock.computeIfAbsent(s.block(), k -> new ArrayList<>()).add(m);
        }
      }
      for (Quote q : article.quotes()) {
        String key = q.attribution().map(a -> a.entity().orElse("name:" + a.speaker())).orElse("");
        String name = q.attribution().map(a -> speakerName(a)).orElse(UNATTRIBUTED);
        Speaker s = speakers.computeIfAbsent(key, k -> new Speaker(speakers.size(), name, k.isEmpty()));
        s.quotes++;
        quoteSpeakers.add(s);
      }
    }

    private String speakerName(Attribution a) {
      return a.entity().map(byId::get).map(Entity::name).orElse(a.speaker());
    }

    String render() {
      String title = article.title().isBlank() ? "Untitled article" : article.title();
      out.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"newsdoc\">\n")
          .append("<title>").append(Html.escape(title)).append("</title>\n");
      style();
      out.append("</head>\n<body>\n<article>\n<header>\n<h1>");
      text(Position.TITLE, article.title());
      out.append("</h1>\n");
      meta();
      out.append("</header>\n");
      legend();
      List<Block> blocks = article.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        Block block = blocks.get(i);
        if (block instanceof Caption) {
          Caption c = (Caption) block;
          out.append("<figure><figcaption>");
          text(i, c.text());
          c.credit().ifPresent(cr -> out.append(" <span class=\"credit\">Picture: ").append(Html.escape(cr))
              .append("</span>"));
          if (!c.keywords().isEmpty()) {
            out.append("<span class=\"keywords\">Keywords: ").append(Html.escape(String.join(", ", c.keywords())))
                .append("</span>");
          }
          out.append("</figcaption></figure>\n");
        } else {
          out.append("<p>");
          text(i, block.text());
          out.append("</p>\n");
        }
      }
      list("Tags", "tags", article.tags());
      list("Credits", "credits", article.credits());
      out.append("</article>\n");
      boilerplate();
      out.append("</body>\n</html>\n");
      return out.toString();
    }

    private void style() {
      out.append("<style>\n")
          .append("body{font:17px/1.6 Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;color:#222}\n")
          .append("h1{font-size:1.8em;line-height:1.25}\n")
          .append(".meta,.bylines,.credit,.keywords,.legend,.tags,.credits{font-family:sans-serif;font-size:.85em}\n")
          .append(".meta,.credit,.keywords{color:#555}\n")
          .append(".keywords{display:block}\n")
          .append("figure{margin:1em 0;padding:.5em 1em;border-left:4px solid #bbb;background:#f6f6f6}\n")
          .append("q.quote{quotes:none;border-radius:3px;padding:0 1px}\n")
          .append(".speaker{font-family:sans-serif;font-size:.7em;font-weight:bold;padding:0 4px;margin-left:3px;")
          .append("border-radius:3px;vertical-align:1px}\n")
          .append("mark{background:none;color:inherit;border-bottom:2px solid}\n")
          .append("mark.person{border-color:#1f5fbf}\n")
          .append("mark.organization{border-color:#2e8b3a;border-bottom-style:double;border-bottom-width:3px}\n")
          .append("mark.location{border-color:#d9822b;border-bottom-style:dashed}\n")
          .append("mark.other{border-color:#8a3ab9;border-bottom-style:dotted}\n")
          .append(".legend{border:1px solid #ddd;padding:.5em 1em;margin:1em 0}\n")
          .append(".legend ul{margin:.3em 0;padding-left:1.2em}\n")
          .append(".swatch{display:inline-block;width:1em;height:1em;vertical-align:-2px;border-radius:2px}\n")
          .append("details.boilerplate{color:#888;font-family:sans-serif;font-size:.8em;margin-top:2em}\n")
          .append(".unattributed{background:#e4e4e4}\n");
      for (Speaker s : speakers.values()) {
        if (!s.unattributed) {
          int hue = (int) Math.round((s.index * 137.508) % 360);
          out.append(".sp").append(s.index).append("{background:hsl(").append(hue).append(",75%,86%)}\n");
        }
      }
      out.append("</style>\n");
    }

    private void meta() {
      List<String> parts = new ArrayList<>();
      article.published().ifPresent(t -> parts.add(time("Published", t)));
      article.updated().ifPresent(t -> parts.add(time("Updated", t)));
      article.dateline().ifPresent(d -> parts.add("<span class=\"dateline\">" + Html.escape(
          d.agency().map(a -> d.place() + " (" + a + ")").orElse(d.place())) + "</span>"));
      if (!parts.isEmpty()) {
        out.append("<p class=\"meta\">").append(String.join(" · ", parts)).append("</p>\n");
      }
      if (!article.bylines().isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Byline b : article.bylines()) {
          names.add("<span class=\"byline\">" + Html.escape(b.name()) + "</span>"
              + b.role().map(r -> ", <span class=\"role\">" + Html.escape(r) + "</span>").orElse(""));
        }
        out.append("<p class=\"bylines\">By ").append(String.join("; ", names)).append("</p>\n");
      }
    }

    private String time(String label, PublicationTime t) {
      String shown = Formats.iso8601(t).replace('T', ' ') + t.zone().map(z -> " (" + z + ")").orElse("");
      return label + " <time datetime=\"" + Html.escape(Formats.iso8601(t)) + "\">" + Html.escape(shown)
          + "</time>";
    }

    private void legend() {
      if (speakers.isEmpty() && article.entities().isEmpty()) {
        return;
      }
      out.append("<section class=\"legend\">\n");
      if (!speakers.isEmpty()) {
        out.append("<strong>Speakers</strong>\n<ul class=\"speakers\">\n");
        speakers.values().stream().sorted(Comparator.comparingInt((Speaker s) -> -s.quotes)
                .thenComparingInt(s -> s.index))
            .forEach(s -> out.append("<li><span class=\"swatch ").append(s.cssClass()).append("\"></span> ")
                .append(Html.escape(s.name)).append(": <span class=\"count\">").append(s.quotes)
                .append("</span> ").append(s.quotes == 1 ? "quote" : "quotes").append("</li>\n"));
        out.append("</ul>\n");
      }
      if (!article.entities().isEmpty()) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (Entity e : article.entities()) {
          byType.merge(typeClass(e.type()), 1, Integer::sum);
        }
        out.append("<strong>Entities</strong>: ");
        List<String> kinds = new ArrayList<>();
        byType.forEach((type, n) -> kinds.add("<mark class=\"" + type + " key\">" + type + "</mark> " + n));
        out.append(String.join(", ", kinds)).append("\n");
      }
      out.append("</section>\n");
    }

    private void list(String label, String cssClass, List<String> items) {
      if (!items.isEmpty()) {
        out.append("<p class=\"").append(cssClass).append("\"><strong>").append(label).append(":</strong> ");
        List<String> escaped = new ArrayList<>();
        items.forEach(i -> escaped.add(Html.escape(i)));
        out.append(String.join(", ", escaped)).append("</p>\n");
      }
    }

    private void boilerplate() {
      if (article.boilerplate().isEmpty()) {
        return;
      }
      int n = article.boilerplate().size();
      out.append("<details class=\"boilerplate\">\n<summary>Site chrome left out of the article: ").append(n)
          .append(n == 1 ? " line" : " lines").append("</summary>\n<ol>\n");
      article.boilerplate().forEach(line -> out.append("<li>").append(Html.escape(line)).append("</li>\n"));
      out.append("</ol>\n</details>\n");
    }

    /** Writes one block's (or the title's) text with its quote and mention marks. */
    private void text(int block, String text) {
      List<Mark> marks = new ArrayList<>(marksByBlock.getOrDefault(block, List.of()));
      if (marks.isEmpty()) {
        out.append(Html.escape(text));
        return;
      }
      for (Mark m : marks) {
        if (m.entity != null) {
          m.mention = ++mentionNumber;
        }
      }
      marks.sort(Comparator.comparingInt((Mark m) -> m.start));
      int[] points = new int[2 * marks.size() + 1];
      for (int i = 0; i < marks.size(); i++) {
        points[2 * i] = marks.get(i).start;
        points[2 * i + 1] = marks.get(i).end;
      }
      points[points.length - 1] = text.length();
      // At each boundary, in text order: close what ends there (closing and reopening what was opened inside
      // it and goes on), then open what starts there, the longest outermost.
      List<Mark> open = new ArrayList<>();
      int next = 0;
      int at = 0;
      for (int p : java.util.Arrays.stream(points).sorted().distinct().toArray()) {
        out.append(Html.escape(text.substring(at, p)));
        at = p;
        List<Mark> starting = new ArrayList<>();
        int ending = 0;
        for (Mark m : open) {
          ending += m.end == p ? 1 : 0;
        }
        while (ending > 0) {
          Mark top = open.remove(open.size() - 1);
          close(top, top.end == p);
          if (top.end == p) {
            ending--;
          } else {
            starting.add(top);
          }
        }
        for (; next < marks.size() && marks.get(next).start == p; next++) {
          Mark m = marks.get(next);
          if (m.end > p) {
            starting.add(m);
          } else {
            // An empty span still gets its (empty) element, so that every quote and mention shows.
            openTag(m);
            close(m, true);
          }
        }
        // What is open and ends before something that starts here is closed and reopened inside it, so that a
        // quote starting inside a name stays one element and the name is split instead.
        int longest = starting.stream().mapToInt(m -> m.end).max().orElse(p);
        while (!open.isEmpty() && open.get(open.size() - 1).end < longest) {
          Mark inner = open.remove(open.size() - 1);
          close(inner, false);
          starting.add(inner);
        }
        starting.sort(Comparator.comparingInt((Mark m) -> -m.end).thenComparingInt(m -> m.quote == null ? 1 : 0));
        for (Mark m : starting) {
          openTag(m);
          open.add(m);
        }
      }
      for (int i = open.size() - 1; i >= 0; i--) {
        close(open.get(i), true);
      }
    }

    private void openTag(Mark m) {
      if (m.quote != null) {
        Speaker s = quoteSpeakers.get(m.quoteIndex);
        out.append("<q class=\"quote ").append(s.cssClass()).append("\" data-quote=\"").append(m.quoteIndex)
            .append("\" title=\"").append(Html.escape(quoteTitle(m.quote, m.quoteIndex))).append("\">");
      } else {
        out.append("<mark class=\"entity ").append(typeClass(m.entity.type())).append("\" data-entity=\"")
            .append(Html.escape(m.entity.id())).append("\" data-mention=\"").append(m.mention)
            .append("\" title=\"").append(Html.escape(entityTitle(m.entity))).append("\">");
      }
    }

    /** Closes a mark; at the quote's very end ({@code ends}, in its last block) the speaker's label follows. */
    private void close(Mark m, boolean ends) {
      if (m.quote == null) {
        out.append("</mark>");
        return;
      }
      out.append("</q>");
      if (m.last && ends) {
        Speaker s = quoteSpeakers.get(m.quoteIndex);
        out.append("<span class=\"speaker ").append(s.cssClass()).append("\">").append(Html.escape(s.name))
            .append("</span>");
      }
    }

    private String quoteTitle(Quote q, int index) {
      if (q.attribution().isEmpty()) {
        return "Quote " + (index + 1) + (q.partial() ? " (partial)" : "") + ": no speaker given";
      }
      Attribution a = q.attribution().get();
      return speakerName(a) + " " + a.cue() + a.channel().map(c -> " " + c).orElse("")
          + (q.partial() ? " (partial quote)" : "");
    }

    private static String entityTitle(Entity e) {
      StringBuilder b = new StringBuilder(typeClass(e.type()).toUpperCase(Locale.ROOT).equals("OTHER")
          ? e.type().name() : typeClass(e.type()).substring(0, 1).toUpperCase(Locale.ROOT)
          + typeClass(e.type()).substring(1));
      b.append(": ").append(e.name());
      if (!e.aliases().isEmpty()) {
        b.append("\nAlso: ").append(String.join(", ", e.aliases()));
      }
      if (!e.titles().isEmpty()) {
        b.append("\nTitles: ").append(String.join(", ", e.titles()));
      }
      return b.toString();
    }
  }

  static String typeClass(EntityType type) {
    if (type.equals(EntityType.PERSON)) {
      return "person";
    }
    if (type.equals(EntityType.ORGANIZATION)) {
      return "organization";
    }
    return type.equals(EntityType.LOCATION) ? "location" : "other";
  }

  /** A quote's or a mention's range in one text. */
  private static final class Mark {
    final int start;
    final int end;
    Quote quote;
    int quoteIndex;
    boolean last;
    Entity entity;
    int mention;

    Mark(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  /** A speaker in the legend. */
  private static final class Speaker {
    final int index;
    final String name;
    final boolean unattributed;
    int quotes;

    Speaker(int index, String name, boolean unattributed) {
      this.index = index;
      this.name = name;
      this.unattributed = unattributed;
    }

    String cssClass() {
      return unattributed ? "unattributed" : "sp" + index;
    }
  }
}
