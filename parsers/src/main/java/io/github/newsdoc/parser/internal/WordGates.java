package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * Which {@link NameRules#WORD word rules} can apply at a word of a {@link NameRun}, told from cheap facts of
 * the word: its form's record ({@link FormFacts}, one read), its shape, the word before it, and how far its
 * name words go ({@link NameRun#nameEnd}). Each rule has a gate, a set of these facts of which one at least holds
 * wherever the rule applies: a necessary condition read off the rule's {@code tryAt}, never false where the rule
 * would take the word (WordGatesTest checks each against its rule). A run asks only the rules whose gate is
 * open, in their order, so the first rule that takes a word is the same as when every rule is asked; before,
 * each word was asked of 13 of the twenty rules on average, nearly all of which turned it down at once.
 *
 * <p>The facts of the name words are worked out only when the first rule gated by them is reached: the
 * first ten rules do not ask how far the name words go, and the last ten all do.
 */
final class WordGates {
  private WordGates() {}

  /** The word after a peer's honorific: "Lord Nicholls of …" ({@link PeerRule}). */
  static final int AFTER_PEER = 1;
  /** A word of one or two characters before more words: an initial, "JP" ({@link InitialsRule}). */
  static final int SHORT = 1 << 1;
  /** The word after an honorific ({@link HonorificNameRule}). */
  static final int AFTER_HONORIFIC = 1 << 2;
  /**
   * The gazetteer may know a name starting with the word: the key is a place's or an organisation's, a longer
   * name starts with it, or a dot follows it ("Calif.") ({@link KnownNames#longest} is 0 otherwise).
   */
  static final int KNOWN = 1 << 3;
  /** {@link #KNOWN}, and more words of the run follow. */
  static final int KNOWN_BEFORE_MORE = 1 << 4;
  /** A demonym ({@link KeyFacts#DEMONYM}) before more words of the run. */
  static final int DEMONYM_BEFORE_MORE = 1 << 5;
  /** A word of a part of a place ({@link KeyFacts#POSITION}) before more words of the run. */
  static final int POSITION_BEFORE_MORE = 1 << 6;
  /** A Romance article ("la", "del") before more words of the run. */
  static final int ROMANCE_BEFORE_MORE = 1 << 7;
  /** An honorific, a title word, a demonym, a connector or a group's word ({@link TitleWordsRule}). */
  static final int TITLE_LIKE = 1 << 8;
  /** Two characters or more, neither of the first two in lower case: maybe an acronym ({@link AcronymRule}). */
  static final int ACRONYM_SHAPE = 1 << 9;
  /** The name words from the word are one word long ({@link NameRun#nameEnd}). */
  static final int ONE_NAME_WORD = 1 << 10;
  /** The name words from the word are two words long or more. */
  static final int NAME_WORDS = 1 << 11;
  /** The name words from the word are three words long or more. */
  static final int THREE_NAME_WORDS = 1 << 12;

  /** The facts of the name words: known only once {@link NameRun#nameEnd} is worked out. */
  static final int OF_NAME_WORDS = ONE_NAME_WORD | NAME_WORDS | THREE_NAME_WORDS;

  // the form lists whose entries are title-like (TitleWordsRule): a bit each in a form's record
  private static final long TITLE_LISTS =
      Names.TITLE_WORDS.member() | Names.DEMONYMS.member() | EntityWords.CONNECTORS.member();

  /** The gate of each rule of {@link NameRules#WORD}, in its order (see {@link #gate}). */
  static final int[] WORD = NameRules.WORD.stream().mapToInt(WordGates::gate).toArray();

  /** The facts one at least of which must hold for word rule {@code rule} to apply. */
  static int gate(NameRule<NameRun> rule) {
    if (rule instanceof PeerRule) {
      return AFTER_PEER;
    } else if (rule instanceof InitialsRule) {
      return SHORT;
    } else if (rule instanceof HonorificNameRule) {
      return AFTER_HONORIFIC;
    } else if (rule instanceof PlaceBranchRule) {
      return KNOWN_BEFORE_MORE | DEMONYM_BEFORE_MORE; // a place, or a demonym, then a body
    } else if (rule instanceof KnownAndMoreRule) {
      return KNOWN_BEFORE_MORE;
    } else if (rule instanceof CompassPlaceRule) {
      return POSITION_BEFORE_MORE;
    } else if (rule instanceof GazetteerRule) {
      return KNOWN;
    } else if (rule instanceof RomanceArticleRule) {
      return ROMANCE_BEFORE_MORE;
    } else if (rule instanceof TitleWordsRule) {
      return TITLE_LIKE;
    } else if (rule instanceof AcronymRule) {
      return ACRONYM_SHAPE;
    } else if (rule instanceof EventOrGroupRule) {
      return ONE_NAME_WORD | NAME_WORDS; // any name words
    } else if (rule instanceof WordsBeforeFirstNameRule) {
      return THREE_NAME_WORDS; // a first name after the first word, and a word after it
    } else if (rule instanceof PlaceByLastWordRule || rule instanceof PersonNameRule
        || rule instanceof CommonPhraseRule || rule instanceof UnknownNamesRule) {
      return NAME_WORDS;
    } else if (rule instanceof TitledSingleRule || rule instanceof TitleJoinRule
        || rule instanceof CompassRegionRule || rule instanceof SingleNameRule) {
      return ONE_NAME_WORD;
    }
    throw new IllegalArgumentException("a word rule without a gate: " + rule.name());
  }

  /** The facts of word p of the run but those of its name words ({@link #OF_NAME_WORDS}). */
  static int of(NameRun r, int p) {
    List<Words.Word> words = r.words;
    Words.Word w = words.get(p);
    boolean more = p + 1 < r.to;
    long record = FormFacts.of(w);
    int facts = (int) (record >>> 32);
    int n = w.length();
    int gates = 0;
    if (p > 0) {
      Words.Word before = words.get(p - 1);
      if (p + 2 < r.to && EntityWords.PEERS.contains(before)) {
        gates |= AFTER_PEER;
      }
      if (Names.HONORIFICS.contains(before)) {
        gates |= AFTER_HONORIFIC;
      }
    }
    if (more && n > 0 && n <= 2) {
      gates |= SHORT;
    }
    if ((facts & (KeyFacts.PLACE | KeyFacts.ORGANISATION)) != 0 || KeyFacts.longest(facts, w) > 1
        || w.trailingLength() > 0 && w.trailingChar(0) == '.') {
      gates |= more ? KNOWN | KNOWN_BEFORE_MORE : KNOWN;
    }
    if (more && (facts & KeyFacts.DEMONYM) != 0) {
      gates |= DEMONYM_BEFORE_MORE;
    }
    if (more && (facts & KeyFacts.POSITION) != 0) {
      gates |= POSITION_BEFORE_MORE;
    }
    if (more && (record & EntityWords.ROMANCE_ARTICLES.member()) != 0) {
      gates |= ROMANCE_BEFORE_MORE;
    }
    if ((record & TITLE_LISTS) != 0 || (facts & (KeyFacts.DEMONYM | KeyFacts.GROUP)) != 0
        || Names.HONORIFICS.contains(w)) {
      gates |= TITLE_LIKE;
    }
    if (n >= 2 && !Character.isLowerCase(w.charAt(0)) && !Character.isLowerCase(w.charAt(1))) {
      gates |= ACRONYM_SHAPE;
    }
    return gates;
  }

  /** The facts of name words {@code length} words long ({@link #OF_NAME_WORDS}). */
  static int ofNameWords(int length) {
    return length == 1 ? ONE_NAME_WORD : length == 2 ? NAME_WORDS : length > 2 ? NAME_WORDS | THREE_NAME_WORDS : 0;
  }
}
