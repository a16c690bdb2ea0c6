package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * The entity recognizer's rules, in the order they are tried. At each capitalised word of a text the {@link
 * #TEXT} rules are tried; when none applies, the run of capitalised words from there is found, the {@link
 * #WHOLE} rules are tried on it, and else it is read as a {@link NameRun}: the {@link #RUN} rules once at its
 * first name word, then the {@link #WORD} rules at each of its words. The first rule that applies wins; a
 * word where no word rule applies is passed over. Last, {@link OrganisationListRule} reads the text's names
 * together.
 */
final class NameRules {
  private NameRules() {}

  /** At a capitalised word of a text. */
  static final List<NameRule<NameScan>> TEXT = List.of(
      new PartyTagRule(),
      new SpeakerLabelRule(),
      new KnownAsWrittenRule(),
      new HyphenatedPrefixRule());

  /** On a whole run of capitalised words, before it is read. */
  static final List<NameRule<NameRun>> WHOLE = List.of(
      new TitleOfWorkRule(),
      new EventShortNameRule(),
      new JoinedNamesRule());

  /** On a run, once, at its first word after the words that open it without being part of a name. */
  static final List<NameRule<NameRun>> RUN = List.of(
      new EventRunRule(),
      new PlaceBeforePlaceRule(),
      new PersonAndNameRule(),
      new PersonOfBodyRule(),
      new NameBeforeKnownRule(),
      new TitleOfBodyRule(),
      new OrganisationHeadRule());

  /** At each word of a run, in turn. */
  static final List<NameRule<NameRun>> WORD = List.of(
      new PeerRule(),
      new InitialsRule(),
      new HonorificNameRule(),
      new PlaceBranchRule(),
      new KnownAndMoreRule(),
      new CompassPlaceRule(),
      new GazetteerRule(),
      new RomanceArticleRule(),
      new TitleWordsRule(),
      new AcronymRule(),
      // the name words from here on: how far they go is worked out once (NameRun.nameEnd)
      new PlaceByLastWordRule(),
      new EventOrGroupRule(),
      new PersonNameRule(),
      new WordsBeforeFirstNameRule(),
      new CommonPhraseRule(),
      new UnknownNamesRule(),
      new TitledSingleRule(),
      new TitleJoinRule(),
      new CompassRegionRule(),
      new SingleNameRule());
}
