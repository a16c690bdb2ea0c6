package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTest {
  private static Roles roles(String... texts) {
    return PeopleFixture.of(texts).roles();
  }

  // The words of a description, as a sieve hands them over (without its determiner).
  private static List<Words.Word> words(String description) {
    List<Words.Word> w = Words.of(description, 0, description.length());
    Words.shareLowerCase(w, new LowerForms());
    return w;
  }

  @Test
  void aTitleBeforeTheNameGivesTheRole() {
    Roles r = roles("Border talks", "Harbour leader Ivo Marek met the envoys on Monday.");
    assertEquals("Ivo Marek", r.resolve(words("Harbour leader"), 1, 0));
    assertEquals("Ivo Marek", r.resolve(words("leader"), 1, 0));
  }

  @Test
  void aTitleWithTheBodyOrPlaceItServesBeforeTheNameGivesTheRole() {
    Roles r = roles("Border talks", "Vallorian ambassador to France Ivo Marek met the envoys.",
        "A senior envoy to President Ana Ruiz stayed away.");
    assertEquals("Ivo Marek", r.resolve(words("Vallorian ambassador"), 2, 0));
    // not across a second title: the envoy to President Ana Ruiz is not she
    assertNull(r.resolve(words("senior envoy"), 2, 0));
  }

  @Test
  void anAppositionAfterTheNameGivesTheRole() {
    Roles r = roles("Border talks", "Ana Ruiz, the port's chief engineer, met the envoys.",
        "Ivo Marek, head of the agency, stayed away.");
    assertEquals("Ana Ruiz", r.resolve(words("chief engineer"), 2, 0));
    assertEquals("Ivo Marek", r.resolve(words("head"), 2, 0));
  }

  @Test
  void anAppositionBeforeTheNameGivesTheRole() {
    Roles r = roles("Border talks", "The talks failed, said the Harbour leader, Ivo Marek, on Monday.");
    assertEquals("Ivo Marek", r.resolve(words("Harbour leader"), 0, 0));
  }

  @Test
  void anAppositionBeforeTheNameGivesTheRolePastHonorificsAndWithWhatItServes() {
    Roles r = roles("Town hall", "The Mayor of Lonsdale, the Rt Hon Peter Crane, opened the road.",
        "The road was late, said its chairman, Sir Ian Webb.");
    assertEquals("Peter Crane", r.resolve(words("Mayor"), 2, 0));
    assertEquals("Peter Crane", r.resolve(words("Lonsdale mayor"), 2, 0));
    assertEquals("Ian Webb", r.resolve(words("chairman"), 2, 0));
  }

  @Test
  void aRoleNamedInsideADescriptionOfSomeoneElseIsNotTheNames() {
    // the spokeswoman and the niece are named, not the Bishop nor the Mayor
    Roles r = roles("Town hall", "A spokeswoman for the Bishop of Hexford, Ruth Dale, said the road was late.",
        "The niece of the Mayor of Lonsdale, Ann Webb, was among the protesters.");
    assertNull(r.resolve(words("Bishop"), 2, 0));
    assertNull(r.resolve(words("Mayor"), 2, 0));
  }

  @Test
  void aCommaThatEndsAClauseBeforeATitledNameOpensNoRole() {
    // the name does not close an apposition: the comma ends what was said
    Roles r = roles("Talks", "The four were freed after talks with the government, Mr Straw said on Tuesday.",
        "Damages could be sought from the Harbour Board, Dr Ana Ruiz told the hearing.");
    assertNull(r.resolve(words("government"), 2, 0));
    assertNull(r.resolve(words("Board"), 2, 0));
  }

  @Test
  void aQualifierTheRoleDoesNotHaveFitsNoOne() {
    Roles r = roles("Border talks", "Harbour leader Ivo Marek met the envoys on Monday.");
    assertNull(r.resolve(words("Valley leader"), 1, 0));
    assertNull(r.resolve(words("minister"), 1, 0));
  }

  @Test
  void aViceOrFormerRoleIsAnotherRole() {
    Roles r = roles("Border talks", "Vice President Ivo Marek met the envoys on Monday.");
    assertNull(r.resolve(words("president"), 1, 0));
    assertEquals("Ivo Marek", r.resolve(words("vice president"), 1, 0));
  }

  @Test
  void theRoleGivenLastBeforeTheDescriptionWins() {
    Roles r = roles("Border talks", "Minister Ana Ruiz arrived first.", "Minister Ivo Marek came later.",
        "The minister said no.");
    assertEquals("Ivo Marek", r.resolve(words("minister"), 2, 0));
    assertEquals("Ana Ruiz", r.resolve(words("minister"), 0, 100));
    assertEquals("Ana Ruiz", r.resolve(words("minister"), -1, 0), "before any role: the first given after");
  }

  @Test
  void anAgeAfterTheNameMakesThePersonTheOneOfThatAge() {
    Roles r = roles("Crash", "Sue Patel, 67, was driving home.", "Tom Reyes, 43, stopped to help.");
    assertEquals("Sue Patel", r.resolve(words("67-year-old"), 2, 0));
    assertEquals("Tom Reyes", r.resolve(words("43-year-old man"), 2, 0));
    assertNull(r.resolve(words("50-year-old"), 2, 0));
  }

  @Test
  void anAgeOrAVerbAfterTheNameIsNoRole() {
    Roles r = roles("Border talks", "Ana Ruiz, 67, said the talks failed.", "Ivo Marek, said to be ill, stayed home.");
    assertNull(r.resolve(words("said"), 2, 0));
    assertNull(r.resolve(words("ill"), 2, 0));
  }

  @Test
  void aQualifiedKindOfRoleStandsForAPersonGivenARoleOfThatKind() {
    Roles r = roles("Border talks", "Varnian President Tomas Keller met the envoys on Monday.",
        "Prime Minister Lena Varga stayed away.", "Foreign Minister Ivo Marek flew in on Tuesday.");
    // the qualifier must be the role's too: the prime minister is no "Varnian" leader here
    assertEquals("Tomas Keller", r.resolve(words("Varnian leader"), 3, 0));
    assertEquals("Ivo Marek", r.resolve(words("top diplomat"), 3, 0));
    assertNull(r.resolve(words("Harbour leader"), 3, 0));
  }

  @Test
  void aBareKindOfRoleIsLeftAsWritten() {
    // "the leader" may lead any body ("The leader of the club, Ana Ruiz,"): not resolved to a head of state
    Roles r = roles("Border talks", "Varnian President Tomas Keller met the envoys on Monday.");
    assertNull(r.resolve(words("leader"), 1, 0));
  }

  @Test
  void aFormerHolderOfARoleOfTheKindIsNotTheLeader() {
    Roles r = roles("Border talks", "Former Varnian President Tomas Keller met the envoys on Monday.");
    assertNull(r.resolve(words("Varnian leader"), 1, 0));
    assertEquals("Tomas Keller", r.resolve(words("former Varnian leader"), 1, 0));
  }

  @Test
  void anIndefiniteDescriptionIntroducesSomeoneNew() {
    Roles r = roles("Border talks", "Varnian Foreign Minister Ivo Marek arrived on Monday.",
        "\u201cNobody expects a deal,\u201d a top diplomat said. Ana Ruiz, a Varnian diplomat, said it was early.",
        "A union leader called the plan unlawful. Dock union leader Mara Velden spoke later.");
    // not the person named with the role before it
    assertNull(r.resolve(words("top diplomat"), 1, 30, true));
    assertEquals("Ivo Marek", r.resolve(words("top diplomat"), 1, 30, false));
    // the person it stands in apposition to
    assertEquals("Ana Ruiz", r.resolve(words("Varnian diplomat"), 1, 58, true));
    // the person the article names with the role after it
    assertEquals("Mara Velden", r.resolve(words("union leader"), 2, 0, true));
  }

  @Test
  void anOppositionLeaderIsNotTheLeader() {
    Roles r = roles("Border talks", "Varnian President Tomas Keller and Varnian opposition leader Mara Velden met.");
    assertEquals("Tomas Keller", r.resolve(words("Varnian leader"), 1, 0));
    assertEquals("Mara Velden", r.resolve(words("opposition leader"), 1, 0));
  }
}
