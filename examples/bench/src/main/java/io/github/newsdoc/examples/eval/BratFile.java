package io.github.newsdoc.examples.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PolNeAR's brat standoff files: their spans ({@code T} lines, offsets in code points of the text) and their
 * attribution events ({@code E} lines), read for {@link PolnearEval}.
 */
final class BratFile {
  private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\t(\\S+) ([0-9 ;]+)\t(.*)");
  private static final Pattern EVENT = Pattern.compile("(E\\d+)\t(.*)");
  private static final Pattern OTHER_RECORD = Pattern.compile("(#|[ARNM*]\\d*\t).*");

  private BratFile() {}

  /** The .ann files of a folder by the text they annotate (several annotators' files of one text in name order). */
  static Map<String, List<Path>> annotationsByText(Path dir) {
    Map<String, List<Path>> byText = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return byText;
    }
    for (Path p : EvalFiles.list(dir, ".ann")) { // name order, so the first annotator's file comes first
      String file = p.getFileName().toString();
      String stem = file.substring(0, file.length() - ".ann".length());
      int underscore = stem.lastIndexOf('_');
      String text = underscore > 0 ? stem.substring(0, underscore) : stem;
      byText.computeIfAbsent(text, k -> new ArrayList<>()).add(p);
    }
    return byText;
  }

  /** {@code [start, end)} in code points of the file. */
  record Range(int start, int end) {
    boolean overlaps(Range o) {
      return start < o.end && o.start < end;
    }

    static boolean overlaps(List<Range> ranges, Range r) {
      return ranges.stream().anyMatch(x -> x.overlaps(r));
    }

    /** The first offset of discontinuous fragments, which brat may list out of order. */
    static int min(List<Range> ranges) {
      return ranges.stream().mapToInt(Range::start).min().orElse(0);
    }

    static int max(List<Range> ranges) {
      return ranges.stream().mapToInt(Range::end).max().orElse(0);
    }
  }

  /** Code-point and UTF-16 offsets of one text, both ways. */
  static final class Offsets {
    private final int[] cpToChar;
    private final int[] charToCp;

    Offsets(String text) {
      int n = text.length();
      charToCp = new int[n + 1];
      cpToChar = new int[text.codePointCount(0, n) + 1];
      int cp = 0;
      for (int i = 0; i < n; i++) {
        charToCp[i] = cp; // a low surrogate maps to its code point
        boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (!pairStart) {
          cpToChar[cp + 1] = i + 1;
          cp++;
        }
      }
      charToCp[n] = cp;
    }

    /** The UTF-16 index of a code-point offset; offsets past the end are clamped. */
    int ch(int cp) {
      return cpToChar[Math.max(0, Math.min(cp, cpToChar.length - 1))];
    }

    /** The code-point offset of a UTF-16 index. */
    int cp(int ch) {
      return charToCp[Math.max(0, Math.min(ch, charToCp.length - 1))];
    }
  }

  record TextBound(String id, String type, List<Range> ranges, String annotatedText) {
    String text(String text, Offsets off) {
      return ranges.stream().map(r -> text.substring(off.ch(r.start), off.ch(r.end))).collect(Collectors.joining(" "));
    }
  }

  record Event(String id, List<String> contents, String source) {}

  /** One brat standoff file: its text-bound spans by id and its {@code E} lines. */
  static final class Annotation {
    final Map<String, TextBound> textBounds = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();

    static Annotation read(Path file) {
      Annotation a = new Annotation();
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TextBound last = null;
      for (String line : lines) {
        Matcher t = TEXT_BOUND.matcher(line);
        Matcher e = EVENT.matcher(line);
        if (t.matches()) {
          List<Range> ranges = new ArrayList<>();
          for (String fragment : t.group(3).split(";")) {
            String[] se = fragment.trim().split(" +");
            ranges.add(new Range(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
          }
          last = new TextBound(t.group(1), t.group(2), List.copyOf(ranges), t.group(4));
          a.textBounds.put(last.id, last);
        } else if (e.matches()) {
          last = null;
          List<String> contents = new ArrayList<>();
          String source = null;
          for (String arg : e.group(2).trim().split(" +")) {
            int colon = arg.indexOf(':');
            if (colon < 0) {
              continue;
            }
            String role = arg.substring(0, colon).replaceAll("\\d+$", ""); // Content2 is a second Content
            String id = arg.substring(colon + 1);
            if (role.equals("Content")) {
              contents.add(id);
            } else if (role.equals("Source") && source == null) {
              source = id;
            }
          }
          a.events.add(new Event(e.group(1), List.copyOf(contents), source));
        } else if (OTHER_RECORD.matcher(line).matches()) {
          last = null;
        } else if (last != null) {
          // The span's text runs over a line break: brat wrote it as it stands.
          last = new TextBound(last.id, last.type, last.ranges, last.annotatedText + "\n" + line);
          a.textBounds.put(last.id, last);
        }
      }
      return a;
    }

    int countType(String type) {
      return (int) textBounds.values().stream().filter(tb -> tb.type.equals(type)).count();
    }

    /** How many spans' offsets (read as code points) do not give the text the file has for them. */
    int offsetMismatches(String text, Offsets off) {
      int bad = 0;
      for (TextBound tb : textBounds.values()) {
        if (!tb.text(text, off).equals(tb.annotatedText)) {
          bad++;
        }
      }
      return bad;
    }
  }
}
