package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

/**
 * The word lists the entity rules read, loaded once from {@code words/} (see {@link WordList}). Lists of
 * lower-case words are asked with a word's lower-case form; those marked case-sensitive with its core.
 */
final class EntityWords {
  private EntityWords() {}

  /** Small words that may join capitalised words into one name: "Council on Foreign Relations". */
  static final FormList CONNECTORS = FormList.load("name-connectors");
  /** Capitalised words that start or make no name: function words, pronouns, dates. */
  static final FormList NOT_NAMES = FormList.load("not-name-words");
  /** Last words of an event, a law or a plan, no entity: "the Paris Agreement". */
  static final ImmutableSet<String> EVENT_NOUNS = WordList.load("event-nouns");
  /** Members and believers, not one entity: "Democrats", "Catholics". */
  static final ImmutableSet<String> GROUPS = WordList.load("group-members");
  /** Words before "of" that make the name after it a place: "the town of Shklov". */
  static final ImmutableSet<String> PLACE_NOUNS = WordList.load("place-nouns-before-of");
  /** Lower-case nouns after a single name that make it a place: "the Baltic region". */
  static final ImmutableSet<String> PLACE_NOUNS_AFTER = WordList.load("place-nouns-after-name");
  /** Lower-case roles right before a name make it a person's: "economist Ken Mayland". */
  static final FormList ROLES = FormList.load("roles-before-name");
  static final ImmutableSet<String> DAYS = WordList.load("days");
  static final FormList MONTHS = FormList.load("months");
  /** "the West", "the Midwest". */
  static final ImmutableSet<String> COMPASS = WordList.load("compass-regions");
  /** A capitalised word right after these is a place when nothing else says what it is: "in Dingolfing". */
  static final ImmutableSet<String> LOCATIVE = WordList.load("locative-prepositions");
  /** A run of unknown names starting with these names a place: "Lake Erie", "Fort Worth". */
  static final ImmutableSet<String> UNKNOWN_PLACE_OPENERS = WordList.load("unknown-place-openers");
  /** United States postal codes, case-sensitive: a place only in a party tag ("R-IN"). */
  static final ImmutableSet<String> STATE_CODES = WordList.load("us-state-codes");
  /** Capitals that name no entity, case-sensitive: "CEO", "GDP", "TFL". */
  static final ImmutableSet<String> NOT_ACRONYMS = WordList.load("not-acronyms");
  /** Verbs after a single name that make it a person's: "Kell said". */
  static final ImmutableSet<String> SPEECH = WordList.load("name-speech-verbs");
  /** Nouns before the title of a work: "the show Shark Tank". */
  static final FormList WORK_NOUNS = FormList.load("work-nouns");
  /** Words of grammar that, capitalised inside a sentence, mark a work's title: "a role in The Quiet Marrows". */
  static final ImmutableSet<String> TITLE_OPENERS = WordList.load("title-openers");
  /** Nouns of works that name other things too ("games", "program"): no work before "called", "such as". */
  static final FormList WORK_NOUNS_AMBIGUOUS = FormList.load("work-nouns-ambiguous");
  /** Cardinal numbers written as words, which open or end no person's name: "Five Live", "the Orvel Four". */
  static final ImmutableSet<String> NUMBERS = WordList.load("number-words");
  /** Nouns after a name that make it a product's, a work's or an award's: "the Velora technology". */
  static final ImmutableSet<String> PRODUCTS_AFTER = WordList.load("product-nouns-after-name");
  /** Nouns after a name that make it an event's: "the Harbour Shield exercise". */
  static final ImmutableSet<String> EVENTS_AFTER = WordList.load("event-nouns-after-name");
  /** Words before "at" that make the name after it a business's: "an analyst at …". */
  static final ImmutableSet<String> WORK_AT = WordList.load("work-at-nouns");
  /** Words before "of" or "in" that make the name after it a business's: "shares of …". */
  static final ImmutableSet<String> HOLDING_OF = WordList.load("holding-nouns");
  /** Nouns right after a name that make it a business's: "Cubic Holdings analysts". */
  static final ImmutableSet<String> BUSINESS_AFTER = WordList.load("business-nouns-after-name");
  /** Nouns naming a kind of organisation, right before or after a name: "the network …", "… newspapers". */
  static final ImmutableSet<String> ORGANISATION_KINDS = WordList.load("organisation-kinds");
  /** Head words a number may follow inside a broadcaster's name: "Radio 4", "Channel 4 News". */
  static final FormList NUMBERED_HEADS = FormList.load("numbered-heads");
  /** Verbs after the head of a phrase, not after a modifier: "the Sixth Circuit ruled". */
  static final ImmutableSet<String> VERBS = WordList.load("verbs-after-head");
  /** Honorifics of peers, case-sensitive: "Lord Nicholls of Birkenhead". */
  static final CoreList PEERS = CoreList.load("peer-honorifics");
  /** Romance articles that open names: "La Scala", "El Pais". */
  static final FormList ROMANCE_ARTICLES = FormList.load("romance-articles");
  /** Lower-case particles inside a surname: "Lula da Silva", "von der Leyen". */
  static final ImmutableSet<String> SURNAME_PARTICLES = WordList.load("surname-particles");
  /** Title words that are also common surnames: "Mervyn King". */
  static final ImmutableSet<String> TITLE_SURNAMES = WordList.load("title-surnames");

  /** Whether a (lower-case) word is a month's or a day's name. */
  static boolean dateWord(String lower) {
    return MONTHS.contains(lower) || DAYS.contains(lower);
  }
}
