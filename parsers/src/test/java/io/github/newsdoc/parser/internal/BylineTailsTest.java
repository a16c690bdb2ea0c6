package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Byline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineTailsTest {
  @Test
  void aSectionIsAShortCapitalisedLabelWithoutDigitsOrAJob() {
    assertTrue(BylineTails.section("Local News"));
    assertFalse(BylineTails.section("Staff Writer"));
    assertFalse(BylineTails.section("Page 3"));
    assertFalse(BylineTails.section("more from the desk"));
    assertFalse(BylineTails.section("Sport And Leisure Weekend Edition"));
  }

  @Test
  void datedPiecesKeepTheDateApartAndTheTimesAndLabelAsExtra() {
    List<String> extra = new ArrayList<>();
    assertEquals(Optional.of("April 5, 2024"), BylineTails.datedPieces("April 5, 2024 | Local | 5 min read", extra));
    assertEquals(List.of("Local", "5 min read"), extra);
    List<String> ago = new ArrayList<>();
    assertEquals(Optional.empty(), BylineTails.datedPieces("3 hours ago", ago));
    assertEquals(List.of("3 hours ago"), ago);
  }

  @Test
  void datedPiecesRefuseTwoLabelsAndLabelsWithoutATime() {
    List<String> extra = new ArrayList<>();
    assertNull(BylineTails.datedPieces("Local | Politics | 3h", extra));
    assertNull(BylineTails.datedPieces("Local", extra));
    assertEquals(List.of(), extra);
  }

  @Test
  void aNamePrintedTwiceIsReadOnce() {
    assertEquals("Jo Park", BylineTails.undoubled(Byline.of("Jo Park Jo Park", Optional.empty())).name());
    assertEquals("Jo Park Lee", BylineTails.undoubled(Byline.of("Jo Park Lee", Optional.empty())).name());
    assertEquals("Jo Jo", BylineTails.undoubled(Byline.of("Jo Jo", Optional.empty())).name());
  }

  @Test
  void aPersonsJobMayNameTheOutletFirst() {
    assertTrue(BylineTails.personJob("Staff Writer"));
    assertTrue(BylineTails.personJob("Coast Post Contributor"));
    assertFalse(BylineTails.personJob("Coast Post"));
    assertFalse(BylineTails.personJob("More columnists"));
    assertFalse(BylineTails.personJob("Writer of 2024"));
  }

  @Test
  void roleDatedSplitsTheJobTheDateAndTheLabel() {
    assertArrayEquals(new String[] {"Coast Post Contributor", "2024-04-05T09:14:19Z", "Local"},
        BylineTails.roleDated("Coast Post Contributor 2024-04-05T09:14:19Z Local"));
    assertArrayEquals(new String[] {"Staff Writer", "April 5, 2024", ""}, BylineTails.roleDated("Staff Writer April 5, 2024"));
    // no job before the date, or more than a label after it
    assertNull(BylineTails.roleDated("Coast Post 2024-04-05T09:14:19Z Local"));
    assertNull(BylineTails.roleDated("Staff Writer 2024-04-05T09:14:19Z and the rest of it"));
  }
}
