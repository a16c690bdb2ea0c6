package io.github.newsdoc.examples.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Locale;

/** Runs {@link ParseBenchmark} with JMH and prints the throughput in MB/s of UTF-8 input. */
public final class ParseBench {
  private ParseBench() {}

  /**
   * The warm-up iterations by default. A pass of the full parse takes seconds and calls hundreds of rules; on
   * a machine of two cores the compiler needs about fifteen passes to reach the steady state (the time of a
   * pass fell from 5.4 to 3.2 seconds over ten measured iterations after three warm-up ones), where the
   * structure-only parse is steady after five. Too short a warm-up overstates the full parse's cost.
   */
  static final int WARMUPS = 15;

  /** Runs the benchmark; arguments: [forks] [iterations] [warm-up iterations]. */
  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : WARMUPS;
    Options options = new OptionsBuilder()
        .include(ParseBenchmark.class.getName())
        .forks(forks)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(2))
        .jvmArgsAppend("-Dnewsdoc.corpus=" + Corpus.root())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    long bytes = Corpus.utf8Bytes(Corpus.cleanArticles());
    for (RunResult r : results) {
      double ms = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      System.out.printf(Locale.ROOT, "%-9s: %.1f MB in %.1f ± %.1f ms per pass = %.1f MB/s (%.1f to %.1f)%n",
          r.getParams().getParam("stages"), bytes / 1e6, ms, error, bytes / 1e3 / ms,
          bytes / 1e3 / (ms + error), bytes / 1e3 / Math.max(ms - error, 1e-9));
    }
  }
}
