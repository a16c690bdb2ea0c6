package io.github.newsdoc.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The speaker is always a mention in the text: a person's name, never an age, a party tag, a nationality, a
 * place that only locates the speaker, the words stuck before a name, or the verbs after it. Checked over generated sentences
 * that put such fragments beside a named speaker, in the forms newsrooms print, the name with or without a
 * middle initial, and beside a sentence glued to it where scraping lost a space (issue 16).
 */
class SpeakerPropertiesTest {
  private static final List<String> FIRST = List.of("Ana", "Tom", "Maria", "Peter", "Olga", "David", "Sarah",
      "Ivan", "Laura", "James");
  private static final List<String> LAST = List.of("Varden", "Okafor", "Lindqvist", "Haslam", "Pryor", "Marek",
      "Castellano", "Brennick", "Osei", "Tarrant");
  // a middle initial, or none: "Ana J. Varden" is one name, never "Ana J"
  private static final List<String> MIDDLE = List.of("", "", "J. ", "R. ", "E. ");
  private static final List<String> PLACES = List.of("Chisinau", "Leeds", "Lyon", "Kharkiv", "Boise", "Gdansk");
  private static final List<String> DEMONYMS = List.of("German", "Belarusian", "French", "Polish", "Kenyan");
  private static final List<String> ROLES = List.of("teacher", "nurse", "farmer", "engineer", "shopkeeper");
  private static final List<String> QUOTES = List.of("We were never asked", "The line will hold",
      "Nothing has changed", "It is a disgrace", "We are ready for this");

  // A sentence that credits a quote to the name, with a fragment beside the name.
  private static final List<String> FORMS = List.of(
      "\"%Q,\" said %N, %A.",
      "%N, %A, said: \"%Q.\"",
      "\"%Q,\" said Sen. %N, R-%P.",
      "\"%Q,\" %N, a %R in %P, said.",
      "\"%Q,\" %D %R %N told reporters.",
      "\"%Q,\" the %D %R %N said on Monday.",
      "\"%Q,\" %N of %P said.",
      "In %P, %N said: \"%Q.\"",
      "\"%Q,\" the former head of the %P Harbour Board %N said.",
      "\"%Q,\" said %N, %A, a %R from %P.",
      "%D %R %N, %A, said: \"%Q.\"",
      "\"%Q,\" said Rep. %N (R-%P).",
      "\"%Q,\" %N, %D, told reporters in %P.",
      "%N has already told reporters: \"%Q.\"",
      "\"%Q,\" %N is quoted as saying.",
      "%D %R %N, %A, has since said: \"%Q.\"",
      // scraped text that lost the space after a sentence's dot: the word before is no part of the name
      "The hearing ended in %P on Thursday.%N said: \"%Q.\"",
      "\"%Q,\" said %N.The council met in %P.",
      // a verb of saying opening the sentence before its subject
      "The hearing ended in %P. Added %N: \"%Q.\"",
      "Stated %N, %A: \"%Q.\"",
      // an age, then a description, in apposition before the cue
      "%N, %A, a %R from %P, said on Monday, \"%Q.\"",
      // a sentence that ends with a colon, with an aside between its subject and its verb
      "%N, in a letter to the %P council on Friday, put it plainly: \"%Q.\"",
      // a role opening the sentence, capitalised, before the name whose surname speaks again
      "The hearing ended in %P. %C %N said: \"%Q.\" %S said the vote was fair.",
      // words after the quote that are no reporting clause: "amid" ends no source that protests
      "%N has said that %P has the \"%Q\" to end %P unrest amid protests.");

  // Names written family name first, the given name two syllables joined by a hyphen: "Kwon Dae-hyuk".
  private static final List<String> FAMILY = List.of("Kwon", "Pyo", "Seo", "Baek", "Jang", "Lee", "Moon");
  private static final List<String> GIVEN = List.of("Dae-hyuk", "Seon-gil", "Min-jae", "Ha-eun", "Tae-yun",
      "Jae-in");
  // A sentence that credits a quote to the family name alone, after the full name was printed.
  private static final List<String> ALONE = List.of("\"%Q,\" %F said.", "%F said: \"%Q.\"",
      "\"%Q,\" %F told reporters in %P.", "In %P, %F said: \"%Q.\"");

  private static Gen<String> pick(List<String> values) {
    return SourceDSL.integers().between(0, values.size() - 1).map(values::get);
  }

  @Test
  void theSpeakerIsTheNameNotAFragmentBesideIt() {
    Gen<String> names = pick(FIRST).zip(pick(MIDDLE), pick(LAST), (f, m, l) -> f + " " + m + l);
    Gen<String[]> parts = names.zip(pick(PLACES), pick(DEMONYMS), (n, p, d) -> new String[] {n, p, d})
        .zip(pick(ROLES), pick(QUOTES), SourceDSL.integers().between(18, 94), pick(FORMS),
            (a, r, q, age, form) -> new String[] {a[0], a[1], a[2], r, q, Integer.toString(age), form});
    qt().withExamples(ParserPropertiesTest.EXAMPLES)
        .forAll(parts)
        .checkAssert(p -> {
          String sentence = p[6].replace("%N", p[0]).replace("%P", p[1]).replace("%D", p[2]).replace("%R", p[3])
              .replace("%Q", p[4]).replace("%A", p[5])
              .replace("%C", Character.toUpperCase(p[3].charAt(0)) + p[3].substring(1))
              .replace("%S", p[0].substring(p[0].lastIndexOf(' ') + 1));
          Article a = Newsdoc.parse("Town hall meeting\n\nResidents met on Monday.\n\n" + sentence + "\n");
          assertEquals(1, a.quotes().size(), sentence);
          Quote q = a.quotes().get(0);
          assertEquals(p[0], q.attribution().map(Attribution::speaker).orElse("-"), sentence);
        });
  }

  @Test
  void aNameWrittenFamilyNameFirstIsTheSpeakerWholeAndByItsFamilyName() {
    Gen<String[]> parts = pick(FAMILY).zip(pick(GIVEN), pick(PLACES), (f, g, p) -> new String[] {f, g, p})
        .zip(pick(QUOTES), pick(FORMS), pick(ALONE), pick(ROLES),
            (a, q, form, alone, r) -> new String[] {a[0], a[0] + " " + a[1], a[2], q, form, alone, r});
    qt().withExamples(ParserPropertiesTest.EXAMPLES)
        .forAll(parts)
        .checkAssert(p -> {
          String whole = p[4].replace("%N", p[1]).replace("%P", p[2]).replace("%D", "Korean").replace("%R", p[6])
              .replace("%Q", p[3]).replace("%A", "52");
          String alone = p[5].replace("%F", p[0]).replace("%P", p[2]).replace("%Q", "They will not stop us");
          Article a = Newsdoc.parse("Town hall meeting\n\nResidents met on Monday.\n\n" + whole + "\n\n" + alone
              + "\n");
          assertEquals(2, a.quotes().size(), whole + " " + alone);
          for (Quote q : a.quotes()) {
            assertEquals(p[1], q.attribution().map(Attribution::speaker).orElse("-"), whole + " " + alone);
          }
        });
  }

  // Descriptions that speak for a body or a person after "for", "of", "at", "from" or "with".
  private static final List<String> HEADS = List.of("spokesman", "spokeswoman", "lawyer", "lawyers", "officials",
      "analysts", "chairman", "director");
  private static final List<String> LINKS = List.of("for", "of", "at", "from", "with");
  private static final List<String> BODIES = List.of("the harbour board", "the Varden Trust", "the dockers' union",
      "the city council", "Osei Holdings");
  // A sentence that credits a quote to "a spokesman for the harbour board", before or after the cue.
  private static final List<String> QUALIFIED = List.of("A %H %L %B said: \"%Q.\"", "\"%Q,\" a %H %L %B said.",
      "\"%Q,\" said a %H %L %B.", "On Monday a %H %L %B told reporters: \"%Q.\"");

  @Test
  void aDescriptionForABodyIsTheSpeakerNeverTheBodyAlone() {
    Gen<String[]> parts = pick(HEADS).zip(pick(LINKS), pick(BODIES), (h, l, b) -> new String[] {h, l, b})
        .zip(pick(QUOTES), pick(QUALIFIED), (a, q, form) -> new String[] {a[0], a[1], a[2], q, form});
    qt().withExamples(ParserPropertiesTest.EXAMPLES)
        .forAll(parts)
        .checkAssert(p -> {
          String sentence = p[4].replace("%H", p[0]).replace("%L", p[1]).replace("%B", p[2]).replace("%Q", p[3]);
          Article a = Newsdoc.parse("Town hall meeting\n\nResidents met on Monday.\n\n" + sentence + "\n");
          assertEquals(1, a.quotes().size(), sentence);
          String speaker = a.quotes().get(0).attribution().map(Attribution::speaker).orElse("-");
          assertEquals(p[0] + " " + p[1] + " " + p[2], speaker, sentence);
        });
  }

  // Owners and the places their envoys serve, known as places so that the name after them stands alone.
  private static final List<String> OWNERS = List.of("Kenya", "Poland", "France", "Japan", "Brazil");
  private static final List<String> SERVED = List.of("Britain", "Germany", "Italy", "Spain");
  private static final List<String> ENVOYS = List.of("ambassador", "envoy", "minister");
  // A sentence that credits a quote to "Kenya's ambassador", the description by its owner.
  private static final List<String> OWNED = List.of("\"%Q,\" %O's %R said.", "%O's %R said: \"%Q.\"",
      "%O's %R warned that \"%Q\".");

  @Test
  void aDescriptionByItsOwnerIsThePersonTheArticleGivesThatRole() {
    Gen<String[]> parts = pick(FIRST).zip(pick(LAST), pick(OWNERS), (f, l, o) -> new String[] {f + " " + l, o})
        .zip(pick(SERVED), pick(ENVOYS), pick(QUOTES), SourceDSL.integers().between(0, 2 * OWNED.size() - 1),
            // the form, and whether the role is given before the quote (even) or after it (odd)
            (a, p, r, q, k) -> new String[] {a[0], a[1], p, r, q, OWNED.get(k / 2), Boolean.toString(k % 2 == 0)});
    qt().withExamples(ParserPropertiesTest.EXAMPLES)
        .forAll(parts)
        .checkAssert(p -> {
          String named = p[1] + "'s " + p[3] + " to " + p[2] + " " + p[0] + " met the envoys on Monday.";
          String quoted = p[5].replace("%O", p[1]).replace("%R", p[3]).replace("%Q", p[4]);
          String body = Boolean.parseBoolean(p[6]) ? named + "\n\n" + quoted : quoted + "\n\n" + named;
          Article a = Newsdoc.parse("Town hall meeting\n\nResidents met on Monday.\n\n" + body + "\n");
          assertEquals(1, a.quotes().size(), body);
          assertEquals(p[0], a.quotes().get(0).attribution().map(Attribution::speaker).orElse("-"), body);
        });
  }
}
