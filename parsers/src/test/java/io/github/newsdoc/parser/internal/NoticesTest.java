package io.github.newsdoc.parser.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Site notices, on invented lines. */
class NoticesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Keep your name and email in this browser for the next time you write a comment.",
      "Please turn on JavaScript to read the comments.",
      "The material on this site may not be reproduced without our written permission.",
      "Sign up for the morning newsletter and get the headlines in your inbox.",
      "Note: comments are held for moderating before they appear.",
      // the site naming itself
      "Share or comment on this article:",
      "This article is protected by copyright; no part of it may be copied.",
      // a quoted title is no one's words
      "Catch up on the week with our politics podcast, \u201cHarbour Talk.\u201d",
      "Il vous reste 60% de cet article \u00e0 lire.",
      // the site's forums, updates and subscriptions; a pair of words ('news alerts')
      "Join our Harbour Forums to keep talking about the ferry and the tides.",
      "Get the latest updates on the ferry route and the new timetable.",
      "Get breaking news alerts from the Coast Herald, delivered weekday mornings.",
      "You have subscribed. Thank you!",
      // the paywall notices of other languages: a subscription word and the reader or the article spoken to
      "Abonnez-vous pour lire toute l'actualité du port sans limite.",
      "Este contenido es exclusivo para suscriptores",
      "Sigue leyendo este artículo con tu suscripción.",
      "Denne artikel er for abonnenter",
      "Assine para continuar lendo este artigo."})
  void notices(String line) {
    assertTrue(Notices.isNotice(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // an interface word but nobody spoken to
      "The council published the comments of 300 residents on its website on Monday.",
      "Le maire du port a résilié l'abonnement de la commune au réseau de chaleur.",
      "El ayuntamiento publicó los comentarios de 300 vecinos.",
      // an article about a subscription's price speaks to its reader too: the pronouns alone make no notice
      "Si vous êtes abonné depuis plus d'un an, votre abonnement augmentera dès février.",
      "Si usted tiene una tarifa regulada, los suscriptores del mercado libre dependerán de su contrato.",
      "Abbonati in calo del dieci per cento in un anno: gli abbonamenti costano di più.",
      // spoken to, but about nothing of the site's
      "You could see the smoke from the harbour, residents said.",
      // someone's words
      "\"We will put every comment on our website,\" the mayor said.",
      "\u201cYou can read every comment on the website,\u201d the mayor said.",
      // an editor's note on the article is the article's
      "Correction: an earlier version of this article gave the wrong date for the vote.",
      "This article has been updated with comments from the council.",
      // 'alerts' alone is a word of many topics, as 'app' is
      "If we lower the threshold, we get more alerts from the sensors.",
      "You can book a seat in the app or at the quay.",
      // a paragraph's width: an article about browsers, not a notice
      "We tested the new browser for two weeks on three laptops and a phone, and you will notice that it"
          + " starts faster than the last version, keeps fewer tabs in memory and asks before it sends any"
          + " report back to the company; the privacy settings are easier to find, and the comments in the"
          + " release notes explain each change in plain words."})
  void notNotices(String line) {
    assertFalse(Notices.isNotice(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Your details are handled under our collection statement.",
      "Thank you for reading this story."})
  void linesInTheSitesVoice(String line) {
    assertTrue(Notices.addressesReader(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The ferry left on time.", "\"You will love it,\" he said."})
  void linesInNoOnesVoice(String line) {
    assertFalse(Notices.addressesReader(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Get the Harbour Monthly at your door. 12 issues for £20. Click here for details.",
      "TAP HERE TO GET THE COAST HERALD APP", "Click below to see the crossings"})
  void callsToClick(String line) {
    assertTrue(Notices.callsToClick(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The mayor told residents to \"click here and there\" on the council pages.",
      "Click the map to see the crossings.", "Here you can click through the timetable."})
  void notCallsToClick(String line) {
    assertFalse(Notices.callsToClick(line), line);
  }
}
