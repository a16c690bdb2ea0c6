package io.github.newsdoc.examples.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Runs {@link ScalingBenchmark} and prints, for each kind of input, the times and their ratios. */
public final class ScaleBench {
  private ScaleBench() {}

  /** Runs the benchmark; argument: [iterations]. */
  public static void main(String[] args) throws RunnerException {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Options options = new OptionsBuilder()
        .include(ScalingBenchmark.class.getName())
        .forks(1)
        .warmupIterations(2)
        .measurementIterations(iterations)
        .jvmArgsAppend("-Xmx8g", "-Dnewsdoc.corpus=" + Corpus.root())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<Integer, Double>> times = new TreeMap<>();
    for (RunResult r : results) {
      String kind = r.getParams().getParam("kind");
      int mb = Integer.parseInt(r.getParams().getParam("megabytes"));
      times.computeIfAbsent(kind, k -> new TreeMap<>()).put(mb, r.getPrimaryResult().getScore());
    }
    System.out.println("kind        1 MB ms   5 MB ms  10 MB ms  50 MB ms  t10/t1  t50/t5  t50/(10*t5)  MB/s@50");
    times.forEach((kind, t) -> System.out.printf(Locale.ROOT, "%-9s %9.1f %9.1f %9.1f %9.1f %7.2f %7.2f %12.2f %8.1f%n",
        kind, t.get(1), t.get(5), t.get(10), t.get(50), t.get(10) / t.get(1), t.get(50) / t.get(5),
        t.get(50) / (10 * t.get(5)), 50_000.0 / t.get(50)));
  }
}
