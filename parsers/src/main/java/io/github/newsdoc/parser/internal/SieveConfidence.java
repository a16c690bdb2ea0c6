package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * How likely each attribution sieve's credit is right, calibrated on development data and kept as data
 * ({@code words/attribution/sieve-confidence.txt}: a sieve's name and a value from 0 to 1 a line). Every
 * attribution the parser makes carries its sieve's value as its {@code confidence}. Where the tuning data
 * shows that a sieve is right far more often for one shape of quote than the other, the file gives the sieve
 * a value per shape ({@code name/partial} for a fragment inside the writer's sentence, {@code name/whole}
 * for any other quote, as {@code QuoteShapes.partial} tells them apart: a quote of more than one segment is
 * whole), and that value is the credit's: a neighbour's speaker is nearly
 * always right for a whole quote in a run of quotes, and often wrong for a fragment of a sentence of its own.
 */
final class SieveConfidence {
  private static final Map<String, Double> BY_SIEVE = load();

  private SieveConfidence() {}

  /** The confidence of a credit by the sieve named {@code sieve}. */
  static double of(String sieve) {
    Double c = BY_SIEVE.get(sieve);
    if (c == null) {
      throw new IllegalStateException("no confidence for sieve '" + sieve + "' in attribution/sieve-confidence.txt");
    }
    return c;
  }

  /**
   * The confidence of a credit by the sieve named {@code sieve} to a quote of the given shape: the sieve's
   * value for that shape when the file gives one, else the sieve's value.
   */
  static double of(String sieve, boolean partial) {
    Double c = BY_SIEVE.get(sieve + (partial ? "/partial" : "/whole"));
    return c != null ? c : of(sieve);
  }

  private static Map<String, Double> load() {
    ImmutableMap.Builder<String, Double> map = ImmutableMap.builder();
    for (String entry : WordList.load("attribution/sieve-confidence")) {
      String[] parts = entry.split("\\s+");
      double value = parts.length == 2 ? Double.parseDouble(parts[1]) : Double.NaN;
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalStateException("attribution/sieve-confidence.txt: '" + entry
            + "' is not a sieve's name and a value from 0 to 1");
      }
      map.put(parts[0], value);
    }
    return map.buildOrThrow();
  }
}
