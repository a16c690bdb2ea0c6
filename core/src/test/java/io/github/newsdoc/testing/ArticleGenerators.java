package io.github.newsdoc.testing;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * QuickTheories generators of valid {@link Article}s, shared with the other modules' tests through core's
 * test-jar. Every field is exercised: optionals present and absent, empty and long lists, text outside the
 * Basic Multilingual Plane, quotes over several blocks, attributions pointing at entities.
 */
public final class ArticleGenerators {
  private ArticleGenerators() {}

  /** Words the text generators draw from: ASCII, Latin-1, Cyrillic, CJK, right-to-left, astral symbols. */
  public static final List<String> WORDS = List.of(
      "the", "minister", "said", "Berlin", "NATO", "U.S.", "troops", "border", "Lukashenko", "“quoted”",
      "'single'", "\"straight\"", "Zoë", "Müller", "Kyiv", "Беларусь", "北京", "مرحبا", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
      "e\u0301t\u0301", "—", "1,000", "3.5%", "(AP)", "#tag", "a", "I", "x-y", "co-operation");

  /** A non-blank, trimmed run of {@code min} to {@code max} words. */
  public static Gen<String> text(int min, int max) {
    Gen<Integer> count = Generate.range(min, max);
    Gen<String> word = Generate.pick(WORDS);
    return rs -> {
      int n = count.generate(rs);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(' ');
        }
        b.append(word.generate(rs));
      }
      return b.toString();
    };
  }

  /** Paragraphs and captions, captions with and without credit and keywords. */
  public static Gen<Block> blocks() {
    Gen<Block> paragraph = text(1, 40).map(Paragraph::of);
    Gen<Block> caption = rs -> Caption.builder()
        .text(text(1, 20).generate(rs))
        .credit(optional(text(1, 3)).generate(rs))
        .addAllKeywords(list(text(1, 2), 0, 5).generate(rs))
        .build();
    return Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(4, paragraph), org.quicktheories.api.Pair.of(1, caption)));
  }

  /** Valid articles, every field exercised. */
  public static Gen<Article> articles() {
    return rs -> {
      List<Block> blocks = list(blocks(), 0, 12).generate(rs);
      Article.Builder b = Article.builder()
          .title(Generate.booleans().generate(rs) ? text(1, 12).generate(rs) : "")
          .published(optional(publicationTimes()).generate(rs))
          .updated(optional(publicationTimes()).generate(rs))
          .dateline(optional(datelines()).generate(rs))
          .addAllBylines(list(bylines(), 0, 3).generate(rs))
          .addAllBlocks(blocks)
          .addAllTags(list(text(1, 2), 0, 6).generate(rs))
          .addAllCredits(list(text(1, 3), 0, 3).generate(rs))
          .addAllBoilerplate(list(text(1, 8), 0, 6).generate(rs));
      Article partial = b.build();
      List<Entity> entities = entities(partial).generate(rs);
      return partial.withEntities(entities).withQuotes(quotes(partial, entities).generate(rs));
    };
  }

  /** Dates from year 1000 to 9999, the years the model allows. */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Publication times of every shape: a date alone, with a time (sometimes with seconds), at an offset of
   * whole minutes, or in a region with the offset its rules give.
   */
  public static Gen<PublicationTime> publicationTimes() {
    List<String> regions = ZoneId.getAvailableZoneIds().stream().sorted().collect(Collectors.toList());
    return rs -> {
      LocalDate date = dates().generate(rs);
      int shape = Generate.range(0, 3).generate(rs);
      if (shape == 0) {
        return PublicationTime.of(date);
      }
      int seconds = Generate.range(0, 3).generate(rs) == 0 ? Generate.range(1, 59).generate(rs) : 0;
      LocalTime time = LocalTime.of(Generate.range(0, 23).generate(rs), Generate.range(0, 59).generate(rs), seconds);
      if (shape == 1) {
        return PublicationTime.of(date, time);
      }
      if (shape == 2) {
        return PublicationTime.of(date, time, ZoneOffset.ofTotalSeconds(60 * Generate.range(-18 * 60, 18 * 60).generate(rs)));
      }
      return PublicationTime.inZone(date, time, ZoneId.of(Generate.pick(regions).generate(rs)));
    };
  }

  static Gen<Dateline> datelines() {
    return text(1, 3).zip(optional(text(1, 2)), Dateline::of);
  }

  static Gen<Byline> bylines() {
    return text(1, 3).zip(optional(text(1, 3)), Byline::of);
  }

  static Gen<List<Entity>> entities(Article article) {
    return rs -> {
      int n = Generate.range(0, 5).generate(rs);
      List<Entity> entities = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        entities.add(Entity.builder()
            .id("e" + (i + 1))
            .type(Generate.pick(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.of("EVENT"))).generate(rs))
            .name(text(1, 3).generate(rs))
            .addAllAliases(list(text(1, 2), 0, 3).generate(rs))
            .addAllTitles(list(text(1, 2), 0, 2).generate(rs))
            .addAllMentions(list(spans(article), 0, 4).generate(rs))
            .build());
      }
      return entities;
    };
  }

  static Gen<List<Quote>> quotes(Article article, List<Entity> entities) {
    int blocks = article.blocks().size();
    if (blocks == 0 && article.title().isEmpty()) {
      return Generate.constant(List.of());
    }
    return rs -> {
      int n = Generate.range(0, 4).generate(rs);
      List<Quote> quotes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Position start = position(article, rs);
        Position end;
        if (start.block() == Position.TITLE || start.block() == blocks - 1 || Generate.booleans().generate(rs)) {
          int length = article.textOf(start.block()).length();
          end = Position.of(start.block(), Generate.range(start.offset(), length).generate(rs));
        } else {
          int block = Generate.range(start.block() + 1, blocks - 1).generate(rs);
          end = Position.of(block, Generate.range(0, article.textOf(block).length()).generate(rs));
        }
        Optional<Attribution> attribution = optional(attributions(article, entities)).generate(rs);
        quotes.add(Quote.builder()
            .text(text(1, 10).generate(rs))
            .start(start)
            .end(end)
            .partial(Generate.booleans().generate(rs))
            .attribution(attribution)
            .build());
      }
      return quotes;
    };
  }

  static Gen<Attribution> attributions(Article article, List<Entity> entities) {
    return rs -> Attribution.builder()
        .speaker(text(1, 3).generate(rs))
        .cue(Generate.pick(List.of("said", "told", "according to", "added", "wrote")).generate(rs))
        .entity(entities.isEmpty() ? Optional.empty()
            : optional(Generate.pick(entities).map(Entity::id)).generate(rs))
        .channel(optional(text(1, 5)).generate(rs))
        .mention(hasText(article) ? optional(spans(article)).generate(rs) : Optional.empty())
        .confidence(optional(Generate.range(0, 100).map(c -> c / 100.0)).generate(rs)
            .map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty()))
        .build();
  }

  static Gen<Span> spans(Article article) {
    return rs -> {
      int block = blockIndex(article, rs);
      int length = article.textOf(block).length();
      int start = Generate.range(0, length).generate(rs);
      return Span.of(block, start, Generate.range(start, length).generate(rs));
    };
  }

  private static boolean hasText(Article article) {
    return !article.blocks().isEmpty() || !article.title().isEmpty();
  }

  private static Position position(Article article, RandomnessSource rs) {
    int block = blockIndex(article, rs);
    return Position.of(block, Generate.range(0, article.textOf(block).length()).generate(rs));
  }

  private static int blockIndex(Article article, RandomnessSource rs) {
    int min = article.title().isEmpty() ? 0 : Position.TITLE;
    int max = article.blocks().size() - 1;
    if (max < min) {
      return Position.TITLE; // only reached with an empty title: spans then cover nothing
    }
    return Generate.range(min, max).generate(rs);
  }

  /** Lists of {@code min} to {@code max} elements. */
  public static <T> Gen<List<T>> list(Gen<T> element, int min, int max) {
    Gen<Integer> size = Generate.range(min, max);
    return rs -> {
      int n = size.generate(rs);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.generate(rs));
      }
      return out;
    };
  }

  /** Present about two times in three. */
  public static <T> Gen<Optional<T>> optional(Gen<T> value) {
    return value.toOptionals(33);
  }
}
