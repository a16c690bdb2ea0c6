package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.Span;
import io.github.newsdoc.parser.testing.TextGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** People, organisations and places: recognition, one entity per referent, titles, mentions, links. */
class EntitiesTest {

  static Article parse(String... paragraphs) {
    return Newsdoc.parse("Council meets on the budget\n\n" + String.join("\n\n", paragraphs) + "\n");
  }

  static Entity named(Article a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
  }

  @Test
  void aPersonIsOneEntityUnderSurnameAndTransliteration() {
    Article a = parse("Belarusian President Alexander Lukashenko spoke on Monday.",
        "Lukashenko said the border was calm.", "Alyaksandr Lukashenka later repeated it.");
    Entity e = named(a, "Alexander Lukashenko");
    assertEquals(EntityType.PERSON, e.type());
    assertEquals(List.of("President"), e.titles());
    assertEquals(Set.of("Lukashenko", "Alyaksandr Lukashenka"), new HashSet<>(e.aliases()));
    assertEquals(3, e.mentions().size());
    assertEquals(1, a.entities().stream().filter(x -> x.type().equals(EntityType.PERSON)).count());
  }

  @Test
  void titlesAreSplitAtTheirHeadWords() {
    Entity e = named(parse("Defense Minister Major General Viktor Khrenin visited the base."), "Viktor Khrenin");
    assertEquals(List.of("Defense Minister", "Major General"), e.titles());
  }

  @Test
  void twoFirstNamesJoinedByAHyphenAreAFirstName() {
    // "Eva-Marie", "Jean-Claude": the name starts there, and its family name alone is the same person
    Article a = parse("Actor Jean-Claude Orvel and lawyer Eva-Marie Lindqvist arrived.",
        "Orvel spoke first. Head of Regional Planning Anne-Sophie Reyes said the road would open.");
    assertEquals(List.of("Orvel"), named(a, "Jean-Claude Orvel").aliases());
    assertEquals(EntityType.PERSON, named(a, "Eva-Marie Lindqvist").type());
    assertEquals(EntityType.PERSON, named(a, "Anne-Sophie Reyes").type());
    // a hyphenated family name is no first name: the person is one name, said by the whole of it
    Article b = parse("Composer Andrew Lloyd-Webber arrived.", "Lloyd-Webber spoke first.");
    assertEquals(List.of("Lloyd-Webber"), named(b, "Andrew Lloyd-Webber").aliases());
  }

  @Test
  void theBodyATitleServesIsNoPartOfTheNameAfterIt() {
    Article a = parse("Deputy Director of Public Prosecution Anna Persson closed the case.",
        "Minister for Rural Affairs Eva-Marie Lind agreed.", "Ms Persson said: \"The case is closed.\"");
    assertEquals(EntityType.PERSON, named(a, "Anna Persson").type());
    assertEquals(EntityType.PERSON, named(a, "Eva-Marie Lind").type());
    assertEquals("Anna Persson", a.quotes().get(0).attribution().orElseThrow().speaker());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Public") || e.name().startsWith("Rural")),
        a.entities().toString());
  }

  @Test
  void anAcronymJoinsTheNameTheTextTiesItTo() {
    Article a = parse("The Institute for the Study of War (ISW) published a report.", "ISW said the drills were large.");
    Entity e = named(a, "Institute for the Study of War");
    assertEquals(EntityType.ORGANIZATION, e.type());
    assertEquals(List.of("ISW"), e.aliases());
  }

  @Test
  void gazetteersKnowPlacesOrganisationsAndOtherNames() {
    Article a = parse("NATO ministers met in Brussels with the U.S. envoy.",
        "The North Atlantic Treaty Organization said the United States agreed.");
    assertEquals(EntityType.ORGANIZATION, named(a, "North Atlantic Treaty Organization").type());
    assertEquals(List.of("NATO"), named(a, "North Atlantic Treaty Organization").aliases());
    assertEquals(EntityType.LOCATION, named(a, "Brussels").type());
    assertEquals(List.of("U.S."), named(a, "United States").aliases());
  }

  @Test
  void attributionsPointAtTheirSpeakersEntity() {
    Article a = parse("Foreign Minister Ines Cole met the unions.", "\"We will stay,\" Cole said.");
    Entity cole = named(a, "Ines Cole");
    assertEquals(Optional.of(cole.id()), a.quotes().get(0).attribution().orElseThrow().entity());
  }

  @Test
  void aRecognizerOfOurOwnCanBePluggedIn() {
    EntityRecognizer events = text -> {
      int i = text.indexOf("Harbour Festival");
      return i < 0 ? List.of() : List.of(new EntityRecognizer.Mention(i, i + 16, EntityType.of("EVENT")));
    };
    Article a = ArticleParser.builder().entityRecognizer(events).build()
        .parse("Town news\n\nThe Harbour Festival opens today. Harbour Festival tickets sold out.\n");
    assertEquals(1, a.entities().size());
    assertEquals(EntityType.of("EVENT"), a.entities().get(0).type());
    assertEquals(1, a.entities().get(0).mentions().size(), "only the recognizer's first mention in each text");
    Article none = ArticleParser.builder().entities(false).build().parse("Town news\n\nNATO met in Brussels.\n");
    assertEquals(List.of(), none.entities());
  }

  @Test
  void badMentionsFromARecognizerAreDropped() {
    EntityRecognizer sloppy = text -> List.of(new EntityRecognizer.Mention(0, text.length() + 5, EntityType.PERSON),
        new EntityRecognizer.Mention(0, 1, EntityType.PERSON), new EntityRecognizer.Mention(0, 2, EntityType.PERSON));
    Article a = ArticleParser.builder().entityRecognizer(sloppy).build().parse("Ab cd\n\n  x\n");
    a.entities().forEach(e -> e.mentions().forEach(m -> assertTrue(m.end() <= a.textOf(m.block()).length())));
  }

  @Test
  void aSurnameAloneDoesNotOverlapAMentionInsideItsWord() {
    // the recognizer names "MITH" inside "SMITH"; the surname pass must not lay "SMITH" over it
    EntityRecognizer inside = text -> {
      int i = text.indexOf("Ann SMITH");
      int j = text.indexOf("Then SMITH");
      return i >= 0 ? List.of(new EntityRecognizer.Mention(i, i + 9, EntityType.PERSON))
          : j >= 0 ? List.of(new EntityRecognizer.Mention(j + 6, j + 10, EntityType.ORGANIZATION)) : List.of();
    };
    Article a = ArticleParser.builder().entityRecognizer(inside).build()
        .parse("A title\n\nAnn SMITH spoke.\n\nThen SMITH left.\n");
    assertEquals(List.of(Span.of(0, 0, 9)), named(a, "Ann SMITH").mentions());
    assertEquals(List.of(Span.of(1, 6, 10)), named(a, "MITH").mentions());
  }

  @Test
  void everyMentionHoldsANameOfItsEntityAndNamesAreUnique() {
    qt().withExamples(1_000)
        .forAll(Generate.oneOf(TextGenerators.messyTexts(), TextGenerators.canonicalArticles().map(Newsdoc::write)))
        .checkAssert(t -> {
          Article a = Newsdoc.parse(t);
          Set<String> names = new HashSet<>();
          for (Entity e : a.entities()) {
            assertTrue(names.add(e.name()), "two entities named " + e.name());
            Set<String> forms = new HashSet<>(e.aliases());
            forms.add(e.name());
            for (Span m : e.mentions()) {
              String said = a.textOf(m).replaceAll("\\s+", " ");
              assertTrue(forms.contains(said), said + " is not a name of " + e);
            }
          }
          Set<String> ids = a.entities().stream().map(Entity::id).collect(Collectors.toSet());
          a.quotes().forEach(q -> q.attribution().flatMap(x -> x.entity()).ifPresent(id -> assertTrue(ids.contains(id))));
        });
  }
  static Optional<Entity> find(Article a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
  }

  @Test
  void aFirstNameBeforeAPlaceNameIsAPerson() {
    Article a = parse("Chad Morrow arrived in Lisbon on Tuesday.", "Chad has refused to send troops.");
    assertEquals(EntityType.PERSON, named(a, "Chad Morrow").type());
    assertEquals(EntityType.LOCATION, named(a, "Lisbon").type());
  }

  @Test
  void middleInitialsStayInsideTheName() {
    Article a = parse("The plan was drafted by Edwin J. Harlow and G.K. Pellam, officials said.");
    assertEquals(EntityType.PERSON, named(a, "Edwin J. Harlow").type());
    assertEquals(EntityType.PERSON, named(a, "G.K. Pellam").type());
  }

  @Test
  void unknownSingleNamesNeedContextOrRepetition() {
    Article a = parse("The plant in Obersteig will close, and Veltrax will move the jobs.",
        "Its rival praised the Settlement once. Shares in Veltrax fell.");
    assertEquals(EntityType.LOCATION, named(a, "Obersteig").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Veltrax").type());
    assertTrue(find(a, "Settlement").isEmpty(), a.entities().toString());
  }

  @Test
  void partyTagsAndStateAbbreviationsAreStates() {
    Article a = parse("Sen. Dana Whitlow (R-Texas) spoke in Fresno, Calif., with Rep. Amos Ferrand (D-NY).");
    assertEquals(EntityType.LOCATION, named(a, "Texas").type());
    assertEquals(EntityType.LOCATION, named(a, "Calif.").type());
    assertEquals(EntityType.LOCATION, named(a, "NY").type());
    assertEquals(EntityType.PERSON, named(a, "Dana Whitlow").type());
  }

  @Test
  void anAcronymOfANamesInitialsAndAFirstNameAloneJoinTheirEntities() {
    Article a = parse("The Northern Grain Cooperative Association met Maria Quent in Bristol.",
        "The NGCA said Maria had been a member for years.");
    assertEquals(List.of("NGCA"), named(a, "Northern Grain Cooperative Association").aliases());
    assertEquals(List.of("Maria"), named(a, "Maria Quent").aliases());
  }

  @Test
  void aFirstNameAloneNamesTheOnePersonOfThatFirstNameIntroducedBeforeIt() {
    Article a = parse("Senator Maria Quent spoke first.", "\"I will help Maria,\" the governor said.",
        "Later Maria Dovell, a farmer, asked a question.", "Then I saw Maria leave.");
    assertEquals(List.of("Maria"), named(a, "Maria Quent").aliases());
    // once two people of that first name are introduced, it names neither: the last "Maria" stays apart
    assertEquals(List.of(), named(a, "Maria Dovell").aliases());
    assertEquals(2, named(a, "Maria Quent").mentions().size(), named(a, "Maria Quent").mentions().toString());
    assertEquals(1, named(a, "Maria Dovell").mentions().size(), named(a, "Maria Dovell").mentions().toString());
  }

  @Test
  void titleCaseHeadlineWordsBeforeABodyNameAreCut() {
    Article a = Newsdoc.parse("Cheerful Quent Wins The Harbour Vote\n\nMarisol Quent won the vote in Bristol.\n");
    assertTrue(find(a, "Cheerful Quent").isEmpty(), a.entities().toString());
    assertEquals(1, named(a, "Marisol Quent").mentions().stream().filter(m -> m.block() == Position.TITLE).count());
  }

  @Test
  void aTranscriptLabelIsTheSpeakersSurname() {
    Article a = parse("Moderator Tova Grant asked the first question.", "GRANT: Where were you that night?");
    assertEquals(List.of("GRANT"), named(a, "Tova Grant").aliases());
  }

  @Test
  void aSurnameIsThePersonNotTheCityOfThatName() {
    Article a = parse("Coach Dora Hamilton praised the team.", "Hamilton said the season was long.");
    assertEquals(EntityType.PERSON, named(a, "Dora Hamilton").type());
    assertTrue(find(a, "Hamilton").map(e -> e.type().equals(EntityType.PERSON)).orElse(true), a.entities().toString());
  }

  @Test
  void theWestIsARegionAndKnownCompaniesAreOrganisations() {
    Article a = parse("Relations with the West cooled after Google and Toyota left the market.");
    assertEquals(EntityType.LOCATION, named(a, "West").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Google").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Toyota").type());
  }

  @Test
  void aPlaceNameAfterAnHonorificIsAPerson() {
    Article a = parse("The estate once belonged to Lord Melbourne, the papers show.");
    assertEquals(EntityType.PERSON, named(a, "Melbourne").type());
  }

  @Test
  void aPlacesAcronymIsNotTakenForTheInitialsOfAnOrganisation() {
    Article a = parse("The Union State drills worried the US.", "Officials in the United States and the U.S. Navy watched.");
    Entity us = named(a, "United States");
    assertEquals(EntityType.LOCATION, us.type());
    assertTrue(us.aliases().contains("US"), a.entities().toString());
    assertEquals(List.of(), named(a, "Union State").aliases());
  }

  @Test
  void aGazetteerNameIsWholeThoughItHoldsAHyphenatedWordInLowerCase() {
    Article a = parse("Observers from the Organization for Security and Co-operation in Europe counted the votes.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Organization for Security and Co-operation in Europe").type());
    assertTrue(find(a, "Europe").isEmpty(), a.entities().toString());
  }

  @Test
  void twoUnknownWordsAfterTheOrInABusinessContextAreNoPerson() {
    Article a = parse("The Harbour Gazette said the Northern Circuit ruled on Monday.",
        "An analyst at Morgan Quill said Varden Pike shares fell.",
        "Members of the Royal Family joined the Tovin Marsh case's lawyers, and Tovin Marsh spoke.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Northern Circuit").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Morgan Quill").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Varden Pike").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Royal Family").type());
    // "the … case": a name before a noun may well be a person's
    assertEquals(EntityType.PERSON, named(a, "Tovin Marsh").type());
  }

  @Test
  void aRunOfUnknownWordsOpenedByRiverIsAPlace() {
    Article a = parse("Troops camped on the far bank of the River Oskel overnight.");
    assertEquals(EntityType.LOCATION, named(a, "River Oskel").type());
  }

  @Test
  void andAfterAPlaceInANameEndsIt() {
    Article a = parse("The Farmers Union of Ohio and Grenlow Partners sued the state.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Farmers Union of Ohio").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Grenlow Partners").type());
  }

  @Test
  void namesJoinedByASlashOrByAHyphenBetweenKnownBodiesAreCutApart() {
    Article a = parse("A Washington Post-Harbour News poll and a CNN/QRT survey agreed with Tessen/Marlow Research.",
        "Trade across Asia-Pacific grew, Rolls-Royce said.");
    for (String n : List.of("Washington Post", "Harbour News", "CNN", "Marlow Research")) {
      assertEquals(EntityType.ORGANIZATION, named(a, n).type(), n);
    }
    // an unknown acronym with no evidence of a body around it is no entity (OrganisationTyping), nor part of one
    assertTrue(find(a, "CNN/QRT").isEmpty() && find(a, "QRT").isEmpty(), a.entities().toString());
    assertEquals(EntityType.LOCATION, named(a, "Asia-Pacific").type());
    assertTrue(find(a, "Pacific").isEmpty() && find(a, "Royce").isEmpty(), a.entities().toString());
  }

  @Test
  void aPartyTagEndsANameAndAnUpperCasePossessiveIsNoPartOfIt() {
    Article a = parse("Sen. Dana Whitlow R-Texas said so.", "NATO'S envoy met the NATO staff.");
    assertEquals(EntityType.PERSON, named(a, "Dana Whitlow").type());
    assertEquals(EntityType.LOCATION, named(a, "Texas").type());
    assertEquals(2, named(a, "NATO").mentions().size(), a.entities().toString());
  }

  @Test
  void aRoleOfAPersonIsNoBusinessContextAndInBeforeAPlaceEndsAName() {
    Article a = parse("Ulla Brent, chairman of Tovin Marsh's campaign, spoke.",
        "Analysts at the Orvel Danes Center in Lisbon agreed.");
    assertEquals(EntityType.PERSON, named(a, "Tovin Marsh").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Orvel Danes Center").type());
    assertEquals(EntityType.LOCATION, named(a, "Lisbon").type());
  }

  @Test
  void aPlaceBeforeAKnownPartyNamesItsBranch() {
    Article a = parse("The Kent Labour Party backed the plan.",
        "Ohio Democratic Party Chairman Orvel Tane spoke in Ohio.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Kent Labour Party").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Ohio Democratic Party").type());
    assertTrue(find(a, "Labour Party").isEmpty(), a.entities().toString());
    assertTrue(find(a, "Democratic Party").isEmpty(), a.entities().toString());
  }

  @Test
  void aModalOrBesidesOpeningASentenceIsNoPartOfAName() {
    Article a = parse("Should Ranvik win, Ulla Ranvik will lead. Besides Ranvik, nobody ran.");
    assertTrue(find(a, "Should Ranvik").isEmpty(), a.entities().toString());
    assertTrue(find(a, "Besides Ranvik").isEmpty(), a.entities().toString());
    assertEquals(EntityType.PERSON, named(a, "Ulla Ranvik").type());
  }

  @Test
  void aTitleWordAfterAFirstNameIsASurname() {
    Article a = parse("Jack White sang, and bank governor Ulla King said so. Governor Orvel Major agreed.");
    for (String n : List.of("Jack White", "Ulla King", "Orvel Major")) {
      assertEquals(EntityType.PERSON, named(a, n).type(), n);
    }
  }

  @Test
  void mAndADotBeforeTwoNamesAreInitials() {
    Article a = parse("The delegate M. Orvel Tane said no to the A. Pellam Varden Institute. M. Quent agreed.");
    assertEquals(EntityType.PERSON, named(a, "M. Orvel Tane").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "A. Pellam Varden Institute").type());
    assertEquals(EntityType.PERSON, named(a, "Quent").type());
    Article b = parse("General Counsel Orvel A. Tane wrote to Ulla A. Brent.");
    assertEquals(EntityType.PERSON, named(b, "Orvel A. Tane").type());
    assertEquals(EntityType.PERSON, named(b, "Ulla A. Brent").type());
  }

  @Test
  void titlesBeforeNamesJoinedByAndMakeNoOrganisation() {
    Article a = parse("Energy Secretary Orvel Tane and Culture Secretary Ulla Brent spoke.",
        "Trade and Tourism Secretary Marisol Quent agreed; Tourism rose and Tourism fell.");
    assertEquals(EntityType.PERSON, named(a, "Orvel Tane").type());
    assertEquals(EntityType.PERSON, named(a, "Ulla Brent").type());
    assertEquals(EntityType.PERSON, named(a, "Marisol Quent").type());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Secretary")), a.entities().toString());
  }

  @Test
  void aNicknameInQuotationMarksIsPartOfTheName() {
    Article a = parse("Rep. Orvel C. \"Bud\" Tane opened his yard, and Ulla 'Lulu' Brent spoke.",
        "Tane said the yard was full. Brent agreed.");
    assertEquals(EntityType.PERSON, named(a, "Orvel C. \"Bud\" Tane").type());
    assertEquals(List.of("Tane"), named(a, "Orvel C. \"Bud\" Tane").aliases());
    assertEquals(EntityType.PERSON, named(a, "Ulla 'Lulu' Brent").type());
    // a quoted word after a name is no nickname
    Article b = parse("Marisol Quent said \"Never\" twice.");
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Bud")), a.entities().toString());
    assertTrue(b.entities().stream().noneMatch(e -> e.name().contains("Never")), b.entities().toString());
  }

  @Test
  void aSuffixKeepsItsDot() {
    Article a = parse("The late Harlan P. Vosk Jr. built the mill.", "Tomas Brennick Sr. ran it.");
    assertEquals(EntityType.PERSON, named(a, "Harlan P. Vosk Jr.").type());
    assertEquals(EntityType.PERSON, named(a, "Tomas Brennick Sr.").type());
  }

  @Test
  void aKnownNameBeforeAHyphenAndALowerCaseWordIsAMention() {
    Article a = parse("The Moscow-based firm and a San Francisco-based lab hired GOP-leaning staff.",
        "A Varnetti-based shop opened.");
    assertEquals(EntityType.LOCATION, named(a, "Moscow").type());
    assertEquals(EntityType.LOCATION, named(a, "San Francisco").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "GOP").type());
    assertTrue(find(a, "San").isEmpty() && find(a, "Varnetti").isEmpty(), a.entities().toString());
  }

  @Test
  void initialsInATeamSheetAndPeersTitlesNamePeople() {
    Article a = parse("Harbour: C Paterson; S Orlando, A Quent, KP Brennick; D Vosk.",
        "Lord Tane of Wexcombe and Baroness Brent of Tallowford spoke against it.");
    for (String n : List.of("C Paterson", "S Orlando", "A Quent", "KP Brennick", "D Vosk",
        "Tane of Wexcombe", "Brent of Tallowford")) {
      assertEquals(EntityType.PERSON, named(a, n).type(), n);
    }
    assertTrue(find(a, "Orlando").isEmpty() && find(a, "Wexcombe").isEmpty(), a.entities().toString());
    // the article "A" before a name in prose is no initial
    Article b = parse("A Reuters poll said so.");
    assertTrue(b.entities().stream().noneMatch(e -> e.name().startsWith("A ")), b.entities().toString());
  }

  @Test
  void aWordOpeningTheSentenceBeforeAKnownSurnameIsNoPartOfTheName() {
    Article a = parse("Ulla Brent sang at the gala.", "Brent said she was proud.", "Singer Brent then left.");
    assertEquals(1, a.entities().size(), a.entities().toString());
    assertEquals(3, named(a, "Ulla Brent").mentions().size());
  }

  @Test
  void aKnownPlaceAndAPluralOrALandmarkAfterItAreOneName() {
    Article a = parse("He owns the Boston Harriers and moved to Stamford Bridge.", "Boston is quiet.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Boston Harriers").type());
    assertEquals(EntityType.LOCATION, named(a, "Stamford Bridge").type());
    assertEquals(EntityType.LOCATION, named(a, "Boston").type());
    assertEquals(1, named(a, "Boston").mentions().size());
  }

  @Test
  void artsBodiesAndAKnownBodysChannelAreOrganisations() {
    Article a = parse("She sang with the Tallowford Philharmonic at the Corvetta Opera House.",
        "Then she told BBC Sport that the Varnetti Conservatory had trained her.");
    for (String n : List.of("Tallowford Philharmonic", "Corvetta Opera House", "BBC Sport", "Varnetti Conservatory")) {
      assertEquals(EntityType.ORGANIZATION, named(a, n).type(), n);
    }
    assertTrue(find(a, "Sport").isEmpty() && find(a, "BBC").isEmpty(), a.entities().toString());
  }
}
