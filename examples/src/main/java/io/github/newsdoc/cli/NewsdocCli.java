package io.github.newsdoc.cli;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleSources;
import io.github.newsdoc.parser.ParseFailure;
import io.github.newsdoc.parser.ParseProblem;
import io.github.newsdoc.parser.ParseResult;
import io.github.newsdoc.parser.SourceProblem;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code newsdoc [OPTIONS] PATH...}: parses each article file and writes its JSON, canonical text,
 * ninjs, JSON-LD or annotated HTML.
 * See {@link #HELP}.
 */
public final class NewsdocCli {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  static final String HELP = String.join("\n",
      "Usage: newsdoc [OPTIONS] PATH...",
      "",
      "Parses plain-text news articles and writes each as JSON, canonical text, an IPTC ninjs 3.1 item,",
      "a schema.org NewsArticle (JSON-LD) or an annotated HTML page.",
      "PATH is a file, a directory whose *.txt files (at any depth, symbolic links followed) are read in",
      "path order, or - for standard input.",
      "",
      "Without --out, documents go to standard output in input order, as UTF-8: JSON Lines, one record",
      "{\"source\": PATH, \"article\": {...}} a line (PATH as found, for example corpus/bbc/001.txt), or with",
      "--pretty indented records one after another; with --format ninjs or jsonld, one document a line",
      "(indented with --pretty); with --format text or html, texts or pages separated by a line holding",
      "a form feed.",
      "",
      "Options:",
      "  --out DIR               write one file per input into DIR: <name>.json (<name>.txt, .ninjs.json,",
      "                          .jsonld or .html with the other formats), keeping each file's path below",
      "                          the directory argument it was found in; DIR is created if missing.",
      "                          Nothing is written if two inputs would go to one file or an output",
      "                          would replace an input",
      "  --format F              what to write: json (newsdoc's JSON, the default), text (canonical text),",
      "                          ninjs (IPTC ninjs 3.1), jsonld (schema.org NewsArticle) or html (a page",
      "                          with quotes coloured by speaker and entities marked)",
      "  --pretty                indent JSON",
      "  --strict                treat every problem the parser works around as an error",
      "  --encoding-errors P     bytes that are not UTF-8: fallback (read as windows-1252, the default),",
      "                          replace (U+FFFD) or reject (an error)",
      "  -j, --jobs N            parse on N threads (default: the number of processors); output keeps",
      "                          the input order",
      "  -q, --quiet             no progress line (drawn on standard error when it is a terminal)",
      "  --debug                 print stack traces of errors",
      "  -V, --version           print the version",
      "  -h, --help              print this help",
      "",
      "A path that cannot be read is reported on standard error as path: reason, a file that cannot be",
      "read as an article as path:line:col: message, and the other files are still processed. Problems",
      "the parser worked around are warnings, path:line:col: warning: message, counted at the end.",
      "Exit status: 0 all files written, 1 some input or write failed, 2 usage error (nothing written).",
      "");

  private NewsdocCli() {}

  /** Runs the command and exits with its status. Standard output and error are written as UTF-8. */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    System.exit(run(args, Env.system(), out, err));
  }

  /** Runs the command, writing documents to {@code out} and messages to {@code err}; returns the status. */
  static int run(String[] args, Env env, OutputStream out, PrintStream err) {
    Options options;
    Plan plan;
    try {
      options = Options.parse(args, env.cores());
      if (options.help || options.version) {
        String text = options.help ? HELP : "newsdoc " + Version.get() + "\n";
        return writeAll(out, text, err);
      }
      plan = Plan.make(options);
    } catch (IllegalArgumentException e) {
      err.println("newsdoc: " + e.getMessage());
      err.println("Try 'newsdoc --help'.");
      return USAGE;
    }
    for (SourceProblem p : plan.problems) {
      err.println(p);
    }
    if (!plan.conflicts.isEmpty()) {
      plan.conflicts.forEach(c -> err.println("newsdoc: " + c));
      err.println("newsdoc: nothing was written");
      return USAGE;
    }
    Batch batch = new Batch(options, env, err, plan);
    int status = batch.run(options.out == null ? new Sink.ToStdout(options, out) : new Sink.PerFile(options));
    return plan.problems.isEmpty() ? status : BAD_INPUT;
  }

  private static int writeAll(OutputStream out, String text, PrintStream err) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return OK;
    } catch (IOException e) {
      err.println("newsdoc: cannot write standard output: " + ArticleSources.reason(e));
      return BAD_INPUT;
    }
  }

  /** One run over the planned inputs. */
  private static final class Batch {
    private final Options options;
    private final Env env;
    private final PrintStream err;
    private final Plan plan;
    private final Progress progress;
    private int status = OK;
    private int failed;
    private long warnings;
    private int filesWithWarnings;

    Batch(Options options, Env env, PrintStream err, Plan plan) {
      this.options = options;
      this.env = env;
      this.err = err;
      this.plan = plan;
      long bytes = plan.inputs.stream().mapToLong(Input::size).sum();
      this.progress = new Progress(err, env.stderrTerminal() && !options.quiet, plan.inputs.size(), bytes,
          env.clock());
    }

    int run(Sink sink) {
      ArticleParser parser = ArticleParser.builder()
          .strict(options.strict)
          .malformedInput(options.encodingErrors)
          .build();
      try (OrderedParsing results = new OrderedParsing(parser, plan.inputs, options.jobs, env.stdin())) {
        for (Input input : plan.inputs) {
          ParseResult result = results.next();
          if (!handle(input, result, sink)) {
            break;
          }
          progress.step(input.size());
        }
        try {
          sink.finish();
        } catch (IOException e) {
          stdoutFailed(e);
        }
      }
      progress.done();
      if (warnings > 0) {
        err.println("newsdoc: " + warnings + (warnings == 1 ? " warning" : " warnings") + " in "
            + filesWithWarnings + (filesWithWarnings == 1 ? " file" : " files"));
      }
      if (failed > 0) {
        err.println("newsdoc: " + failed + " of " + plan.inputs.size() + " inputs failed");
      }
      return status;
    }

    // Returns false when the run cannot go on (standard output is gone).
    private boolean handle(Input input, ParseResult result, Sink sink) {
      if (result.failure().isPresent()) {
        ParseFailure f = result.failure().get();
        report(input.shown() + (f.hasPosition() ? ":" + f.line() + ":" + f.column() : "") + ": " + f.message(),
            f.cause(), true);
        failed++;
        return true;
      }
      if (!result.problems().isEmpty()) {
        filesWithWarnings++;
        for (ParseProblem p : result.problems()) {
          warnings++;
          report(input.shown() + ":" + p.line() + ":" + p.column() + ": warning: " + p.message(), null, false);
        }
      }
      Article article = result.article().orElseThrow();
      try {
        sink.write(input, article);
      } catch (IOException e) {
        if (sink.failureIsFatal()) {
          stdoutFailed(e);
          return false;
        }
        report(sink.where(input) + ": cannot write: " + ArticleSources.reason(e), e, true);
        failed++;
      } catch (OutOfMemoryError e) {
        report(input.shown() + ": too large for memory: out of memory while writing its document", e, true);
        failed++;
      }
      return true;
    }

    private void stdoutFailed(IOException e) {
      report("newsdoc: cannot write standard output: " + ArticleSources.reason(e) + "; stopped", e, true);
    }

    private void report(String message, Throwable cause, boolean error) {
      progress.clear();
      err.println(message);
      if (options.debug && cause != null) {
        cause.printStackTrace(err);
      }
      if (error) {
        status = BAD_INPUT;
      }
    }
  }
}
