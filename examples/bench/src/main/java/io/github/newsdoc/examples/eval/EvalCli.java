package io.github.newsdoc.examples.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the evaluators share: their option values, ratios, error listings, corpus folder and exit status. */
final class EvalCli {
  /** The exit status of a bad command line or a missing corpus or gold folder. */
  static final int FAILURE = 2;

  private EvalCli() {}

  /** The value after an option, or an {@link IllegalArgumentException} naming the option. */
  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** The count after {@code --errors}. */
  static int errors(String[] args, int i) {
    String n = value(args, i, "--errors");
    if (!n.matches("\\d+")) {
      throw new IllegalArgumentException("--errors takes a number, not '" + n + "'");
    }
    return Integer.parseInt(n);
  }

  /** a / b, or 0 when b is 0. */
  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The harmonic mean of p and r, or 0 when both are 0. */
  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Prints a heading and the first n lines of a list of errors. */
  static void section(PrintStream out, String heading, List<String> lines, int n) {
    out.println();
    out.println(heading + " (" + lines.size() + (lines.size() > n ? ", the first " + n : "") + "):");
    lines.stream().limit(n).forEach(l -> out.println("  " + l));
  }

  /** The corpus folder: {@code -Dnewsdoc.corpus=DIR}, by default {@code ../shared/corpus}. */
  static Path corpus() {
    return Path.of(System.getProperty("newsdoc.corpus", "../shared/corpus"));
  }

  /** Exits with the status of a run unless it is 0 (an evaluator's {@code main} ends with this). */
  static void exit(int status) {
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Reports a bad command line with the usage; returns {@link #FAILURE}. */
  static int usageError(PrintStream err, String tool, String usage, IllegalArgumentException e) {
    err.println(tool + ": " + e.getMessage());
    err.print(usage);
    return FAILURE;
  }

  /**
   * Whether a corpus folder is missing; if so, says so in one line:
   * {@code PolnearEval: corpus not found: ../shared/corpus/polnear (set -Dnewsdoc.corpus=DIR)}.
   */
  static boolean corpusMissing(PrintStream err, String tool, Path dir) {
    return missing(err, tool, "corpus", dir, "set -Dnewsdoc.corpus=DIR");
  }

  /** Whether the gold folder is missing; if so, says so in one line. */
  static boolean goldMissing(PrintStream err, String tool, Path dir) {
    return missing(err, tool, "gold", dir, "run from the repository root or use --gold DIR");
  }

  private static boolean missing(PrintStream err, String tool, String what, Path dir, String hint) {
    if (Files.isDirectory(dir)) {
      return false;
    }
    err.println(tool + ": " + what + " not found: " + dir + " (" + hint + ")");
    return true;
  }

  /**
   * Whether asking the gold folder {@code dir} for its errors, on {@code split} ({@code dev}, {@code test} or
   * {@code all}), is refused because that part is blind, after saying so on {@code err} as {@code tool}. A gold
   * folder is blind when it holds a file {@code BLIND} whose first line that is not a {@code #} comment is
   * {@code all} (the whole set) or {@code test} (its test split only; its dev split may be read). Only
   * summaries of a blind part are shown, so no rule is written after reading its errors.
   */
  static boolean blindErrors(PrintStream err, String tool, Path dir, String split, int errors) {
    if (errors <= 0) {
      return false;
    }
    Path marker = dir.resolve("BLIND");
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    String part;
    try {
      part = Files.readAllLines(marker).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("all");
    } catch (java.io.IOException e) {
      part = "all";
    }
    if (part.equals("test") && split.equals("dev")) {
      return false;
    }
    err.println(tool + ": " + dir + " is blind" + (part.equals("test") ? " in its test split" : "")
        + " (see its BLIND file): only its summary is shown, never its errors; drop --errors"
        + (part.equals("test") ? " or use --split dev" : ""));
    return true;
  }

  /**
   * The command line of an evaluator that takes {@code --gold DIR} and {@code --errors N}: the options, and
   * the status to exit with at once when the run ends here ({@code --help}, a bad option, a missing gold or
   * corpus folder), else null.
   */
  record GoldRun(Path gold, int errors, Integer exit) {}

  /** Reads {@code args} as {@link GoldRun} does, printing the help or the problem. */
  static GoldRun goldRun(String[] args, Path defaultGold, Path corpus, String tool, String usage, PrintStream out,
      PrintStream err) {
    Path gold = defaultGold;
    int errors = 0;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> {
            out.print(usage);
            return new GoldRun(gold, errors, 0);
          }
          case "--gold" -> gold = Path.of(value(args, ++i, "--gold"));
          case "--errors" -> errors = errors(args, ++i);
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
    } catch (IllegalArgumentException e) {
      return new GoldRun(gold, errors, usageError(err, tool, usage, e));
    }
    boolean missing = goldMissing(err, tool, gold) || corpusMissing(err, tool, corpus);
    if (!missing && blindErrors(err, tool, gold, "all", errors)) {
      return new GoldRun(gold, errors, FAILURE);
    }
    return new GoldRun(gold, errors, missing ? FAILURE : null);
  }

  /**
   * The article of the corpus file {@code path} as {@code parser} reads it, or null after saying on
   * {@code err}, as {@code tool}, why there is none: no such file, or the parser failed on it.
   */
  static io.github.newsdoc.model.Article goldArticle(String tool, Path corpus, String path,
      java.util.function.Function<String, io.github.newsdoc.model.Article> parser, PrintStream err) {
    Path file = corpus.resolve(path);
    if (!java.nio.file.Files.isRegularFile(file)) {
      err.println(tool + ": " + path + ": no such corpus file (set -Dnewsdoc.corpus=DIR)");
      return null;
    }
    try {
      return parser.apply(EvalFiles.read(file));
    } catch (RuntimeException ex) {
      err.println(tool + ": " + path + ": " + describe(ex));
      return null;
    }
  }

  /** An exception in one line, with the first frame of the parser's own code it came from. */
  static String describe(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("io.github.newsdoc.") && !frame.getClassName().contains(".examples.")) {
        return e + " at " + frame;
      }
    }
    return e.toString();
  }
}
