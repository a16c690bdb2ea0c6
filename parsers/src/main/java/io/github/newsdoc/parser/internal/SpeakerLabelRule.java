package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

/**
 * "WALLACE: ..." opening a text is a transcript's turn: the label is the speaker's surname, a person.
 */
final class SpeakerLabelRule implements NameRule<NameScan> {
  @Override
  public String name() {
    return "speaker-label";
  }

  @Override
  public Match tryAt(NameScan s, int i) {
    if (i != 0 || !speakerLabel(s.words.get(0))) {
      return Match.none();
    }
    s.emit(this, s.words.get(0).start(), s.words.get(0).end(), EntityType.PERSON);
    return Match.to(1);
  }

  // Three capitals or more before a colon that no gazetteer knows and that are no common abbreviation.
  private static boolean speakerLabel(Words.Word w) {
    String c = w.core();
    if (c.length() < 3 || !w.trailing().startsWith(":") || Gazetteer.INSTANCE.organisation(c) != null
        || Gazetteer.INSTANCE.place(c) != null || EntityWords.NOT_ACRONYMS.contains(c)) {
      return false;
    }
    for (int k = 0; k < c.length(); k++) {
      if (!Character.isUpperCase(c.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
