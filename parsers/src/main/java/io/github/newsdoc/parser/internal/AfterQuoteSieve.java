package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.AUXILIARIES;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;
import static io.github.newsdoc.parser.internal.AttributionWords.TIMES;
import static io.github.newsdoc.parser.internal.Channels.channelAfter;
import static io.github.newsdoc.parser.internal.Cues.afterCue;
import static io.github.newsdoc.parser.internal.Cues.cue;
import static io.github.newsdoc.parser.internal.Cues.isAdverb;
import static io.github.newsdoc.parser.internal.Cues.isCue;
import static io.github.newsdoc.parser.internal.Cues.isCueAt;
import static io.github.newsdoc.parser.internal.Cues.isInitial;
import static io.github.newsdoc.parser.internal.Cues.passive;
import static io.github.newsdoc.parser.internal.Phrases.commonSubject;
import static io.github.newsdoc.parser.internal.Phrases.isSubject;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;
import static io.github.newsdoc.parser.internal.Phrases.subjectBefore;
import static io.github.newsdoc.parser.internal.Sentences.WINDOW;
import static io.github.newsdoc.parser.internal.Sentences.abbreviation;
import static io.github.newsdoc.parser.internal.Sentences.clauseEnd;
import static io.github.newsdoc.parser.internal.Sentences.nextWordCapitalised;

import java.util.List;
import java.util.Optional;

/**
 * The clause right after the quote: {@code "…," Shoigu said.}, {@code "…," said Shoigu.}, {@code "…," the official
 * told Newsweek.}, {@code "…," according to X.}, a dash and a name that sign it, or a name with a long description
 * and the cue after its closing comma.
 */
final class AfterQuoteSieve implements AttributionSieve {
  @Override
  public String name() {
    return "after-quote";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    Attributed after = after(ctx, q);
    String mention = after == null || after.person() ? null : after.attribution().mention()
        .map(m -> ctx.texts.get(m.block() + 1).substring(m.start(), m.end())).orElse(null);
    if (mention != null && AccordingToAtEndSieve.namesMedium(mention)) {
      // "The ministry said on Tuesday that “no talks are planned”, the state news agency reported.": a news
      // medium after the quote carried the words of the speaker the sentence names before it, its channel
      Attributed named = NAMED_BEFORE.attribute(index, q, ctx);
      if (named != null) {
        return new Attributed(named.attribution().withChannel(mention), named.person());
      }
    }
    return after;
  }

  private static final AttributionSieve NAMED_BEFORE = new BeforeQuoteSieve();

  // "…," Shoigu said. / "…," said Shoigu. / "…," the official told Newsweek. / "…", according to X.
  static Attributed after(AttributionContext ctx, QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = ctx.texts.get(last.block() + 1);
    char end = last.end() > last.start() ? text.charAt(last.end() - 1) : ' ';
    boolean newSentence = end == '.' && !abbreviation(text, last.end() - 1) && nextWordCapitalised(text, last.end());
    int from = last.end();
    int limit = Math.min(text.length(), from + WINDOW);
    boolean dashed = false;
    // whether the quote is closed off from the words after it ("“…,” federal prosecutors wrote"), not a
    // fragment the writer's sentence runs on from ("the “chaotic” scenes witnesses recounted")
    boolean closed = end == ',' || end == '?' || end == '!';
    while (from < limit && (QuoteFinder.isDouble(text.charAt(from)) || QuoteFinder.isSingle(text.charAt(from))
        || ",.!?;:—–― -".indexOf(text.charAt(from)) >= 0 || Text.isSpace(text.charAt(from)))) {
      if (text.charAt(from) == '.' && from > last.end() + 1) {
        return null; // the sentence ended after the quote
      }
      if (text.charAt(from) == '.' && from > last.end() && isMark(text.charAt(from - 1))) {
        // "…binge drinking “epidemic”. However, Mr Hayman said:": the writer's sentence ends at the period
        // after the closing mark, and the next sentence is read as one that may only attribute this quote
        if (!nextWordCapitalised(text, from + 1)) {
          return null;
        }
        newSentence = true;
      }
      dashed |= "—–―".indexOf(text.charAt(from)) >= 0;
      closed |= text.charAt(from) == ',';
      from++;
    }
    int to = clauseEnd(text, from);
    List<Words.Word> words = ctx.words(last.block(), from, to);
    if (words.isEmpty()) {
      return null;
    }
    if (dashed && to == text.length() && words.size() <= 6) {
      // "“…” ― Ana Ruiz": a name signs the quote at the end of its paragraph
      List<Words.Word> name = Names.trailingName(words);
      return name.size() == words.size() && name.size() > 1 ? ctx.result(last.block(), text, name, "—", Optional.empty(), q) : null;
    }
    if (newSentence) {
      // "…." He added: a new sentence, not this quote's clause; unless that sentence is only the attribution
      // ("…." Trump said.)
      return to > from && text.charAt(to - 1) == '.' && words.size() <= 8 ? SpeakerClauses.shortAttribution(ctx, q, text, words) : null;
    }
    for (int i = 0; i + 1 < words.size() && i < 3; i++) {
      if (i > 0 && isCue(words.get(i - 1), SPEECH, last.block())) {
        break; // "…," she said, according to a transcript: the source is hers, the transcript its record
      }
      if (words.get(i).lower().equals("according") && words.get(i + 1).lower().equals("to")) {
        List<Words.Word> subject = phraseAfter(words, i + 2);
        return subject.isEmpty() ? null : ctx.result(last.block(), text, subject, "according to", Optional.empty(), q);
      }
    }
    if (words.size() > 1 && words.get(0).core().equals("per")) {
      List<Words.Word> subject = phraseAfter(words, 1); // "…," per the party's bylaws
      return subject.isEmpty() ? null : ctx.result(last.block(), text, subject, "per", Optional.empty(), q);
    }
    Words.Word first = words.get(0);
    boolean verbFirst = isCue(first, SPEECH, last.block()) && !first.lower().endsWith("ing") || end != '.' && !first.capitalised()
        && first.lower().endsWith("ed") && first.lower().length() > 4 && words.size() > 1
        && words.get(1).capitalised();
    if (verbFirst && !first.stops() && words.size() > 1) {
      List<Words.Word> subject = phraseAfter(words, 1);
      if (!subject.isEmpty()) {
        return ctx.result(last.block(), text, subject, first.core(), channelAfter(text, words, 1 + subject.size(), first.core()), q);
      }
    }
    for (int k = 1; k < words.size() && k <= 18; k++) {
      Words.Word w = words.get(k);
      if (k + 2 < words.size() && passive(words, k) && words.get(k + 1).lower().equals("by") && !w.stops()
          && isCueAt(words, k, SPEECH, last.block())) {
        // "…," I'm told by Tom Okafor: the agent of the passive cue is the source
        List<Words.Word> agent = phraseAfter(words, k + 2);
        if (!agent.isEmpty() && agent.get(0).capitalised()) {
          return ctx.result(last.block(), text, agent, cue(words, k), Optional.empty(), q);
        }
      }
      boolean cueLike = isCueAt(words, k, SPEECH, last.block()) || end != '.' && k <= 6 && !w.capitalised()
          && w.lower().endsWith("ed") && w.lower().length() > 4 && (k + 1 == words.size() || w.stops()
          || TIMES.contains(words.get(k + 1).lower()) || words.get(k + 1).lower().equals("on")
          && k + 2 < words.size() && TIMES.contains(words.get(k + 2).lower())) // "Toomey fumed on Tuesday"
          && !passive(words, k); // "“deal” was signed": no one spoke
      if (cueLike && (!words.get(k - 1).stops() || words.get(k - 1).trailing().endsWith(",") || isInitial(words.get(k - 1))
          || words.get(k - 1).trailing().endsWith(")")
          || NameShapes.personEnd(words.get(k - 1)) > words.get(k - 1).end())) { // "Tom Okafor Jr. said"
        int end2 = k;
        while (end2 > 1 && isAdverb(words.get(end2 - 1).lower()) && !words.get(end2 - 1).stops()) {
          end2--; // "my father often said"
        }
        List<Words.Word> subject = words.subList(0, end2);
        if (last.block() == -1 && k > 1 && words.get(k - 1).capitalised()) {
          // a headline capitalises every word: "‘…’ Is Like a Client Ever, Trevor Noah Says"
          List<Words.Word> near = subjectBefore(words, k);
          if (!near.isEmpty()) {
            subject = near;
          }
        }
        if (end2 > 1 && Names.PRONOUNS.contains(words.get(end2 - 1).lower()) && words.get(end2 - 2).stops()) {
          subject = words.subList(end2 - 1, end2); // "…'' income, he said": the pronoun is the subject
        }
        // "Terrie Rizzo, the Democratic chair of the county, said": the name before the appositive;
        // "Rep. Gwen Moore (D-Wis.) said": the name before the parenthesis
        for (int c = 0; c < subject.size() - 1; c++) {
          if (subject.get(c + 1).parenthesised() && c >= 0) {
            subject = subject.subList(0, c + 1);
            break;
          }
          if (subject.get(c).trailing().startsWith(",")) {
            // "“…” plan, critics said, …": the writer's sentence goes on, and the source is after the comma
            boolean continues = !subject.get(0).capitalised() && !Names.DETERMINERS.contains(subject.get(0).lower());
            subject = continues || namedInApposition(subject, c) ? subject.subList(c + 1, subject.size())
                : subject.subList(0, c + 1);
            break;
          }
        }
        // not "…" was all Ortiz said; but "…," Will wrote names a man
        boolean auxiliary = AUXILIARIES.contains(subject.get(0).lower()) && !(subject.get(0).capitalised() && end == ',');
        if ((isSubject(subject) || closed && commonSubject(subject)) && !auxiliary) {
          return ctx.result(last.block(), text, subject, cue(words, k), channelAfter(text, words, afterCue(words, k), w.lower()), q);
        }
        // "…" climate change, Axelrod said: the writer's sentence goes on after the quote; the noun phrase
        // right before the cue
        List<Words.Word> near = subjectBefore(words, k);
        if (!near.isEmpty() && near.get(0).capitalised() && words.get(0).lower().equals(words.get(0).core())
            && isSubject(near)) {
          return ctx.result(last.block(), text, near, cue(words, k), channelAfter(text, words, afterCue(words, k), w.lower()), q);
        }
        return null;
      }
      if (w.stops() && !w.trailing().endsWith(",") && !w.trailing().endsWith(")") && !isInitial(w)
          && NameShapes.personEnd(w) == w.end()) { // "Jr." goes on to the cue
        return null;
      }
    }
    return describedSpeaker(ctx, q, text, words);
  }

  // "“…,” Ruiz's lawyer, Tom Cole, said": a description ending in a lower-case noun at index c, then a name of
  // a few capitalised words between its comma and the cue; the name speaks, as "the lawyer" stands for it.
  // Not when the description ties its head to something else ("the owner of the ferry, Sea Star,"): the name
  // may be that thing's.
  private static boolean namedInApposition(List<Words.Word> subject, int c) {
    List<Words.Word> name = subject.subList(c + 1, subject.size());
    for (int i = 0; i < c; i++) {
      if (Phrases.linksHead(subject.get(i).lower())) {
        return false; // "the mayor of the capital, Dunmore,": the name is the capital's, not the mayor's
      }
    }
    return !subject.get(c).capitalised() && !name.isEmpty() && name.size() <= 4
        && name.stream().allMatch(Words.Word::capitalised) && name.get(name.size() - 1).trailing().startsWith(",")
        && name.stream().limit(name.size() - 1).noneMatch(Words.Word::stops);
  }

  private static boolean isMark(char c) {
    return QuoteFinder.isDouble(c) || QuoteFinder.isSingle(c);
  }

  // "“…,” Ana Ruiz, the union's lawyer for a decade and its voice in every strike since the closure, said":
  // a name (after a role in lower case or not: "lead author Ana Ruiz"), a description too long for the usual
  // window, and the cue after its closing comma.
  static Attributed describedSpeaker(AttributionContext ctx, QuoteFinder.Found q, String text, List<Words.Word> words) {
    int comma = -1;
    for (int i = 0; i < words.size() && i < 5; i++) {
      if (words.get(i).stops()) {
        comma = words.get(i).trailing().startsWith(",") ? i : -1;
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    List<Words.Word> name = words.subList(0, comma + 1);
    if (!words.get(0).capitalised()) {
      // "“…,” study lead author Ana Ruiz, a geologist at …, said", "“…,” the lead author Ana Ruiz, …, said": a
      // role in lower case before the name
      List<Words.Word> named = Names.trailingName(name);
      int role = name.size() - named.size();
      if (named.size() < 2 || role > 3 || name.subList(0, role).stream().anyMatch(w -> w.capitalised() || w.stops()
          || w.core().isEmpty() || !Character.isLetter(w.core().codePointAt(0)))) {
        return null;
      }
    } else if (!(name.size() > 1 && Names.trailingName(name).size() == name.size()) && !ctx.people.knowsSurname(name.get(comma).core())) {
      return null;
    }
    for (int k = comma + 2; k < words.size() && k <= comma + 40; k++) {
      Words.Word w = words.get(k);
      if (words.get(k - 1).trailing().startsWith(",") && isCue(w, SPEECH, q.last().block()) && !w.lower().endsWith("ing")) {
        return ctx.result(q.last().block(), text, name, w.core(), channelAfter(text, words, k + 1, w.lower()), q);
      }
    }
    return null;
  }
}
