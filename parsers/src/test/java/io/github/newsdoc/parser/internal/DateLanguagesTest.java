package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Date lines in the languages of {@code words/date-words.txt} read last (Slovene, Croatian, Serbian, Hungarian,
 * Latvian, Lithuanian, Finnish, Estonian, Galician); every example line is invented.
 */
class DateLanguagesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2. decembra 2026 ob 10.45|2026-12-02T10:45|-",
    "Objavljeno: 2. decembra 2026 ob 10.45|2026-12-02T10:45|-",
    "Posodobljeno: 2. decembra 2026 ob 13.20|-|2026-12-02T13:20",
    "Sreda, 2. 12. 2026|2026-12-02|-",
    "4. prosinca 2026. u 09:15|2026-12-04T09:15|-",
    "Ažurirano: 4. decembra 2026. u 12:40|-|2026-12-04T12:40",
    "Objavljen: 3. novembar 2026. u 18:05|2026-11-03T18:05|-",
    "Publicēts: 2026. gada 2. decembrī|2026-12-02|-",
    "Atjaunots 2. decembrī, 2026, 14:10|-|2026-12-02T14:10",
    "Julkaistu 3. joulukuuta 2026 klo 8.15|2026-12-03T08:15|-",
    "Päivitetty 3.12.2026 klo 10.02|-|2026-12-03T10:02",
    "Venres, 4 de decembro de 2026|2026-12-04|-"})
  void readsTheDateAndTheTime(String line, String published, String updated) {
    PublishedDates.Reading r = PublishedDates.parse(line).orElseThrow(() -> new AssertionError("no date: " + line));
    assertEquals(published, r.published().map(Object::toString).orElse("-"), line);
    assertEquals(updated, r.updated().map(Object::toString).orElse("-"), line);
  }

  // A year with a full stop that ends the line is a sentence's end, no ordinal: no date line.
  @Test
  void aYearThatEndsASentenceMakesNoDateLine() {
    assertEquals(Optional.empty(), PublishedDates.parse("Friday, December 4, 2026."));
  }

  // Croatian 'listopad' is October where Polish and Czech print November: the list keeps the first reading.
  @Test
  void aMonthTwoLanguagesNameApartKeepsItsFirstReading() {
    assertEquals(Optional.of("2026-11-04"), PublishedDates.parse("4 listopada 2026").flatMap(r -> r.published())
        .map(Object::toString));
  }

  // A masthead's date over the page's furniture, a headline between it and the byline: the byline anchors the
  // head, and the headline over it is the title, not the live ticker under the masthead.
  @Test
  void aBylineUnderTheMastheadsDateAnchorsTheHead() {
    String text = "Preskoči na vsebino\n\nNovice\n\nSlovenija\n\nSvet\n\nŠport\n\nVreme\n\nPrijava\n\n"
        + "Sreda, 2. 12. 2026\n\nMaribor 4 °C\n\nV ŽIVO: Seja mestnega sveta o proračunu\n\nNovice\n\nŠtajerska\n\n"
        + "Nasip ob Dravi bo varoval sto hiš v Spodnjih Lokvah\n\nAvtorica: Tjaša Rožanc\n\n"
        + "2. decembra 2026 ob 10.45\n\n"
        + String.join("\n\n", PageExtractorTest.ARTICLE) + "\n\nNovice\n\nŠport\n\nVreme\n\nKontakt\n\nOglaševanje\n";
    Article a = Newsdoc.parse(text);
    assertEquals("Nasip ob Dravi bo varoval sto hiš v Spodnjih Lokvah", a.title());
    assertEquals("Tjaša Rožanc", a.bylines().get(0).name());
  }
}
