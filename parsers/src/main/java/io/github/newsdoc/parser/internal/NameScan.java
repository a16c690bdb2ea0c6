package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/** One text read by the entity rules: its words, what the article around it says, and the names found. */
final class NameScan {
  final List<Words.Word> words;
  final RecognizerContext ctx;
  final List<RuleMention> out = new ArrayList<>();
  private Boolean shouting;

  NameScan(List<Words.Word> words, RecognizerContext ctx) {
    this.words = words;
    this.ctx = ctx;
  }

  /** Records a name a rule found. */
  void emit(NameRule<?> rule, int start, int end, EntityType type) {
    out.add(new RuleMention(start, end, type, rule.name()));
  }

  /**
   * Whether the text is mostly in capitals (a shouted headline, a transcript's labels), so that it has no
   * acronyms to trust; counted once, when an unknown acronym first asks.
   */
  boolean shouting() {
    if (shouting == null) {
      int upper = 0;
      int lower = 0;
      if (!words.isEmpty()) {
        // the letters of the words' cores: between them stand only spaces and punctuation, read in one pass
        String text = words.get(0).source();
        int end = words.get(words.size() - 1).runEnd();
        for (int k = words.get(0).runStart(); k < end; k++) {
          char ch = text.charAt(k);
          if (Character.isUpperCase(ch)) {
            upper++;
          } else if (Character.isLowerCase(ch)) {
            lower++;
          }
        }
      }
      shouting = upper > lower;
    }
    return shouting;
  }
}
