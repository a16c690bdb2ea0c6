package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * A quote that is a whole sentence of its own, with no cue and no subject before it to credit, while a person
 * quoted just before still holds the floor: {@code "The boats load at night," Ana Ruiz said. The port has
 * three berths. "Each of them is full."} The quote before is in the same paragraph or the one before, the
 * quote itself does not open its paragraph, and no other person is named between the two nor does a sentence
 * between open with a new voice described ("Her deputy was more cautious."); the person quoted before speaks
 * again. A quote of a few words (a term), one that shares its sentence with narration, and one after a quote
 * credited to a body or to no one take nothing from here.
 */
final class OngoingSpeakerSieve implements AttributionSieve {
  /** The sieve's name, as {@link #name} gives it. */
  static final String NAME = "ongoing-speaker";

  /** The fewest words a quote holds to be read as speech, not as a term. */
  private static final int MIN_WORDS = 4;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (index == 0 || q.segments().size() > 1) {
      return null;
    }
    Attributed before = ctx.settled.get(index - 1).orElse(null);
    QuoteFinder.Found previous = ctx.quotes.get(index - 1);
    int block = q.first().block();
    if (before == null || !before.person() || block < 0 || previous.last().block() < Math.max(0, block - 1)
        || ctx.startsParagraph(q)) {
      return null; // a new paragraph that opens with a quote may be a new voice (dialogue): not read here
    }
    String text = ctx.texts.get(block + 1);
    if (Sentences.endBeforeQuote(text, q.first().start(), ".?!") < 0
        || !SubjectBeforeSieve.endsSentence(text, q.last().end())
        || Text.words(text.substring(q.first().start(), q.last().end()).strip()) < MIN_WORDS) {
      return null;
    }
    String speaker = before.attribution().speaker();
    PersonIndex.Mention named = ctx.people.lastBefore(block, q.first().start());
    if (named != null && (named.block() > previous.last().block()
        || named.block() == previous.last().block() && named.start() >= previous.last().end())
        && !named.name().equals(speaker)) {
      return null; // "… Ana Ruiz said. Tom Cole disagreed. "…"": someone else was named since
    }
    for (int t = previous.last().block(); t <= block; t++) {
      int from = t == previous.last().block() ? previous.last().end() : 0;
      int to = t == block ? q.first().start() : ctx.texts.get(t + 1).length();
      if (someoneElse(ctx, t, ctx.words(t, from, Math.max(from, to)), speaker)) {
        return null; // "… Ana Ruiz said. Her deputy disagreed. "…"": a sentence between opens with another voice
      }
    }
    return new Attributed(before.attribution(), true);
  }

  // Whether a sentence of the words opens with someone other than the speaker: a name that is not the
  // speaker's ("Haoyu looked up."; a capitalised word that can be part of a person's name, no word of the
  // speaker's name and no part of a body's or a place's name the recognizer found), or a description of a
  // source, a person or a document ("The club's captain was less diplomatic.", "Union leaders were
  // unimpressed.", "But critics say …", "The inquiry's report was damning.").
  private static boolean someoneElse(AttributionContext ctx, int block, List<Words.Word> words, String speaker) {
    List<String> own = List.of(speaker.split(" "));
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      boolean opens = i == 0 ? w.start() == 0 || ctx.sentenceStart(block, w.start()) >= w.start()
          : endsSentence(words.get(i - 1));
      if (!opens || ctx.insideQuote(block, w.start())) {
        continue;
      }
      if (Names.isNameWord(w) && !own.contains(w.core())
          && ctx.people.bodyCovering(block, w.start(), w.end()) == null) {
        return true;
      }
      String head = subjectHead(words, i);
      if (head != null && describesSource(head)) {
        return true;
      }
    }
    return false;
  }

  // Whether a word ends its sentence: a full stop, a question or an exclamation mark after it.
  private static boolean endsSentence(Words.Word w) {
    String trailing = w.trailing();
    return !trailing.isEmpty() && ".!?".indexOf(trailing.charAt(0)) >= 0;
  }

  // The last word before the verb of the sentence that opens at word i ("leaders" in "But union leaders were
  // unimpressed", "report" in "The inquiry's report, published on Tuesday, was damning"), within six words; null
  // when no verb is found there.
  private static String subjectHead(List<Words.Word> words, int i) {
    int k = i;
    if (k < words.size() && AttributionWords.OPENERS.contains(words.get(k).lower())) {
      k++;
    }
    for (int from = k; k < words.size() && k - from < 6; k++) {
      Words.Word w = words.get(k);
      String lower = w.lower();
      if (k > from && (AttributionWords.AUXILIARIES.contains(lower) || AttributionWords.BE.contains(lower)
          || AttributionWords.IRREGULAR_PAST.contains(lower) || AttributionWords.SPEECH.contains(lower)
          || Cues.verbLike(lower))) {
        return words.get(k - 1).lower();
      }
      if (w.stops()) {
        return w.lower().isEmpty() ? null : NameShapes.keyOf(w);
      }
    }
    return null;
  }

  // A head noun that stands for a source: a person ("captain", "deputy"), a group ("leaders", "critics") or a
  // document ("report", "statement").
  private static boolean describesSource(String head) {
    return AttributionContext.PERSON_HEADS.contains(head) || AttributionWords.SOURCE_HEADS.contains(head)
        || AttributionWords.CHANNEL_NOUNS.contains(head) || Roles.isRoleNoun(head)
        || head.length() > 3 && head.endsWith("s") && Roles.isRoleNoun(head.substring(0, head.length() - 1));
  }
}
