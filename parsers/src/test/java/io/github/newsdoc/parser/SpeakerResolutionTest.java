package io.github.newsdoc.parser;

import static io.github.newsdoc.parser.QuotesTest.only;
import static io.github.newsdoc.parser.QuotesTest.parse;
import static io.github.newsdoc.parser.QuotesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a quote is credited to once its clause is read: the name, not the words beside it; the person a
 * description, an age or a pronoun stands for; the whole name of a body (issue 16).
 */
class SpeakerResolutionTest {
  @Test
  void aDescriptionResolvesToThePersonTheArticleGivesThatRole() {
    Article a = parse("\"The port stays shut,\" said the harbour chief, Ivo Marek, on Monday.",
        "\"We will reopen in May,\" the harbour chief said later.");
    assertEquals(List.of("Ivo Marek", "Ivo Marek"), a.quotes().stream().map(QuotesTest::speaker).toList());
    Article b = parse("Ana Ruiz, the guild's president, met the minister.", "\"We are ready,\" the guild president said.");
    assertEquals("Ana Ruiz", speaker(only(b)));
    // the mention stays the description as printed
    Quote q = only(b);
    var m = q.attribution().orElseThrow().mention().orElseThrow();
    assertEquals("the guild president", b.blocks().get(m.block()).text().substring(m.start(), m.end()));
  }

  // An honorific marks a person: "he" after "Chairman Lord Pellow argued …" is Lord Pellow, not the person
  // named in full before him.
  @Test
  void aPronounResolvesToAPersonNamedOnlyWithAnHonorific() {
    Article a = parse("It would be up to Tom Reed and Ivo Marek to decide, the harbour trust said.",
        "Chairman Lord Pellow argued that the vote was a matter \"of public record\". \"The town should decide,\" he said.");
    assertEquals(List.of("Lord Pellow", "Lord Pellow"), a.quotes().stream().map(QuotesTest::speaker).toList());
  }

  // A speaker is an entity: named by one word (an acronym, a surname alone) that the entity is also known by,
  // it is credited under the entity's name; the mention stays the words that credited it.
  @Test
  void aShortFormOfAnEntitysNameIsCreditedUnderTheName() {
    Article a = parse("The Harbour Safety Agency (HSA) inspected the docks on Monday.",
        "\"The cranes are unsafe,\" the HSA said in a statement.");
    Quote q = only(a);
    assertEquals("Harbour Safety Agency", speaker(q));
    var at = q.attribution().orElseThrow();
    assertEquals(a.entities().stream().filter(e -> e.name().equals("Harbour Safety Agency")).findFirst()
        .orElseThrow().id(), at.entity().orElseThrow());
    var m = at.mention().orElseThrow();
    assertEquals("the HSA", a.blocks().get(m.block()).text().substring(m.start(), m.end()));
    // without the entities stage, the speaker is the form the attribution found
    Article quotesOnly = ArticleParser.builder().entities(false).build()
        .parse("Title\n\nThe Harbour Safety Agency (HSA) inspected the docks on Monday.\n\n"
            + "\"The cranes are unsafe,\" the HSA said in a statement.\n");
    assertEquals("HSA", speaker(only(quotesOnly)));
  }

  // A speaker whose words name a person after the head ("a lawyer for Ana Ruiz") is not that person: no entity
  // by the surname; a title with "of" before the name ("Secretary of State") keeps it.
  @Test
  void aPersonNamedAfterTheSpeakersHeadIsNotTheSpeaker() {
    Article a = parse("Ana Ruiz was charged on Monday.", "\"She will plead not guilty,\" a lawyer for Ana Ruiz said.");
    var at = only(a).attribution().orElseThrow();
    assertEquals("lawyer for Ana Ruiz", at.speaker());
    assertEquals(java.util.Optional.empty(), at.entity());
    Article titled = parse("Tom Cole arrived in Dunmore on Monday.", "\"We will sign,\" Secretary of State Tom Cole"
        + " said.");
    assertEquals(titled.entities().stream().filter(e -> e.name().equals("Tom Cole")).findFirst().orElseThrow().id(),
        only(titled).attribution().orElseThrow().entity().orElseThrow());
  }

  // A definite description of a body in lower case stands for the organisation named last whose name holds
  // one of its words; a capitalised "the Green Party" is a name of its own.
  @Test
  void aBodysDescriptionResolvesToTheOrganisationThatFitsIt() {
    Article a = parse("Harbour Lift Productions denied the report on Monday.",
        "\"We made no such deal,\" the production company said in a statement.");
    assertEquals("Harbour Lift Productions", speaker(only(a)));
    Article b = parse("The Coastal Party met on Monday.", "\"We will stand in every seat,\" the Green Party said.");
    assertEquals("Green Party", speaker(only(b)));
    Article c = parse("The Coastal Party met on Monday.", "\"We will stand in every seat,\" the agency said.");
    assertEquals("agency", speaker(only(c)));
  }

  @Test
  void theSpeakerIsTheNameNotTheWordsStuckBeforeIt() {
    Article a = parse("\"Nothing has changed,\" the former head of Harbour Army Europe Ben Hollis said on Tuesday.");
    assertEquals("Ben Hollis", speaker(only(a)));
  }

  @Test
  void aPronounResolvesToAPersonItAgreesWith() {
    Article a = parse("Ana Ruiz backed Tom Cole until he called the plan \"a scam for the rich\".");
    assertEquals("Tom Cole", speaker(only(a)));
    Article b = parse("Ana Ruiz met Tom Cole on Monday.", "\"We are ready,\" she said.");
    assertEquals("Ana Ruiz", speaker(only(b)));
    // with no gender known, gender decides nothing: the subject of the sentence before, a person
    Article c = parse("Kit Varden met Dana Pryor on Monday.", "\"We are ready,\" she said.");
    assertEquals("Kit Varden", speaker(only(c)));
    // and when that subject is no person, the person named last
    Article d = parse("The talks between Kit Varden and Dana Pryor went on until Monday.", "\"We are ready,\" she said.");
    assertEquals("Dana Pryor", speaker(only(d)));
  }

  @Test
  void theSpeakerIsTheWholeNameOfTheBodyNotItsTailOrANoteInParentheses() {
    Article a = parse("The Institute for the Study of Harbours (ISH) said the port was safe.",
        "\"We found no damage,\" it said.");
    assertEquals("Institute for the Study of Harbours", speaker(only(a)));
    Article b = parse("\"We were never asked,\" said Rep. Ana Varden (R-Idaho).");
    assertEquals("Ana Varden", speaker(only(b)));
    Article c = parse("\"We were never asked,\" Ana Varden of Chisinau said.");
    assertEquals("Ana Varden", speaker(only(c)));
  }

  // "it" is the body the sentence before names as its subject, nearer than the last body quoted; words inside
  // that sentence's own quote are never its subject.
  @Test
  void itIsTheBodyTheSentenceBeforeNamesNotTheLastBodyQuoted() {
    Article a = parse("\"The harbour will close by 2030,\" the Quay Gazette reported.",
        "The Institute for the Study of Harbours said the report matched its own research.",
        "\"While we cannot confirm the plan, it is consistent with what we found,\" it said.");
    assertEquals(List.of("Quay Gazette", "Institute for the Study of Harbours"),
        a.quotes().stream().map(QuotesTest::speaker).toList());
    Article b = parse("\"Dunmore is a quiet town with few ships,\" the Quay Gazette wrote.",
        "\"But its harbour should be a call to action,\" it added.");
    assertEquals(List.of("Quay Gazette", "Quay Gazette"), b.quotes().stream().map(QuotesTest::speaker).toList());
  }

  @Test
  void anAgeDescriptionResolvesToThePersonOfThatAgeOrTheOneNamedLast() {
    Article a = parse("Sue Patel, 67, and Tom Reyes were in the car.", "\"I saw nothing,\" the 67-year-old said.");
    assertEquals("Sue Patel", speaker(only(a)));
    Article b = parse("Marta Lindqvist won the final in three sets.", "\"I was so nervous,\" the 20-year-old said.");
    assertEquals("Marta Lindqvist", speaker(only(b)));
  }
}
