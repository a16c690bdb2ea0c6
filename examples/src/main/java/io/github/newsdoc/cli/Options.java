package io.github.newsdoc.cli;

import io.github.newsdoc.parser.MalformedInputPolicy;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed command line. Bad usage throws {@link IllegalArgumentException} with the message to print. */
final class Options {
  /** The argument that names standard input. */
  static final String STDIN = "-";

  boolean help;
  boolean version;
  boolean pretty;
  Format format = Format.JSON;
  boolean strict;
  boolean debug;
  boolean quiet;
  int jobs;
  MalformedInputPolicy encodingErrors = MalformedInputPolicy.FALLBACK_WINDOWS_1252;
  Path out;
  /** The path arguments as given; {@link #STDIN} for standard input. */
  final List<String> paths = new ArrayList<>();

  private Options(int cores) {
    this.jobs = cores;
  }

  static Options parse(String[] args, int cores) {
    Options o = new Options(Math.max(1, cores));
    boolean onlyPaths = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (onlyPaths || !a.startsWith("-") || a.equals(STDIN)) {
        o.paths.add(a);
        continue;
      }
      String inline = null;
      int equals = a.indexOf('=');
      if (a.startsWith("--") && equals > 0) {
        inline = a.substring(equals + 1);
        a = a.substring(0, equals);
      }
      switch (a) {
        case "--":
          onlyPaths = true;
          break;
        case "-h":
        case "--help":
          o.help = true;
          break;
        case "-V":
        case "--version":
          o.version = true;
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
        case "-q":
        case "--quiet":
          o.quiet = true;
          break;
        case "--out":
          String out = inline != null ? inline : value(args, ++i, a);
          try {
            o.out = Path.of(out);
          } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--out: not a path: '" + out + "'");
          }
          break;
        case "-j":
        case "--jobs":
          o.jobs = jobs(inline != null ? inline : value(args, ++i, a));
          break;
        case "--format":
          String format = inline != null ? inline : value(args, ++i, a);
          o.format = Format.of(format);
          break;
        case "--encoding-errors":
          o.encodingErrors = policy(inline != null ? inline : value(args, ++i, a));
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    if (!o.help && !o.version && o.paths.isEmpty()) {
      throw new IllegalArgumentException("no PATH given");
    }
    if (o.out != null && o.paths.contains(STDIN)) {
      throw new IllegalArgumentException("standard input ('-') has no name to write under --out; "
          + "without --out its document goes to standard output");
    }
    if (o.paths.stream().filter(STDIN::equals).count() > 1) {
      throw new IllegalArgumentException("standard input ('-') can be read only once");
    }
    return o;
  }

  private static int jobs(String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > 1024) {
      throw new IllegalArgumentException("--jobs takes a number from 1 to 1024, not '" + value + "'");
    }
    return n;
  }

  private static MalformedInputPolicy policy(String policy) {
    switch (policy) {
      case "fallback":
        return MalformedInputPolicy.FALLBACK_WINDOWS_1252;
      case "replace":
        return MalformedInputPolicy.REPLACE;
      case "reject":
        return MalformedInputPolicy.REJECT;
      default:
        throw new IllegalArgumentException(
            "--encoding-errors takes fallback, replace or reject, not '" + policy + "'");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
