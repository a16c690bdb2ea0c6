package io.github.newsdoc.parser.testing;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real-shaped documents broken the way scrapers break them: the fixture articles with lines deleted,
 * duplicated, moved, spliced in from another article, injected, and site chrome inserted (menus long enough
 * to make the text a page), with the line ends varied. Every document is made from the fixtures under
 * {@code src/test/resources/fixtures} and the chrome below, so a failure can be replayed from its text.
 */
public final class MutatedTexts {
  private MutatedTexts() {}

  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  // Lines of the shapes that sit around articles on pages: link lists, labels, captions, credits, tags.
  private static final List<String> CHROME = List.of("Advertisement", "Share this article", "Similar Posts", "Home",
      "World", "Business", "Sport", "Opinion", "Most read", "Sign up for our newsletter", "Skip to content",
      "Read more: Port strike talks collapse", "© 2026 Coastline Media", "Image source, Getty Images",
      "Image caption, Dock workers gather outside the depot.", "Image source, Reuters; Handout",
      "harbour, strike, dock workers", "By Ines Cole, Staff Writer", "By Ines Cole; Tom Reyes",
      "With reporting by Reuters and AFP", "With reporting by Jane Doe; editing by Tom Reyes",
      "Published under: Ports, Strikes", "Published: 2026-03-02", "March 2, 2026", "Updated 3 hours ago",
      "Posted: Mar 2, 2026 7:15 a.m. ET | Updated: Mar 2, 2026 9:40 a.m. ET", "Updated 2 March 2026, 11:05 +0100",
      "Getty Images", "Dock workers at the gate. Photograph: Ines Cole/Reuters",
      "Dock workers at the gate / Getty Images", "AFP via Getty Images", "Listen to this article",
      "The port reopened on Monday after a week of strikes, officials said.",
      "\"We will not go back,\" said Ines Cole, a crane driver.", "Related: Strike ends at northern port",
      "Privacy policy", "Terms of use", "Contact us", "1", "2", "Next", "Previous", "Comments (12)",
      "Photo: Tom Reyes/AP", "Caption text printed twice", "Caption text printed twice", "Ports; Strikes",
      "Reuters", "LONDON (Reuters) -", "Video caption, Workers walk out", "Media caption, The strike in 60 seconds");

  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u000c", "\u000b"};

  private static volatile List<List<String>> seeds;

  /** The fixture articles, each as its lines. */
  public static List<List<String>> seeds() {
    if (seeds == null) {
      try (Stream<Path> files = Files.list(FIXTURES)) {
        List<List<String>> read = new ArrayList<>();
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
          read.add(List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1)));
        }
        seeds = read;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seeds;
  }

  /** A fixture article with one to eight mutations, joined with one or more kinds of line end. */
  public static Gen<String> texts() {
    return rs -> {
      List<List<String>> all = seeds();
      List<String> lines = new ArrayList<>(all.get(pick(rs, all.size())));
      int mutations = 1 + pick(rs, 8);
      for (int m = 0; m < mutations; m++) {
        mutate(rs, lines, all);
      }
      return join(rs, lines);
    };
  }

  private static int pick(RandomnessSource rs, int n) {
    return Generate.range(0, n - 1).generate(rs);
  }

  private static void mutate(RandomnessSource rs, List<String> lines, List<List<String>> all) {
    int n = lines.size();
    int at = pick(rs, n + 1);
    switch (pick(rs, 9)) {
      case 0: // delete a run of lines
        if (n > 1) {
          int from = pick(rs, n);
          lines.subList(from, Math.min(n, from + 1 + pick(rs, 3))).clear();
        }
        break;
      case 1: // duplicate a line (a caption or headline printed twice)
        if (n > 0) {
          int i = pick(rs, n);
          lines.add(i, lines.get(i));
        }
        break;
      case 2: // move a run of lines
        if (n > 2) {
          int from = pick(rs, n);
          List<String> run = new ArrayList<>(lines.subList(from, Math.min(n, from + 1 + pick(rs, 4))));
          lines.subList(from, from + run.size()).clear();
          lines.addAll(pick(rs, lines.size() + 1), run);
        }
        break;
      case 3: { // splice in a run from another article
        List<String> other = all.get(pick(rs, all.size()));
        int from = pick(rs, other.size());
        lines.addAll(at, other.subList(from, Math.min(other.size(), from + 1 + pick(rs, 6))));
        break;
      }
      case 4: // inject one line of chrome
        lines.add(at, CHROME.get(pick(rs, CHROME.size())));
        break;
      case 5: { // a menu or link list: enough short lines to make the text a page
        int count = 10 + pick(rs, 40);
        List<String> menu = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          menu.add(CHROME.get(pick(rs, CHROME.size())));
          if (pick(rs, 4) == 0) {
            menu.add("");
          }
        }
        lines.addAll(at, menu);
        break;
      }
      case 6: // blank lines: a paragraph gap, or the section gap that ends a run of prose on a page
        for (int i = 1 + pick(rs, 4); i > 0; i--) {
          lines.add(at, "");
        }
        break;
      case 7: // two lines joined, or one split at a space
        if (n > 1 && at < n - 1 && pick(rs, 2) == 0) {
          lines.set(at, lines.get(at) + " " + lines.remove(at + 1));
        } else if (n > 0) {
          int i = pick(rs, n);
          String line = lines.get(i);
          int space = line.indexOf(' ', line.length() / 2);
          if (space > 0) {
            lines.set(i, line.substring(0, space));
            lines.add(i + 1, line.substring(space + 1));
          }
        }
        break;
      default: // a line indented or trailed by spaces of other kinds
        if (n > 0) {
          int i = pick(rs, n);
          String[] spaces = {"  ", "\t", "\u00a0", "\u2003", " \u200b"};
          lines.set(i, spaces[pick(rs, spaces.length)] + lines.get(i) + spaces[pick(rs, spaces.length)]);
        }
        break;
    }
  }

  private static String join(RandomnessSource rs, List<String> lines) {
    boolean mixed = pick(rs, 4) == 0;
    String end = LINE_ENDS[pick(rs, 3) == 0 ? pick(rs, LINE_ENDS.length) : 0];
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append(line).append(mixed ? LINE_ENDS[pick(rs, LINE_ENDS.length)] : end);
    }
    return b.toString();
  }
}
