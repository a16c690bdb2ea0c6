package io.github.newsdoc.parser.internal;

import java.util.List;

/** An article's texts (the title, then paragraphs), their words, and the people the built-in recognizer finds. */
final class PeopleFixture {
  final Tokens tokens;
  final PersonIndex people;

  private PeopleFixture(List<String> texts) {
    this.tokens = new Tokens(texts);
    this.people = PersonIndex.of(texts, tokens, QuoteFinder.find(texts, tokens),
        FoundNames.of(texts, RuleBasedRecognizer.INSTANCE, tokens));
  }

  static PeopleFixture of(String... texts) {
    return new PeopleFixture(List.of(texts));
  }

  /** The roles the article gives its people. */
  Roles roles() {
    return Roles.of(tokens, people.mentions());
  }
}
