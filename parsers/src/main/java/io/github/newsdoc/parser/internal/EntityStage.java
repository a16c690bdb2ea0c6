package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;
import io.github.newsdoc.parser.EntityMention;
import io.github.newsdoc.parser.EntityRecognizer;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the names a recognizer finds into one {@link Entity} per referent and links attributions to them.
 *
 * <p>People: a surname alone ("Lukashenko") joins the last person of that surname; spellings that differ in
 * a final vowel ("Lukashenko", "Lukashenka") are one surname, and first names must share their initial
 * ("Viktor"/"Viktar"). Organisations: an acronym joins its expansion when the text ties them ("Institute for
 * the Study of War (ISW)") or the gazetteer knows the pair (NATO). Places: other names of a place join it
 * ("U.S.", "United States"). Country-as-government metonymy ("Washington", "Moscow", "the Kremlin") is kept
 * as the place or body named, not resolved to a government. An entity's name is its fullest form in the
 * article; the other forms are its aliases.
 */
public final class EntityStage {
  private EntityStage() {}

  /** Returns the article with its entities, its attributions linked to them. */
  public static Article apply(Article article, EntityRecognizer recognizer) {
    return apply(article, recognizer, QuoteStage.tokens(article));
  }

  /** Returns the article with its entities, reading words from {@code tokens} (title and blocks). */
  public static Article apply(Article article, EntityRecognizer recognizer, Tokens tokens) {
    return apply(article, recognizer, tokens, null);
  }

  /**
   * As {@link #apply(Article, EntityRecognizer, Tokens)}, adding to {@code provenance} (when not null) every
   * mention of an entity with the rule that found it, in article order.
   */
  public static Article apply(Article article, EntityRecognizer recognizer, Tokens tokens,
      List<EntityMention> provenance) {
    List<String> texts = tokens.texts();
    List<Found> found = FoundNames.of(texts, recognizer, tokens);
    if (found.isEmpty()) {
      return article.withEntities();
    }
    List<EntityClusters.Cluster> clusters = EntityClusters.of(found, texts);
    List<Entity> entities = new ArrayList<>(clusters.size());
    Map<String, String> idByForm = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      EntityClusters.Cluster c = clusters.get(i);
      String id = "e" + (i + 1);
      entities.add(c.entity(id));
      for (String form : c.forms.keySet()) {
        idByForm.putIfAbsent(form, id);
      }
    }
    if (provenance != null) {
      report(clusters, entities, provenance);
    }
    // the first person whose name ends with a word, for speakers the forms do not name (one look-up per quote)
    Map<String, String> personByLast = new HashMap<>();
    for (Entity e : entities) {
      if (e.type().equals(EntityType.PERSON)) {
        personByLast.putIfAbsent(e.name().substring(e.name().lastIndexOf(' ') + 1), e.id());
      }
    }
    List<Quote> quotes = new ArrayList<>(article.quotes().size());
    for (Quote q : article.quotes()) {
      quotes.add(q.attribution().map(a -> q.withAttribution(link(a, idByForm, personByLast))).orElse(q));
    }
    // quotes linked to entities of an earlier pass would not validate against the new entities: drop them
    // first (most articles have none, and are validated once less)
    boolean linked = false;
    for (Quote q : article.quotes()) {
      linked |= q.attribution().flatMap(Attribution::entity).isPresent();
    }
    return (linked ? article.withQuotes() : article).withEntities(entities).withQuotes(quotes);
  }

  // Every found name with its entity's id and its rule, in article order.
  private static void report(List<EntityClusters.Cluster> clusters, List<Entity> entities,
      List<EntityMention> provenance) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (Found f : clusters.get(i).found) {
        mentions.add(new EntityMention(Span.of(f.block(), f.start(), f.end()), f.type(), entities.get(i).id(),
            f.rule()));
      }
    }
    mentions.sort(Comparator.comparing(EntityMention::span));
    provenance.addAll(mentions);
  }

  private static Attribution link(Attribution a, Map<String, String> idByForm, Map<String, String> personByLast) {
    String id = idByForm.get(a.speaker());
    if (id == null) {
      // a person whose name ends with the speaker's last word ("Lukashenko" for "Alexander Lukashenko")
      id = personByLast.get(a.speaker().substring(a.speaker().lastIndexOf(' ') + 1));
    }
    return id == null ? a.withEntity(Optional.empty()) : a.withEntity(id);
  }
}
