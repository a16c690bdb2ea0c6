package io.github.newsdoc.examples.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per attribution sieve, how many gold quotes with a source it credited and how many of those credits are
 * right: the table the parser's attribution confidences are calibrated from ({@code PolnearEval --by-sieve}).
 */
final class SieveTally {
  // per sieve's name: credited, right
  private final Map<String, int[]> bySieve = new TreeMap<>();

  /** Counts one credit by {@code sieve}, right or not. */
  void add(String sieve, boolean right) {
    int[] counts = bySieve.computeIfAbsent(sieve, k -> new int[2]);
    counts[0]++;
    counts[1] += right ? 1 : 0;
  }

  /** Adds another tally's counts to this one. */
  void add(SieveTally other) {
    other.bySieve.forEach((k, v) -> {
      int[] mine = bySieve.computeIfAbsent(k, x -> new int[2]);
      mine[0] += v[0];
      mine[1] += v[1];
    });
  }

  /** Prints the table: a heading, then a row a sieve with its credits, the right ones and their share. */
  void print(PrintStream out) {
    out.println("sieves (found gold quotes with a Source each credited; right by mention or speaker)");
    bySieve.forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %6d %6d %7.3f%n", k, v[0], v[1],
        v[0] == 0 ? 0.0 : (double) v[1] / v[0]));
  }
}
