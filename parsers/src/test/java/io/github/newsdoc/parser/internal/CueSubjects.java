package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.stream.Collectors;

/** For the tests of the readers behind {@link Phrases#subjectBefore}: the subject of a sentence's cue. */
final class CueSubjects {
  private CueSubjects() {}

  /** The subject Phrases.subjectBefore reads back from the first word {@code cue} of the sentence, joined by spaces. */
  static String subject(String sentence, String cue) {
    List<Words.Word> words = Words.of(sentence, 0, sentence.length());
    int k = 0;
    while (!words.get(k).lower().equals(cue)) {
      k++;
    }
    return Phrases.subjectBefore(words, k).stream().map(Words.Word::core).collect(Collectors.joining(" "));
  }
}
