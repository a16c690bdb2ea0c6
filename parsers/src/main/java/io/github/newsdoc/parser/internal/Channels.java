package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.TIMES;
import static io.github.newsdoc.parser.internal.AttributionWords.TIME_LEADS;

import java.util.List;
import java.util.Optional;

/**
 * How words reached the reporter: {@code in a statement}, {@code told the BBC}, {@code on Twitter}, {@code
 * according to local media}.
 */
final class Channels {
  private Channels() {}

  // A time word ends a channel; "Time" is the magazine ("told Time magazine"), not "at the time".
  static boolean isTime(Words.Word w) {
    return TIMES.contains(w.lower()) && !(w.lower().equals("time") && w.capitalised());
  }

  // How the words reached the reporter: "in a statement sent to Newsweek", "on Twitter", or the one told
  // ("told the BBC"). Stops at "that", which starts the reported words.
  static Optional<String> channelAfter(String text, List<Words.Word> words, int from, String cue) {
    if (from >= words.size()) {
      return Optional.empty();
    }
    String first = words.get(from).lower();
    boolean told = cue.equals("told") || cue.equals("tells") || cue.equals("wrote") || cue.equals("writes");
    // "…," the ministry said, according to local media: the record or the medium that relayed the words
    boolean relayed = first.equals("according") && from + 1 < words.size() && words.get(from + 1).lower().equals("to")
        && !words.get(from).stops() && relays(words, from + 2);
    if (!(first.equals("in") || first.equals("on") || first.equals("via") || first.equals("through") || told
        || relayed)) {
      return Optional.empty();
    }
    if (from + 1 < words.size() && !told && TIMES.contains(words.get(from + 1).lower())) {
      return Optional.empty();
    }
    int end = from;
    while (end < words.size() && end - from < 10) {
      String w = words.get(end).lower();
      if (w.equals("that") || Names.PRONOUNS.contains(w) || isTime(words.get(end))
          || end > from && (w.equals("on") || w.equals("last") || w.equals("this")) && told) {
        break;
      }
      end++;
      if (words.get(end - 1).stops()) {
        break;
      }
    }
    if (end < words.size() && isTime(words.get(end))) {
      // "told reporters at the time", "in a statement on Friday": the time phrase's first words stay out too
      while (end > from + 1 && TIME_LEADS.contains(words.get(end - 1).lower()) && !words.get(end - 1).stops()) {
        end--;
      }
    }
    String channel = end > from ? Names.join(words.subList(from, end), text).strip() : "";
    return channel.isEmpty() || channel.chars().noneMatch(Character::isLetter) ? Optional.empty() : Optional.of(channel);
  }

  // The phrase after "according to" at {@code from} names who or what relayed the words: a name ("CNN",
  // "an Associated Press account"), a record or a medium ("a transcript of the call", "local media") or a
  // person ("aides"); not "plan" or "the rules of the house".
  private static boolean relays(List<Words.Word> words, int from) {
    for (int k = from; k < words.size() && k - from < 6; k++) {
      Words.Word w = words.get(k);
      String lower = w.lower();
      if (w.capitalised() || AttributionWords.CHANNEL_NOUNS.contains(lower) || AttributionWords.UTTERANCES.contains(lower)
          || AttributionWords.NEWS_MEDIA.contains(lower) || AttributionContext.PERSON_HEADS.contains(lower)) {
        return true;
      }
      if (w.stops() || k > from && Names.isFunctionWord(lower) && !Names.DETERMINERS.contains(lower)) {
        return false; // the head is read before "of" or a stop: "the rules of the house"
      }
    }
    return false;
  }
}
