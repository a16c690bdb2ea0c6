package io.github.newsdoc.cli;

import io.github.newsdoc.json.ArticleJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParseException;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleWriter;
import io.github.newsdoc.parser.MalformedInputPolicy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code newsdoc [--out DIR] [--format json|text] [--pretty] [--strict] [--encoding-errors POLICY] [--debug]
 * PATH...}: parses each article file and writes its JSON (or canonical text).
 */
public final class NewsdocCli {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  static final String HELP = String.join("\n",
      "Usage: newsdoc [OPTIONS] PATH...",
      "",
      "Parses plain-text news articles and writes each as JSON (or as canonical text).",
      "PATH is a file, or a directory whose *.txt files (at any depth) are read in name order.",
      "",
      "Without --out, documents go to standard output in input order: JSON Lines (one document a line),",
      "or with --pretty indented documents one after another; with --format text, canonical texts",
      "separated by a line holding a form feed.",
      "",
      "Options:",
      "  --out DIR               write one file per input into DIR: <name>.json (or <name>.txt with",
      "                          --format text), keeping each file's path below the directory argument",
      "                          it was found in; DIR is created if missing",
      "  --format json|text      what to write (default json)",
      "  --pretty                indent JSON",
      "  --strict                treat every problem the parser works around as an error",
      "  --encoding-errors P     bytes that are not UTF-8: fallback (read as windows-1252, the default),",
      "                          replace (U+FFFD) or reject (an error)",
      "  --debug                 print stack traces of errors",
      "  -h, --help              print this help",
      "",
      "A file that cannot be read as an article is reported on standard error as path:line:col: message",
      "and the other files are still processed.",
      "Exit status: 0 all files written, 1 some file failed, 2 usage error.",
      "");

  private NewsdocCli() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("newsdoc: " + e.getMessage());
      err.println("Try 'newsdoc --help'.");
      return USAGE;
    }
    if (options.help) {
      out.print(HELP);
      return OK;
    }
    List<Input> inputs = new ArrayList<>();
    for (Path root : options.paths) {
      if (!Files.exists(root)) {
        err.println(root + ":1:1: no such file or directory");
        return USAGE;
      }
      try {
        inputs.addAll(Input.below(root));
      } catch (IOException | UncheckedIOException e) {
        err.println(root + ":1:1: cannot list: " + e.getMessage());
        return BAD_INPUT;
      }
    }
    ArticleParser parser = ArticleParser.builder()
        .strict(options.strict)
        .malformedInput(options.encodingErrors)
        .build();
    ArticleJson json = options.pretty ? ArticleJson.standard().withPrettyPrinting() : ArticleJson.standard();
    Progress progress = new Progress(err, inputs.size());
    int status = OK;
    boolean first = true;
    for (Input input : inputs) {
      progress.step();
      Article article;
      try {
        article = parser.parse(input.file());
      } catch (ArticleParseException e) {
        status = fail(err, input.file() + ":" + e.line() + ":" + e.column() + ": " + e.problem(), e, options);
        continue;
      } catch (UncheckedIOException e) {
        status = fail(err, input.file() + ":1:1: cannot read: " + e.getCause().getMessage(), e, options);
        continue;
      } catch (RuntimeException e) {
        status = fail(err, input.file() + ":1:1: internal error: " + e, e, options);
        continue;
      }
      String document = options.text ? ArticleWriter.write(article) : json.write(article) + "\n";
      if (options.out == null) {
        if (options.text && !first) {
          out.print("\f\n");
        }
        out.print(document);
        first = false;
      } else {
        Path target = options.out.resolve(input.relative().replaceAll("\\.txt$", "") + (options.text ? ".txt" : ".json"));
        try {
          Files.createDirectories(target.getParent());
          Files.writeString(target, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
          status = fail(err, target + ":1:1: cannot write: " + e.getMessage(), e, options);
        }
      }
    }
    progress.done();
    out.flush();
    return status;
  }

  private static int fail(PrintStream err, String message, Exception e, Options options) {
    err.println(message);
    if (options.debug) {
      e.printStackTrace(err);
    }
    return BAD_INPUT;
  }

  /** A file to parse and its path below the argument it was found under. */
  record Input(Path file, String relative) {
    static List<Input> below(Path root) throws IOException {
      if (!Files.isDirectory(root)) {
        return List.of(new Input(root, root.getFileName().toString()));
      }
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
            .sorted()
            .map(f -> new Input(f, root.relativize(f).toString()))
            .collect(Collectors.toList());
      }
    }
  }

  /** The parsed command line. */
  static final class Options {
    boolean help;
    boolean pretty;
    boolean text;
    boolean strict;
    boolean debug;
    MalformedInputPolicy encodingErrors = MalformedInputPolicy.FALLBACK_WINDOWS_1252;
    Path out;
    final List<Path> paths = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      boolean onlyPaths = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (onlyPaths || !a.startsWith("-") || a.equals("-")) {
          o.paths.add(Path.of(a));
          continue;
        }
        switch (a) {
          case "--":
            onlyPaths = true;
            break;
          case "-h":
          case "--help":
            o.help = true;
            break;
          case "--pretty":
            o.pretty = true;
            break;
          case "--strict":
            o.strict = true;
            break;
          case "--debug":
            o.debug = true;
            break;
          case "--out":
            o.out = Path.of(value(args, ++i, a));
            break;
          case "--format":
            String format = value(args, ++i, a);
            if (!format.equals("json") && !format.equals("text")) {
              throw new IllegalArgumentException("--format takes json or text, not '" + format + "'");
            }
            o.text = format.equals("text");
            break;
          case "--encoding-errors":
            String policy = value(args, ++i, a);
            switch (policy) {
              case "fallback":
                o.encodingErrors = MalformedInputPolicy.FALLBACK_WINDOWS_1252;
                break;
              case "replace":
                o.encodingErrors = MalformedInputPolicy.REPLACE;
                break;
              case "reject":
                o.encodingErrors = MalformedInputPolicy.REJECT;
                break;
              default:
                throw new IllegalArgumentException(
                    "--encoding-errors takes fallback, replace or reject, not '" + policy + "'");
            }
            break;
          default:
            throw new IllegalArgumentException("unknown option '" + a + "'");
        }
      }
      if (!o.help && o.paths.isEmpty()) {
        throw new IllegalArgumentException("no PATH given");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  /** A progress line on standard error, only when it is a terminal and the batch is large. */
  static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean shown;
    private int done;

    Progress(PrintStream err, int total) {
      this.err = err;
      this.total = total;
      this.shown = total >= 100 && System.console() != null && err == System.err;
    }

    void step() {
      done++;
      if (shown && (done % 50 == 0 || done == total)) {
        err.print("\rnewsdoc: " + done + "/" + total + " files");
        err.flush();
      }
    }

    void done() {
      if (shown) {
        err.println();
      }
    }
  }
}
