package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first words of full names that the article may use alone for the person: the family name of a name
 * written family name first ("Lee" of "Lee Jae-myung", "Xi" of "Xi Jinping"), where the last word is not the
 * one used alone. A full name's first word is such a name when a later word is a given name of two
 * syllables joined by a hyphen ("Jae-myung", "Ki-moon"), or when it is no common first name, place, body or
 * people and the article uses it alone in a person's place: before a speech verb or after an honorific or a
 * title ("Xi said", "President Xi"). A first word no gazetteer knows is not enough: most such "people" are
 * firms ("Pernod Ricard") or first names the gazetteer lacks. A word that is also another person's surname
 * names none; one that opens two people's full names names the one introduced last before it. A common first
 * name ("Mark" of "Mark Cuban") is none: a first name alone is {@link EntityClusters}' to join.
 */
final class FamilyNames {
  // the words that end a body's name and no person's ("International", "Group")
  private static final Set<String> SUFFIXES = WordList.load("organisation-suffixes");

  // per family name, the full names that open with it, in article order
  private final Map<String, List<FoundNames.Found>> introduced;

  private FamilyNames(Map<String, List<FoundNames.Found>> introduced) {
    this.introduced = introduced;
  }

  /**
   * The first words of the people's full names among {@code found} (in article order) that name them alone;
   * {@code placed} tells which words the article's texts use alone in a person's place.
   */
  static FamilyNames of(Iterable<FoundNames.Found> found, Placed placed) {
    Set<String> surnames = new HashSet<>();
    Map<String, List<FoundNames.Found>> introduced = new HashMap<>();
    for (FoundNames.Found f : found) {
      String form = f.form();
      int space = form.indexOf(' ');
      if (!f.type().equals(EntityType.PERSON) || space < 0) {
        continue;
      }
      surnames.add(form.substring(form.lastIndexOf(' ') + 1));
      String first = form.substring(0, space);
      if (f.block() >= 0 && placed.opensWithFamilyName(form, first)) {
        introduced.computeIfAbsent(first, k -> new ArrayList<>()).add(f);
      }
    }
    introduced.keySet().removeAll(surnames); // "Kim" of "Andy Kim" is his surname, whoever else opens with it
    return new FamilyNames(introduced);
  }

  /** The family names the article uses alone, or may. */
  Set<String> words() {
    return introduced.keySet();
  }

  /**
   * The full name a family name alone at the position names: the person introduced with it last before
   * ("Kim" after "Kim Jong-un" names him, after "Kim Yo-jong" her), else the first introduced after it (a
   * headline's "Xi"); null when no full name opens with the word.
   */
  String fullAt(String word, int block, int offset) {
    List<FoundNames.Found> names = introduced.get(word);
    if (names == null) {
      return null;
    }
    FoundNames.Found last = names.get(0);
    for (FoundNames.Found f : names) {
      if (f.block() < block || f.block() == block && f.end() <= offset) {
        last = f;
      }
    }
    return last.form();
  }

  /**
   * The full name a family name names wherever it stands: the fullest of those that open with it when each
   * is part of the next ("Xi", "Xi Jinping"); null when two people share it.
   */
  String only(String word) {
    String fullest = null;
    for (FoundNames.Found f : introduced.getOrDefault(word, List.of())) {
      String form = f.form();
      if (fullest == null || PersonIndex.startsWithName(form, fullest)) {
        fullest = form;
      } else if (!form.equals(fullest) && !PersonIndex.startsWithName(fullest, form)) {
        return null; // "Kim Jong-un" and "Kim Yo-jong"
      }
    }
    return fullest;
  }

  // Whether the full name (two or three words) opens with a family name by its shape: a given name of two
  // syllables joined by a hyphen follows.
  private static boolean familyFirst(String form, String first) {
    String[] words = form.split(" ");
    if (words.length > 3 || first.length() < 2 || !letters(first) || !Character.isUpperCase(first.charAt(0))
        || Names.isHonorific(first) || Names.isTitleWord(first.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      int hyphen = words[k].indexOf('-');
      if (hyphen > 0 && hyphen + 1 < words[k].length() && Character.isLowerCase(words[k].charAt(hyphen + 1))) {
        return true; // "Lee Jae-myung", "Ban Ki-moon"
      }
    }
    return false;
  }

  // Whether the name's first word may be a family name the article shows in a person's place: a name of two
  // or three words that opens with no common first name nor a place, a body or a people ("Xi Jinping").
  private static boolean familyPlaced(String form, String first) {
    Gazetteer g = Gazetteer.INSTANCE;
    String last = form.substring(form.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    // "Contrack International", "Lions Test": a body's name the recognizer took for a person's
    return !Names.isOrgHead(last) && !SUFFIXES.contains(last) && !NameShapes.plural(first.toLowerCase(Locale.ROOT))
        && form.split(" ").length <= 3 && first.length() >= 2 && letters(first) && !Genders.commonFirstName(first)
        && !Names.isHonorific(first) && !Names.isTitleWord(first.toLowerCase(Locale.ROOT))
        && g.place(first) == null && g.organisation(first) == null && g.demonym(first) == null;
  }

  /**
   * The words an article's texts use alone in a person's place: before a speech verb ("Xi said"), or after an
   * honorific or a capitalised title ("Mr Xi", "President Xi"). Each word asked is looked for through the
   * texts once, and its answer kept: an article's three readings of its family names (its names, its people,
   * its entities) share one, and ask the same few words. The texts are read from their characters, since the
   * words of the texts may have been let go by then (issue 19).
   */
  static final class Placed {
    private final List<String> texts;
    private final Map<String, Boolean> answers = new HashMap<>();
    // per full name, whether its first word is a family name: a name is found many times over
    private final Map<String, Boolean> opening = new HashMap<>();

    /** The words of {@code texts} (null entries are skipped) that stand alone in a person's place. */
    Placed(List<String> texts) {
      this.texts = texts;
    }

    /** Whether some text uses {@code word}, a run of letters, alone in a person's place. */
    boolean contains(String word) {
      Boolean known = answers.get(word);
      if (known == null) {
        known = lookFor(word);
        answers.put(word, known);
      }
      return known;
    }

    /**
     * Whether the first word {@code first} of a person's full name {@code form} is a family name the article may
     * use alone: by its shape (a hyphenated given name follows), or by its use alone in a person's place.
     */
    boolean opensWithFamilyName(String form, String first) {
      Boolean known = opening.get(form);
      if (known == null) {
        known = familyFirst(form, first) || familyPlaced(form, first) && contains(first);
        opening.put(form, known);
      }
      return known;
    }

    private boolean lookFor(String word) {
      for (String text : texts) {
        if (text == null) {
          continue;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          int end = at + word.length();
          if (at > 0 && wordChar(text.charAt(at - 1)) || end < text.length() && wordChar(text.charAt(end))) {
            continue;
          }
          String before = wordBefore(text, at);
          String after = wordAfter(text, end);
          if (!before.isEmpty() && Character.isUpperCase(before.charAt(0))
              && (Names.isHonorific(before) || EntityClusters.TITLE_HEADS.contains(before.toLowerCase(Locale.ROOT)))
              && (after.isEmpty() || !Character.isUpperCase(after.charAt(0)))) {
            return true; // "President Xi", not "President Xi Jinping"
          }
          if (EntityWords.SPEECH.contains(after) && (before.isEmpty() || !Character.isUpperCase(before.charAt(0)))
              && !Names.DETERMINERS.contains(before)) {
            return true; // "Xi said", not "Jinping Xi said" nor "the Lions said"
          }
        }
      }
      return false;
    }
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  // The word right before position at, over one space and no punctuation; empty when none stands there.
  private static String wordBefore(String text, int at) {
    int end = at;
    if (end == 0 || text.charAt(end - 1) != ' ') {
      return "";
    }
    end--;
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    return text.substring(start, end);
  }

  // The word right after position end, over one space and no punctuation; empty when none stands there.
  private static String wordAfter(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ' ') {
      return "";
    }
    int start = end + 1;
    int stop = start;
    while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
      stop++;
    }
    return text.substring(start, stop);
  }

  private static boolean letters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
