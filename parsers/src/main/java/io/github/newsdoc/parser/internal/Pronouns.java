package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.Phrases.withLetters;
import static io.github.newsdoc.parser.internal.Sentences.WINDOW;
import static io.github.newsdoc.parser.internal.Sentences.firstNonSpace;
import static io.github.newsdoc.parser.internal.Subjects.leadingSubject;

import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * What a pronoun that speaks stands for, in one article's {@link AttributionContext}: "he" and "she" the
 * subject of their own sentence when it agrees, else the speaker just quoted (see {@link PreviousSpeaker}), else
 * the person the sentence before names as its subject when no one is named after it, else the person named last
 * who agrees in gender; "i" the person named last; "you" the reader, as written; "it" and "they" a body the
 * sentence before names as its subject, else the last body quoted, else the subject of the sentence before
 * when it is no person.
 */
final class Pronouns {
  // How many people named before a pronoun are tried for one that agrees with it.
  private static final int PRONOUN_WINDOW = 6;

  private Pronouns() {}

  static Attributed resolve(AttributionContext ctx, String pronoun, int block, int offset) {
    Genders.Gender gender = Genders.ofPronoun(pronoun);
    boolean person = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i");
    // "Mr Blair has failed, he claimed": the pronoun reports the words before it, and names no one they name
    int reported = person ? reportedFrom(ctx, block, offset) : -1;
    int before = reported < 0 ? offset : reported;
    java.util.function.Predicate<String> agrees = n -> ctx.genders().of(n).agrees(gender);
    if (pronoun.equals("he") || pronoun.equals("she")) {
      Attributed subject = reported < 0 ? sentenceSubjectBefore(ctx, block, offset) : null;
      if (subject != null && agrees.test(subject.attribution().speaker())) {
        return subject;
      }
      // "Ana Ruiz backed Tom Cole until he called …": the person named last who agrees with the pronoun
      PersonIndex.Mention m = ctx.people.lastBefore(block, before, PRONOUN_WINDOW, agrees);
      Attributed previous = PreviousSpeaker.over(ctx, m, block, offset, agrees);
      if (previous == null) {
        previous = PreviousSpeaker.creditedSince(ctx, m, block, before, agrees);
      }
      if (previous != null) {
        return previous;
      }
      Attributed topic = personSubjectBefore(ctx, block, offset, m);
      if (topic != null && ctx.genders().of(topic.attribution().speaker()).agrees(gender)) {
        return topic;
      }
      if (m != null) {
        return new Attributed(Attribution.builder().speaker(m.name()).cue("said").build(), true);
      }
      if (subject != null) {
        return subject; // no one agrees: the subject, as without genders
      }
    }
    if (person) {
      PersonIndex.Mention m = ctx.people.lastBefore(block, before);
      if (m != null) {
        return new Attributed(Attribution.builder().speaker(m.name()).cue("said").build(), true);
      }
      return ctx.state.lastPerson();
    }
    if (pronoun.equals("you")) {
      // "You'll look at it and ask yourself, "…"": the reader, or whoever the writer addresses, is no one
      // the article names nor the last body quoted; the source stays as written
      return new Attributed(Attribution.builder().speaker("you").cue("said").build(), true);
    }
    boolean body = pronoun.equals("it") || pronoun.equals("they");
    Attributed own = body ? bodySubjectOfSentence(ctx, pronoun, block, offset) : null;
    if (own != null) {
      return own;
    }
    if (body && ctx.state.lastOther() != null) {
      // "The institute said the reporting matched its research.¶"…," it said.": a body the sentence before
      // names as its subject is nearer than the last body quoted
      Attributed named = subjectBefore(ctx, block, offset, true);
      return named != null ? named : ctx.state.lastOther();
    }
    // "The campaign backtracked. "…," it said.": with no earlier body quoted, the subject of the sentence
    // before, when it is not a person
    return body ? subjectBefore(ctx, block, offset, false) : ctx.state.lastOther();
  }

  /**
   * Where the words a pronoun reports start, when it is the subject of a verb of saying set after them
   * ("Mr Blair has failed to act, he claimed, saying …", "Mr Blair's government was "bossy", he added."): the
   * start of its sentence; -1 when the pronoun does not follow its sentence's words that way. Whoever those
   * words name is not the pronoun's referent: had the writer meant Mr Blair, the pronoun would stand inside
   * and the name outside ("he has failed, Mr Blair claimed").
   */
  static int reportedFrom(AttributionContext ctx, int block, int offset) {
    String text = ctx.texts.get(block + 1);
    int c = offset - 1;
    while (c >= 0 && (Text.isSpace(text.charAt(c)) || QuoteFinder.isDouble(text.charAt(c))
        || text.charAt(c) == '’' || text.charAt(c) == '\'')) {
      c--;
    }
    if (c < 0 || text.charAt(c) != ',') {
      return -1;
    }
    int start = ctx.wholeSentenceStart(block, offset);
    if (start >= c) {
      return -1;
    }
    List<Words.Word> content = ctx.words(block, start, c + 1);
    String opener = content.isEmpty() ? "" : content.get(content.size() - 1).lower();
    if (content.isEmpty() || AttributionWords.RELATIVE_OPENERS.contains(opener)
        || AttributionWords.CLAUSE_OPENERS.contains(opener)) {
      return -1; // "it is the minister who, he claims, is …": the pronoun reports a clause inside the sentence
    }
    List<Words.Word> after = ctx.words(block, offset, Math.min(text.length(), offset + 40));
    if (after.size() < 2 || !AttributionWords.SPEECH.contains(after.get(1).lower())) {
      return -1;
    }
    String trailing = after.get(1).trailing();
    boolean ends = after.size() == 2 && after.get(1).end() == text.length()
        || trailing.startsWith(",") || trailing.startsWith(".") || trailing.startsWith(";");
    return ends ? start : -1;
  }

  // The subject of the sentence before the one at offset, when it is not a person; with namedOnly, only when
  // it is a body's name the recognizer found.
  private static Attributed subjectBefore(AttributionContext ctx, int block, int offset, boolean namedOnly) {
    String text = ctx.texts.get(block + 1);
    int t = block + 1;
    int start = ctx.wholeSentenceStart(block, offset);
    int before;
    if (start > 1) {
      before = ctx.wholeSentenceStart(block, start - 1);
    } else if (block >= 1 && ctx.texts.get(block) != null && !ctx.texts.get(block).isEmpty()
        && QuoteFinder.isDouble(text.charAt(firstNonSpace(text, 0)))) {
      // "The campaign backtracked.¶"…," it said.": the last sentence of the paragraph before
      text = ctx.texts.get(block);
      t = block;
      start = text.length();
      before = ctx.wholeSentenceStart(block - 1, Math.max(0, start - 1));
    } else {
      return null;
    }
    List<Words.Word> subject = withLetters(leadingSubject(ctx.words(t - 1, before, start)));
    if (subject.isEmpty() || subject.size() == 1 && Names.PRONOUNS.contains(subject.get(0).lower())
        || ctx.people.knowsSurname(subject.get(subject.size() - 1).core())
        // ""Louisiana is a red state," the paper wrote.¶"…," it added.": the quote's words are no subject
        || ctx.insideQuote(t - 1, subject.get(0).start())) {
      return null;
    }
    if (subject.size() > 1 && Names.DETERMINERS.contains(subject.get(0).lower())) {
      subject = subject.subList(1, subject.size()); // as descriptions are named: "campaign", not "The campaign"
    }
    subject = SpeakerNames.beforeParenthesis(subject);
    FoundNames.Found body = ctx.people.bodyCovering(t - 1, subject.get(0).start(), subject.get(subject.size() - 1).end());
    if (body != null && body.form().length() > Names.join(subject, text).length()) {
      return new Attributed(Attribution.builder().speaker(body.form()).cue("said").build(), false);
    }
    if (namedOnly && body == null) {
      return null;
    }
    String phrase = Names.join(subject, text);
    return phrase.isBlank() ? null : new Attributed(Attribution.builder().speaker(phrase).cue("said").build(), false);
  }

  /**
   * The person the sentence before the pronoun's is about, when its subject names one (a name, or a
   * description the article gives a named person) and {@code named}, the person named last, is named no later
   * than that sentence: the subject of the sentence before is the likelier referent than a person its predicate
   * names ({@code The Tory leader backed help for Ivo Marek's clinic. "…," he said.}: the leader). A question
   * has no such subject, nor does a name the article gives no person by (a band's, a party's). Null otherwise.
   */
  static Attributed personSubjectBefore(AttributionContext ctx, int block, int offset, PersonIndex.Mention named) {
    int start = ctx.wholeSentenceStart(block, offset);
    int t = block;
    String text = ctx.texts.get(block + 1);
    int to = start;
    if (start <= 1) {
      String prior = block >= 1 ? ctx.texts.get(block) : null;
      if (prior == null || prior.isBlank()) {
        return null;
      }
      t = block - 1; // a paragraph that opens with the pronoun's sentence: the last sentence of the one before
      text = prior;
      to = prior.length();
    }
    if (named != null && (named.block() > t || named.block() == t && named.end() > to)) {
      return null; // a person named after the sentence before, nearer the pronoun
    }
    int last = to - 1;
    while (last >= 0 && (Text.isSpace(text.charAt(last)) || QuoteFinder.isDouble(text.charAt(last)))) {
      last--;
    }
    if (last < 0 || text.charAt(last) == '?') {
      return null; // "Don't Republicans run the risk?": a question's subject is no topic
    }
    int from = ctx.wholeSentenceStart(t, Math.max(0, to - 1));
    List<Words.Word> words = ctx.words(t, from, to);
    List<Words.Word> subject = withLetters(leadingSubject(words));
    if (subject.isEmpty() || subject.size() >= words.size() || ctx.insideQuote(t, subject.get(0).start())) {
      return null;
    }
    int subjectEnd = subject.get(subject.size() - 1).end();
    int at = 0;
    while (at < words.size() && words.get(at).start() < subjectEnd) {
      at++;
    }
    if (personAfterWord(ctx, words, at)) {
      // "Franz Ferdinand frontman Alex Kapranos has called …": a word and a person's name after the subject
      // may make it a body's name before its member's; which of the two the sentence is about is not read here
      return null;
    }
    List<Words.Word> name = ctx.personName(t, subject);
    String speaker = null;
    if (!name.isEmpty() && ctx.people.knowsSurname(name.get(name.size() - 1).core())) {
      // a person's name, not a body's the sentence opens with ("Scissor Sisters frontwoman Ana Matronic")
      speaker = ctx.people.fullestAt(Names.join(name, text), t, name.get(0).start(), name.get(name.size() - 1).end());
    } else if (AttributionContext.personDescription(subject)) {
      Descriptions.Description d = ctx.describe(subject, t, text);
      speaker = d.person() ? d.text() : null;
    }
    return speaker == null || speaker.isBlank() ? null
        : new Attributed(Attribution.builder().speaker(speaker).cue("said").build(), true);
  }

  // Whether a lower-case word that is no verb, then a run of capitalised words ending in a surname the article
  // knows, follows the subject words[0, at): "… frontman Alex Kapranos" (not "… accused Mr Blair", nor an
  // apposition after a comma: "Ana Ruiz, a Carrier worker")
  private static boolean personAfterWord(AttributionContext ctx, List<Words.Word> words, int at) {
    if (at == 0 || at + 1 >= words.size() || words.get(at - 1).stops() || !words.get(at).lowerCase()
        || words.get(at).stops()) {
      return false;
    }
    String w = words.get(at).lower();
    if (Cues.verbLike(w) || w.endsWith("s") || AttributionWords.IRREGULAR_PAST.contains(w)) {
      return false; // a verb: "Dr Fox accused Mr Blair", "Ana Ruiz told Tom Cole"
    }
    int end = at + 1;
    while (end < words.size() && end - at <= 4 && Character.isUpperCase(words.get(end).first())) {
      end++;
    }
    return end > at + 1 && ctx.people.knowsSurname(words.get(end - 1).core());
  }

  /**
   * The body or group the pronoun's own sentence opens with, when "it" or "they" inside it agrees in number
   * ("Delta has declined to say more about what it calls …", "Dock workers have rejected what they call …"):
   * a body's name the recognizer found, or a description headed by a source's noun that is no single person
   * ("the ministry", "council officials"). Nearer than the last body quoted; null when the sentence opens
   * with anything else, a person included.
   */
  static Attributed bodySubjectOfSentence(AttributionContext ctx, String pronoun, int block, int offset) {
    String text = ctx.texts.get(block + 1);
    List<Words.Word> words = sentenceBefore(ctx, block, offset);
    if (words == null) {
      return null;
    }
    List<Words.Word> subject = withLetters(leadingSubject(words));
    if (subject.isEmpty() || subject.size() == words.size() || ctx.insideQuote(block, subject.get(0).start())
        || subject.size() == 1 && Names.PRONOUNS.contains(subject.get(0).lower())
        || !ctx.personName(block, subject).isEmpty()) {
      return null;
    }
    String head = subject.get(subject.size() - 1).lower();
    if (AttributionWords.NEWS_MEDIA.contains(head) || anotherCandidate(words, subject.size())) {
      return null; // "Reuters reported that the union had rejected what it called …": the union's words
    }
    FoundNames.Found named = ctx.people.bodyCovering(block, subject.get(0).start(),
        subject.get(subject.size() - 1).end());
    boolean group = named == null && AttributionWords.SOURCE_HEADS.contains(head)
        && !AttributionContext.PERSON_HEADS.contains(head) && !AttributionWords.CHANNEL_NOUNS.contains(head);
    // "it" for one body, "they" for a body or a plural group ("officials"), never "it" for a plural
    boolean plural = NameShapes.plural(head) || head.equals("police") || head.equals("people");
    if (named == null && (!group || plural != pronoun.equals("they"))) {
      return null;
    }
    if (named != null && SpeakerNames.namesPerson(ctx.people, named.form())) {
      return null;
    }
    if (subject.size() > 1 && Names.DETERMINERS.contains(subject.get(0).lower())) {
      subject = subject.subList(1, subject.size()); // as descriptions are named: "ministry", not "the ministry"
    }
    String speaker = named != null && named.form().length() >= Names.join(subject, text).length() ? named.form()
        : Names.join(subject, text);
    return new Attributed(Attribution.builder().speaker(speaker).cue("said").build(), false);
  }

  // Whether a body or group stands between the sentence's subject (its first {@code from} words) and the
  // pronoun: a capitalised word past the first, or a source's noun after a determiner ("after the union"). Then
  // the pronoun may be either's, and the opener is no safer a guess than the last body quoted.
  private static boolean anotherCandidate(List<Words.Word> words, int from) {
    for (int i = from; i < words.size(); i++) {
      Words.Word w = words.get(i);
      if (w.capitalised() && !Names.PRONOUNS.contains(w.lower())
          || i > 0 && Names.DETERMINERS.contains(words.get(i - 1).lower())
              && AttributionWords.SOURCE_HEADS.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject form an object or possessive pronoun is resolved by: "him" and "his" are "he", "her" is "she",
   * "them" and "their" are "they", "its" is "it"; null for any other word.
   */
  static String subjectForm(String lower) {
    return switch (lower) {
      case "him", "his" -> "he";
      case "her" -> "she";
      case "them", "their" -> "they";
      case "its" -> "it";
      default -> null;
    };
  }

  /**
   * The attribution to the one the pronoun {@code w} stands for ({@code subjectForm} the form it is resolved
   * by), with {@code cue} and {@code channel}, mentioned at the pronoun; null when it stands for no one found.
   */
  static Attributed through(AttributionContext ctx, String subjectForm, int block, Words.Word w, String cue,
      Optional<String> channel) {
    Attributed p = ctx.resolvePronoun(subjectForm, block, w.start());
    return p == null ? null : new Attributed(Attribution.builder().speaker(p.attribution().speaker()).cue(cue)
        .channel(channel).mention(Span.of(block, w.start(), w.end())).build(), p.person());
  }

  // The words of the pronoun's sentence before it, when it has at least three within reach ("“…,” he said" has
  // none); null otherwise.
  private static List<Words.Word> sentenceBefore(AttributionContext ctx, int block, int offset) {
    int start = ctx.sentenceStart(block, offset);
    if (offset - start > WINDOW || start >= offset) {
      return null;
    }
    List<Words.Word> words = ctx.words(block, start, offset);
    return words.size() < 3 ? null : words;
  }

  // "Bush went after Trump, refusing to recant remarks when he called him …", "The president denounced what
  // he called …": a pronoun inside a sentence stands for the sentence's subject when that names a person,
  // not for the person named last.
  static Attributed sentenceSubjectBefore(AttributionContext ctx, int block, int offset) {
    String text = ctx.texts.get(block + 1);
    List<Words.Word> words = sentenceBefore(ctx, block, offset);
    if (words == null) {
      return null;
    }
    List<Words.Word> subject = leadingSubject(words);
    if (subject.isEmpty() || subject.size() == words.size() || ctx.insideQuote(block, subject.get(0).start())) {
      return null;
    }
    List<Words.Word> name = ctx.personName(block, subject);
    if (!name.isEmpty()) {
      String speaker = ctx.people.fullestAt(Names.join(name, text), block, name.get(0).start(),
          name.get(name.size() - 1).end());
      return new Attributed(Attribution.builder().speaker(speaker).cue("said").build(), true);
    }
    if (AttributionContext.personDescription(subject)) {
      String speaker = ctx.describe(subject, block, text).text();
      return speaker.isBlank() ? null : new Attributed(Attribution.builder().speaker(speaker).cue("said").build(), true);
    }
    return null;
  }
}
