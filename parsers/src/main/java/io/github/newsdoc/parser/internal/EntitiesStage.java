package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.EntityRecognizer;

/**
 * Finds the people, organisations and places the article names, groups them into entities and links the
 * attributions to their speakers' entities ({@link EntityStage}). Needs the article's texts, their words and
 * its quotes; adds the article's entities.
 */
final class EntitiesStage implements Stage {
  private final EntityRecognizer recognizer;

  EntitiesStage(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public void apply(Doc doc) {
    EntityStage.Result found = recognizer == RuleBasedRecognizer.INSTANCE
        ? EntityStage.find(doc.tokens, doc.names(), doc.quotes, doc.mentions) // the names attribution read too
        : EntityStage.find(doc.tokens, doc.quotes, recognizer, doc.mentions);
    doc.entities = found.entities();
    doc.quotes = found.quotes();
  }
}
