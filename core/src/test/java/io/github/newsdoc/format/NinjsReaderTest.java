package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.PublicationTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading ninjs: newsdoc's own items, items written elsewhere, and broken ones. */
class NinjsReaderTest {
  @Test
  void readsItsOwnItemBackWithoutTheBoilerplate() {
    Article a = Samples.article();
    Article back = NinjsReader.read(NinjsWriter.standard().write(a));
    assertEquals(a.withBoilerplate(), back);
    assertEquals(List.of(), back.boilerplate());
  }

  @Test
  void readsAnItemWithoutAnnotationsFromTheNinjsFields() {
    String item = "{\"uri\":\"urn:x:1\",\"type\":\"text\",\"firstCreated\":\"2026-03-02T09:15:00.250+01:00\","
        + "\"by\":\"Jo Park and Lee Moss\",\"located\":\"Kestrel Bay\","
        + "\"headlines\":[{\"value\":\"Port reopens\"}],"
        + "\"bodies\":[{\"contentType\":\"text/html\",\"value\":\"<p>x</p>\"},"
        + "{\"contentType\":\"text/plain\",\"value\":\"Ships sail.\\n\\nCranes move.\"}],"
        + "\"subjects\":[{\"name\":\"Shipping\"}],"
        + "\"infoSources\":[{\"name\":\"Coast Wire\",\"role\":\"dateline\"},{\"name\":\"AP\"}],"
        + "\"associations\":[{\"name\":\"p\",\"uri\":\"urn:x:2\",\"type\":\"picture\","
        + "\"descriptions\":[{\"value\":\"The quay.\"}],\"by\":\"Jo Park\"}]}";
    Article a = NinjsReader.read(item);
    assertEquals("Port reopens", a.title());
    assertEquals(Optional.of(PublicationTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(9, 15),
        ZoneOffset.ofHours(1))), a.published());
    assertEquals(List.of(Byline.of("Jo Park and Lee Moss", Optional.empty())), a.bylines());
    assertEquals(Optional.of(Dateline.of("Kestrel Bay", Optional.of("Coast Wire"))), a.dateline());
    assertEquals(List.of("Ships sail.", "Cranes move.", "The quay."),
        a.blocks().stream().map(b -> b.text()).collect(java.util.stream.Collectors.toList()));
    assertEquals(Optional.of("Jo Park"), a.captions().get(0).credit());
    assertEquals(List.of("Shipping"), a.tags());
    assertEquals(List.of("AP"), a.credits());
  }

  @Test
  void brokenItemsSayWhere() {
    assertTrue(assertThrows(NinjsException.class, () -> NinjsReader.read("{")).getMessage()
        .startsWith("at $: not JSON: Unexpected end-of-input"));
    assertEquals("at $: must be an object", assertThrows(NinjsException.class, () -> NinjsReader.read("[]"))
        .getMessage());
    NinjsException e = assertThrows(NinjsException.class,
        () -> NinjsReader.read("{\"uri\":\"urn:x\",\"headlines\":[{\"value\":5}]}"));
    assertEquals("$.headlines[0].value", e.path());
    assertEquals("at $.headlines[0].value: must be a string, but was NUMBER", e.getMessage());
    assertEquals("at $.firstCreated: not an RFC 3339 date-time: '2026-03-02'", assertThrows(NinjsException.class,
        () -> NinjsReader.read("{\"uri\":\"urn:x\",\"firstCreated\":\"2026-03-02\"}")).getMessage());
    assertThrows(NinjsException.class, () -> NinjsReader.read("{\"uri\":\"urn:x\",\"descriptions\":[{\"role\":"
        + "\"newsdoc:annotations\",\"value\":\"{\\\"quotes\\\":[{\\\"text\\\":\\\"a\\\",\\\"start\\\":{\\\"block\\\":4,"
        + "\\\"offset\\\":0},\\\"end\\\":{\\\"block\\\":4,\\\"offset\\\":1}}]}\"}]}"));
    assertThrows(NullPointerException.class, () -> NinjsReader.read(null));
  }
}
