package io.github.newsdoc.examples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of the structure gold ({@code examples/eval-data/structure}): its fields (title, bylines, dates,
 * captions, credits, paragraph count) and the role of every non-blank line, as {@code key<TAB>value} and
 * {@code L<from>-<to><TAB>ROLE} lines (the set's README gives the format).
 */
record StructureGold(String page, Map<String, List<String>> fields, Map<Integer, String> roles) {
  /** The first value of a field, or null. */
  String first(String key) {
    List<String> v = fields.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Every value of a field, in order. */
  List<String> all(String key) {
    return fields.getOrDefault(key, List.of());
  }

  /**
   * Reads one gold file, resolving its references into {@code page} ({@code @L38}: line 38 trimmed;
   * {@code @L43:0-364}: code points 0 to 364 of line 43); {@code page} may be null when the file holds none.
   * A line it cannot read is an {@link IllegalArgumentException} with its number.
   */
  static StructureGold read(Path file, Path page) throws IOException {
    List<String> pageLines = page == null ? List.of()
        : List.of(Files.readString(page, StandardCharsets.UTF_8).split("\n", -1));
    Map<String, List<String>> fields = new TreeMap<>();
    Map<Integer, String> roles = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": no tab in '" + line + "'");
      }
      String key = line.substring(0, tab);
      String value = line.substring(tab + 1);
      if (key.matches("L\\d+-\\d+")) {
        int dash = key.indexOf('-');
        int from = Integer.parseInt(key.substring(1, dash));
        int to = Integer.parseInt(key.substring(dash + 1));
        for (int k = from; k <= to; k++) {
          roles.put(k, value.strip());
        }
      } else {
        String[] parts = value.split("\t", -1);
        for (int k = 0; k < parts.length; k++) {
          parts[k] = resolve(parts[k], pageLines, file, n + 1);
        }
        fields.computeIfAbsent(key, k -> new ArrayList<>()).add(String.join("\t", parts));
      }
    }
    String id = file.getFileName().toString().replaceFirst("\\.gold$", "");
    return new StructureGold(id, fields, roles);
  }

  private static final Pattern REFERENCE = Pattern.compile("@L(\\d+)(?::(\\d+)-(\\d+))?");

  // A value, or the page text a reference names.
  private static String resolve(String value, List<String> page, Path file, int number) {
    Matcher m = REFERENCE.matcher(value.strip());
    if (!m.matches()) {
      return value;
    }
    int line = Integer.parseInt(m.group(1));
    if (line < 1 || line > page.size()) {
      throw new IllegalArgumentException(file + ":" + number + ": no line " + line + " in the page");
    }
    String text = page.get(line - 1);
    if (m.group(2) == null) {
      return text.strip();
    }
    int from = Integer.parseInt(m.group(2));
    int to = Integer.parseInt(m.group(3));
    if (from > to || to > text.codePointCount(0, text.length())) {
      throw new IllegalArgumentException(file + ":" + number + ": no characters " + from + "-" + to + " in line " + line);
    }
    return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
  }
}
