package io.github.newsdoc.parser.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of date lines ({@code words/date-words.txt}), loaded once, that {@link PublishedDates} reads a line
 * by: months, the labels of a publication and of an update, the words a label is made of, noise (articles,
 * prepositions, weekdays), weekdays by their day of the week, and the words of languages that write a date in
 * figures day first.
 */
final class DateWords {
  private DateWords() {}

  // The words of date lines in several languages, from words/date-words.txt: months, labels and noise.
  static final Map<String, Integer> MONTHS;
  static final Set<String> PUBLISHED_LABELS;
  static final Set<String> UPDATED_LABELS;
  static final Set<String> LABEL_WORDS;
  static final Set<String> NOISE;
  // weekdays, by their day of the week (1 Monday to 7 Sunday): noise, but they pick the reading of a date in
  // figures that either order allows ("Sunday, 6/12/2026" is 6 December)
  static final Map<String, Integer> WEEKDAYS;
  private static final String WEEKDAY = "weekday-";
  // the words of languages that write a date in figures day first (all but English): the line after
  // "@day-first" in the list
  static final Set<String> DAY_FIRST_WORDS;
  private static final String DAY_FIRST = "@day-first";
  // the months of the Thai calendar, whose year is of the Buddhist era (2569 is 2026): meaning "N-be"
  static final Set<String> BUDDHIST_ERA_MONTHS;
  private static final String BUDDHIST_ERA = "-be";
  // a word that says the number after it is the month ("tháng 12", Vietnamese): meaning "month-next"
  static final Set<String> MONTH_BEFORE_NUMBER;
  // a word for the morning or the afternoon printed before the time ("오후 2:30"): meaning "am" or "pm"
  static final Map<String, Character> MERIDIEMS_BEFORE;

  static {
    Map<String, Integer> months = new HashMap<>();
    Set<String> published = new HashSet<>();
    Set<String> updated = new HashSet<>();
    Set<String> labels = new HashSet<>();
    Set<String> noise = new HashSet<>();
    Map<String, Integer> weekdays = new HashMap<>();
    Set<String> dayFirstWords = new HashSet<>();
    Set<String> buddhist = new HashSet<>();
    Set<String> monthNext = new HashSet<>();
    Map<String, Character> meridiems = new HashMap<>();
    boolean dayFirst = false;
    for (String entry : WordList.load("date-words")) {
      if (entry.equals(DAY_FIRST)) {
        dayFirst = true;
        continue;
      }
      int space = entry.lastIndexOf(' ');
      String word = entry.substring(0, space).strip();
      String meaning = entry.substring(space + 1);
      if (dayFirst) {
        dayFirstWords.add(word);
      }
      switch (meaning) {
        case "published" -> {
          published.add(word);
          labels.add(word);
        }
        case "updated" -> {
          updated.add(word);
          labels.add(word);
        }
        case "label" -> labels.add(word);
        case "noise" -> noise.add(word);
        case "month-next" -> monthNext.add(word);
        case "am", "pm" -> meridiems.put(word, meaning.charAt(0));
        default -> {
          if (meaning.startsWith(WEEKDAY)) {
            weekdays.put(word, Integer.parseInt(meaning.substring(WEEKDAY.length())));
            noise.add(word);
          } else if (meaning.endsWith(BUDDHIST_ERA)) {
            months.put(word, Integer.parseInt(meaning.substring(0, meaning.length() - BUDDHIST_ERA.length())));
            buddhist.add(word);
          } else {
            months.put(word, Integer.parseInt(meaning));
          }
        }
      }
    }
    MONTHS = Map.copyOf(months);
    PUBLISHED_LABELS = Set.copyOf(published);
    UPDATED_LABELS = Set.copyOf(updated);
    LABEL_WORDS = Set.copyOf(labels);
    NOISE = Set.copyOf(noise);
    WEEKDAYS = Map.copyOf(weekdays);
    DAY_FIRST_WORDS = Set.copyOf(dayFirstWords);
    BUDDHIST_ERA_MONTHS = Set.copyOf(buddhist);
    MONTH_BEFORE_NUMBER = Set.copyOf(monthNext);
    MERIDIEMS_BEFORE = Map.copyOf(meridiems);
  }
}
