package io.github.newsdoc.parser.internal;

import java.util.Set;

/**
 * The attributor's word lists, each a data file under {@code words/attribution} loaded once: verbs of saying
 * and reporting, the nouns that head a source or a channel, the words that open or end a phrase.
 */
final class AttributionWords {
  private AttributionWords() {}

  static final Set<String> CHANNEL_NOUNS = WordList.load("attribution/channel-nouns");

  // What a speaker's own words come out in, unlike a report or a poll that is a source of its own.
  static final Set<String> UTTERANCES = WordList.load("attribution/utterances");

  // Words that name a news medium ("state news agency", "local media", "Radio Varnia"): a medium after
  // "according to" relays a named speaker's words rather than being their source.
  static final Set<String> NEWS_MEDIA = WordList.load("attribution/news-media");

  static final Set<String> TIME_LEADS = WordList.load("attribution/time-leads");

  static final Set<String> SPEECH = WordList.load("attribution/speech-verbs");

  static final Set<String> REPORTING = WordList.load("attribution/reporting-verbs");

  // "points out", "pointed out": a cue of two words, known by its first.
  static final Set<String> POINT = WordList.load("attribution/point-verbs");

  // Cue words that are nouns too: after an article they are ("a rare note of", "the answers").
  static final Set<String> NOUN_FORMS = WordList.load("attribution/cue-nouns");

  static final Set<String> RELATIVES = WordList.load("attribution/relatives");

  static final Set<String> ING_LEADS = WordList.load("attribution/ing-leads");

  static final Set<String> BE = WordList.load("attribution/be");

  static final Set<String> AUXILIARIES = WordList.load("attribution/auxiliaries");

  // Verbs whose past tense does not end in -ed: "Bolton thought", "Trump took aim at".
  static final Set<String> IRREGULAR_PAST = WordList.load("attribution/irregular-past");

  // Nouns that end like adverbs: "the family said" keeps its noun.
  static final Set<String> LY_NOUNS = WordList.load("attribution/ly-nouns");
  static final Set<String> ADVERBS = WordList.load("attribution/adverbs");

  static final Set<String> STOP_AFTER = WordList.load("attribution/phrase-stops");

  static final Set<String> SOURCE_HEADS = WordList.load("attribution/source-heads");

  static final Set<String> LONE_SUBJECTS = WordList.load("attribution/lone-subjects");

  static final Set<String> ARTICLES = WordList.load("attribution/articles");

  static final Set<String> RELATIVE_OPENERS = WordList.load("attribution/relative-openers");

  static final Set<String> PREPOSITIONS = WordList.load("attribution/prepositions");
  static final Set<String> APPOSITION_PREPOSITIONS = WordList.load("attribution/apposition-prepositions");
  // words a noun phrase does not end with, besides the prepositions: "the chief of", "involvement of any"
  static final Set<String> DANGLING = WordList.load("attribution/dangling-words");
  // words that open a clause inside a sentence, besides the relative openers: "the minister who, he claims, …"
  static final Set<String> CLAUSE_OPENERS = WordList.load("attribution/clause-openers");

  static final Set<String> NOT_SUBJECTS = WordList.load("attribution/not-subjects");

  static final Set<String> QUESTION_WORDS = WordList.load("attribution/question-words");

  static final Set<String> TIMES = WordList.load("attribution/time-words");

  static final Set<String> TIME_PREPOSITIONS = WordList.load("attribution/time-prepositions");

  // Words of the labels a headline opens with, capitalised like a name: "Fact Check:", "Watch Live:", "Live
  // Updates:", "Full Text:".
  static final Set<String> HEADLINE_LABELS = WordList.load("attribution/headline-labels");

  static final Set<String> QUANTIFIERS = WordList.load("attribution/quantifiers");

  // Determiners that count the people a description stands for: "one official", "another respondent".
  static final Set<String> COUNTING = WordList.load("attribution/counting-determiners");

  static final Set<String> TIME_UNITS = WordList.load("attribution/time-units");

  static final Set<String> AGO = WordList.load("attribution/time-afters");

  static final Set<String> LEAD_INS = WordList.load("attribution/lead-ins");

  static final Set<String> OPENERS = WordList.load("attribution/openers");
}
