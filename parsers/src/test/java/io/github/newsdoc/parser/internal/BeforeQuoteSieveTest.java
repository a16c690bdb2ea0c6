package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BeforeQuoteSieveTest {
  private final BeforeQuoteSieve sieve = new BeforeQuoteSieve();

  @Test
  void aVerbWithBackSaysAReplyOnlyAtItsClausesEnd() {
    // "she shot back," is the reply's cue, not the clause before it ("accused")
    SieveFixture f = SieveFixture.of("Port", "When Tom Cole accused Ana Ruiz of delay, she shot back, \u201cI stood up"
        + " to the owners.\u201d");
    f.assertCredits(new BeforeQuoteSieve(), 0, "Ana Ruiz", "shot back");
    // "hit back at the plan": what follows says whom, and the words are the one accusing's
    SieveFixture at = SieveFixture.of("Port", "The union hit back at the plan, with its leader Tom Cole accusing"
        + " the owners of a \u201cfraudulent offer\u201d.");
    at.assertCredits(new BeforeQuoteSieve(), 0, "Tom Cole", "accusing");
    // a pair that ends an earlier clause, with another cue after it, is no cue of words
    SieveFixture earlier = SieveFixture.of("Port", "When gunmen opened fire on the convoy, the soldiers shot back, and"
        + " a witness described \u201ctotal chaos on the road.\u201d");
    earlier.assertCredits(new BeforeQuoteSieve(), 0, "witness", "described");
  }

  @Test
  void anAdverbOrAQuantifierThatOpensTheSentenceIsNoSource() {
    // the subject before the cue would be the sentence's first word, capitalised only because it opens it
    SieveFixture adverb = SieveFixture.of("Port", "Hastily politicizing the crash on the pier \u2015 much like he"
        + " did after the fire last year \u2015 Reyes cast the blame on his rivals, and emphasized \u201cthe threat"
        + " to every dock worker\u201d that he saw.");
    Attributed hastily = adverb.ask(sieve, 0);
    assertFalse(hastily != null && hastily.attribution().speaker().equals("Hastily"), String.valueOf(hastily));
    SieveFixture each = SieveFixture.of("Port", "Each strike season brings a threat that dockers make but few"
        + " keep: \u201cIf they win, I am moving to Varna!\u201d");
    Attributed a = each.ask(sieve, 0);
    assertFalse(a != null && a.attribution().speaker().equals("Each"), String.valueOf(a));
    // a name that looks like an adverb speaks when the cue follows it
    SieveFixture scully = SieveFixture.of("Port", "The club called up the flanker Scully on Monday.",
        "Scully said: \u201cIt has been a dream of mine.\u201d");
    scully.assertCredits(sieve, 0, "Scully", "said");
    // a lone subject ("Some", "Another") speaks, capitalised or not
    SieveFixture some = SieveFixture.of("Port", "Some shouted: \u201cWe will stay!\u201d");
    some.assertCredits(sieve, 0, "Some", "shouted");
  }

  @Test
  void theSpeakerAndCueBeforeAColon() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz said: \u201cWe will stay.\u201d");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void aNameClosingTheAppositionOfTheSubjectIsNoSpeaker() {
    // the name between the last commas ends the description of Tom Reed, which holds prepositions
    SieveFixture f = SieveFixture.of("Port", "Tom Reed, the younger brother of heir to the harbour throne, Ivo,"
        + " has told friends that the season was a \u201cgreat success\u201d.");
    f.assertCredits(sieve, 0, "Tom Reed", "told");
    // a description that opens the sentence is no name: the name in apposition to it speaks
    SieveFixture described = SieveFixture.of("Port", "The brother of the heir to the harbour throne, Ivo Marek,"
        + " has told friends that the season was a \u201cgreat success\u201d.");
    described.assertCredits(sieve, 0, "Ivo Marek", "told");
  }

  @Test
  void aPronounWithItsVerbJoinedOnSpeaksAsThePronoun() {
    // "You'll" is "you", the reader, not a name read from its capital
    SieveFixture f = SieveFixture.of("Port",
        "You\u2019ll look at a boat and ask yourself, \u201cWill this ever sail again?\u201d");
    f.assertCredits(sieve, 0, "you", "ask");
    // "I can't" is "I", the person named last
    SieveFixture i = SieveFixture.of("Port", "Ana Ruiz runs the harbour school.",
        "I can\u2019t count how many times I have turned to a friend and said: \u201cLet us go home now.\u201d");
    i.assertCredits(sieve, 0, "Ana Ruiz", "said");
    // "We've" is "we", never the speaker as written
    SieveFixture we = SieveFixture.of("Port", "We\u2019ve taken to calling these berths \u2018slots\u2019, because they fill fast.");
    Attributed slots = we.ask(sieve, 0);
    assertFalse(slots != null && slots.attribution().speaker().startsWith("We"), "speaker We've");
  }

  @Test
  void theReaderIsCreditedWithNoFragment() {
    SieveFixture f = SieveFixture.of("Port", "As you saw in that \u201cquiet\u201d week, the port was empty.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aPersonOfABodyIsTheSpeakerNotTheBody() {
    // the body after "of" only says where the person named before it works
    SieveFixture f = SieveFixture.of("Port",
        "Ben Hodges of the Centre for Coastal Studies said: \u201cThe fleet is gone.\u201d");
    f.assertCredits(sieve, 0, "Ben Hodges", "said");
    SieveFixture g = SieveFixture.of("Port", "Ana Ruiz of Dunmore University said the fleet was \u201cgone for good.\u201d");
    g.assertCredits(sieve, 0, "Ana Ruiz", "said");
    SieveFixture titled = SieveFixture.of("Port", "Professor Ana Ruiz of Dunmore University said: \u201cWe will look.\u201d");
    titled.assertCredits(sieve, 0, "Ana Ruiz", "said");
    // a person inside a longer noun phrase ("a friend of …") is not the one who speaks
    for (String subject : new String[] {"A friend of Maria Lopez from the village", "The lawyer for Tomas Berg at the"
        + " hearing", "Relatives of Ana Ruiz at the vigil"}) {
      SieveFixture inside = SieveFixture.of("Port", subject + " said: \u201cThe fleet is gone.\u201d");
      var a = inside.ask(sieve, 0);
      org.junit.jupiter.api.Assertions.assertTrue(a == null || !a.attribution().speaker().matches(
          "Maria Lopez|Tomas Berg|Ana Ruiz"), subject + " -> " + (a == null ? null : a.attribution().speaker()));
    }
    // a body's own name with "of" in it stays the body's
    SieveFixture body = SieveFixture.of("Port", "The Bank of Dunmore said: \u201cThe fleet is gone.\u201d");
    body.assertCredits(sieve, 0, "Bank of Dunmore", "said");
  }

  @Test
  void aDescriptionForABodyIsTheSourcePastTheBodysApposition() {
    // "a spokesman for X said" credits the spokesman for X, and so does the same with X's apposition
    SieveFixture f = SieveFixture.of("Port",
        "A spokesman for the Harbour Union, the county's biggest union, said after the meeting: \u201cWe are still talking.\u201d");
    f.assertCredits(sieve, 0, "spokesman for the Harbour Union", "said");
  }

  @Test
  void anAdverbBetweenTheSpeakerAndTheCueIsNoPartOfTheSpeaker() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz instead told reporters: \u201cWe will stay.\u201d");
    f.assertCredits(sieve, 0, "Ana Ruiz", "told");
  }

  @Test
  void anOpeningPrepositionalPhraseIsNoSubjectBeforeTheAppositive() {
    SieveFixture f = SieveFixture.of("Port", "In a reflection of the confusion, the Harbour Commission, which sets fares,"
        + " issued a statement warning that \u201cpassengers are entitled to fair prices.\u201d");
    f.assertCredits(sieve, 0, "Harbour Commission", "warning");
    // without the opening phrase, the phrase before the first comma is the subject, as before
    SieveFixture g = SieveFixture.of("Port", "Ana Ruiz, the harbour master, issued a statement warning that"
        + " \u201cpassengers are entitled to fair prices.\u201d");
    g.assertCredits(sieve, 0, "Ana Ruiz", "warning");
  }

  @Test
  void accordingToThenASpeakerCreditsTheSpeakerAndTheRelayIsTheChannel() {
    // "According to Y, X said: "…"": X's words, which Y relayed
    SieveFixture f = SieveFixture.of("Port",
        "According to the Dunmore Gazette, Ana Ruiz said at the pier: \u201cWe will stay open.\u201d");
    Attributed a = f.ask(sieve, 0);
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
    assertEquals("According to the Dunmore Gazette", a.attribution().channel().orElse(""));
    // with no verb of saying of its own after the phrase, the phrase names the source
    SieveFixture alone = SieveFixture.of("Port",
        "According to the Dunmore Gazette, the harbour is now \u201cclosed for good.\u201d");
    alone.assertCredits(sieve, 0, "Dunmore Gazette", "According to");
  }

  @Test
  void accordingToBeforeTheQuote() {
    SieveFixture f = SieveFixture.of("Port", "According to Tom Cole, \u201cthe port is closed for good.\u201d");
    f.assertCredits(sieve, 0, "Tom Cole", "According to"); // the cue as the text writes it
  }

  @Test
  void aVerbOfSayingWinsOverAnEarlierReportingVerb() {
    SieveFixture f = SieveFixture.of("Port", "Tom Cole thanked the crowd and joked, \u201cNext time, bring coffee.\u201d");
    f.assertCredits(sieve, 0, "Tom Cole", "joked");
  }

  @Test
  void aSentenceBeforeTheQuoteIsNotItsClause() {
    SieveFixture f = SieveFixture.of("Port", "The port closed on Monday. \u201cWe will stay.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void anAdverbBetweenCommasAfterTheSubjectIsPassedOver() {
    SieveFixture f = SieveFixture.of("Port", "Harbour Watch, however, says the berths are \u201cbeyond repair.\u201d");
    f.assertCredits(sieve, 0, "Harbour Watch", "says");
  }

  @Test
  void aDescriptionQualifiedByForOrOfIsTheSourceNotTheBodyAfterIt() {
    SieveFixture f = SieveFixture.of("Port", "A spokesman for the harbour board said \u201cwe are looking into it.\u201d");
    f.assertCredits(sieve, 0, "spokesman for the harbour board", "said");
    SieveFixture g = SieveFixture.of("Port", "Lawyers for the dockers said \u201cwe are looking into it.\u201d");
    g.assertCredits(sieve, 0, "Lawyers for the dockers", "said");
  }

  @Test
  void aNameAfterTheDescriptionsPrepositionIsNotTheSpeaker() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz runs the port. A lawyer for Ana Ruiz said \u201cshe will appeal.\u201d");
    f.assertCredits(sieve, 0, "lawyer for Ana Ruiz", "said");
  }

  @Test
  void aTitleWithOfBeforeANameStaysATitle() {
    SieveFixture f = SieveFixture.of("Port", "Yesterday Secretary of State Ana Ruiz said \u201cwe will stay.\u201d");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
    SieveFixture g = SieveFixture.of("Port", "Shadow leader of the House Tom Reyes said \u201cwe will stay.\u201d");
    g.assertCredits(sieve, 0, "Tom Reyes", "said");
  }

  @Test
  void aStatementFromABodyIsNotQualifiedByIt() {
    SieveFixture f = SieveFixture.of("Port", "A statement from the harbour board said \u201cwe are looking into it.\u201d");
    Attributed a = f.ask(sieve, 0);
    String speaker = a == null ? "" : a.attribution().speaker();
    assertFalse(speaker.startsWith("statement"), speaker); // the board's statement: the board speaks
  }

  @Test
  void aLongLeadInBeforeTheSubjectOfAColonSentence() {
    SieveFixture f = SieveFixture.of("Port", "Asked whether the harbour board would take the blame for the week of delays,"
        + " Mr. Oduya shot back: \u201cThat would be a first.\u201d");
    f.assertCredits(sieve, 0, "Mr. Oduya", "shot back");
    SieveFixture g = SieveFixture.of("Port", "When the inspectors finally came to the docks \u2014 and nobody expected them"
        + " \u2014 Ana Ruiz called them on it: \u201cYou are a year late.\u201d");
    g.assertCredits(sieve, 0, "Ana Ruiz", "called");
  }

  @Test
  void anAsideBetweenTheSubjectAndTheVerbOfAColonSentence() {
    SieveFixture f = SieveFixture.of("Port", "The Harbour Commission, in a note to its members on Friday,"
        + " put it more carefully: \u201cFares will be reviewed.\u201d");
    f.assertCredits(sieve, 0, "Harbour Commission", "put it");
    // an aside that a verb does not close is a list, with no speaker
    SieveFixture g = SieveFixture.of("Port", "Ana Ruiz, the harbour master, and the board members on the quay:"
        + " \u201cFares will be reviewed.\u201d");
    assertNull(g.ask(sieve, 0));
  }

  @Test
  void aNameAfterTheDashOfAHeadingLabelsTheQuote() {
    SieveFixture f = SieveFixture.of("Port", "FERRY USERS WANT LOWER FARES AND LONGER HOURS ON THE WEEKEND SERVICES - Ana Ruiz:"
        + " \u201cOur survey shows a clear change in what riders want.\u201d");
    f.assertCredits(sieve, 0, "Ana Ruiz", ":");
  }

  @Test
  void aDescriptionByItsOwnerIsThePersonTheArticleGivesTheRole() {
    // the role given after the description, as a title with the place it serves: "ambassador to Dunmore"
    SieveFixture f = SieveFixture.of("Port", "Valloria\u2019s ambassador warned: \u201cWe will not sit still.\u201d",
        "Valloria\u2019s ambassador to France Ivo Marek spoke on Monday.");
    f.assertCredits(sieve, 0, "Ivo Marek", "warned");
    SieveFixture none = SieveFixture.of("Port", "Valloria\u2019s ambassador warned: \u201cWe will not sit still.\u201d");
    none.assertCredits(sieve, 0, "Valloria\u2019s ambassador", "warned");
  }
}
