package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.CHANNEL_NOUNS;
import static io.github.newsdoc.parser.internal.AttributionWords.LEAD_INS;
import static io.github.newsdoc.parser.internal.AttributionWords.QUANTIFIERS;
import static io.github.newsdoc.parser.internal.Cues.verbAt;
import static io.github.newsdoc.parser.internal.Phrases.withLetters;
import static io.github.newsdoc.parser.internal.Sentences.WINDOW;

import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the sieves of one article read and share: its texts ({@code texts.get(t)} is block {@code t - 1}, the
 * title at 0; null for captions), its quotes, the people it names, the discourse so far, and the
 * attributions found before the sieve's turn. It turns a phrase a sieve found into an attribution, resolving
 * pronouns, descriptions and surnames.
 */
final class AttributionContext {

  final List<String> texts;
  final List<QuoteFinder.Found> quotes;
  final PersonIndex people;
  private final Tokens tokens;
  final DiscourseState state = new DiscourseState();
  // the attributions each quote's own sentence gives, and those settled so far, by quote
  final List<Optional<Attributed>> own;
  final List<Optional<Attributed>> settled;
  private final Descriptions descriptions;
  // for each quote, the own attribution of the nearest later quote of its run; made on first use
  private List<Optional<Attributed>> nextOwn;

  AttributionContext(List<String> texts, Tokens tokens, List<QuoteFinder.Found> quotes, PersonIndex people) {
    this.texts = texts;
    this.tokens = tokens;
    this.quotes = quotes;
    this.people = people;
    this.own = new java.util.ArrayList<>(quotes.size());
    this.settled = new java.util.ArrayList<>(quotes.size());
    this.descriptions = new Descriptions(texts, tokens, people);
  }

  /** The words of block {@code block} (-1 the title) within {@code [from, to)}, from the words split once. */
  List<Words.Word> words(int block, int from, int to) {
    return tokens.range(block + 1, from, to);
  }

  /** Where the clause before offset {@code mark} of block {@code block} starts (see {@link SentenceIndex}). */
  int sentenceStart(int block, int mark) {
    return tokens.sentences(block + 1).clauseStart(mark, WINDOW, false);
  }

  /**
   * Where the sentence ending at offset {@code end} of block {@code block} starts, over any quotes inside it
   * and however far back.
   */
  int sentenceOpening(int block, int end) {
    return tokens.sentences(block + 1).clauseStart(end, end + 1, true);
  }

  /** Where the sentence holding offset {@code mark} of block {@code block} starts, over any quotes inside it. */
  int wholeSentenceStart(int block, int mark) {
    return tokens.sentences(block + 1).clauseStart(mark, WINDOW, true);
  }

  /**
   * The own attribution of the nearest quote after quote {@code index} in its run (each quote of the run
   * starting in the block the one before it ended in), or empty. All quotes' own attributions must be known;
   * the answers for every quote are found in one pass back, on the first question.
   */
  Optional<Attributed> nextOwn(int index) {
    if (nextOwn == null) {
      int n = quotes.size();
      List<Optional<Attributed>> next = new java.util.ArrayList<>(java.util.Collections.nCopies(n, Optional.empty()));
      Optional<Attributed> carry = Optional.empty();
      for (int q = n - 1; q >= 0; q--) {
        if (q + 1 < n && quotes.get(q + 1).first().block() != quotes.get(q).last().block()) {
          carry = Optional.empty();
        }
        next.set(q, carry);
        if (own.get(q).isPresent()) {
          carry = own.get(q);
        }
      }
      nextOwn = next;
    }
    return nextOwn.get(index);
  }

  /** Keeps the latest person and the latest other source, which pronouns resolve to. */
  Attributed remember(Attributed r) {
    return state.remember(r);
  }

  // Heads of descriptions that stand for one person: "the president", "the senator".
  static final Set<String> PERSON_HEADS = WordList.load("attribution/person-heads");

  Attributed result(int block, String text, List<Words.Word> words, String cue, Optional<String> channel,
      QuoteFinder.Found q) {
    // "the Quay Gazette quoted Ana Ruiz as saying": Ana Ruiz, through the paper; "Ruiz's reply was blunt:": Ruiz
    Attributed relayed = QuotedAs.relayed(this, block, text, words, cue, q);
    if (relayed == null) {
      relayed = Replies.ofOwner(this, block, text, withLetters(words), cue, q);
    }
    if (relayed != null) {
      return relayed;
    }
    // a lone mark read as a word ("“…,”( federal prosecutors wrote", "according to , said X", "the , only")
    // is not part of the source: the mention and the speaker start and end with a word, and a description
    // starts with one
    List<Words.Word> subject = SpeakerNames.beforeParenthesis(withLetters(words));
    if (subject.size() > 1 && Contractions.pronoun(subject.get(0).lower()) != null
        && (!Names.PRONOUNS.contains(subject.get(0).lower()) || Contractions.negated(subject.get(1).lower()))) {
      subject = subject.subList(0, 1); // "I can't tell you … and said", "You'll look …": the pronoun speaks
    }
    List<Words.Word> name = SpeakerNames.nameAtEnd(people, block, subject);
    List<Words.Word> cut = SpeakerNames.beforeVerb(subject, !name.isEmpty());
    if (cut != subject) {
      subject = cut; // the verbs after the source cut off: its name is read again
      name = SpeakerNames.nameAtEnd(people, block, subject);
    }
    // "a lawyer for Mr Smith said": the name qualifies the description, which is the source
    // (the description opens the subject: "Shadow leader of the Commons Oliver Heald" is a title and a name)
    boolean qualified = false;
    for (int k = 1; k < subject.size() - name.size() && !name.isEmpty() && !qualified; k++) {
      qualified = Phrases.linksHead(subject, k)
          && (k == 1 || k == 2 && Names.DETERMINERS.contains(subject.get(0).lower()));
    }
    if (qualified) {
      name = List.of();
    }
    if (subject.size() == 1 && notASource(subject.get(0)) && opensSentence(block, subject)
        && !cueAfter(block, subject.get(0), cue)) {
      return null; // "Hastily politicizing …", "Each election cycle, …": an adverb or a quantifier is no source
    }
    if (subject.isEmpty() || SpeakerNames.numberAlone(subject) || SpeakerNames.noPhrase(subject)
        || block == -1 && subject.size() > 1 && !subject.get(0).core().isEmpty()
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
    // "the Institute for the Study of War (ISW) said", read from "Study": part of a body's name, as recognized
    FoundNames.Found body = people.bodyCovering(block, subject.get(0).start(), subject.get(subject.size() - 1).end());
    String speaker;
    boolean person;
    if (body != null && body.start() < subject.get(0).start() && !SpeakerNames.namesPerson(people, body.form())) {
      speaker = body.form();
      person = false;
    } else if (subject.size() == 1 && Contractions.pronoun(first) != null) {
      // "he", and "You'll" or "We've", a pronoun with its verb joined on: the pronoun
      String pronoun = Contractions.pronoun(first);
      if (pronoun.equals("you") && (q == null || QuoteShapes.partial(q, texts))) {
        return null; // "as you saw in that "typical" day": a fragment, no words the reader says
      }
      Attributed earlier = resolvePronoun(pronoun, block, subject.get(0).start());
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
      speaker = people.fullestAt(Names.join(name, text), block, name.get(0).start(),
          name.get(name.size() - 1).end());
      person = true;
    } else if (CHANNEL_NOUNS.contains(head)) {
      // "a Kremlin readout" is the Kremlin's; "the statement" is whoever spoke last that was not a person
      List<Words.Word> owner = subject.subList(Names.DETERMINERS.contains(first) ? 1 : 0, subject.size() - 1);
      person = false;
      if (!owner.isEmpty() && owner.get(0).capitalised()) {
        Words.Word last = owner.get(owner.size() - 1);
        // "Mr Crosby's statement said": the owner without the possessive, by the person's fullest name
        speaker = text.substring(owner.get(0).start(), NameShapes.end(last));
        List<Words.Word> ownerName = SpeakerNames.nameAtEnd(people, block, owner);
        if (NameShapes.possessive(last) && !ownerName.isEmpty()
            && (ownerName.size() > 1 || people.knowsSurname(NameShapes.bare(last)))) {
          // a document still: "It added" after it is the statement's, so it stays the last other source
          speaker = people.fullest(text.substring(ownerName.get(0).start(), NameShapes.end(last)));
        }
      } else {
        // "the statement read" after "Big Machine Records issued a statement": the issuer the article named
        Words.Word end = subject.get(subject.size() - 1);
        String issuer = Issuers.named(words(block, end.end(), Math.min(text.length(), end.end() + 80)), block, people);
        if (issuer == null && subject.size() > 1 && Names.DETERMINERS.contains(first)) {
          issuer = Issuers.of(head, block, subject.get(0).start(), texts, this, people);
        }
        if (issuer != null) {
          speaker = issuer;
        } else if (state.lastOther() != null) {
          speaker = state.lastOther().attribution().speaker();
        } else {
          speaker = describe(subject, block, text).text();
        }
      }
    } else if (qualified || Names.DETERMINERS.contains(first) || !subject.get(0).capitalised()
        || name.isEmpty() && SpeakerNames.byOwner(subject)) {
      // "China's ambassador said": a description by its owner, as "the ambassador" is
      Descriptions.Description d = describe(subject, block, text);
      speaker = d.text();
      person = d.person();
    } else {
      List<Words.Word> named = SpeakerNames.afterRole(subject);
      speaker = named.size() < subject.size() ? Names.join(named, text) : phrase; // "Barcelona star Ronaldinho"
      person = !name.isEmpty() && !Names.isOrgHead(head);
    }
    if (speaker.isBlank()) {
      return null;
    }
    try {
      Attribution a = Attribution.builder().speaker(speaker).cue(cue).channel(channel).mention(mention).build();
      return new Attributed(a, person);
    } catch (IllegalArgumentException e) {
      return null; // a blank part: no attribution rather than a wrong one (a test guards against this path)
    }
  }

  /** The source a pronoun at offset of block stands for, or null ({@link Pronouns}). */
  Attributed resolvePronoun(String pronoun, int block, int offset) {
    return Pronouns.resolve(this, pronoun, block, offset);
  }

  /**
   * The words of a subject that name a person the article gives (a name of two words or more, or a surname it
   * knows), after a title or an honorific or not ("Secretary Ana Ruiz", "Mr Ruiz"); empty when the subject is
   * no such name.
   */
  List<Words.Word> personName(int block, List<Words.Word> subject) {
    List<Words.Word> name = SpeakerNames.nameAtEnd(people, block, subject);
    boolean titled = subject.size() > 1 && (Names.isTitleWord(subject.get(0)) || Names.isHonorific(subject.get(0)));
    boolean whole = !name.isEmpty() && name.size() == subject.size() - (titled ? 1 : 0);
    return whole && (name.size() > 1 || people.knowsSurname(name.get(0).core())) ? name : List.of();
  }

  /** Whether a subject is a description of one person: a determiner and a person's head ("the minister"). */
  static boolean personDescription(List<Words.Word> subject) {
    return subject.size() > 1 && Names.DETERMINERS.contains(subject.get(0).lower())
        && PERSON_HEADS.contains(subject.get(subject.size() - 1).lower());
  }

  // Whether the offset of a block lies inside one of the quotes: the quote that starts last before it is the
  // only one that can hold it (quotes do not overlap).
  boolean insideQuote(int block, int offset) {
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

  // "the official" → "NATO official" when the article said "a NATO official" before (see {@link Descriptions}).
  Descriptions.Description describe(List<Words.Word> subject, int block, String text) {
    return descriptions.describe(subject, block, text);
  }

  private Genders genders;

  /** The genders of the people the article names, read on the first pronoun. */
  Genders genders() {
    if (genders == null) {
      genders = Genders.of(tokens, people.mentions(), descriptions.roles());
    }
    return genders;
  }

  // "Tensions rose over …", "There were …", "Neither Cruz nor …": a capital that only opens the sentence.
  // A lone word counts as a name when the article never writes it in lower case or names a person so.
  // Whether the subject's first word opens its sentence: the block's first word, or one after a sentence's end.
  private boolean opensSentence(int block, List<Words.Word> subject) {
    int at = subject.get(0).start();
    int start = wholeSentenceStart(block, at);
    return start >= at || words(block, start, at).isEmpty();
  }

  // An adverb ("Hastily", "Even") or a quantifier ("Each"), capitalised as its sentence's first word, that no
  // one in the article is named by and that never stands alone as a subject ("Some", "Another" do)
  private boolean notASource(Words.Word only) {
    String lower = only.lower();
    return (Cues.isAdverb(lower) && !AttributionWords.AUXILIARIES.contains(lower) || QUANTIFIERS.contains(lower)
        || LEAD_INS.contains(lower)) && !AttributionWords.LONE_SUBJECTS.contains(lower)
        && !people.knowsSurname(only.core());
  }

  // Whether the cue is a verb of saying right after the subject ("Scully said", "Each said"): then the word is
  // the cue's subject whatever it looks like.
  private boolean cueAfter(int block, Words.Word subject, String cue) {
    String text = texts.get(block + 1);
    List<Words.Word> next = words(block, subject.end(), Math.min(text.length(), subject.end() + 40));
    String verb = cue.split(" ")[0];
    return !next.isEmpty() && next.get(0).core().equalsIgnoreCase(verb)
        && AttributionWords.SPEECH.contains(verb.toLowerCase(java.util.Locale.ROOT));
  }

  boolean commonWordOpening(List<Words.Word> subject) {
    String first = subject.get(0).lower();
    if (QUANTIFIERS.contains(first) || LEAD_INS.contains(first)) {
      return true; // "Amid ongoing protests, …": a preposition opens no subject
    }
    Words.Word only = subject.get(0);
    return subject.size() == 1 && only.capitalised() && !Names.PRONOUNS.contains(first)
        && !people.knowsSurname(only.core()) && people.writtenInLowerCase(first);
  }

  // Whether only spaces and quotation marks stand before the quote in its paragraph. Every quote asks: the
  // paragraph's opening run is measured once, not once a quote (a paragraph of quotes of marks, '"’" "’" …',
  // would otherwise be read again for each of them).
  boolean startsParagraph(QuoteFinder.Found q) {
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

  // Whether a one-word name in the headline ("Milbank", "Politifact") is written again, capitalised, in the
  // article's first few blocks: as a word of its own, inside a sentence, where only a name is capitalised,
  // or opening one as the subject of a verb ("Portwatch counted"); "Warning signs were posted" does not
  // make "Warning:" a speaker.
  boolean namedInBody(Words.Word word) {
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

  // The headline's one-word names already looked up (every quote of a headline asks about the same name).
  private final Map<String, Boolean> namedInBody = new HashMap<>();

  // For each text, the length of its opening run of spaces and quotation marks; -1 until measured.
  private int[] opening;
}
