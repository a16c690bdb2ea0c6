package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Set;

/**
 * Which words of a subject phrase name the source, so that a speaker is a mention and not the words beside
 * it: the person the recognizer found at the phrase's end ("Ben Hodges" in "… U.S. Army Europe Ben Hodges"),
 * or before the words that only locate the person ("Ana Varden of Chisinau"); never a note in parentheses
 * ("Rep. Ana Varden (R-Idaho)"); and a phrase inside a body's name is that body, unless the name holds a
 * person's.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /**
   * The person's name a phrase of block {@code block} ends with: the person the recognizer found there ("Ben
   * Hodges" in "the former commander of U.S. Army Europe Ben Hodges", not "Europe Ben Hodges"), or before the
   * words that only locate the person ("Ana Varden" in "Ana Varden of Chisinau"), else the phrase's trailing
   * name words ({@link Names#trailingName}).
   */
  static List<Words.Word> nameAtEnd(PersonIndex people, int block, List<Words.Word> phrase) {
    if (phrase.isEmpty()) {
      return List.of();
    }
    Words.Word last = phrase.get(phrase.size() - 1);
    PersonIndex.Mention m = people.endingAt(block, phrase.get(0).start(), last.end());
    if (m != null) {
      int from = phrase.size() - 1;
      while (from > 0 && phrase.get(from - 1).start() >= m.start()) {
        from--;
      }
      return phrase.subList(from, phrase.size());
    }
    // "Ana Varden of Chisinau", "Tom Cole from the port authority": a person the recognizer found, then only
    // where the person is from or works
    for (int k = 1; k < phrase.size(); k++) {
      if (LOCATING.contains(phrase.get(k).lower()) && !phrase.get(k - 1).stops()) {
        PersonIndex.Mention inner = people.endingAt(block, phrase.get(0).start(), phrase.get(k - 1).end());
        if (inner != null) {
          int from = k - 1;
          while (from > 0 && phrase.get(from - 1).start() >= inner.start()) {
            from--;
          }
          return phrase.subList(from, k);
        }
      }
    }
    return Names.trailingName(phrase);
  }

  // The words after a person's name that only say where the person is from or works.
  private static final Set<String> LOCATING = WordList.load("attribution/locating-prepositions");

  // Whether a name read as a body's names a person too ("Shigeo Morioka of the International Longevity Centre",
  // "CEO of the Restaurant Association"): then it is no body's whole name to credit.
  static boolean namesPerson(PersonIndex people, String form) {
    String[] words = form.split(" ");
    if (Gazetteer.INSTANCE.firstName(words[0]) || Names.isTitleWord(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (String w : words) {
      if (people.knowsSurname(w)) {
        return true;
      }
    }
    return false;
  }

  // "Rep. Ana Varden (R-Idaho)", "the Institute for the Study of War (ISW)": what stands in parentheses after
  // the source's words is a note on them, not part of the source.
  static List<Words.Word> beforeParenthesis(List<Words.Word> subject) {
    for (int k = 1; k < subject.size(); k++) {
      if (subject.get(k).parenthesised()) {
        return subject.subList(0, k);
      }
    }
    return subject;
  }
}
