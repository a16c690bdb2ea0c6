package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** Invented texts for the entity rules' tests: a text read as one article, its words, runs and names. */
final class RuleFixture {
  private RuleFixture() {}

  /** The text, read as an article of one text. */
  static NameScan scan(String text) {
    List<Words.Word> words = Words.of(text, 0, text.length());
    return new NameScan(words, RecognizerContext.of(List.of(words)));
  }

  /** The index of the first word whose core is {@code core}. */
  static int at(NameScan s, String core) {
    for (int i = 0; i < s.words.size(); i++) {
      if (s.words.get(i).core().equals(core)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no word " + core + " in " + s.words);
  }

  /** The run from word {@code first} to word {@code last}, at its first word, no title before it. */
  static NameRun run(NameScan s, String first, String last) {
    return new NameRun(s, s.words, at(s, first), at(s, last) + 1);
  }

  /** The names emitted so far, as "form=TYPE@rule". */
  static List<String> emitted(NameScan s) {
    String text = s.words.isEmpty() ? "" : s.words.get(0).source();
    List<String> out = new ArrayList<>();
    for (RuleMention m : s.out) {
      out.add(text.substring(m.start(), m.end()) + "=" + m.type() + "@" + m.rule());
    }
    return out;
  }

  /** The names the whole recognizer finds in the text, as "form=TYPE@rule". */
  static List<String> recognized(String text) {
    NameScan s = scan(text);
    List<RuleMention> found = RuleBasedRecognizer.INSTANCE.recognize(s.words, s.ctx, s.ctx.capitals(0));
    s.out.addAll(found);
    return emitted(s);
  }
}
