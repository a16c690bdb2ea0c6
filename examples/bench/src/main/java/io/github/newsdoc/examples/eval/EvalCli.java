package io.github.newsdoc.examples.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the gold-file evaluators share: their option values, ratios and error listings. */
final class EvalCli {
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
  static void section(String heading, List<String> lines, int n) {
    System.out.println();
    System.out.println(heading + " (" + lines.size() + (lines.size() > n ? ", the first " + n : "") + "):");
    lines.stream().limit(n).forEach(l -> System.out.println("  " + l));
  }

  /** Reports a bad command line with the usage and exits with status 2. */
  static void usageError(String tool, String usage, IllegalArgumentException e) {
    System.err.println(tool + ": " + e.getMessage());
    System.err.print(usage);
    System.exit(2);
  }

  /** Whether the gold folder exists; if not, says so and exits with status 1. */
  static boolean goldDirectory(String tool, Path dir) {
    if (Files.isDirectory(dir)) {
      return true;
    }
    System.err.println(tool + ": no gold directory " + dir + " (run from the repository root or use --gold)");
    System.exit(1);
    return false;
  }
}
