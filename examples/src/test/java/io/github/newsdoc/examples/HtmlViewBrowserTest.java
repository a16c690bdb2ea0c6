package io.github.newsdoc.examples;

import io.github.newsdoc.format.HtmlWriter;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML view in a real browser: headless Chromium (Debian's {@code chromium}, or
 * {@code -Dnewsdoc.chromium=PATH}) loads each page and prints the DOM it built, in which every quote and every
 * entity mention of the article must be marked. The seeds come from {@code ../shared/corpus/seeds}; without
 * the browser or the corpus the tests are skipped, and say why.
 */
class HtmlViewBrowserTest {
  static final Path SEEDS = Path.of(System.getProperty("newsdoc.corpus", "../../shared/corpus")).resolve("seeds");
  static final Pattern QUOTE = Pattern.compile("<q\\b[^>]*\\bdata-quote=\"(\\d+)\"");
  static final Pattern MENTION = Pattern.compile("<mark\\b[^>]*\\bdata-mention=\"(\\d+)\"");
  static final Pattern SPEAKER = Pattern.compile("<li><span class=\"swatch [^\"]*\"></span> ");

  @TempDir
  Path dir;

  static Path chromium() {
    String configured = System.getProperty("newsdoc.chromium");
    List<Path> candidates = configured != null ? List.of(Path.of(configured))
        : List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    Path found = candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(found != null, "no headless browser at " + candidates + " (apt-get install chromium)");
    return found;
  }

  /** Loads the page in headless Chromium and returns the DOM it built, serialised. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = dir.resolve(page.getFileName() + ".dom");
    Path err = dir.resolve(page.getFileName() + ".err");
    Process p = new ProcessBuilder(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s on " + page);
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(err));
    String dom = read(out);
    assertTrue(dom.contains("</html>"), () -> "no DOM from chromium: " + read(err));
    return dom;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  static int distinct(Pattern pattern, String dom) {
    Set<String> found = new HashSet<>();
    Matcher m = pattern.matcher(dom);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found.size();
  }

  @Test
  void everySeedShowsEachQuoteAndMentionMarked() throws Exception {
    chromium();
    assumeTrue(Files.isDirectory(SEEDS), "no corpus at " + SEEDS.toAbsolutePath());
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seeds = s.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    assertEquals(5, seeds.size());
    List<String> report = new ArrayList<>();
    for (Path seed : seeds) {
      Article a = Newsdoc.parseFile(seed);
      Path page = dir.resolve(seed.getFileName().toString().replace(".txt", ".html"));
      Files.writeString(page, HtmlWriter.standard().write(a), StandardCharsets.UTF_8);
      String dom = dumpDom(page);
      int mentions = a.entities().stream().mapToInt(e -> e.mentions().size()).sum();
      long speakers = a.quotes().stream()
          .map(q -> q.attribution().map(t -> t.entity().orElse("name:" + t.speaker())).orElse("")).distinct().count();
      assertEquals(a.quotes().size(), distinct(QUOTE, dom), seed + ": quotes marked");
      assertEquals(mentions, distinct(MENTION, dom), seed + ": entity mentions marked");
      assertEquals(speakers, SPEAKER.matcher(dom).results().count(), seed + ": speakers in the legend");
      report.add(seed.getFileName() + ": " + a.quotes().size() + " quotes, " + mentions + " mentions");
    }
    assertTrue(report.stream().anyMatch(r -> !r.contains(": 0 quotes")), "some seed has quotes: " + report);
    System.out.println("HtmlViewBrowserTest: " + report);
  }

  @Test
  void markupInTheArticleIsShownAsText() throws Exception {
    chromium();
    Article a = Newsdoc.parseText("Alert <script>document.title='pwned'</script>\n\n"
        + "A reader wrote <img src=x onerror=\"document.body.dataset.pwned=1\"> in the comments.\n");
    Path page = dir.resolve("script.html");
    Files.writeString(page, HtmlWriter.standard().write(a), StandardCharsets.UTF_8);
    String dom = dumpDom(page);
    assertFalse(dom.contains("<title>pwned</title>"), "the article's script ran: " + dom);
    assertTrue(dom.contains("<title>Alert &lt;script&gt;document.title='pwned'&lt;/script&gt;</title>"), dom);
    assertTrue(dom.contains("A reader wrote &lt;img src=x onerror=\"document.body.dataset.pwned=1\"&gt;"), dom);
    assertFalse(dom.contains("data-pwned"), dom);
    assertFalse(dom.contains("<img"), dom);
  }
}
