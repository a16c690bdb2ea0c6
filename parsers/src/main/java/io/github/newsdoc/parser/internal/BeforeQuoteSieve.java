package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.HEADLINE_LABELS;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.REPORTING;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;
import static io.github.newsdoc.parser.internal.Channels.channelAfter;
import static io.github.newsdoc.parser.internal.Cues.afterCue;
import static io.github.newsdoc.parser.internal.Cues.coordinated;
import static io.github.newsdoc.parser.internal.Cues.cue;
import static io.github.newsdoc.parser.internal.Cues.isAdverb;
import static io.github.newsdoc.parser.internal.Cues.isCue;
import static io.github.newsdoc.parser.internal.Cues.isCueAt;
import static io.github.newsdoc.parser.internal.Cues.isPartyTag;
import static io.github.newsdoc.parser.internal.Cues.participle;
import static io.github.newsdoc.parser.internal.Cues.passive;
import static io.github.newsdoc.parser.internal.Cues.relative;
import static io.github.newsdoc.parser.internal.Phrases.isSubject;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;
import static io.github.newsdoc.parser.internal.Phrases.subjectBefore;
import static io.github.newsdoc.parser.internal.Sentences.firstNonSpace;
import static io.github.newsdoc.parser.internal.Subjects.leadingSubject;

import java.util.List;
import java.util.Optional;

/**
 * The clause before the quote in its sentence: {@code X said: "…"}, {@code He told the BBC: "…"}, {@code X said the
 * plan was "…"}, {@code According to X, "…"} (and {@code According to X, Y said: "…"}, Y's words that X relayed),
 * a name and a colon. Verbs of saying are tried before other reporting
 * verbs; a cue whose subject is the sentence's ({@code … and joked, "…"}) counts when no cue has its own.
 */
final class BeforeQuoteSieve implements AttributionSieve {
  @Override
  public String name() {
    return "before-quote";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return before(ctx, q);
  }

  // X said: "…" / He told the BBC: "…" / X said in a statement that "…" / X said the plan was "…"
  static Attributed before(AttributionContext ctx, QuoteFinder.Found q) {
    QuoteFinder.Segment first = q.first();
    String text = ctx.texts.get(first.block() + 1);
    int mark = first.start() - 1;
    int from = ctx.sentenceStart(first.block(), mark);
    List<Words.Word> words = ctx.words(first.block(), from, Math.max(from, mark));
    if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
      Attributed relayed = relayed(ctx, q, text, words);
      if (relayed != null) {
        return relayed;
      }
      List<Words.Word> subject = phraseAfter(words, 2);
      if (!subject.isEmpty()) {
        return ctx.result(first.block(), text, subject, Names.join(words.subList(0, 2), text), Optional.empty(), q);
      }
    }
    if (words.size() > 1 && words.get(0).capitalised() && SPEECH.contains(words.get(0).lower())
        && !words.get(0).lower().endsWith("ing")) {
      // "Said Dorothy Poynter, who grew up with him, "…""
      List<Words.Word> subject = phraseAfter(words, 1);
      if (!subject.isEmpty() && subject.get(0).capitalised()) {
        return ctx.result(first.block(), text, subject, words.get(0).core(), Optional.empty(), q);
      }
    }
    // Verbs of saying first ("Westmacott also said that Obama shows …": said, not shows), then the others.
    Attributed[] fallback = new Attributed[1]; // the sentence's subject, for a cue with none of its own
    // A verb of saying that shares the sentence's subject comes before other verbs ("Cole thanked the crowd
    // and joked, …": joked).
    Attributed r = cueBefore(ctx, q, text, words, true, fallback);
    if (r == null) {
      r = fallback[0];
    }
    if (r == null) {
      r = cueBefore(ctx, q, text, words, false, fallback);
    }
    if (r == null) {
      r = fallback[0];
    }
    return r != null ? r : colonBefore(ctx, q, text, words);
  }

  // "According to Reuters, Ana Ruiz told the council: "…"": the words are Ana Ruiz's, whom a verb of saying
  // after the opening phrase credits, and the phrase tells how they reached the writer (the channel), as in
  // "…," Ana Ruiz said, according to Reuters. Null when no such verb with its own subject follows the
  // phrase ("According to Reuters, "…"": the phrase names the source).
  private static Attributed relayed(AttributionContext ctx, QuoteFinder.Found q, String text, List<Words.Word> words) {
    int comma = 2;
    while (comma < words.size() && !words.get(comma).trailing().startsWith(",")) {
      if (words.get(comma).stops()) {
        return null;
      }
      comma++;
    }
    if (comma + 2 >= words.size()) {
      return null;
    }
    Attributed said = cueBefore(ctx, q, text, words.subList(comma + 1, words.size()), true, new Attributed[1]);
    if (said == null || said.attribution().channel().isPresent()) {
      return said;
    }
    String channel = Names.join(words.subList(0, comma + 1), text);
    return new Attributed(said.attribution().withChannel(channel), said.person());
  }

  // "Rep. Trey Gowdy: "…"", "Here's Clinton in December 1992: "…"": a person's name right before a colon
  // that introduces the quote; the colon is the cue.
  static Attributed colonBefore(AttributionContext ctx, QuoteFinder.Found q, String text, List<Words.Word> all) {
    List<Words.Word> words = afterDash(all);
    if (words.isEmpty() || !words.get(words.size() - 1).trailing().startsWith(":")
        && !words.get(words.size() - 1).trailing().endsWith("):")) {
      return null;
    }
    if (words.size() > 12) {
      // a long sentence that ends with a colon, not one that a quote opens or holds ("…, which, I'll read you
      // the question:" inside a quote)
      return all.stream().anyMatch(Words.Word::quoted) ? null : SpeakerClauses.colonSentence(ctx, q.first().block(), text, all, q);
    }
    // "Her answer: "…"", "Ruiz's reply: "…"": the reply's owner spoke it (Replies)
    Attributed reply = Replies.ofOwner(ctx, q.first().block(), text, Phrases.withLetters(words), ":", q);
    if (reply != null) {
      return reply;
    }
    for (int f = words.size() - 2; f >= 0 && words.size() - f <= 6; f--) {
      if (words.get(f).lower().equals("from") && !words.get(f).stops()) {
        // "More from the report:", "From Jones:": the source the quote is taken from
        List<Words.Word> source = words.subList(f + 1, words.size());
        boolean phrase = source.stream().limit(source.size() - 1).noneMatch(Words.Word::stops)
            && (source.get(0).capitalised() || Names.DETERMINERS.contains(source.get(0).lower()));
        return phrase && isSubject(source) ? ctx.result(q.first().block(), text, source, "from", Optional.empty(), q) : null;
      }
    }
    int last = words.size();
    if (last > 1 && isPartyTag(words.get(last - 1)) && words.get(last - 1).parenthesised()) {
      last--; // "Rep. Trey Gowdy (R-S.C.):"
    }
    for (int end = last; end > 0 && last - end < 4; end--) {
      List<Words.Word> name = Names.trailingName(words.subList(0, end));
      if (!name.isEmpty() && SPEECH.contains(name.get(0).lower())) {
        name = name.subList(1, name.size()); // "Stated Stone:"
      }
      if (name.size() >= 1 && (name.size() > 1 || ctx.people.knowsSurname(name.get(0).core()))
          && name.stream().noneMatch(w -> HEADLINE_LABELS.contains(w.lower()))) {
        return ctx.result(q.first().block(), text, name, ":", Optional.empty(), q);
      }
      if (words.get(end - 1).stops() && end < last) {
        break;
      }
    }
    return SpeakerClauses.colonSentence(ctx, q.first().block(), text, all, q);
  }

  // "VOTERS WANT MORE – Ana Ruiz:": a dash a few words before the colon ends a heading; the name after it
  // labels the quote.
  private static List<Words.Word> afterDash(List<Words.Word> words) {
    for (int d = words.size() - 2; d >= 0 && words.size() - d <= 6; d--) {
      Words.Word w = words.get(d);
      if (SpeakerClauses.isDash(w)) {
        return words.subList(d + 1, words.size());
      }
    }
    return words;
  }

  static Attributed cueBefore(AttributionContext ctx, QuoteFinder.Found q, String text, List<Words.Word> words, boolean speechOnly,
      Attributed[] fallback) {
    QuoteFinder.Segment first = q.first();
    for (int k = words.size() - 1; k >= 0; k--) {
      Words.Word w = words.get(k);
      boolean speech = isCueAt(words, k, SPEECH, first.block());
      if ((speech || !speechOnly && isCue(w, REPORTING, first.block())) && passive(words, k) && k + 2 < words.size()
          && words.get(k + 1).lower().equals("by") && !w.stops()) {
        // "Rubio was asked by moderator Gerard Baker whether …": the agent is the source
        List<Words.Word> agent = phraseAfter(words, k + 2);
        if (!agent.isEmpty() && agent.get(0).capitalised() || agent.size() > 1) {
          return ctx.result(first.block(), text, agent, cue(words, k), Optional.empty(), q);
        }
      }
      if (speech && !w.lower().endsWith("ing") && !w.stops() && k + 1 < words.size()) {
        // "Because of how the schedule was made, explained Rosenberg, "…"": the cue, then the speaker's
        // name, and the quote
        List<Words.Word> inverted = phraseAfter(words, k + 1);
        if (!inverted.isEmpty() && k + 1 + inverted.size() == words.size() && inverted.get(0).capitalised()
            && !Names.trailingName(inverted).isEmpty() && words.get(words.size() - 1).trailing().endsWith(",")
            && (k == 0 || words.get(k - 1).stops())) {
          return ctx.result(first.block(), text, inverted, w.core(), Optional.empty(), q);
        }
      }
      if ((speech || !speechOnly && isCue(w, REPORTING, first.block())) && !passive(words, k)) {
        boolean participle = participle(words, k);
        List<Words.Word> subject = participle || coordinated(words, k) ? List.of()
            : SpeakerNames.withPersonBefore(ctx.people, first.block(), words, subjectBefore(words, k));
        if (!subject.isEmpty()) {
          Optional<String> channel = channelAfter(text, words, afterCue(words, k), w.lower());
          return relative(ctx.result(first.block(), text, subject, cue(words, k), channel, q), words, k, first.block());
        }
        if (coordinated(words, k) || participle) {
          // "He adopted an accent and joked, …", "Trump went after Bush, calling him …", "He went on to say":
          // the subject of the sentence
          List<Words.Word> sentence = leadingSubject(words.subList(0, k));
          int whole = ctx.wholeSentenceStart(first.block(), first.start() - 1);
          if (sentence.isEmpty() && whole < words.get(0).start()
              && !QuoteFinder.isDouble(text.charAt(firstNonSpace(text, whole)))) {
            sentence = leadingSubject(ctx.words(first.block(), whole, words.get(k).start()));
          }
          if (!sentence.isEmpty() && fallback[0] == null) {
            // an earlier verb with its own subject wins: "The ministry said …, and warned that"
            fallback[0] = ctx.result(first.block(), text, sentence, cue(words, k), Optional.empty(), q);
          }
          continue;
        }
        // "X said … but warned that": the subject is the earlier clause's
        if (k > 0 && !(NOT_SUBJECTS.contains(words.get(k - 1).lower()) || isAdverb(words.get(k - 1).lower()))
            && speech) {
          return null;
        }
      }
    }
    return null;
  }
}
