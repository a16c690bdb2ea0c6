package io.github.newsdoc.cli;

import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleStream;
import io.github.newsdoc.parser.ParseFailure;
import io.github.newsdoc.parser.ParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses the inputs on {@code jobs} threads and hands the results back in input order. At most a few
 * results per thread wait to be written, so memory does not grow with the batch.
 */
final class OrderedParsing implements Iterator<ParseResult>, AutoCloseable {
  private final ArticleParser parser;
  private final InputStream stdin;
  private final Iterator<Input> inputs;
  private final ExecutorService pool;
  private final Deque<Future<ParseResult>> pending = new ArrayDeque<>();
  private final int window;

  OrderedParsing(ArticleParser parser, List<Input> inputs, int jobs, InputStream stdin) {
    this.parser = parser;
    this.stdin = stdin;
    this.inputs = inputs.iterator();
    this.pool = jobs > 1 ? Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "newsdoc-parse");
      t.setDaemon(true);
      return t;
    }) : null;
    this.window = 2 * jobs;
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty() || inputs.hasNext();
  }

  @Override
  public ParseResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (pool == null) {
      return parse(inputs.next());
    }
    while (pending.size() < window && inputs.hasNext()) {
      Input input = inputs.next();
      pending.add(pool.submit(() -> parse(input)));
    }
    try {
      return pending.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed unexpectedly", e.getCause());
    }
  }

  private ParseResult parse(Input input) {
    if (!input.isStdin()) {
      return ArticleStream.parse(parser, input.source());
    }
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      return ParseResult.failure(input.source(), new ParseFailure(0, 0,
          "cannot read standard input: " + e.getMessage(), e));
    } catch (OutOfMemoryError e) {
      return ParseResult.failure(input.source(), new ParseFailure(0, 0,
          "too large for memory: out of memory while reading it (raise the heap with -Xmx)", e));
    }
    return ArticleStream.parse(parser, input.source().name(), bytes);
  }

  @Override
  public void close() {
    if (pool != null) {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }
}
