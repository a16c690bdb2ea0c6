package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding 10: a file name given as text is never parsed as the article. */
class NewsdocFacadeTest {
  @TempDir
  Path dir;

  @Test
  void parseFileReadsTheFileAndParseTextTheString() throws IOException {
    Path story = dir.resolve("story.txt");
    Files.writeString(story, "Port reopens\n\nShips sail again.\n");
    Article fromFile = Newsdoc.parseFile(story);
    assertEquals("Port reopens", fromFile.title());
    assertEquals(fromFile, Newsdoc.parse(story));
    assertEquals(fromFile, Newsdoc.parseText("Port reopens\n\nShips sail again.\n"));
  }

  @Test
  void aFileNameGivenAsTextIsRefusedWithTheWayOut() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Newsdoc.parse("story.txt"));
    assertTrue(e.getMessage().contains("Newsdoc.parseFile(Path.of(...))"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Newsdoc.parse("  corpus/bbc/001.TXT "));
    assertEquals("story.txt", Newsdoc.parseText("story.txt").title(), "parseText does what it says");
    assertEquals("Port reopens", Newsdoc.parse("Port reopens\n\nShips sail.\n").title());
    assertEquals("We sent the .txt", Newsdoc.parse("We sent the .txt\n\nBody.\n").title());
  }
}
