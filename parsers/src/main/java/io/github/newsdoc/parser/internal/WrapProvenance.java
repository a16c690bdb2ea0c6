package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineAssignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports one assignment per source line when {@link WrappedLines} joined some: a joined line's first source
 * line gets its role and rule, and each of its other source lines the same role with the rule
 * {@value #CONTINUED}, so that the report still accounts for every non-blank line of the source.
 */
final class WrapProvenance {
  /** The rule of a source line that continues the line above it, joined to it by {@link WrappedLines}. */
  static final String CONTINUED = "wrap:continued";

  private WrapProvenance() {}

  /**
   * The assignments of {@code segments}, read from lines joined out of {@code source} (both in line order; when
   * nothing was joined, one assignment per segment). Linear in the lines.
   */
  static List<LineAssignment> assignments(List<Segment> segments, List<Line> source) {
    List<LineAssignment> out = new ArrayList<>(source.size());
    int k = 0;
    for (Segment s : segments) {
      Line line = s.line();
      while (k < source.size() && source.get(k).number() < line.number()) {
        k++;
      }
      if (k >= source.size() || source.get(k).number() != line.number()) {
        out.add(new LineAssignment(line.number(), line.raw(), s.role(), s.rule())); // not a source line
        continue;
      }
      out.add(new LineAssignment(line.number(), source.get(k).raw(), s.role(), s.rule()));
      for (k++; k < source.size() && source.get(k).number() <= line.last(); k++) {
        out.add(new LineAssignment(source.get(k).number(), source.get(k).raw(), s.role(), CONTINUED));
      }
    }
    return out;
  }
}
