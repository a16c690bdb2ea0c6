package io.github.newsdoc.beam;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The newsdoc pipeline: matches the files of {@code --input}, parses each with {@link ParseArticleFn}, and
 * writes {@code <output>/articles-*.jsonl} and {@code <output>/failed-*.txt}. The order of the records is the
 * runner's, not the files'.
 *
 * <pre>{@code
 * java -jar examples/beam/target/newsdoc-beam.jar --input='corpus/**.txt' --output=/tmp/out
 * }</pre>
 */
public final class NewsdocPipeline {
  private NewsdocPipeline() {}

  /** Runs the pipeline on the runner the flags name, waits for it, and prints its counters. */
  public static void main(String[] args) {
    PipelineOptionsFactory.register(NewsdocPipelineOptions.class);
    NewsdocPipelineOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsdocPipelineOptions.class);
    long start = System.nanoTime();
    Map<String, Long> counters = run(options);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    err.println(summary(counters, seconds));
    System.exit(counters.getOrDefault(ParseArticleFn.FAILURE_COUNTER, 0L) > 0 ? 1 : 0);
  }

  /**
   * Builds the pipeline, runs it until it finishes and returns the counters of {@link ParseArticleFn} by
   * name (a runner that reports no metrics gives an empty map).
   */
  public static Map<String, Long> run(NewsdocPipelineOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    return counters(result);
  }

  /** Adds the steps to {@code pipeline}: match, parse, write the records and the dead letters. */
  public static void build(Pipeline pipeline, NewsdocPipelineOptions options) {
    PCollectionTuple parsed = pipeline
        .apply("Match", FileIO.match().filepattern(options.getInput()))
        .apply("Read", FileIO.readMatches())
        .apply("Parse", ParDo.of(new ParseArticleFn())
            .withOutputTags(ParseArticleFn.ARTICLES, TupleTagList.of(ParseArticleFn.FAILED)));
    String folder = options.getOutput().replaceAll("/+$", "");
    write(parsed.get(ParseArticleFn.ARTICLES), "WriteArticles", folder + "/articles", ".jsonl", options);
    write(parsed.get(ParseArticleFn.FAILED), "WriteFailed", folder + "/failed", ".txt", options);
  }

  private static void write(PCollection<String> lines, String step, String prefix, String suffix,
      NewsdocPipelineOptions options) {
    TextIO.Write write = TextIO.write().to(prefix).withSuffix(suffix);
    if (options.getShards() > 0) {
      write = write.withNumShards(options.getShards());
    }
    lines.setCoder(StringUtf8Coder.of()).apply(step, write);
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new TreeMap<>();
    MetricsFilter filter = MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(ParseArticleFn.NAMESPACE)).build();
    for (MetricResult<Long> c : result.metrics().queryMetrics(filter).getCounters()) {
      counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    return counters;
  }

  static String summary(Map<String, Long> counters, double seconds) {
    return String.format(Locale.ROOT, "newsdoc-beam: %d articles, %d quotes, %d entities, %d problems worked "
            + "around; %d files failed; %.1f s",
        counters.getOrDefault(ParseArticleFn.ARTICLE_COUNTER, 0L),
        counters.getOrDefault(ParseArticleFn.QUOTE_COUNTER, 0L),
        counters.getOrDefault(ParseArticleFn.ENTITY_COUNTER, 0L),
        counters.getOrDefault(ParseArticleFn.PROBLEM_COUNTER, 0L),
        counters.getOrDefault(ParseArticleFn.FAILURE_COUNTER, 0L), seconds);
  }
}
