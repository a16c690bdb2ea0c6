package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccordingToAtEndSieveTest {
  private final AccordingToAtEndSieve sieve = new AccordingToAtEndSieve();

  @Test
  void aFragmentIsTheSourcesThatTheSentenceEndsWith() {
    SieveFixture f = SieveFixture.of("Shoppers",
        "Most shoppers prefer goods labelled \u201cmade at home,\u201d even at a premium, according to the Harbour Institute.");
    f.assertCredits(sieve, 0, "Harbour Institute", "according to");
  }

  @Test
  void aStatementIsOnlyHowANamedSpeakersWordsCameOut() {
    SieveFixture f = SieveFixture.of("Plan",
        "Ana Ruiz said the plan was \u201ca disaster for the town,\u201d on Monday, according to a statement.");
    Attributed a = f.ask(sieve, 0);
    assertEquals("Ana Ruiz", a.attribution().speaker());
    assertEquals("said", a.attribution().cue());
    assertEquals(Optional.of("according to a statement"), a.attribution().channel());
  }

  @Test
  void anAgencyThatRelaysANamedPersonsWordsIsTheChannel() {
    SieveFixture f = SieveFixture.of("Talks",
        "Foreign Minister Ivo Marek said the talks had \u201cfailed completely\u201d, according to the state news agency.");
    Attributed a = f.ask(sieve, 0);
    assertEquals("Ivo Marek", a.attribution().speaker());
    assertEquals(Optional.of("according to the state news agency"), a.attribution().channel());
    assertEquals("Foreign Minister Ivo Marek", f.mention(a));
  }

  @Test
  void aNewsMediumThatRelaysABodysWordsIsTheChannel() {
    SieveFixture f = SieveFixture.of("Convoy",
        "The army said the convoy was \u201cnever in danger\u201d and would go on, according to the state news agency.");
    Attributed a = f.ask(sieve, 0);
    assertEquals("army", a.attribution().speaker());
    assertEquals(Optional.of("according to the state news agency"), a.attribution().channel());
    SieveFixture radio = SieveFixture.of("Bridge",
        "The ministry said the bridge would reopen \u201cwithin days\u201d, according to Radio Varnia.");
    assertEquals("ministry", radio.ask(sieve, 0).attribution().speaker());
  }

  @Test
  void aPollIsASourceOfItsOwnEvenWhenTheSentenceHasASayer() {
    // a group that "says" what a poll measured: the poll is the source, and a word of the media inside a
    // phrase headed by another noun ("a television poll") does not make it a channel
    SieveFixture f = SieveFixture.of("Harbour",
        "Most residents say they want \u201ca quieter harbour\u201d, according to a television poll.");
    assertEquals("television poll", f.ask(sieve, 0).attribution().speaker());
    assertEquals(Optional.empty(), f.ask(sieve, 0).attribution().channel());
  }

  @Test
  void aStatementWithNoSpeakerNamedCreditsNoOne() {
    SieveFixture f = SieveFixture.of("Plan",
        "The plan was called \u201ca disaster for the town\u201d on Monday, according to a statement.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aWholeQuoteIsNotAFragment() {
    SieveFixture f = SieveFixture.of("Port", "She said: \u201cThe port is closed,\u201d according to the Harbour Institute.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aPollANewsOutletRanIsASourceOfItsOwn() {
    // review3: "news" anywhere in the phrase made the poll a relaying medium
    SieveFixture f = SieveFixture.of("Port",
        "The port union said the offer was \u201can insult\u201d, according to a Harbour News poll.");
    assertEquals("Harbour News poll", f.ask(sieve, 0).attribution().speaker());
    SieveFixture radio = SieveFixture.of("Bridge",
        "The ministry said the bridge would reopen \u201cwithin days\u201d, according to Radio Varnia.");
    assertEquals(Optional.of("according to Radio Varnia"), radio.ask(sieve, 0).attribution().channel());
  }
}
