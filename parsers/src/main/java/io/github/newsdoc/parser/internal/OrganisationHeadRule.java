package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;

import io.github.newsdoc.model.EntityType;

/**
 * A run no gazetteer knows as a whole, with an organisation's head word at its end or, with a connector,
 * at its start: "Polish Foreign Ministry", "Belarusian Telegraph Agency", "Institute for the Study of War".
 */
final class OrganisationHeadRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "organisation-head";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    // a text in capitals ("7. HOW POLICE SHOOTINGS ARE CHANGING THE DEBATE.") shows no name by its shape
    if (r.whole(p) != 0 || !NameContexts.isOrganisationRun(r.words, p, r.to) || r.scan.shouting()) {
      return Match.none();
    }
    r.emit(this, r.words.get(p).start(), end(r.words.get(r.to - 1)), EntityType.ORGANIZATION);
    return Match.to(r.to);
  }
}
