package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list asked by a word's lower-case form answers from the bits kept beside the form as the list itself
 * answers the form, however often and in whatever order the lists are asked, for shared and lone words.
 */
class FormListTest {
  private static final List<String> WORDS = List.of("The", "the", "of", "Of", "Minister", "minister", "Party",
      "party's", "British", "said", "January", "Ana", "and", "PARTY", "Prime", "film", "Radio", "La", "o’neill");
  private static final List<FormList> LISTS = List.of(EntityWords.NOT_NAMES, EntityWords.CONNECTORS,
      EntityWords.ROLES, EntityWords.MONTHS, Names.TITLE_WORDS, Names.ORG_HEADS, Names.DEMONYMS,
      EntityWords.WORK_NOUNS, EntityWords.NUMBERED_HEADS, EntityWords.ROMANCE_ARTICLES);

  @Test
  void theKeptBitsAnswerAsTheListDoes() {
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, LISTS.size() - 1)).ofSizeBetween(1, 20))
        .checkAssert((picks, asks) -> {
          String text = String.join(" ", picks.stream().map(WORDS::get).toList());
          List<Words.Word> shared = new Tokens(List.of(text)).of(0);
          List<Words.Word> alone = Words.of(text, 0, text.length());
          for (int a : asks) {
            FormList list = LISTS.get(a);
            for (List<Words.Word> words : List.of(shared, alone)) {
              for (Words.Word w : words) {
                assertEquals(list.contains(w.lower()), list.contains(w), text + ": " + w);
              }
            }
          }
        });
  }

  // The lists' bits and the gazetteer's facts share one long a form: asking one leaves the other's answer.
  @Test
  void theListsBitsAndTheGazetteersFactsKeepEachOther() {
    List<Words.Word> words = new Tokens(List.of("Paris the Paris party of Paris")).of(0);
    int paris = KeyFacts.of(words.get(0));
    assertTrue(EntityWords.NOT_NAMES.contains(words.get(1)));
    assertFalse(EntityWords.NOT_NAMES.contains(words.get(2)));
    assertTrue(Names.ORG_HEADS.contains(words.get(3)));
    assertEquals(paris, KeyFacts.of(words.get(5)));
    assertTrue((paris & KeyFacts.PLACE) != 0);
    assertFalse(EntityWords.NOT_NAMES.contains(words.get(5)));
    assertTrue(EntityWords.CONNECTORS.contains(words.get(4)));
  }

  @Test
  void aFormIsAnEntryWhateverTheCaseOfTheWord() {
    List<Words.Word> words = new Tokens(List.of("The minister of THE Party Ana")).of(0);
    assertTrue(EntityWords.NOT_NAMES.contains(words.get(0)));
    assertTrue(EntityWords.NOT_NAMES.contains(words.get(3)));
    assertTrue(Names.TITLE_WORDS.contains(words.get(1)));
    assertFalse(Names.TITLE_WORDS.contains(words.get(5)));
    assertFalse(EntityWords.NOT_NAMES.contains(words.get(5)));
    assertTrue(Names.ORG_HEADS.contains(words.get(4)));
    assertTrue(EntityWords.CONNECTORS.contains(words.get(2)));
  }
}
