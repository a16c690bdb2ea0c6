package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyBranchTest {
  @Test
  void aPlaceOrADemonymBeforeABodyOfAKindIsItsBranch() {
    // the head noun as written, only in the full name ("FA": Football Association), or first
    NameScan s = scan("the Dorset Labour Party, the Lithuanian FA and the Dorset Department of Justice met.");
    int dorset = at(s, "Dorset");
    assertTrue(BodyBranch.of(s.words, dorset, dorset + 1, at(s, "Party") + 1));
    int lithuanian = at(s, "Lithuanian");
    assertTrue(BodyBranch.of(s.words, lithuanian, lithuanian + 1, lithuanian + 2));
    int department = at(s, "Department");
    assertTrue(BodyBranch.of(s.words, department - 1, department, at(s, "Justice") + 1));
  }

  @Test
  void notBeforeACompanyOrABodyThatSpansCountries() {
    NameScan s = scan("in Dorset Microsoft staff and the Lithuanian EU bid and the Dorset WTO talks.");
    int dorset = at(s, "Dorset");
    assertFalse(BodyBranch.of(s.words, dorset, dorset + 1, dorset + 2));
    int lithuanian = at(s, "Lithuanian");
    assertFalse(BodyBranch.of(s.words, lithuanian, lithuanian + 1, lithuanian + 2));
    int wto = at(s, "WTO");
    assertFalse(BodyBranch.of(s.words, wto - 1, wto, wto + 1));
    // written out, with its head noun, it spans countries all the same
    NameScan full = scan("the Dorset World Trade Organization talks went on.");
    int world = at(full, "World");
    assertFalse(BodyBranch.of(full.words, world - 1, world, at(full, "Organization") + 1));
  }

  @Test
  void notAfterAnUnknownNameOrBeforeAnUnknownBody() {
    NameScan s = scan("the Zorbly Labour Party and the Dorset Zorbly Council met.");
    int zorbly = at(s, "Zorbly");
    assertFalse(BodyBranch.of(s.words, zorbly, zorbly + 1, zorbly + 3));
    int dorset = at(s, "Dorset");
    assertFalse(BodyBranch.of(s.words, dorset, dorset + 1, dorset + 3));
  }
}
