package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

import java.util.List;

/**
 * The names around an event's or a treaty's parenthesised short name are no entity: "the Intermediate-range
 * Nuclear Forces (INF) Treaty" (the run before the parentheses and the acronym in them, when an event's noun
 * follows), "the Strategic Arms Reduction Treaty (New START)" (parentheses right after an event's noun).
 * Tried on a whole run before it is read.
 */
final class EventShortNameRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "event-short-name";
  }

  @Override
  public Match tryAt(NameRun r, int from) {
    List<Words.Word> words = r.words;
    int to = r.to;
    Words.Word first = words.get(from);
    boolean inParentheses = first.parenthesised() && closes(words.get(to - 1));
    // "… Nuclear Forces (INF) Treaty": the name before the parentheses
    boolean beforeShort = to + 1 < words.size() && words.get(to).parenthesised() && closes(words.get(to))
        && eventNoun(words.get(to + 1));
    // "(INF) Treaty", "Treaty (New START)": the short name itself
    boolean isShort = inParentheses && (to < words.size() && eventNoun(words.get(to))
        || from > 0 && eventNoun(words.get(from - 1)) && words.get(from - 1).trailingLength() == 0);
    // a run the gazetteer knows whole is its name, asked last: most runs are no short name
    return (beforeShort || isShort) && r.whole(from) == 0 ? Match.to(to) : Match.none();
  }

  private static boolean closes(Words.Word w) {
    return w.trailingLength() > 0 && w.trailingChar(0) == ')';
  }

  // A capitalised noun of an event, a law or a treaty that heads no organisation: "Treaty", "Accord".
  private static boolean eventNoun(Words.Word w) {
    String key = keyOf(w);
    return capitalisedWord(w) && EntityWords.EVENT_NOUNS.contains(key) && !Names.isOrgHead(key);
  }
}
