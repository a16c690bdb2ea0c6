package io.github.newsdoc.examples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.internal.LineFeatures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trainer of the page-line model, on rows made here (no corpus needed). */
class LineModelTrainerTest {
  @Test
  void theBlindHalvesAreNeverTrainedOn() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = LineModelTrainer.run(new String[] {"--halves", "dev,test2", "--gold", "../eval-data/structure"},
        Path.of("no-corpus"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
        "LineModelTrainer: --halves: 'test2' is not a tuning half"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingCorpusIsSaidInOneLine() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = LineModelTrainer.run(new String[0], Path.of("no-corpus"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    String said = err.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("not found"), said);
    assertEquals(1, said.lines().count(), said);
  }

  @Test
  void theWeightsGiveTheOddsOfArticleText() {
    int ends = LineFeatures.NAMES.indexOf("ends-sentence");
    int link = LineFeatures.NAMES.indexOf("link-like");
    List<LineModelTrainer.Row> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double[] text = new double[LineFeatures.NAMES.size()];
      text[ends] = 1;
      rows.add(new LineModelTrainer.Row(text, true, true, "sentence " + i, false));
      double[] menu = new double[LineFeatures.NAMES.size()];
      menu[link] = 1;
      rows.add(new LineModelTrainer.Row(menu, false, false, "menu " + i, true));
    }
    double[] w = LineModelTrainer.weights(List.of(new LineModelTrainer.Page("p", rows, 200, 200)));
    assertEquals(LineFeatures.NAMES.size() + 1, w.length, "a weight a feature, then the bias");
    assertTrue(w[ends] > 0 && w[link] < 0, "sentence ends speak for the article, link-like lines against");
    assertTrue(LineModelTrainer.probability(w, rows.get(0).x()) > 0.9);
    assertTrue(LineModelTrainer.probability(w, rows.get(1).x()) < 0.1);
  }

  @Test
  void aWrappedLinesPartsAreOneLineAsTheParserWeighsIt() {
    List<LineAssignment> joined = LineModelTrainer.joinWrapped(List.of(
        new LineAssignment(3, "The ferry left at six and", LineRole.PARAGRAPH, "default:paragraph"),
        new LineAssignment(4, "came back at nine.", LineRole.PARAGRAPH, "wrap:continued"),
        new LineAssignment(6, "Share", LineRole.BOILERPLATE, "standard/exact:share")));
    assertEquals(List.of(new LineAssignment(3, "The ferry left at six and came back at nine.", LineRole.PARAGRAPH,
        "default:paragraph"), new LineAssignment(6, "Share", LineRole.BOILERPLATE, "standard/exact:share")), joined);
  }

  @Test
  void aLineTheRulesReadAsTextOrAsBoilerplateIsACandidate() {
    assertTrue(LineModelTrainer.candidate(LineRole.PARAGRAPH, "default:paragraph"));
    assertTrue(LineModelTrainer.candidate(LineRole.BOILERPLATE, "page:link-like"));
    assertTrue(!LineModelTrainer.candidate(LineRole.BOILERPLATE, "boilerplate:labelled"));
    assertTrue(!LineModelTrainer.candidate(LineRole.TITLE, "title"));
  }
}
