package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list of well-known organisations read after {@code organizations.txt}. */
class KnownOrganisationsTest {
  private static List<String[]> entries() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Gazetteer.class.getResourceAsStream(
        "/io/github/newsdoc/parser/gazetteer/organizations-known.txt"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(2, f.length, "line " + n + ": two fields, name and canonical name: " + line);
        assertEquals(f[0].strip(), f[0], "line " + n + ": spaces around the name");
        assertEquals(f[1].strip(), f[1], "line " + n + ": spaces around the canonical name");
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void everyNameIsKnownAsAnOrganisationAndNoneAsAPlace() throws IOException {
    List<String[]> entries = entries();
    assertTrue(entries.size() > 3000, "entries: " + entries.size());
    for (String[] e : entries) {
      assertNotNull(Gazetteer.INSTANCE.organisation(e[0]), e[0]);
      assertNull(Gazetteer.INSTANCE.place(e[0]), e[0] + " is a place too");
    }
  }

  @Test
  void noNameStandsForTwoOrganisations() throws IOException {
    Map<String, String> seen = new HashMap<>();
    for (String[] e : entries()) {
      String before = seen.put(Gazetteer.key(e[0]), e[1]);
      assertTrue(before == null || before.equals(e[1]), e[0] + ": " + before + " and " + e[1]);
    }
  }

  @Test
  void theFirstListWinsWhereBothNameOne() {
    assertEquals("British Broadcasting Corporation", Gazetteer.INSTANCE.organisation("BBC"));
  }

  @Test
  void theRecognizerReadsTheListsNames() {
    assertEquals(List.of("Pittsburgh Steelers=ORGANIZATION@gazetteer", "Gannett=ORGANIZATION@gazetteer"),
        RuleFixture.recognized("The Pittsburgh Steelers sued Gannett on Monday."));
  }
}
