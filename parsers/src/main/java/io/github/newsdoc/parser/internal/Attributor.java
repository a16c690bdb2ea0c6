package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a quote is credited to. It reads the clause after the quote ({@code "…," Shoigu said.},
 * {@code "…," said Shoigu.}, {@code …, according to X}), then the clause before it ({@code X said: "…"},
 * {@code He told the BBC: "…"}, {@code X said the plan was "…"}), then the other quotes of the paragraph (an
 * interrupted quote) and the paragraph before (a quote continued without a new attribution). The source
 * is resolved: pronouns to the person named last, descriptions ({@code the official}) to the fuller phrase
 * the article used earlier ({@code a NATO official}), surnames to full names.
 */
public final class Attributor {
  /** A quote's attribution and whether its source is a person. */
  public record Result(Attribution attribution, boolean person) {}

  static final Set<String> SPEECH = Set.copyOf(List.of("said", "says", "say", "told", "tells", "added", "adds", "wrote",
      "writes", "stated", "asked", "asks", "explained", "explains", "noted", "notes", "argued",
      "argues", "insisted", "insists", "warned", "warns", "declared", "declares", "announced", "announces",
      "continued", "continues", "replied", "replies", "responded", "responds", "stressed", "stresses",
      "emphasized", "emphasised", "claimed", "claims", "acknowledged", "acknowledges", "admitted", "admits",
      "recalled", "recalls", "remarked", "observed", "suggested", "suggests", "predicted", "posted", "tweeted",
      "read", "reads", "conceded", "concedes", "countered", "complained", "confirmed", "confirms", "cautioned",
      "urged", "urges", "vowed", "vows", "pledged", "promised", "boasted", "joked", "reiterated", "agreed",
      "testified", "shouted", "recounted", "underlined", "underscored", "maintained", "contended", "charged",
      "alleged", "quipped", "concluded", "wrote", "texted", "messaged", "insisted", "tells", "explained",
      "advised", "demanded", "announced", "cited", "quoted", "repeated", "repeats", "chanted", "pleaded",
      "answered", "answers", "interjected", "exclaimed", "scoffed", "sighed", "laughed", "snapped", "retorted",
      "elaborated", "clarified", "signaled", "signalled", "cracked", "mused", "conceded", "quipped", "stated",
      "barked", "surmised", "quip", "tell", "add", "write", "ask", "explain", "note", "argue", "insist", "warn",
      "declare", "explaining", "noting", "writing", "arguing", "asking", "claiming", "insisting", "warning",
      "declaring", "stating", "suggesting", "joking", "quipping", "recalling", "vowing", "promising",
      "complaining", "acknowledging", "admitting", "responding", "replying", "tweeting", "posting", "saying",
      "adding", "telling", "puts", "yelled", "yells", "screamed", "screams", "cried", "whispered", "muttered",
      "shouts", "exclaims", "promises", "predicts", "wonders", "wondered", "acknowledges", "replies",
      "observes", "recounts", "pleads", "protests", "protested", "proclaimed", "proclaims", "thundered",
      "marveled", "marvelled", "insisting", "chimed", "interrupted", "jokes", "quips", "laments", "lamented",
      "asserted", "asserts", "assert", "affirmed", "affirms", "groused", "grumbled", "fumed", "bragged", "brags",
      "mocked", "mocks", "gushed", "opined", "intoned", "reasoned", "hinted", "speculated", "assured", "assures",
      "conceding", "written", "sang", "sings", "muses", "reflected"));
  static final Set<String> REPORTING = Set.copyOf(List.of("called", "calls", "described", "describes", "accused", "accuses",
      "denied", "denies", "criticized", "criticised", "praised", "hailed", "blasted", "slammed", "lashed",
      "welcomed", "condemned", "dismissed", "rejected", "labelled", "labeled", "branded", "vowed", "promised",
      "pledged", "believes", "thinks", "hopes", "hoped", "fears", "feared", "expects", "expected", "wants",
      "wanted", "sees", "saw", "questioned", "wondered", "referred", "characterized", "characterised",
      "reaffirmed", "expressed", "emphasized", "noted", "agreed", "discussed", "saying", "adding", "telling",
      "reported", "reports", "announced", "suggested", "noted", "argued", "described", "endorsed", "endorses",
      "found", "finds", "showed", "shows", "criticized", "criticizes", "accused", "sought", "declared",
      "responded", "refused", "refuses", "acknowledged", "supported", "supports", "released", "offered", "pointed",
      "believe", "believes", "believed", "explained", "agreed", "expressed", "voted", "cited", "cites", "proposed",
      "urged", "spoke", "concluded",
      "claimed", "promised", "defended", "warned", "opposed", "opposes", "issued", "vowed", "revealed", "pledged",
      "stated", "recalled", "praised", "attacked", "questioned", "mentioned", "insisted", "denied", "decided",
      "rejected", "denounced", "indicated", "considered", "worried", "charged", "blasted", "backed", "replied",
      "pushed", "dismissed", "confirmed", "predicted", "blamed", "admitted", "ordered", "delivered", "condemned",
      "complained", "challenged", "assured",
      "stressed", "shared", "reiterated", "railed", "echoed", "discussed", "decried", "mocked", "identified",
      "unveiled", "touted", "thanked", "defended", "hailed", "lamented", "lambasted", "ridiculed", "derided",
      "slammed", "scolded", "chided", "warned", "insists", "argues", "threatened", "demanded", "implored",
      "pleaded", "appealed", "advocated", "recommended", "estimated", "projected", "projects", "calculated",
      "concedes", "conceded", "speculated", "predicted", "vowed", "boasted", "bragged", "complains", "complained",
      "dubbed", "labeled", "labelled",
      "warning", "arguing", "calling", "noting", "writing", "describing", "insisting", "declaring"));
  private static final Set<String> CHANNEL_NOUNS = Set.copyOf(List.of("statement", "readout", "release", "letter",
      "report", "document", "post", "tweet", "memo", "email", "message", "transcript", "communique", "note",
      "filing", "interview", "speech", "editorial", "article", "book", "column", "op-ed", "ad", "petition",
      "headline", "caption", "website", "it"));
  private static final Set<String> STOP_AFTER = Set.copyOf(List.of("in", "on", "at", "during", "after", "before", "to",
      "from", "while", "when", "as", "who", "which", "adding", "and", "but", "of", "for", "with", "via",
      "whether", "if", "that",
      "last", "this", "earlier", "later", "yesterday", "today"));

  // How far from a quote its attribution clause is looked for, in characters: bounds the work per quote.
  private static final int WINDOW = 400;
  // How many blocks back a description ("the official") is looked up.
  private static final int LOOKBACK = 10;

  private final List<String> texts;
  private final PersonIndex people;
  // Marks a description resolved to a named person ("the minister" → "Ines Cole").
  private static final String PERSON_MARK = "\u0000";
  private final java.util.Map<String, String> descriptions = new java.util.HashMap<>();
  private Result lastPerson;
  // The sentence's subject for a cue that has none of its own, when no other cue of the sentence has one.
  private Result fallback;
  private Result lastOther;
  private final List<QuoteFinder.Found> quotes;

  /** An attributor over an article's texts ({@code texts.get(t)} is block {@code t - 1}). */
  public Attributor(List<String> texts, List<QuoteFinder.Found> quotes, PersonIndex people) {
    this.texts = texts;
    this.quotes = quotes;
    this.people = people;
  }

  /** Attributes every quote, in order; an entry is empty where the text does not give the source. */
  public List<Optional<Result>> attributeAll() {
    int n = quotes.size();
    List<Optional<Result>> own = new ArrayList<>(n);
    for (QuoteFinder.Found q : quotes) {
      own.add(Optional.ofNullable(own(q)));
    }
    // A quote without its own clause takes the nearest attributed quote of its paragraph (an interrupted
    // quote), the earlier one first; failing that, a paragraph that starts with a quote continues the
    // last quote of the paragraph before. Two linear passes.
    List<Optional<Result>> next = new ArrayList<>(java.util.Collections.nCopies(n, Optional.<Result>empty()));
    Optional<Result> carry = Optional.empty();
    for (int q = n - 1; q >= 0; q--) {
      if (q + 1 < n && quotes.get(q + 1).first().block() != quotes.get(q).last().block()) {
        carry = Optional.empty();
      }
      next.set(q, carry);
      if (own.get(q).isPresent()) {
        carry = own.get(q);
      }
    }
    List<Optional<Result>> results = new ArrayList<>(n);
    carry = Optional.empty();
    for (int q = 0; q < n; q++) {
      QuoteFinder.Found quote = quotes.get(q);
      boolean newBlock = q == 0 || quotes.get(q - 1).last().block() != quote.first().block();
      Optional<Result> result = own.get(q);
      if (result.isEmpty()) {
        result = newBlock ? Optional.empty() : carry;
        if (result.isEmpty()) {
          result = next.get(q);
        }
        if (result.isEmpty() && newBlock && q > 0 && startsParagraph(quote)
            && quotes.get(q - 1).last().block() == quote.first().block() - 1) {
          result = results.get(q - 1);
        }
        if (result.isEmpty() && newBlock && startsParagraph(quote)
            && (q == 0 || quotes.get(q - 1).last().block() < quote.first().block() - 1)) {
          result = Optional.ofNullable(introduction(quote.first().block() - 1));
        }
        if (result.isEmpty() && !startsParagraph(quote)) {
          result = Optional.ofNullable(sentenceBefore(quote));
        }
        if (result.isEmpty() && (q + 1 == n || quotes.get(q + 1).first().block() > quote.last().block() + 1)) {
          result = Optional.ofNullable(signature(quote));
        }
      }
      results.add(result);
      carry = result;
    }
    return results;
  }

  // "“I held and hugged” the families of the victims, he said.": the sentence goes on after the quote and
  // ends with its attribution, after a comma.
  private Result sentenceEnd(QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = texts.get(last.block() + 1);
    int limit = Math.min(text.length(), last.end() + WINDOW);
    int end = -1;
    int comma = -1;
    int firstCommas = 0;
    int[] commas = new int[4]; // the first few commas: "…" the plan, said Ana Ruiz, director of …, a …
    for (int i = last.end() + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (QuoteFinder.isDouble(c) || c == ';' || c == ':') {
        return null; // another quote or clause: not this quote's sentence end
      }
      if (c == ',') {
        comma = i;
        if (firstCommas < commas.length) {
          commas[firstCommas++] = i;
        }
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Text.isSpace(text.charAt(i + 1)))
          && !abbreviation(text, i)) {
        end = i;
        break;
      }
    }
    if (end < 0 || comma < 0) {
      return null;
    }
    // A clause that opens with the cue and names the speaker, who may be described at length after a comma:
    // "“We’re happy” about the ruling, said Ana Ruiz, director of the union, which backed it."
    for (int k = 0; k < firstCommas; k++) {
      List<Words.Word> clause = Words.of(text, commas[k] + 1, end + 1);
      if (clause.size() >= 2 && clause.size() <= 40) {
        Words.Word cue = clause.get(0);
        if (isCue(cue, SPEECH, last.block()) && !cue.lower().endsWith("ing") && !cue.stops()
            && !clause.get(1).lower().equals("to")) {
          List<Words.Word> subject = phraseAfter(clause, 1);
          if (!subject.isEmpty() && (subject.get(0).capitalised() || Names.DETERMINERS.contains(subject.get(0).lower()))
              && !Names.PRONOUNS.contains(subject.get(0).lower())) {
            return result(last.block(), text, subject, cue.core(), Optional.empty(), q);
          }
        }
      }
    }
    List<Words.Word> words = Words.of(text, comma + 1, end + 1);
    return words.size() >= 2 && words.size() <= 6 ? shortAttribution(q, text, words) : null;
  }

  // "Most voters say they prefer goods labeled “Made in the U.S.A.,” even at a premium, according to a poll
  // released Thursday.": a fragment quoted in the writer's sentence is the source's that the sentence ends
  // with, whatever verbs the sentence holds.
  private Result accordingToAtEnd(QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = texts.get(last.block() + 1);
    int limit = Math.min(text.length(), last.end() + WINDOW);
    int comma = -1;
    for (int i = last.end() + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (QuoteFinder.isDouble(c) || c == ';' || c == ':') {
        return null;
      }
      if (c == ',') {
        comma = i;
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Text.isSpace(text.charAt(i + 1)))
          && !abbreviation(text, i)) {
        if (comma < 0) {
          return null;
        }
        List<Words.Word> words = Words.of(text, comma + 1, i + 1);
        if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
          List<Words.Word> subject = phraseAfter(words, 2);
          // but "Ruiz said the plan was “a disaster,” …, according to a statement": a statement or a
          // transcript is how a speaker's words came out, and the sentence names the speaker
          if (!subject.isEmpty() && !UTTERANCES.contains(subject.get(subject.size() - 1).lower())) {
            return result(last.block(), text, subject, "according to", Optional.empty(), q);
          }
        }
        return null;
      }
    }
    return null;
  }

  // What a speaker's own words come out in, unlike a report or a poll that is a source of its own.
  private static final Set<String> UTTERANCES = Set.copyOf(List.of("statement", "transcript", "interview",
      "speech", "remarks", "tweet", "post", "email", "message", "recording", "video"));

  // "McCain: Populist Anger Appeals to ‘Bad Angels’": a headline that starts with a name and a colon gives
  // the rest of the headline as that person's words.
  private Result headlineSpeaker(QuoteFinder.Found q) {
    String title = texts.get(0);
    // a name of at most five words: the colon is near the start, and only that stretch is read, once a quote
    int colon = -1;
    for (int i = 0; i < Math.min(title.length(), q.first().start()) && i < WINDOW; i++) {
      if (title.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    if (colon <= 0) {
      return null;
    }
    List<Words.Word> words = Words.of(title, 0, colon);
    if (words.isEmpty() || words.size() > 5) {
      return null;
    }
    for (int k = 1; k < words.size(); k++) {
      if (words.get(k).lower().equals("on")) {
        words = words.subList(0, k); // "Ruiz on the Strike: ‘…’": Ruiz speaks on the strike
        break;
      }
    }
    List<Words.Word> name = Names.trailingName(words);
    if (name.isEmpty() || name.size() < 2 && !people.knowsSurname(name.get(0).core()) && !namedInBody(name.get(0))
        || name.stream().anyMatch(w -> HEADLINE_LABELS.contains(w.lower()))) {
      return null;
    }
    return result(-1, title, name, ":", Optional.empty(), q);
  }

  // Whether a one-word name in the headline ("Milbank", "Politifact") is written again, capitalised, in the
  // article's first few blocks: as a word of its own, inside a sentence, where only a name is capitalised,
  // or opening one as the subject of a verb ("Portwatch counted"); "Warning signs were posted" does not
  // make "Warning:" a speaker.
  private boolean namedInBody(Words.Word word) {
    String core = word.core();
    if (core.length() < 3 || !word.capitalised()) {
      return false;
    }
    return namedInBody.computeIfAbsent(core, c -> {
      for (int t = 1; t < texts.size() && t <= 6; t++) {
        String text = texts.get(t);
        for (int i = text == null ? -1 : text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
          int after = i + c.length();
          int before = i - 1;
          while (before >= 0 && Text.isSpace(text.charAt(before))) {
            before--;
          }
          if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
              && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))
              && (before >= 0 && ".!?:\"“‘—".indexOf(text.charAt(before)) < 0 || verbAt(text, after))) {
            return true;
          }
        }
      }
      return false;
    });
  }

  // Whether the word after offset from (past one space) reads as a verb: "counted", "said", "has".
  private static boolean verbAt(String text, int from) {
    int i = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
    int end = i;
    while (end < text.length() && end - i < 20 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String w = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    return end > i && (verbLike(w) || IRREGULAR_PAST.contains(w));
  }

  // The headline's one-word names already looked up (every quote of a headline asks about the same name).
  private final Map<String, Boolean> namedInBody = new HashMap<>();

  // "Black Lawmakers Rip Trump As A ‘Disgusting Fraud’", "Gingrich Takes Talk Of Running ‘Very
  // Seriously’": a headline whose quote follows its opening subject and verb, the verb capitalised like every
  // word of a title-case headline.
  private Result headlineSubject(QuoteFinder.Found q) {
    String title = texts.get(0);
    int from = 0;
    int colon = title.substring(0, Math.min(title.length(), 40)).indexOf(':');
    if (colon > 0 && colon < q.first().start()) {
      from = colon + 1; // "The Latest: Trump delivers defense of ‘…’"
    }
    if (q.first().start() - from > 200) {
      return null; // the subject opens the headline: only a quote near its start is read (a long title of
                   // quotes is not read again for each of them)
    }
    List<Words.Word> words = Words.of(title, from, Math.max(from, q.first().start() - 1));
    for (int k = 1; k < words.size() && k <= 4; k++) {
      Words.Word w = words.get(k);
      String v = w.lower();
      boolean verb = SPEECH.contains(v) || REPORTING.contains(v) || HEADLINE_VERBS.contains(v)
          || v.equals("just") && k + 1 < words.size();
      if (w.stops()) {
        return null;
      }
      if (verb) {
        List<Words.Word> subject = words.subList(0, k);
        // not "Why Trump Calls It ‘Rigged’", "5 Things Trump Says", "Here Are the Words …": no statement
        if (subject.stream().allMatch(Words.Word::capitalised) && !QUESTION_OPENERS.contains(subject.get(0).lower())
            && !Character.isDigit(subject.get(0).core().isEmpty() ? 'a' : subject.get(0).core().charAt(0))
            && subject.stream().noneMatch(x -> HEADLINE_LABELS.contains(x.lower()) || NOT_SUBJECTS.contains(x.lower()))) {
          return result(-1, title, subject, w.core(), Optional.empty(), q);
        }
        return null;
      }
    }
    return null;
  }

  private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "where", "when", "whether");

  private static final Set<String> QUESTION_OPENERS = Set.of("why", "how", "what", "who", "where", "when",
      "which", "here", "there", "is", "are", "does", "do", "did", "can", "will", "should");

  // Verbs headlines put between their subject and a quote.
  private static final Set<String> HEADLINE_VERBS = Set.copyOf(List.of("rip", "rips", "slam", "slams", "blast",
      "blasts", "speaks", "speak", "takes", "take", "makes", "make", "delivers", "deliver", "rally", "rallies",
      "insulted", "insults", "mocks", "mock", "urges", "urge", "warns", "calls", "call", "vows", "vow", "defends",
      "defend", "attacks", "attack", "hits", "hit", "knocks", "pushes", "touts", "tout", "backs", "back", "praises",
      "praise", "accuses", "accuse", "demands", "demand", "pledges", "promises", "admits", "denies", "says"));

  // Words of the labels a headline opens with, capitalised like a name: "Fact Check:", "Watch Live:", "Live
  // Updates:", "Full Text:".
  private static final Set<String> HEADLINE_LABELS = Set.copyOf(List.of("fact", "check", "live", "update",
      "updates", "watch", "full", "text", "breaking", "news", "exclusive", "analysis", "opinion", "video",
      "videos", "photo", "photos", "explainer", "review", "interview", "transcript", "editorial", "letters",
      "poll", "quiz", "timeline", "podcast", "listen", "latest", "special", "report", "commentary", "sponsored",
      "recap", "preview", "obituary", "first", "look", "read", "more", "top", "stories", "today", "morning",
      "evening", "briefing", "newsletter"));

  // A quote that ends its paragraph, signed in the next one: "— Ana Ruiz", "- Ana Ruiz, Tucson.", "Ana Ruiz,
  // Policy Institute." A dash, or a line too short to be prose that starts with a name.
  private Result signature(QuoteFinder.Found q) {
    int block = q.last().block() + 1;
    String own = texts.get(q.last().block() + 1);
    if (block + 1 >= texts.size() || texts.get(block + 1) == null || !restIsPunctuation(own, q.last().end())) {
      return null;
    }
    String text = texts.get(block + 1);
    if (text.length() > 120) {
      return null;
    }
    int i = 0;
    boolean dash = false;
    while (i < text.length() && ("-—–―~".indexOf(text.charAt(i)) >= 0 || Text.isSpace(text.charAt(i)))) {
      dash |= !Text.isSpace(text.charAt(i));
      i++;
    }
    int end = text.indexOf(',', i);
    int to = end < 0 ? text.length() : end;
    while (to > i && ".\"”' ".indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    List<Words.Word> words = Words.of(text, i, to);
    if (words.isEmpty() || words.size() > 5 || !dash && end < 0) {
      return null;
    }
    List<Words.Word> name = Names.trailingName(words);
    if (name.size() != words.size() || name.size() < 2 && !people.knowsSurname(name.get(0).core())) {
      return null;
    }
    return result(block, text, name, "—", Optional.empty(), q);
  }

  private static boolean restIsPunctuation(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  // "Clinton touted her record. "We need …"": a quote that opens a sentence, after one that introduces it.
  private Result sentenceBefore(QuoteFinder.Found q) {
    String text = texts.get(q.first().block() + 1);
    int i = q.first().start() - 1;
    while (i > 0 && (Text.isSpace(text.charAt(i - 1)) || QuoteFinder.isDouble(text.charAt(i - 1)))) {
      i--;
    }
    if (i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ':') && !abbreviation(text, i - 1)
        && i < q.first().start() - 1) {
      return introduction(q.first().block(), text, i, true);
    }
    return null;
  }

  // A paragraph that is all quote, after one that introduces it: "Hanna Zaruba … described the night in a
  // message to staff." The introducing sentence is the last of the paragraph before.
  private Result introduction(int block) {
    if (block < 0 || block + 1 >= texts.size() || texts.get(block + 1) == null) {
      return null;
    }
    String text = texts.get(block + 1);
    return introduction(block, text, text.length(), false);
  }

  // The sentence that ends at offset end introduces the quote after it: a verb of saying (or, within a
  // paragraph, any reporting verb) with its subject, or a colon.
  private Result introduction(int block, String text, int end, boolean reporting) {
    List<Words.Word> words = Words.of(text, sentenceStart(text, Math.max(0, end - 1)), end);
    for (int k = words.size() - 1; k >= 0; k--) {
      Words.Word w = words.get(k);
      if (k == words.size() - 1 && w.trailing().startsWith(":")) {
        Result r = colonSentence(block, text, words, null);
        if (r != null) {
          return remember(r);
        }
      }
      if ((isCue(w, SPEECH, block) || w.lower().equals("described") || w.lower().equals("recalled")
          || reporting && isCue(w, REPORTING, block)) && !nounForm(words, k)) { // not "struck a rare note of doubt:"
        List<Words.Word> subject = subjectBefore(words, k);
        if (!subject.isEmpty() && !passive(words, k)) {
          return remember(result(block, text, subject, cue(words, k),
              channelAfter(text, words, afterCue(words, k), w.lower()), null));
        }
      }
    }
    return null;
  }

  // Whether only spaces and quotation marks stand before the quote in its paragraph. Every quote asks: the
  // paragraph's opening run is measured once, not once a quote (a paragraph of quotes of marks, '"’" "’" …',
  // would otherwise be read again for each of them).
  private boolean startsParagraph(QuoteFinder.Found q) {
    int t = q.first().block() + 1;
    if (opening == null) {
      opening = new int[texts.size()];
      java.util.Arrays.fill(opening, -1);
    }
    if (opening[t] < 0) {
      String text = texts.get(t);
      int i = 0;
      while (i < text.length() && (Text.isSpace(text.charAt(i)) || QuoteFinder.isDouble(text.charAt(i))
          || QuoteFinder.isSingle(text.charAt(i)))) {
        i++;
      }
      opening[t] = i;
    }
    return q.first().start() <= opening[t];
  }

  // For each text, the length of its opening run of spaces and quotation marks; -1 until measured.
  private int[] opening;

  private Result own(QuoteFinder.Found q) {
    boolean headline = q.first().block() == -1;
    // "Ruiz: Voters Worried About ‘…’": a headline that opens with its speaker and a colon says so first
    Result r = headline ? headlineSpeaker(q) : null;
    if (r == null && !headline && QuoteStage.partial(q, texts)) {
      r = accordingToAtEnd(q);
    }
    if (r == null) {
      r = after(q);
    }
    if (r == null) {
      r = before(q);
    }
    if (r == null) {
      r = sentenceEnd(q);
    }
    if (r == null && headline) {
      r = headlineSubject(q);
    }
    if (r == null) {
      r = sentenceSubject(q);
    }
    return remember(r);
  }

  // Keeps the latest person and the latest other source, which pronouns resolve to.
  private Result remember(Result r) {
    if (r != null && r.person()) {
      lastPerson = r;
    } else if (r != null) {
      lastOther = r;
    }
    return r;
  }

  // "…," Shoigu said. / "…," said Shoigu. / "…," the official told Newsweek. / "…", according to X.
  private Result after(QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = texts.get(last.block() + 1);
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
      dashed |= "—–―".indexOf(text.charAt(from)) >= 0;
      closed |= text.charAt(from) == ',';
      from++;
    }
    int to = clauseEnd(text, from);
    List<Words.Word> words = Words.of(text, from, to);
    if (words.isEmpty()) {
      return null;
    }
    if (dashed && to == text.length() && words.size() <= 6) {
      // "“…” ― Ana Ruiz": a name signs the quote at the end of its paragraph
      List<Words.Word> name = Names.trailingName(words);
      return name.size() == words.size() && name.size() > 1 ? result(last.block(), text, name, "—", Optional.empty(), q) : null;
    }
    if (newSentence) {
      // "…." He added: a new sentence, not this quote's clause; unless that sentence is only the attribution
      // ("…." Trump said.)
      return to > from && text.charAt(to - 1) == '.' && words.size() <= 8 ? shortAttribution(q, text, words) : null;
    }
    for (int i = 0; i + 1 < words.size() && i < 3; i++) {
      if (i > 0 && isCue(words.get(i - 1), SPEECH, last.block())) {
        break; // "…," she said, according to a transcript: the source is hers, the transcript its record
      }
      if (words.get(i).lower().equals("according") && words.get(i + 1).lower().equals("to")) {
        List<Words.Word> subject = phraseAfter(words, i + 2);
        return subject.isEmpty() ? null : result(last.block(), text, subject, "according to", Optional.empty(), q);
      }
    }
    if (words.size() > 1 && words.get(0).core().equals("per")) {
      List<Words.Word> subject = phraseAfter(words, 1); // "…," per the party's bylaws
      return subject.isEmpty() ? null : result(last.block(), text, subject, "per", Optional.empty(), q);
    }
    Words.Word first = words.get(0);
    boolean verbFirst = isCue(first, SPEECH, last.block()) && !first.lower().endsWith("ing") || end != '.' && !first.capitalised()
        && first.lower().endsWith("ed") && first.lower().length() > 4 && words.size() > 1
        && words.get(1).capitalised();
    if (verbFirst && !first.stops() && words.size() > 1) {
      List<Words.Word> subject = phraseAfter(words, 1);
      if (!subject.isEmpty()) {
        return result(last.block(), text, subject, first.core(), channelAfter(text, words, 1 + subject.size(), first.core()), q);
      }
    }
    for (int k = 1; k < words.size() && k <= 18; k++) {
      Words.Word w = words.get(k);
      boolean cueLike = isCueAt(words, k, SPEECH, last.block()) || end != '.' && k <= 6 && !w.capitalised()
          && w.lower().endsWith("ed") && w.lower().length() > 4 && (k + 1 == words.size() || w.stops()
          || TIMES.contains(words.get(k + 1).lower()) || words.get(k + 1).lower().equals("on")
          && k + 2 < words.size() && TIMES.contains(words.get(k + 2).lower())) // "Toomey fumed on Tuesday"
          && !passive(words, k); // "“deal” was signed": no one spoke
      if (cueLike && (!words.get(k - 1).stops() || words.get(k - 1).trailing().endsWith(",") || isInitial(words.get(k - 1))
          || words.get(k - 1).trailing().endsWith(")"))) {
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
            subject = continues ? subject.subList(c + 1, subject.size()) : subject.subList(0, c + 1);
            break;
          }
        }
        // not "…" was all Ortiz said; but "…," Will wrote names a man
        boolean auxiliary = AUXILIARIES.contains(subject.get(0).lower()) && !(subject.get(0).capitalised() && end == ',');
        if ((isSubject(subject) || closed && commonSubject(subject)) && !auxiliary) {
          return result(last.block(), text, subject, cue(words, k), channelAfter(text, words, afterCue(words, k), w.lower()), q);
        }
        // "…" climate change, Axelrod said: the writer's sentence goes on after the quote; the noun phrase
        // right before the cue
        List<Words.Word> near = subjectBefore(words, k);
        if (!near.isEmpty() && near.get(0).capitalised() && words.get(0).lower().equals(words.get(0).core())
            && isSubject(near)) {
          return result(last.block(), text, near, cue(words, k), channelAfter(text, words, afterCue(words, k), w.lower()), q);
        }
        return null;
      }
      if (w.stops() && !w.trailing().endsWith(",") && !w.trailing().endsWith(")") && !isInitial(w)) {
        return null;
      }
    }
    return describedSpeaker(q, text, words);
  }

  // "“…,” Ana Ruiz, the union's lawyer for a decade and its voice in every strike since the closure, said":
  // a name, a description too long for the usual window, and the cue after its closing comma.
  private Result describedSpeaker(QuoteFinder.Found q, String text, List<Words.Word> words) {
    int comma = -1;
    for (int i = 0; i < words.size() && i < 5; i++) {
      if (words.get(i).stops()) {
        comma = words.get(i).trailing().startsWith(",") ? i : -1;
        break;
      }
    }
    if (comma < 0 || !words.get(0).capitalised()) {
      return null;
    }
    List<Words.Word> name = words.subList(0, comma + 1);
    if (!(name.size() > 1 && Names.trailingName(name).size() == name.size()) && !people.knowsSurname(name.get(comma).core())) {
      return null;
    }
    for (int k = comma + 2; k < words.size() && k <= comma + 40; k++) {
      Words.Word w = words.get(k);
      if (words.get(k - 1).trailing().startsWith(",") && isCue(w, SPEECH, q.last().block()) && !w.lower().endsWith("ing")) {
        return result(q.last().block(), text, name, w.core(), channelAfter(text, words, k + 1, w.lower()), q);
      }
    }
    return null;
  }

  // "E." in "Elijah E. Cummings": a dot that does not end the clause.
  private static boolean isInitial(Words.Word w) {
    return w.trailing().equals(".") && w.core().length() == 1 && Character.isUpperCase(w.core().charAt(0));
  }

  // A sentence after the quote that is only its attribution: "Trump said.", "said Ana Ruiz, a nurse.", "the
  // minister told reporters on Monday." A verb of saying, its subject, and little after it.
  private Result shortAttribution(QuoteFinder.Found q, String text, List<Words.Word> words) {
    int block = q.last().block();
    Words.Word first = words.get(0);
    if (isCue(first, SPEECH, block) && !first.lower().endsWith("ing")) {
      List<Words.Word> subject = phraseAfter(words, 1);
      return subject.isEmpty() ? null : result(block, text, subject, first.core(), Optional.empty(), q);
    }
    for (int k = 1; k < words.size() && k <= 5; k++) {
      Words.Word w = words.get(k);
      if (isCue(w, SPEECH, block) && !w.lower().endsWith("ing")) {
        List<Words.Word> subject = subjectBefore(words, k);
        boolean whole = !subject.isEmpty() && subject.get(0) == words.get(0);
        for (int j = k + 1; whole && j < words.size(); j++) {
          String after = words.get(j).lower();
          whole = !after.equals("that") && !Names.PRONOUNS.contains(after);
        }
        return whole ? result(block, text, subject, cue(words, k), channelAfter(text, words, afterCue(words, k), w.lower()), q) : null;
      }
      if (w.stops() && !w.trailing().endsWith(",")) {
        return null;
      }
    }
    return null;
  }

  // X said: "…" / He told the BBC: "…" / X said in a statement that "…" / X said the plan was "…"
  private Result before(QuoteFinder.Found q) {
    QuoteFinder.Segment first = q.first();
    String text = texts.get(first.block() + 1);
    int mark = first.start() - 1;
    int from = sentenceStart(text, mark);
    List<Words.Word> words = Words.of(text, from, Math.max(from, mark));
    if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
      List<Words.Word> subject = phraseAfter(words, 2);
      if (!subject.isEmpty()) {
        return result(first.block(), text, subject, Names.join(words.subList(0, 2), text), Optional.empty(), q);
      }
    }
    if (words.size() > 1 && words.get(0).capitalised() && SPEECH.contains(words.get(0).lower())
        && !words.get(0).lower().endsWith("ing")) {
      // "Said Dorothy Poynter, who grew up with him, "…""
      List<Words.Word> subject = phraseAfter(words, 1);
      if (!subject.isEmpty() && subject.get(0).capitalised()) {
        return result(first.block(), text, subject, words.get(0).core(), Optional.empty(), q);
      }
    }
    // Verbs of saying first ("Westmacott also said that Obama shows …": said, not shows), then the others.
    fallback = null;
    // A verb of saying that shares the sentence's subject comes before other verbs ("Cole thanked the crowd
    // and joked, …": joked).
    Result r = cueBefore(q, text, words, true);
    if (r == null) {
      r = fallback;
    }
    if (r == null) {
      r = cueBefore(q, text, words, false);
    }
    if (r == null) {
      r = fallback;
    }
    return r != null ? r : colonBefore(q, text, words);
  }

  // "Rep. Trey Gowdy: "…"", "Here's Clinton in December 1992: "…"": a person's name right before a colon
  // that introduces the quote; the colon is the cue.
  private Result colonBefore(QuoteFinder.Found q, String text, List<Words.Word> words) {
    if (words.isEmpty() || !words.get(words.size() - 1).trailing().startsWith(":")
        && !words.get(words.size() - 1).trailing().endsWith("):") || words.size() > 12) {
      return null;
    }
    for (int f = words.size() - 2; f >= 0 && words.size() - f <= 6; f--) {
      if (words.get(f).lower().equals("from") && !words.get(f).stops()) {
        // "More from the report:", "From Jones:": the source the quote is taken from
        List<Words.Word> source = words.subList(f + 1, words.size());
        boolean phrase = source.stream().limit(source.size() - 1).noneMatch(Words.Word::stops)
            && (source.get(0).capitalised() || Names.DETERMINERS.contains(source.get(0).lower()));
        return phrase && isSubject(source) ? result(q.first().block(), text, source, "from", Optional.empty(), q) : null;
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
      if (name.size() >= 1 && (name.size() > 1 || people.knowsSurname(name.get(0).core()))
          && name.stream().noneMatch(w -> HEADLINE_LABELS.contains(w.lower()))) {
        return result(q.first().block(), text, name, ":", Optional.empty(), q);
      }
      if (words.get(end - 1).stops() && end < last) {
        break;
      }
    }
    return colonSentence(q.first().block(), text, words, q);
  }

  // "She then addressed the supporters again: "…"", "Sanders made the following comment:": a sentence
  // that ends with a colon before the quote credits its subject, with its verb as the cue.
  private Result colonSentence(int block, String text, List<Words.Word> words, QuoteFinder.Found q) {
    if (words.size() < 2 || !words.get(words.size() - 1).trailing().startsWith(":")) {
      return null;
    }
    List<Words.Word> subject = leadingSubject(words);
    if (subject.isEmpty()) {
      return null;
    }
    int v = words.indexOf(subject.get(subject.size() - 1)) + 1;
    int verb = v;
    while (v < words.size() - 1 && v - verb < 3 && (isAdverb(words.get(v).lower()) || words.get(v).lower().equals("since"))) {
      v++; // "has since apologized"
    }
    if (v > verb && !verbLike(words.get(v).lower()) && AUXILIARIES.contains(words.get(verb).lower())) {
      v = verb; // "has since": the auxiliary is the verb ("she has this to say:")
    }
    // a lower-case word after the subject of a sentence that ends with a colon is its verb ("shot back:")
    if (v >= words.size() || words.get(v).capitalised() || subject.get(subject.size() - 1).stops()
        || NOT_SUBJECTS.contains(words.get(v).lower()) || Names.DETERMINERS.contains(words.get(v).lower())
        || words.get(v).core().isEmpty() || !Character.isLetter(words.get(v).core().codePointAt(0))) {
      return null;
    }
    return result(block, text, subject, cue(words, v), Optional.empty(), q);
  }

  private Result cueBefore(QuoteFinder.Found q, String text, List<Words.Word> words, boolean speechOnly) {
    QuoteFinder.Segment first = q.first();
    for (int k = words.size() - 1; k >= 0; k--) {
      Words.Word w = words.get(k);
      boolean speech = isCueAt(words, k, SPEECH, first.block());
      if ((speech || !speechOnly && isCue(w, REPORTING, first.block())) && passive(words, k) && k + 2 < words.size()
          && words.get(k + 1).lower().equals("by") && !w.stops()) {
        // "Rubio was asked by moderator Gerard Baker whether …": the agent is the source
        List<Words.Word> agent = phraseAfter(words, k + 2);
        if (!agent.isEmpty() && agent.get(0).capitalised() || agent.size() > 1) {
          return result(first.block(), text, agent, cue(words, k), Optional.empty(), q);
        }
      }
      if (speech && !w.lower().endsWith("ing") && !w.stops() && k + 1 < words.size()) {
        // "Because of how the schedule was made, explained Rosenberg, "…"": the cue, then the speaker's
        // name, and the quote
        List<Words.Word> inverted = phraseAfter(words, k + 1);
        if (!inverted.isEmpty() && k + 1 + inverted.size() == words.size() && inverted.get(0).capitalised()
            && !Names.trailingName(inverted).isEmpty() && words.get(words.size() - 1).trailing().endsWith(",")
            && (k == 0 || words.get(k - 1).stops())) {
          return result(first.block(), text, inverted, w.core(), Optional.empty(), q);
        }
      }
      if ((speech || !speechOnly && isCue(w, REPORTING, first.block())) && !passive(words, k)) {
        boolean participle = participle(words, k);
        List<Words.Word> subject = participle || coordinated(words, k) ? List.of() : subjectBefore(words, k);
        if (!subject.isEmpty()) {
          Optional<String> channel = channelAfter(text, words, afterCue(words, k), w.lower());
          return relative(result(first.block(), text, subject, cue(words, k), channel, q), words, k, first.block());
        }
        if (coordinated(words, k) || participle) {
          // "He adopted an accent and joked, …", "Trump went after Bush, calling him …", "He went on to say":
          // the subject of the sentence
          List<Words.Word> sentence = leadingSubject(words.subList(0, k));
          int whole = wholeSentenceStart(text, first.start() - 1);
          if (sentence.isEmpty() && whole < words.get(0).start()
              && !QuoteFinder.isDouble(text.charAt(firstNonSpace(text, whole)))) {
            sentence = leadingSubject(Words.of(text, whole, words.get(k).start()));
          }
          if (!sentence.isEmpty() && fallback == null) {
            // an earlier verb with its own subject wins: "The ministry said …, and warned that"
            fallback = result(first.block(), text, sentence, cue(words, k), Optional.empty(), q);
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

  // An -ing cue that opens a phrase of its own, whose subject is the sentence's: after a comma ("…, saying"),
  // adverbs ("…, only saying") or a preposition ("before saying", "by insisting").
  private static boolean participle(List<Words.Word> words, int k) {
    if (!words.get(k).lower().endsWith("ing") || k == 0) {
      return false;
    }
    int p = k;
    while (p > 0 && isAdverb(words.get(p - 1).lower()) && !words.get(p - 1).stops()) {
      p--;
    }
    return p > 0 && (words.get(p - 1).stops() || p == k && ING_LEADS.contains(words.get(p - 1).lower()));
  }

  private static final Set<String> ING_LEADS = Set.of("before", "after", "while", "by", "when", "without");

  // The cue's own subject is the sentence's: the word before it (past adverbs) joins two verbs ("and",
  // "but"), or is the "to" of "went on to say", "continued to insist".
  private static boolean coordinated(List<Words.Word> words, int k) {
    int p = k;
    while (p > 0 && isAdverb(words.get(p - 1).lower()) && !words.get(p - 1).stops()) {
      p--;
    }
    if (p == 0) {
      return false;
    }
    String before = words.get(p - 1).lower();
    return before.equals("and") || before.equals("but") && p >= 2 && words.get(p - 2).stops()
        || before.equals("to") && p >= 2 && !words.get(p - 2).capitalised()
        && (words.get(p - 2).lower().equals("on") || !NOT_SUBJECTS.contains(words.get(p - 2).lower()))
        && !words.get(p - 2).stops();
  }

  private static boolean nextWordCapitalised(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + 8);
    while (i < limit && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i < limit && Character.isUpperCase(text.charAt(i));
  }

  // "had been warned", "was told": the subject did not speak.
  private static boolean passive(List<Words.Word> words, int k) {
    if (k == 0 || words.get(k).lower().endsWith("ing")) {
      return false; // "is calling": a progressive, not a passive
    }
    String before = words.get(k - 1).lower();
    return before.equals("been") || before.equals("being") || before.equals("was") || before.equals("were")
        || before.equals("is") || before.equals("are") || before.equals("be");
  }

  // A verb is written in lower case, except in a title-case headline. A reporting verb's -ing form is
  // known by its past ("labeling": labeled).
  private static boolean isCue(Words.Word w, Set<String> verbs, int block) {
    String v = w.lower();
    boolean known = verbs.contains(v) || v.length() > 6 && v.endsWith("ing")
        && (verbs.contains(v.substring(0, v.length() - 3) + "ed") || verbs.contains(v.substring(0, v.length() - 3) + "d"));
    return known && (block == -1 || !w.capitalised());
  }

  // "Obama, who called it …": the relative pronoun is where the clause names the source, as "he" would be; the
  // speaker is the phrase it stands for.
  private static Result relative(Result r, List<Words.Word> words, int cue, int block) {
    int p = cue;
    while (p > 0 && isAdverb(words.get(p - 1).lower()) && !words.get(p - 1).stops()) {
      p--;
    }
    if (r == null || p == 0 || !RELATIVES.contains(words.get(p - 1).lower())) {
      return r;
    }
    Words.Word who = words.get(p - 1);
    return new Result(r.attribution().withMention(Span.of(block, who.start(), who.end())), r.person());
  }

  private static final Set<String> RELATIVES = Set.of("who", "which");

  // "points out", "pointed out": a cue of two words, known by its first.
  private static final Set<String> POINT = Set.of("points", "pointed", "point");

  // Cue words that are nouns too: after an article they are ("a rare note of", "the answers").
  private static final Set<String> NOUN_FORMS = Set.copyOf(List.of("note", "notes", "quip", "quips", "joke",
      "jokes", "promise", "promises", "answer", "answers", "reply", "replies", "remark", "tweet", "tweets", "post",
      "posts", "read", "reads", "cry", "cries", "ask", "add", "write", "tell", "explain", "argue", "insist", "warn",
      "declare", "assert", "plea", "retort", "charge", "claim", "claims", "vow", "vows", "pledge", "quote"));

  // "a rare note", "the reply": a cue word read as a noun after its article.
  private static boolean nounForm(List<Words.Word> words, int k) {
    return NOUN_FORMS.contains(words.get(k).lower()) && (k > 0 && ARTICLES.contains(words.get(k - 1).lower())
        || k > 1 && (words.get(k - 2).lower().equals("a") || words.get(k - 2).lower().equals("an"))
        && !words.get(k - 1).stops() && !words.get(k - 1).capitalised());
  }

  private static boolean isCueAt(List<Words.Word> words, int k, Set<String> verbs, int block) {
    Words.Word w = words.get(k);
    if (nounForm(words, k)) {
      return false;
    }
    return isCue(w, verbs, block) || POINT.contains(w.lower()) && !w.stops() && k + 1 < words.size()
        && words.get(k + 1).lower().equals("out")
        || (w.lower().equals("went") || w.lower().equals("goes")) && k + 1 < words.size()
        && words.get(k + 1).core().equals("on") && words.get(k + 1).stops() // "“…,” she went on."
        || w.lower().equals("put") && k + 1 < words.size() && words.get(k + 1).lower().equals("it"); // "as X put it"
  }

  private static final Set<String> SOURCE_HEADS = Set.copyOf(List.of("official", "officials", "spokesman",
      "spokeswoman", "spokesperson", "president", "minister", "critics", "supporters", "analysts", "experts",
      "lawmakers", "leaders", "leader", "campaign", "group", "groups", "people", "voters", "residents", "police",
      "protesters", "workers", "union", "unions", "company", "government", "ministry", "candidate", "senator",
      "governor", "mayor", "aides", "aide", "advisers", "adviser", "democrats", "republicans", "administration",
      "agency", "department", "party", "committee", "board", "council", "crowd", "team", "statement", "report",
      "letter", "lawyer", "lawyers", "attorney", "judge", "court", "authorities", "members", "chairman", "chief",
      "director", "executive", "secretary", "piece", "article", "editorial", "study", "survey", "poll"));

  // The last resort: the subject of the quote's sentence, when it names someone and a verb follows it
  // ("Moore thanked him for "…"", "The Sanders campaign projects that "…"", "Then he turned to "…"").
  // A word or two quoted in such a sentence is that subject's term ("Cole talked up her "fair deal""); a
  // scare quote with no named subject stays uncredited, and is then not reported (QuoteStage).
  private Result sentenceSubject(QuoteFinder.Found q) {
    QuoteFinder.Segment first = q.first();
    String text = texts.get(first.block() + 1);
    int mark = first.start() - 1;
    int from = sentenceStart(text, mark);
    int whole = wholeSentenceStart(text, mark);
    if (whole < from && !QuoteFinder.isDouble(text.charAt(firstNonSpace(text, whole)))) {
      from = whole; // "He implied that leaders be "hanged" and "drowned"": the sentence's subject, over a quote
    }
    List<Words.Word> words = Words.of(text, from, Math.max(from, mark));
    int i = 0;
    while (i < words.size() && i < 2 && OPENERS.contains(words.get(i).lower())) {
      i++;
    }
    int end = i;
    if (end < words.size() && Names.PRONOUNS.contains(words.get(end).lower()) && !words.get(end).lower().equals("it")
        && !words.get(end).lower().equals("you")) {
      end++;
    } else {
      if (end < words.size() && Names.DETERMINERS.contains(words.get(end).lower())) {
        end++;
      }
      while (end < words.size() && end - i < 8 && (words.get(end).capitalised() || isModifier(words.get(end).lower())
          || end > i && SOURCE_HEADS.contains(words.get(end).lower())) && !words.get(end).stops()) {
        end++;
      }
      if (end < words.size() && end > i && SOURCE_HEADS.contains(words.get(end).lower())) {
        end++;
      }
    }
    if (end <= i || end >= words.size()) {
      return null;
    }
    int v0 = end;
    boolean described = false;
    if (end > i && words.get(end).capitalised() && words.get(end).trailing().startsWith(",")) {
      // "Ana Ruiz, the union's lawyer, ripped …", "Ruiz, who declined to comment, proposes …": the verb
      // after the description set off by commas
      int j = end + 1;
      while (j < words.size() && j - end <= 20 && !words.get(j).stops()) {
        j++;
      }
      if (j + 1 < words.size() && j - end <= 20 && words.get(j).trailing().startsWith(",")) {
        end++;
        v0 = j + 1;
        described = true;
      }
    }
    List<Words.Word> subject = words.subList(i, end);
    int verbAt = v0;
    while (v0 + 1 < words.size() && v0 - verbAt < 2 && isAdverb(words.get(v0).lower()) && !words.get(v0).stops()) {
      v0++; // "Rubio also bemoaned": the verb after the adverbs
    }
    Words.Word verb = words.get(v0);
    boolean named = subject.stream().anyMatch(Words.Word::capitalised)
        || SOURCE_HEADS.contains(subject.get(subject.size() - 1).lower())
        || subject.size() == 1 && Names.PRONOUNS.contains(subject.get(0).lower());
    String v = verb.lower();
    boolean verbLike = SPEECH.contains(v) || REPORTING.contains(v) || v.endsWith("ed") || v.endsWith("s")
        || AUXILIARIES.contains(v) || isAdverb(v) || IRREGULAR_PAST.contains(v);
    boolean justDeterminer = subject.size() == 1 && Names.DETERMINERS.contains(subject.get(0).lower());
    if (!named || !verbLike || justDeterminer || verb.core().isEmpty() || !Character.isLetter(verb.core().codePointAt(0)) || verb.capitalised() || NOT_SUBJECTS.contains(verb.lower()) || Names.DETERMINERS.contains(verb.lower())
        || subject.get(subject.size() - 1).stops() && !described || !isSubject(subject)
        || described && Names.trailingName(subject).isEmpty() || commonWordOpening(subject)) {
      return null;
    }
    return result(first.block(), text, subject, verb.core(), Optional.empty(), q);
  }

  // "Tensions rose over …", "There were …", "Neither Cruz nor …": a capital that only opens the sentence.
  // A lone word counts as a name when the article never writes it in lower case or names a person so.
  private boolean commonWordOpening(List<Words.Word> subject) {
    String first = subject.get(0).lower();
    if (QUANTIFIERS.contains(first) || LEAD_INS.contains(first)) {
      return true; // "Amid ongoing protests, …": a preposition opens no subject
    }
    Words.Word only = subject.get(0);
    return subject.size() == 1 && only.capitalised() && !Names.PRONOUNS.contains(first)
        && !people.knowsSurname(only.core()) && people.writtenInLowerCase(first);
  }

  private static final Set<String> QUANTIFIERS = Set.of("there", "here", "neither", "either", "each", "every",
      "any", "no", "none", "such", "what", "whatever", "all", "most", "much", "few");

  // The noun phrase a sentence starts with, after a dateline dash or an opening adverb: "Hillary Clinton
  // promised …, saying", "Starr said …, explaining".
  private static List<Words.Word> leadingSubject(List<Words.Word> all) {
    List<Words.Word> words = all;
    for (int d = Math.min(all.size(), 6) - 1; d >= 0; d--) {
      if (all.get(d).core().isEmpty() || all.get(d).trailing().contains("—")) {
        words = all.subList(d + 1, all.size()); // "WASHINGTON — Sen. X said": after the dateline
        break;
      }
    }
    List<Words.Word> plain = plainSubject(words);
    int verb = plain.isEmpty() ? 0 : words.indexOf(plain.get(plain.size() - 1)) + 1; // past "Then" and the like
    boolean plainOk = !plain.isEmpty() && verb < words.size() && !plain.get(plain.size() - 1).stops()
        && !words.get(verb).capitalised() && !words.get(verb).core().isEmpty()
        && !AGO.contains(words.get(verb).lower()) // "Hours later, Trump …": not "Hours"
        && !TIME_UNITS.contains(words.get(verb).lower()); // "Eight years ago, he …"
    boolean leadIn = !words.isEmpty() && (LEAD_INS.contains(words.get(0).lower()) || openingPhrase(words));
    if (leadIn || !plainOk) {
      // "In his address to the group, Graham assures", "Speaking in Salem, New Hampshire, Trump went after":
      // the subject follows a comma and comes before a verb
      for (int c = 0; c + 2 < words.size() && c < 25; c++) {
        if (words.get(c).trailing().endsWith(",")) {
          List<Words.Word> subject = plainSubject(words.subList(c + 1, words.size()));
          int next = c + 1 + subject.size();
          if (!subject.isEmpty() && next < words.size() && !words.get(next).capitalised()
              && !words.get(next).core().isEmpty() && !subject.get(subject.size() - 1).trailing().endsWith(",")) {
            return subject;
          }
        }
      }
      return leadIn && !(plainOk && OPENERS.contains(words.get(0).lower())) ? List.of() : plain;
    }
    return plain;
  }

  // "Reached by phone, Ruiz said", "Continuing his answer, Ruiz said", "Here in Tucson, Ruiz said": a
  // participle or place adverb, then a lower-case word, opens a phrase before the subject.
  private static boolean openingPhrase(List<Words.Word> words) {
    Words.Word first = words.get(0);
    String w = first.lower();
    boolean participle = w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed")) || w.equals("here")
        || w.equals("there");
    return participle && !first.stops() && words.size() > 1 && !words.get(1).capitalised();
  }

  private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
      "decades", "year", "month", "week", "day", "hour");

  private static final Set<String> AGO = Set.of("later", "ago", "earlier", "after", "before", "afterwards");

  private static final Set<String> LEAD_INS = Set.copyOf(List.of("in", "at", "on", "after", "before", "during",
      "when", "while", "as", "following", "despite", "speaking", "asked", "earlier", "later", "since", "with",
      "without", "from", "for", "of", "about", "under", "responding", "writing", "addressing", "according",
      "if", "although", "though", "because", "once", "meanwhile", "however", "instead", "still", "then", "even",
      "amid", "amidst", "among", "amongst", "across", "against", "around", "over", "through", "throughout",
      "within", "between", "beyond", "behind", "upon", "toward", "towards", "unlike", "via", "until", "by"));

  private static List<Words.Word> plainSubject(List<Words.Word> words) {
    int i = 0;
    while (i < words.size() && i < 2 && OPENERS.contains(words.get(i).lower())) {
      i++;
    }
    int end = i;
    if (end < words.size() && Names.PRONOUNS.contains(words.get(end).lower())) {
      return words.subList(end, end + 1);
    }
    boolean determiner = end < words.size() && Names.DETERMINERS.contains(words.get(end).lower());
    if (determiner) {
      end++;
    }
    while (end < words.size() && end - i < 8 && (words.get(end).capitalised() || isModifier(words.get(end).lower())
        || Names.isTitleWord(words.get(end).lower())
        || determiner && !verbLike(words.get(end).lower()) && !IRREGULAR_PAST.contains(words.get(end).lower())
        && !NOT_SUBJECTS.contains(words.get(end).lower()))) {
      String core = words.get(end).core();
      determiner |= core.endsWith("'s") || core.endsWith("\u2019s"); // "Valdoria's defence ministry"
      end++;
      if (words.get(end - 1).stops() || words.get(end - 1).parenthesised()) {
        break;
      }
    }
    if (determiner && end - i < 2) {
      return List.of();
    }
    List<Words.Word> subject = words.subList(i, end);
    while (!subject.isEmpty() && subject.get(subject.size() - 1).parenthesised()) {
      subject = subject.subList(0, subject.size() - 1);
    }
    return subject.isEmpty() || !isSubject(subject) || !subject.stream().anyMatch(Words.Word::capitalised)
        ? List.of() : subject;
  }

  private static boolean verbLike(String w) {
    return SPEECH.contains(w) || REPORTING.contains(w) || AUXILIARIES.contains(w) || w.endsWith("ed");
  }

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");

  // Verbs whose past tense does not end in -ed: "Bolton thought", "Trump took aim at".
  private static final Set<String> IRREGULAR_PAST = Set.copyOf(List.of("thought", "made", "took", "gave", "went",
      "came", "saw", "felt", "held", "kept", "left", "brought", "put", "set", "wrote", "spoke", "began", "found",
      "got", "ran", "won", "lost", "paid", "sent", "spent", "stood", "meant", "led", "struck", "drew", "threw",
      "sought", "taught", "told", "knew", "heard", "said", "swore", "bought", "fought", "hit", "cut", "met", "rose",
      "fell", "grew", "became", "broke", "chose", "did"));

  private static final Set<String> AUXILIARIES = Set.copyOf(List.of("has", "have", "had", "is", "was", "were",
      "are", "will", "would", "can", "could", "did", "does", "do", "may", "might", "should", "must"));

  private static final Set<String> OPENERS = Set.copyOf(List.of("then", "but", "and", "so", "yet", "still",
      "meanwhile", "later", "instead", "now", "also"));

  // The index of the first word after the cue at k: past the second word of "went on", "points out", "put it".
  private static int afterCue(List<Words.Word> words, int k) {
    return cue(words, k).indexOf(' ') >= 0 ? k + 2 : k + 1;
  }

  private static String cue(List<Words.Word> words, int k) {
    Words.Word w = words.get(k);
    if (POINT.contains(w.lower()) && k + 1 < words.size() && words.get(k + 1).lower().equals("out")) {
      return w.core() + " out";
    }
    if (w.lower().equals("put") && k + 1 < words.size() && words.get(k + 1).lower().equals("it")) {
      return "put it";
    }
    if ((w.lower().equals("went") || w.lower().equals("goes")) && k + 1 < words.size()
        && words.get(k + 1).core().equals("on")) {
      return w.core() + " on";
    }
    if (w.lower().equals("lashed") && k + 1 < words.size() && words.get(k + 1).lower().equals("out")) {
      return "lashed out";
    }
    return w.core();
  }

  // The noun phrase right before a cue: "Belarusian President Alexander Lukashenko", "a NATO official", "he",
  // "Moscow and Minsk".
  private static List<Words.Word> subjectBefore(List<Words.Word> words, int cue) {
    int end = cue;
    boolean progressive = words.get(cue).lower().endsWith("ing");
    for (boolean skipped = true; skipped && end > 0; ) {
      skipped = false;
      while (end > 0 && cue - end < 6 && (isAdverb(words.get(end - 1).lower())
          || progressive && BE.contains(words.get(end - 1).lower()))) {
        end--; // "has also said", "is calling"
        skipped = true;
      }
      int time = timePhraseEndingAt(words, end);
      if (time < end) {
        end = time; // "Ryan on Tuesday called", "Sanders during a rally thanked"
        skipped = true;
      }
    }
    if (end == 0) {
      return List.of();
    }
    Words.Word last = words.get(end - 1);
    if (progressive && CHANNEL_NOUNS.contains(last.lower()) && !last.stops()) {
      // "She sent an email saying", "The group issued a statement saying": the sender is the source
      int d = end - 1;
      while (d > 0 && end - d < 4 && !Names.DETERMINERS.contains(words.get(d).lower()) && !words.get(d - 1).stops()) {
        d--;
      }
      if (d > 0 && Names.DETERMINERS.contains(words.get(d).lower()) && !words.get(d - 1).capitalised()
          && !words.get(d - 1).stops() && !NOT_SUBJECTS.contains(words.get(d - 1).lower())) {
        List<Words.Word> sender = subjectBefore(words, d - 1);
        if (!sender.isEmpty()) {
          return sender;
        }
      }
    }
    if (last.trailing().endsWith(")") && !last.trailing().contains(",")) {
      // "Rep. Gregory Moss (D-N.Y.) said": the name before the parenthesis
      List<Words.Word> named = nounPhraseEndingAt(words, end, true);
      if (!named.isEmpty()) {
        return named;
      }
    }
    if (last.stops() && isPartyTag(last) && end > 1) {
      return nounPhraseEndingAt(words, end - 1, true); // "Sen. Ron Jensen, R-Wis., said"
    }
    if (last.stops()) {
      return appositive(words, end);
    }
    if (LONE_SUBJECTS.contains(last.lower()) && (end == 1 || words.get(end - 2).stops())) {
      return words.subList(end - 1, end); // "Another tweeted", "Some chanted"
    }
    if (Names.PRONOUNS.contains(last.lower())) {
      return words.subList(end - 1, end);
    }
    if (last.lower().equals("who") || last.lower().equals("which")) {
      return end > 1 ? nounPhraseEndingAt(words, end - 1, true) : List.of();
    }
    List<Words.Word> phrase = nounPhraseEndingAt(words, end, false);
    // "Amid ongoing protests, …": a phrase that opens with a preposition is no subject (the cue is a noun)
    return !phrase.isEmpty() && (PREPOSITIONS.contains(phrase.get(0).lower())
        || QUESTION_WORDS.contains(phrase.get(0).lower())) ? List.of() : phrase; // nor "Why Reyes (calls)"
  }

  // Where a time phrase right before index end starts ("on Tuesday", "last week", "in 2010"), or end when
  // there is none.
  private static int timePhraseEndingAt(List<Words.Word> words, int end) {
    if (end < 2 || words.get(end - 1).stops()) {
      return end;
    }
    String w = words.get(end - 1).lower();
    boolean time = TIMES.contains(w) || w.length() == 4 && w.chars().allMatch(Character::isDigit);
    int start = end - 1;
    if (!time) {
      return end; // ("at a rally" before the cue was tried, and cost more subjects than it found)
    }
    while (start > 0 && end - start < 3 && (TIMES.contains(words.get(start - 1).lower())
        || words.get(start - 1).lower().equals("the")
        || words.get(start - 1).lower().equals("last") || words.get(start - 1).lower().equals("this")
        || words.get(start - 1).lower().equals("earlier"))) {
      start--;
    }
    if (start > 0 && TIME_PREPOSITIONS.contains(words.get(start - 1).lower()) && !words.get(start - 1).stops()) {
      start--;
    }
    return start > 0 && start < end ? start : end;
  }

  private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "during", "at", "since", "until");

  // A time word ends a channel; "Time" is the magazine ("told Time magazine"), not "at the time".
  private static boolean isTime(Words.Word w) {
    return TIMES.contains(w.lower()) && !(w.lower().equals("time") && w.capitalised());
  }

  private static final Set<String> TIME_LEADS = Set.of("on", "in", "during", "at", "since", "until", "the", "last",
      "this", "earlier", "next", "that", "late", "early");

  private static final Set<String> LONE_SUBJECTS = Set.of("another", "others", "some", "many", "several", "both");

  // "R-Wis." and "D-Calif.": a party and a state after a lawmaker's name.
  private static boolean isPartyTag(Words.Word w) {
    String c = w.core();
    return c.length() >= 3 && c.length() <= 8 && "RDI".indexOf(c.charAt(0)) >= 0 && c.charAt(1) == '-'
        && Character.isUpperCase(c.charAt(2));
  }

  // "X, who travelled from Tbilisi, said" / "X, one of the signatories, said" / "Its chief executive, Y, wrote"
  private static List<Words.Word> appositive(List<Words.Word> words, int end) {
    Words.Word last = words.get(end - 1);
    if (!last.trailing().startsWith(",") && !last.trailing().startsWith(")")) {
      return List.of();
    }
    for (int j = end - 2; j >= 0 && end - j < 40; j--) {
      Words.Word w = words.get(j);
      if (!w.stops()) {
        continue;
      }
      Words.Word next = words.get(j + 1);
      String n = next.lower();
      if (n.equals("who") || n.equals("whose") || n.equals("one") || Names.DETERMINERS.contains(n)
          || words.get(j + 1).start() > 0 && next.core().length() > 0 && w.trailing().startsWith(",") && isAge(next)) {
        return nounPhraseEndingAt(words, j + 1, true);
      }
      // "Its chief executive, Y, wrote": the words between the commas are the name; but in "Vian, the
      // editor of the paper, L'Osservatore Romano, said" they name the paper, and the first name speaks
      List<Words.Word> between = words.subList(j + 1, end);
      if (between.size() <= 4 && between.stream().allMatch(Words.Word::capitalised)) {
        int d = previousStop(words, j);
        if (d >= 0 && ARTICLES.contains(words.get(d + 1).lower())
            && words.subList(d + 1, j + 1).stream().noneMatch(x -> NOT_SUBJECTS.contains(x.lower()) && !x.lower().equals("of"))) {
          List<Words.Word> first = nounPhraseEndingAt(words, d + 1, true);
          int at = first.isEmpty() ? -1 : words.indexOf(first.get(0));
          if (at >= 0 && (at == 0 || words.get(at - 1).stops()) && !Names.trailingName(first).isEmpty()) {
            return first;
          }
        }
        return between;
      }
      // "Jennifer Palmieri, communications director for the campaign, said": a name before the first comma,
      // unless that name is inside a relative clause ("Slinker, whose start-up, Paradata, sells …, said")
      List<Words.Word> before = nounPhraseEndingAt(words, j + 1, true);
      if (!before.isEmpty() && !Names.trailingName(before).isEmpty()) {
        if (!insideRelative(words, words.indexOf(before.get(0)))) {
          return before;
        }
      }
      continue;
    }
    return List.of();
  }

  private static final Set<String> RELATIVE_OPENERS = Set.of("who", "whose", "which", "where");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  // Whether a relative clause opens, after a comma, within the eight words before index i: "whose latest
  // start-up, Paradata,".
  private static boolean insideRelative(List<Words.Word> words, int i) {
    for (int k = i - 1; k >= 1 && i - k <= 8; k--) {
      if (RELATIVE_OPENERS.contains(words.get(k).lower()) && words.get(k - 1).stops()) {
        return true;
      }
    }
    return false;
  }

  // The index of the nearest word before index i, within eight words, that ends with punctuation; -1 if none.
  private static int previousStop(List<Words.Word> words, int i) {
    for (int d = i - 1; d >= 0 && i - d <= 8; d--) {
      if (words.get(d).stops()) {
        return d;
      }
    }
    return -1;
  }

  // A short lower-case noun phrase between a quote and its cue, headed by a plural or a source noun:
  // "“…,” federal prosecutors wrote", "“…,” two aides said".
  private static boolean commonSubject(List<Words.Word> phrase) {
    if (phrase.isEmpty() || phrase.size() > 4) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      String w = phrase.get(i).lower();
      if (phrase.get(i).stops() || phrase.get(i).capitalised() && i > 0 || NOT_SUBJECTS.contains(w)
          || AUXILIARIES.contains(w) || BE.contains(w) || Names.PRONOUNS.contains(w) || verbLike(w)
          || w.endsWith("ing")) {
        return false;
      }
    }
    String head = phrase.get(phrase.size() - 1).lower();
    return SOURCE_HEADS.contains(head) || head.length() > 4 && head.endsWith("s") && !head.endsWith("ss")
        && !head.endsWith("ous") && !isAdverb(head);
  }

  private static boolean isAge(Words.Word w) {
    return w.core().chars().allMatch(Character::isDigit);
  }

  // The noun phrase ending before index end: a determiner a few words back ("the Belarusian leader", "a
  // NATO official"), else a run of capitalised words with the lower-case nouns after them ("Consumer groups",
  // "23 consultants", "Moscow and Minsk"). With ignoreStop, the word before end may carry a comma.
  private static List<Words.Word> nounPhraseEndingAt(List<Words.Word> words, int end, boolean ignoreStop) {
    String head = words.get(end - 1).lower();
    if (Names.DETERMINERS.contains(head) || NOT_SUBJECTS.contains(head) || head.equals("like")) {
      return List.of();
    }
    for (int d = end - 1; d >= 0 && end - d <= 6; d--) {
      Words.Word w = words.get(d);
      if (d < end - 1 && w.stops()) {
        break;
      }
      if (Names.DETERMINERS.contains(w.lower()) && d < end - 1) {
        return words.subList(d, end);
      }
      if (d < end - 1 && !w.lower().equals("of") && (NOT_SUBJECTS.contains(w.lower()) || w.lower().equals("like"))) {
        break;
      }
    }
    while (end > 1 && words.get(end - 1).trailing().contains(")")
        && words.subList(0, end).stream().skip(Math.max(0, end - 4)).anyMatch(Words.Word::parenthesised)) {
      int p = end - 1;
      while (p > 0 && !words.get(p).parenthesised()) {
        p--;
      }
      end = p; // "Layla Mansour (ليلى منصور)": the name before the parenthesis
    }
    int start = end;
    int lowerRun = 0;
    while (start > 0 && end - start < 8) {
      Words.Word w = words.get(start - 1);
      if (start < end && w.stops() || w.core().chars().noneMatch(Character::isLetterOrDigit)
          || w.parenthesised() && start < end) {
        break; // "LONDON (Reuters) - Donald Trump said": a dash, a parenthesis or a comma ends the phrase
      }
      boolean joins = w.lower().equals("and") && start - 1 > 0 && words.get(start - 2).capitalised() && start < end;
      if (w.capitalised() || joins || isModifier(w.lower())) {
        lowerRun = 0;
      } else if (lowerRun < 2 && start - 1 > 0 && !NOT_SUBJECTS.contains(w.lower())) {
        lowerRun++;
      } else {
        break;
      }
      start--;
    }
    start += lowerRun;
    while (start < end && (!words.get(start).capitalised() || NOT_SUBJECTS.contains(words.get(start).lower())
        || OPENERS.contains(words.get(start).lower()))) {
      start++; // "As Brady put it": not "As"
    }
    return start < end ? words.subList(start, end) : List.of();
  }

  // Nouns that end like adverbs: "the family said" keeps its noun.
  private static final Set<String> LY_NOUNS = Set.copyOf(List.of("family", "assembly", "supply", "rally", "ally",
      "anomaly", "monopoly", "daily", "weekly", "bully", "italy", "july", "reply", "fly", "belly", "holly",
      "emily", "kelly", "sally", "molly", "lily", "billy", "polly", "beverly", "kimberly", "shelly"));

  private static boolean isAdverb(String w) {
    return w.length() > 4 && w.endsWith("ly") && !LY_NOUNS.contains(w) || w.equals("often") || w.equals("never")
        || w.equals("always") || w.equals("still") || w.equals("just") || w.equals("even") || w.equals("too")
        || w.equals("also") || w.equals("later") || w.equals("then") || w.equals("previously") || w.equals("has")
        || w.equals("had") || w.equals("have") || w.equals("once") || w.equals("recently") || w.equals("further")
        || w.equals("repeatedly") || w.equals("publicly") || w.equals("reportedly") || w.equals("again")
        || w.equals("both") || w.equals("all") || w.equals("have") || w.equals("previously") || w.equals("had")
        || w.equals("will") || w.equals("would") || w.equals("can") || w.equals("could") || w.equals("may")
        || w.equals("might") || w.equals("should") || w.equals("must") || w.equals("did") || w.equals("does");
  }

  private static boolean isModifier(String w) {
    return w.endsWith("-run") || w.endsWith("-based") || w.equals("state") || w.equals("former") || w.equals("top")
        || w.equals("senior") || w.equals("official") || w.equals("foreign") || w.equals("defense");
  }

  // A noun phrase after "said" or "according to": up to a comma, a preposition or a relative clause.
  private static List<Words.Word> phraseAfter(List<Words.Word> words, int from) {
    int end = from;
    while (end < words.size() && end - from < 10) {
      Words.Word w = words.get(end);
      if (end > from && !w.capitalised() && STOP_AFTER.contains(w.lower())) {
        break;
      }
      end++;
      if (w.stops()) {
        break;
      }
    }
    List<Words.Word> phrase = words.subList(from, end);
    return isSubject(phrase) ? phrase : List.of();
  }

  private static final Set<String> PREPOSITIONS = Set.copyOf(List.of("amid", "amidst", "among", "amongst",
      "across", "against", "around", "through", "throughout", "within", "between", "beyond", "behind", "upon",
      "toward", "towards", "unlike", "via", "until", "despite", "during", "following", "since", "without", "from",
      "about", "under"));

  private static final Set<String> TIMES = Set.copyOf(List.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "morning", "evening", "afternoon", "night",
      "weekend", "week", "month", "year", "today", "yesterday", "tuesday's", "recent", "2019", "2020", "time"));
  private static final Set<String> NOT_SUBJECTS = Set.copyOf(List.of("and", "but", "or", "which", "who", "then",
      "also", "as", "that", "this", "so", "yet", "while", "when", "because", "if", "although", "though", "before",
      "after", "where", "what", "how", "not", "nor", "to", "of", "in", "on", "at", "by", "for", "with"));

  private static boolean isSubject(List<Words.Word> phrase) {
    if (phrase.isEmpty() || phrase.size() > 10) {
      return false;
    }
    Words.Word first = phrase.get(0);
    if (NOT_SUBJECTS.contains(first.lower()) && !(first.lower().equals("this") && phrase.size() > 1)) {
      return false; // but "this source"
    }
    if (phrase.size() == 1 && !first.capitalised() && isAdverb(first.lower())) {
      return false; // "said matter-of-factly"
    }
    if (Names.PRONOUNS.contains(first.lower())) {
      return phrase.size() == 1;
    }
    return Names.DETERMINERS.contains(first.lower()) || first.capitalised() || Names.isTitleWord(first.lower())
        || !Names.trailingName(phrase).isEmpty() || phrase.size() == 1 && first.core().length() > 2
        && !AUXILIARIES.contains(first.lower()) && !BE.contains(first.lower());
  }

  // How the words reached the reporter: "in a statement sent to Newsweek", "on Twitter", or the one told
  // ("told the BBC"). Stops at "that", which starts the reported words.
  private static Optional<String> channelAfter(String text, List<Words.Word> words, int from, String cue) {
    if (from >= words.size()) {
      return Optional.empty();
    }
    String first = words.get(from).lower();
    boolean told = cue.equals("told") || cue.equals("tells") || cue.equals("wrote") || cue.equals("writes");
    if (!(first.equals("in") || first.equals("on") || first.equals("via") || first.equals("through") || told)) {
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

  private Result result(int block, String text, List<Words.Word> words, String cue, Optional<String> channel,
      QuoteFinder.Found q) {
    // a lone mark read as a word ("“…,”( federal prosecutors wrote", "according to , said X", "the , only")
    // is not part of the source: the mention and the speaker start and end with a word, and a description
    // starts with one
    List<Words.Word> subject = withLetters(words);
    if (subject.isEmpty() || block == -1 && subject.size() > 1 && !subject.get(0).core().isEmpty()
        && Character.isDigit(subject.get(0).core().charAt(0)) && subject.get(1).capitalised()) {
      return null; // "5 Things Reyes Says ‘…’": a headline's list, not a speaker
    }
    String phrase = Names.join(subject, text);
    if (cue.isBlank() || phrase.isBlank()) {
      return null;
    }
    String verb = cue.toLowerCase(java.util.Locale.ROOT);
    if ((verb.equals("read") || verb.equals("reads"))
        && !CHANNEL_NOUNS.contains(subject.get(subject.size() - 1).lower())) {
      return null; // "the statement read", "it read"; not "the sign read"
    }
    Span mention = Span.of(block, subject.get(0).start(), subject.get(subject.size() - 1).end());
    String first = subject.get(0).lower();
    String head = subject.get(subject.size() - 1).lower();
    List<Words.Word> name = Names.trailingName(subject);
    String speaker;
    boolean person;
    if (subject.size() == 1 && Names.PRONOUNS.contains(first)) {
      Result earlier = resolvePronoun(first, block, subject.get(0).start());
      if (earlier == null) {
        return null;
      }
      speaker = earlier.attribution().speaker();
      person = earlier.person();
    } else if (name.size() < subject.size() && subject.get(subject.size() - name.size() - 1).lower().equals("and")
        && (name.size() > 1 || name.size() == 1 && people.knowsSurname(name.get(0).core()))) {
      speaker = phrase; // "Tom Reyes and Ana Kim said": both of them, not the last
      person = true;
    } else if (name.size() > 1 || name.size() == 1 && people.knowsSurname(name.get(0).core())) {
      speaker = people.fullest(Names.join(name, text));
      person = true;
    } else if (CHANNEL_NOUNS.contains(head)) {
      // "a Kremlin readout" is the Kremlin's; "the statement" is whoever spoke last that was not a person
      List<Words.Word> owner = subject.subList(Names.DETERMINERS.contains(first) ? 1 : 0, subject.size() - 1);
      if (!owner.isEmpty() && owner.get(0).capitalised()) {
        speaker = Names.join(owner, text);
      } else if (lastOther != null) {
        speaker = lastOther.attribution().speaker();
      } else {
        speaker = describe(subject, block, text);
      }
      if (speaker.startsWith(PERSON_MARK)) {
        speaker = speaker.substring(PERSON_MARK.length()); // the mark is internal: never a speaker's text
      }
      person = false;
    } else if (Names.DETERMINERS.contains(first) || !subject.get(0).capitalised()) {
      speaker = describe(subject, block, text);
      person = speaker.startsWith(PERSON_MARK);
      if (person) {
        speaker = speaker.substring(PERSON_MARK.length());
      }
    } else {
      speaker = phrase;
      person = !name.isEmpty() && !Names.isOrgHead(head);
    }
    if (speaker.isBlank()) {
      return null;
    }
    try {
      Attribution a = Attribution.builder().speaker(speaker).cue(cue).channel(channel).mention(mention).build();
      return new Result(a, person);
    } catch (IllegalArgumentException e) {
      return null; // a blank part: no attribution rather than a wrong one (a test guards against this path)
    }
  }

  // The words that hold a letter or a digit: not the lone marks a broken text leaves between them.
  private static List<Words.Word> withLetters(List<Words.Word> words) {
    List<Words.Word> kept = new ArrayList<>(words.size());
    for (Words.Word w : words) {
      if (hasLetterOrDigit(w)) {
        kept.add(w);
      }
    }
    return kept.size() == words.size() ? words : kept;
  }

  private static boolean hasLetterOrDigit(Words.Word w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private Result resolvePronoun(String pronoun, int block, int offset) {
    if (pronoun.equals("he") || pronoun.equals("she")) {
      Result subject = sentenceSubjectBefore(block, offset);
      if (subject != null) {
        return subject;
      }
    }
    if (pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i")) {
      PersonIndex.Mention m = people.lastBefore(block, offset);
      if (m != null) {
        return new Result(Attribution.builder().speaker(m.name()).cue("said").build(), true);
      }
      return lastPerson;
    }
    if (lastOther != null || !(pronoun.equals("it") || pronoun.equals("they"))) {
      return lastOther;
    }
    // "The campaign backtracked. "…," it said.": with no earlier body quoted, the subject of the sentence
    // before, when it is not a person
    String text = texts.get(block + 1);
    int start = sentenceStart(text, offset, true);
    int before;
    if (start > 1) {
      before = sentenceStart(text, start - 1, true);
    } else if (block >= 1 && texts.get(block) != null && !texts.get(block).isEmpty()
        && QuoteFinder.isDouble(text.charAt(firstNonSpace(text, 0)))) {
      // "The campaign backtracked.¶"…," it said.": the last sentence of the paragraph before
      text = texts.get(block);
      start = text.length();
      before = sentenceStart(text, Math.max(0, start - 1), true);
    } else {
      return null;
    }
    List<Words.Word> subject = withLetters(leadingSubject(Words.of(text, before, start)));
    if (subject.isEmpty() || subject.size() == 1 && Names.PRONOUNS.contains(subject.get(0).lower())
        || people.knowsSurname(subject.get(subject.size() - 1).core())) {
      return null;
    }
    if (subject.size() > 1 && Names.DETERMINERS.contains(subject.get(0).lower())) {
      subject = subject.subList(1, subject.size()); // as descriptions are named: "campaign", not "The campaign"
    }
    String phrase = Names.join(subject, text);
    return phrase.isBlank() ? null : new Result(Attribution.builder().speaker(phrase).cue("said").build(), false);
  }

  // "Bush went after Trump, refusing to recant remarks when he called him …", "The president denounced what
  // he called …": a pronoun inside a sentence stands for the sentence's subject when that names a person,
  // not for the person named last.
  private Result sentenceSubjectBefore(int block, int offset) {
    String text = texts.get(block + 1);
    int start = sentenceStart(text, offset);
    if (offset - start > WINDOW || start >= offset) {
      return null;
    }
    List<Words.Word> words = Words.of(text, start, offset);
    if (words.size() < 3) {
      return null; // "“…,” he said": no sentence before the pronoun
    }
    List<Words.Word> subject = leadingSubject(words);
    if (subject.isEmpty() || subject.size() == words.size() || insideQuote(block, subject.get(0).start())) {
      return null;
    }
    List<Words.Word> name = Names.trailingName(subject);
    String head = subject.get(subject.size() - 1).lower();
    if (name.size() == subject.size() - (Names.isTitleWord(subject.get(0).lower()) ? 1 : 0) && !name.isEmpty()
        && (name.size() > 1 || people.knowsSurname(name.get(0).core()))) {
      String speaker = people.fullest(Names.join(name, text));
      return new Result(Attribution.builder().speaker(speaker).cue("said").build(), true);
    }
    if (subject.size() > 1 && Names.DETERMINERS.contains(subject.get(0).lower()) && PERSON_HEADS.contains(head)) {
      String speaker = describe(subject, block, text);
      boolean person = speaker.startsWith(PERSON_MARK);
      speaker = person ? speaker.substring(PERSON_MARK.length()) : speaker;
      return speaker.isBlank() ? null : new Result(Attribution.builder().speaker(speaker).cue("said").build(), true);
    }
    return null;
  }

  // Whether the offset of a block lies inside one of the quotes: the quote that starts last before it is the
  // only one that can hold it (quotes do not overlap).
  private boolean insideQuote(int block, int offset) {
    int found = Text.lastWhere(quotes.size(), i -> {
      QuoteFinder.Segment first = quotes.get(i).first();
      return first.block() < block || first.block() == block && first.start() <= offset;
    });
    if (found < 0) {
      return false;
    }
    for (QuoteFinder.Segment s : quotes.get(found).segments()) {
      if (s.block() == block && s.start() <= offset && offset < s.end()) {
        return true;
      }
    }
    return false;
  }

  // Heads of descriptions that stand for one person: "the president", "the senator".
  private static final Set<String> PERSON_HEADS = Set.copyOf(List.of("president", "senator", "governor", "mayor",
      "minister", "candidate", "nominee", "spokesman", "spokeswoman", "chairman", "chairwoman", "judge", "justice",
      "lawmaker", "congressman", "congresswoman", "secretary", "director", "founder", "leader", "businessman",
      "businesswoman", "actor", "actress", "author", "official", "prosecutor", "lawyer", "attorney", "owner"));

  // "the official" → "NATO official" when the article said "a NATO official" before.
  private String describe(List<Words.Word> subject, int block, String text) {
    List<Words.Word> noun = subject;
    if (Names.DETERMINERS.contains(noun.get(0).lower())) {
      noun = withLetters(noun.subList(1, noun.size())); // not "the , only": a description starts with a word
    }
    String own = noun.isEmpty() ? Names.join(subject, text) : Names.join(noun, text);
    if (noun.size() != 1) {
      return own;
    }
    String head = noun.get(0).lower();
    return descriptions.computeIfAbsent(head + "@" + block, k -> fuller(head, own, block, subject.get(0).start()));
  }

  private String fuller(String head, String own, int block, int before) {
    String best = own;
    for (int t = Math.max(0, block + 1 - LOOKBACK); t <= block + 1 && t < texts.size(); t++) {
      String other = texts.get(t);
      if (other == null) {
        continue;
      }
      int to = t == block + 1 ? before : other.length();
      List<Words.Word> words = Words.of(other, Math.max(0, to - 5 * WINDOW), to);
      for (int i = 1; i < words.size(); i++) {
        if (!words.get(i).lower().equals(head) || words.get(i).parenthesised()) {
          continue; // not "Royal Academy of Dance (RAD)": an acronym in parentheses has no fuller run before it
        }
        int start = i;
        while (start > 0 && i - start < 5 && !words.get(start - 1).stops()
            && !Names.DETERMINERS.contains(words.get(start - 1).lower())
            && (words.get(start - 1).capitalised() || isModifier(words.get(start - 1).lower()))) {
          start--;
        }
        int after = i + 1;
        while (after < words.size() && after - i <= 3 && !words.get(after - 1).stops()
            && Names.isNameWord(words.get(after))) {
          after++;
        }
        if (after - i > 2 || after - i == 2 && people.knowsSurname(words.get(i + 1).core())) {
          best = PERSON_MARK + people.fullest(Names.join(words.subList(i + 1, after), other));
        } else if (start < i) {
          best = Names.join(words.subList(start, i + 1), other);
        }      }
    }
    return best;
  }

  private static int clauseEnd(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + WINDOW);
    while (i < limit) {
      char c = text.charAt(i);
      if (QuoteFinder.isDouble(c) || c == '\u2018') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= text.length() || Text.isSpace(text.charAt(i + 1)))
          && !abbreviation(text, i)) {
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private static int firstNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() - 1 && Text.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // Where the sentence holding offset mark starts, over any quotes inside it.
  private static int wholeSentenceStart(String text, int mark) {
    return sentenceStart(text, mark, true);
  }

  // Where the clause before offset mark starts: at a sentence end, or after a double quote mark.
  private static int sentenceStart(String text, int mark) {
    return sentenceStart(text, mark, false);
  }

  private static int sentenceStart(String text, int mark, boolean overQuotes) {
    int i = mark - 1;
    int limit = Math.max(0, mark - WINDOW);
    while (i > limit) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && (Text.isSpace(text.charAt(i + 1))
          || overQuotes && i + 2 < text.length() && QuoteFinder.isDouble(text.charAt(i + 1))
          && Text.isSpace(text.charAt(i + 2)))
          && !abbreviation(text, i)) {
        return i + 1;
      }
      if (!overQuotes && QuoteFinder.isDouble(c) && i < mark - 1) {
        return i + 1;
      }
      i--;
    }
    return limit;
  }

  // "Mr." "U.S." "Gen.": a dot that does not end the sentence.
  private static boolean abbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && dot - start < 12 && !Text.isSpace(text.charAt(start - 1))) {
      start--;
    }
    if (dot - start >= 12) {
      return false; // a long word before the dot: not an abbreviation
    }
    String word = text.substring(start, dot + 1);
    return Names.isHonorific(word) || word.length() <= 4 && word.chars().filter(ch -> ch == '.').count() >= 2
        || word.length() == 2 && Character.isUpperCase(word.charAt(0));
  }

}
