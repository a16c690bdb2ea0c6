package io.github.newsdoc.cli;

import io.github.newsdoc.parser.ArticleSources;
import io.github.newsdoc.parser.Source;
import io.github.newsdoc.parser.SourceProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a run will read and write, worked out before anything is parsed: the inputs in order, the paths that
 * could not be read, and the conflicts that stop the run (two inputs written to one file, an output that
 * would overwrite an input).
 */
final class Plan {
  private static final Pattern TXT = Pattern.compile("(?i)\\.txt$");

  final List<Input> inputs = new ArrayList<>();
  final List<SourceProblem> problems = new ArrayList<>();
  final List<String> conflicts = new ArrayList<>();

  private Plan() {}

  static Plan make(Options options) {
    Plan plan = new Plan();
    for (String argument : options.paths) {
      if (argument.equals(Options.STDIN)) {
        plan.inputs.add(new Input(new Source(Options.STDIN, null), Options.STDIN, null, 0));
        continue;
      }
      Path root = Path.of(argument);
      ArticleSources.Listing found = ArticleSources.walk(root);
      plan.problems.addAll(found.problems());
      boolean directory = Files.isDirectory(root);
      for (Source s : found.sources()) {
        String shown = directory ? root.resolve(s.name()).toString() : argument;
        Path target = options.out == null ? null
            : options.out.resolve(TXT.matcher(s.name()).replaceFirst("") + options.format.suffix);
        plan.inputs.add(new Input(s, shown, target, size(s.path())));
      }
    }
    if (options.out != null) {
      plan.dropRepeats();
      plan.findClashes(false);
      if (plan.conflicts.isEmpty()) {
        boolean caseInsensitive = OutDir.prepare(options.out);
        if (caseInsensitive) {
          plan.findClashes(true);
        }
        plan.findOverwrittenInputs();
      }
    }
    return plan;
  }

  // The same file reached twice (a file and its directory both given) is written once.
  private void dropRepeats() {
    Set<List<Object>> seen = new HashSet<>();
    inputs.removeIf(i -> !seen.add(List.of(real(i.source().path()), i.target().toAbsolutePath().normalize())));
  }

  private void findClashes(boolean ignoreCase) {
    Map<String, Input> byTarget = new LinkedHashMap<>();
    Map<String, List<Input>> clashes = new LinkedHashMap<>();
    for (Input i : inputs) {
      String key = i.target().toAbsolutePath().normalize().toString();
      if (ignoreCase) {
        key = key.toLowerCase(Locale.ROOT);
      }
      Input first = byTarget.putIfAbsent(key, i);
      if (first != null) {
        clashes.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(i);
      }
    }
    for (List<Input> same : clashes.values()) {
      List<String> names = new ArrayList<>();
      same.forEach(i -> names.add(i.shown()));
      conflicts.add(String.join(" and ", names) + (names.size() == 2 ? " would both" : " would all")
          + " be written to " + same.get(0).target()
          + (ignoreCase ? " (this file system ignores case in names)" : "")
          + "; give them separate directory arguments or separate runs");
    }
  }

  private void findOverwrittenInputs() {
    Map<Object, Input> byReal = new HashMap<>();
    for (Input i : inputs) {
      byReal.putIfAbsent(real(i.source().path()), i);
    }
    for (Input i : inputs) {
      if (Files.exists(i.target())) {
        Input overwritten = byReal.get(real(i.target()));
        if (overwritten != null) {
          conflicts.add("the output of " + i.shown() + " would overwrite the input " + overwritten.shown()
              + " (" + i.target() + "); choose another --out");
        }
      }
    }
  }

  private static Object real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
