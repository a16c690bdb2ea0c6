package io.github.newsdoc.examples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /** Reads one gold file; a line it cannot read is an {@link IllegalArgumentException} with its number. */
  static StructureGold read(Path file) throws IOException {
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
        fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    String page = file.getFileName().toString().replaceFirst("\\.gold$", "");
    return new StructureGold(page, fields, roles);
  }
}
