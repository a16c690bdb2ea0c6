package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each word rule's gate ({@link WordGates}) is a necessary condition of the rule: wherever the rule takes a
 * word, the gate is open. Checked on every word of every run of up to five words that starts at a capitalised
 * word of the test fixtures' texts and of invented texts that each rule takes a word of, with and without a
 * title before it: far more places than a parse asks the rule at.
 */
class WordGatesTest {
  // texts in which each word rule takes a word (from the rules' own tests), beside the fixtures
  private static final List<String> INVENTED = List.of(
      "Lord Nicholls of Birkenhead flew to Moscow with President Orvel Tane.",
      "Team: C Varden; KP Tane. J. Dorn and G.K. Velora spoke.",
      "Mr. Tane said Dr Varden's view was wrong, Mrs Orvel said.",
      "The Moscow City Council met the Paris Police Department and the French Foreign Ministry.",
      "South Velora and Northern Moscow, Lower Saxony and the West Midlands police said.",
      "Calif. and Fla. voted; Moscow Mayor Tane spoke for the Islamic State Group.",
      "He met Juan de la Cruz and Maria del Carmen at La Velora Cafe, and Los Angeles Lakers fans.",
      "Senator Ana Varden, Chairman Orvel and British Prime Minister Tane and the Democrats spoke.",
      "The NATO and the UN and the BBC said; the ZQX group and World War II and Edward IV.",
      "The Dunmore County and Velora Street, the Orvel Agreement and the Marrow Democrats met.",
      "Ana Varden said, and Orvel Tane Varden and Jean-Luc Marrow Dorn said, Chief Executive Officer Ana Tane.",
      "The Secretary for International Development said; international development is hard.",
      "Marrow Quiet album, Sikh Americans and Orvel Velora 3 and Korean Canadians.",
      "Governor Tane met President Varden and Secretary and Treasurer Dorn; the North said.",
      "the Trade and Industry Secretary said.",
      "Velora said in a statement that Velora, the carmaker, and Velora again would sell Tane.");

  static Stream<NameRule<NameRun>> rules() {
    return NameRules.WORD.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theRuleTakesAWordOnlyWhereItsGateIsOpen(NameRule<NameRun> rule) {
    int gate = WordGates.WORD[NameRules.WORD.indexOf(rule)];
    int taken = 0;
    for (String text : texts()) {
      NameScan scan = RuleFixture.scan(text);
      List<Words.Word> words = scan.words;
      for (int from = 0; from < words.size(); from++) {
        if (!words.get(from).capitalised()) {
          continue;
        }
        for (int to = from + 1; to <= Math.min(words.size(), from + 5); to++) {
          for (int p = from; p < to; p++) {
            for (boolean titled : new boolean[] {false, true}) {
              NameRun r = new NameRun(scan, words, from, to);
              r.p = p;
              r.titled = titled;
              int facts = WordGates.of(r, p) | WordGates.ofNameWords(r.nameEnd(p) - p);
              if (rule.tryAt(r, p).matched()) {
                taken++;
                if ((facts & gate) == 0) {
                  fail(rule.name() + " takes " + words.subList(from, to) + " at " + words.get(p).core()
                      + (titled ? ", titled," : "") + " with its gate closed");
                }
              }
            }
          }
        }
      }
    }
    assertTrue(taken > 0, rule.name() + " took no word: the test shows nothing of its gate");
  }

  @Test
  void everyWordRuleHasAGate() {
    assertEquals(NameRules.WORD.size(), WordGates.WORD.length);
    IntStream.range(0, WordGates.WORD.length).forEach(i -> assertTrue(WordGates.WORD[i] != 0));
  }

  @Test
  void theNameWordsFactsFollowTheirLength() {
    assertEquals(0, WordGates.ofNameWords(0));
    assertEquals(WordGates.ONE_NAME_WORD, WordGates.ofNameWords(1));
    assertEquals(WordGates.NAME_WORDS, WordGates.ofNameWords(2));
    assertEquals(WordGates.NAME_WORDS | WordGates.THREE_NAME_WORDS, WordGates.ofNameWords(4));
  }

  @Test
  void theRecognizerFindsTheSameNamesThroughTheGates() {
    assertEquals(List.of("Nicholls of Birkenhead=PERSON@peer", "Moscow=LOCATION@gazetteer",
        "Orvel Tane=PERSON@person-name"), RuleFixture.recognized(INVENTED.get(0)));
  }

  // the invented texts, then every fixture's and nasty text's
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(INVENTED);
    for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/nasty")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }
}
