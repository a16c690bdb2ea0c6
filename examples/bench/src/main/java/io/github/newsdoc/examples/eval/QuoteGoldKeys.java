package io.github.newsdoc.examples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a quote gold written by hand ({@code path<TAB>first words<TAB>mention<TAB>speaker}, see {@link QuoteEval})
 * into the form kept in the repository, where the first words are replaced by their keys
 * ({@link QuoteEval#keyed}), so that the gold holds no words of the articles:
 *
 * <pre>{@code java -cp examples/bench/target/newsdoc-bench.jar io.github.newsdoc.examples.eval.QuoteGoldKeys IN.tsv OUT.tsv}</pre>
 */
public final class QuoteGoldKeys {
  private QuoteGoldKeys() {}

  /** Converts {@code args[0]} into {@code args[1]}; exits with 2 on a bad command line or a bad line. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("Usage: QuoteGoldKeys IN.tsv OUT.tsv");
      System.exit(EvalCli.FAILURE);
    }
    try {
      Files.write(Path.of(args[1]), convert(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      System.err.println("QuoteGoldKeys: " + args[0] + ": " + e.getMessage());
      System.exit(EvalCli.FAILURE);
    }
  }

  /** The lines with each quote's first words replaced by their keys; comments and blank lines kept. */
  static List<String> convert(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        out.add(line);
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 4) {
        throw new IllegalArgumentException("line " + number + ": not four columns");
      }
      cells[1] = cells[1].startsWith("~") ? cells[1] : QuoteEval.keyed(cells[1]);
      out.add(String.join("\t", cells));
    }
    return out;
  }
}
