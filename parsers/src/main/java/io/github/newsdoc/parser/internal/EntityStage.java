package io.github.newsdoc.parser.internal;

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
final class EntityStage {
  private EntityStage() {}

  /** The entities of an article and its quotes, their attributions linked to the speakers' entities. */
  record Result(List<Entity> entities, List<Quote> quotes) {}

  /**
   * Finds the entities of the texts {@code tokens} holds (the title, then the blocks) and links the
   * attributions of {@code quotes} to them, adding to {@code provenance} (when not null) every mention of an
   * entity with the rule that found it, in article order.
   */
  static Result find(Tokens tokens, List<Quote> quotes, EntityRecognizer recognizer, List<EntityMention> provenance) {
    return find(tokens, FoundNames.of(tokens.texts(), recognizer, tokens), quotes, provenance);
  }

  /**
   * As {@link #find(Tokens, List, EntityRecognizer, List)}, from the names already found in the texts. The
   * texts' words are let go once the title words before each name are read: grouping reads only the names
   * and those titles (issue 19).
   */
  static Result find(Tokens tokens, List<Found> found, List<Quote> quotes, List<EntityMention> provenance) {
    List<List<String>> titles = EntityClusters.titles(found, tokens); // the words before names, while held
    tokens.releaseWords();
    if (found.isEmpty()) {
      return new Result(List.of(), quotes);
    }
    List<EntityClusters.Cluster> clusters = EntityClusters.of(found, titles, tokens);
    List<Entity> entities = new ArrayList<>(clusters.size());
    Map<String, Entity> byForm = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      EntityClusters.Cluster c = clusters.get(i);
      Entity e = c.entity("e" + (i + 1));
      entities.add(e);
      for (String form : c.forms.keySet()) {
        byForm.putIfAbsent(form, e);
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
    List<Quote> linked = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      linked.add(q.attribution().map(a -> q.withAttribution(link(a, byForm, personByLast))).orElse(q));
    }
    return new Result(entities, linked);
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

  // A speaker named by one word that one of an entity's forms gives is that entity, under its canonical name
  // of more words, when the name holds the word or the entity is also known by it: "DEA" is the Drug
  // Enforcement Administration the article named in full, "Vogel" the Frank Vogel it named once. The mention
  // still points at the words that credited it. A speaker of more words is the fullest name the attribution
  // found.
  private static Attribution link(Attribution a, Map<String, Entity> byForm, Map<String, String> personByLast) {
    Entity e = byForm.get(a.speaker());
    if (e != null) {
      String s = a.speaker();
      boolean shortForm = s.indexOf(' ') < 0 && e.name().indexOf(' ') > 0
          && (java.util.Arrays.asList(e.name().split(" ")).contains(s) || e.aliases().contains(s));
      return shortForm ? a.withEntity(e.id()).withSpeaker(e.name()) : a.withEntity(e.id());
    }
    // a person whose name ends with the speaker's last word ("Lukashenko" for "Alexander Lukashenko"), unless
    // the name stands in a phrase after the speaker's head: "a lawyer for Ana Ruiz" is not Ana Ruiz
    String s = a.speaker();
    String id = namedAfterHead(s) ? null : personByLast.get(s.substring(s.lastIndexOf(' ') + 1));
    return id == null ? a.withEntity(Optional.empty()) : a.withEntity(id);
  }

  // Whether a name in the speaker's words follows a word that ties a description's head to it (Phrases.linksHead)
  // after a head in lower case: "lawyer for Ana Ruiz", "the son of Tom Cole" (not a title's "Secretary of State
  // Tom Cole").
  private static boolean namedAfterHead(String speaker) {
    String[] words = speaker.split(" ");
    for (int i = 1; i < words.length; i++) {
      if (Phrases.linksHead(words[i]) && !words[i - 1].isEmpty() && Character.isLowerCase(words[i - 1].charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
