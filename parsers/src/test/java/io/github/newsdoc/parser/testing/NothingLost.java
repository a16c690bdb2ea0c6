package io.github.newsdoc.parser.testing;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.ParseReport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks that every non-blank source line ended up in exactly one place of the article: walks the line
 * assignments in order and consumes, for each, the part of the article it produced.
 */
public final class NothingLost {
  private NothingLost() {}

  /** Returns the problems found; empty when every line is accounted for and nothing is left over. */
  public static List<String> check(String source, ParseReport report) {
    List<String> problems = new ArrayList<>();
    Article a = report.article();
    long nonBlank = countNonBlank(source);
    if (report.lines().size() != nonBlank) {
      problems.add("assigned " + report.lines().size() + " lines, source has " + nonBlank + " non-blank");
    }
    Iterator<Block> blocks = a.blocks().iterator();
    List<String> leftoverBoilerplate = new ArrayList<>();
    a.boilerplate().forEach(b -> leftoverBoilerplate.add(squash(b)));
    int titles = 0;
    String pendingKeywords = null;
    String pendingCredit = null;
    Block lastBlock = null;
    List<Runnable> fuzzy = new ArrayList<>(); // the looser matches, made after the exact ones
    for (LineAssignment line : joined(report.lines(), problems)) {
      String text = squash(line.text());
      switch (line.role()) {
        case TITLE:
          titles++;
          if (line.rule().equals("title:labelled")) {
            // the canonical text's labelled title holds the title after its label, nothing cut off
            if (!squash(line.text().strip().substring("Title: ".length())).equals(squash(a.title()))) {
              problems.add(line + ": labelled title is not '" + a.title() + "'");
            }
            break;
          }
          if (!text.startsWith(squash(a.title()))) {
            problems.add(line + ": title '" + a.title() + "' is not the line's beginning");
          }
          String rest = text.substring(Math.min(text.length(), squash(a.title()).length())).strip();
          if (!rest.isEmpty() && !leftoverBoilerplate.remove(rest)) {
            problems.add(line + ": the cut suffix '" + rest + "' is not in the boilerplate");
          }
          break;
        case PARAGRAPH:
          if (!blocks.hasNext()) {
            problems.add(line + ": no block left");
            break;
          }
          Block p = blocks.next();
          lastBlock = p;
          if (!(p instanceof Paragraph) || !squash(p.text()).equals(text)) {
            problems.add(line + ": block is " + p);
          }
          break;
        case CAPTION:
          if (!blocks.hasNext()) {
            problems.add(line + ": no block left");
            break;
          }
          Block c = blocks.next();
          lastBlock = c;
          if (!(c instanceof Caption) || !text.contains(squash(c.text()))) {
            problems.add(line + ": block is " + c);
            break;
          }
          Caption caption = (Caption) c;
          String keywordLine = pendingKeywords;
          if (keywordLine != null && (caption.keywords().isEmpty()
              || !caption.keywords().stream().allMatch(k -> keywordLine.contains(squash(k))))) {
            problems.add(line + ": the keywords above it are not the caption's " + caption.keywords());
          }
          if (pendingCredit != null && (caption.credit().isEmpty()
              || !pendingCredit.contains(squash(caption.credit().get())))) {
            problems.add(line + ": the credit line above it is not the caption's " + caption.credit());
          }
          pendingKeywords = null;
          pendingCredit = null;
          break;
        case CAPTION_KEYWORDS:
          pendingKeywords = text;
          break;
        case CAPTION_CREDIT:
          if (line.rule().equals("caption:credit-below")) {
            // the credit of the caption above it, or boilerplate when no caption took it
            Caption above = lastBlock instanceof Caption ? (Caption) lastBlock : null;
            if (!(above != null && above.credit().isPresent() && text.contains(squash(above.credit().get())))
                && !leftoverBoilerplate.remove(text)) {
              problems.add(line + ": neither the credit of the caption above nor boilerplate");
            }
            break;
          }
          pendingCredit = text;
          break;
        case BOILERPLATE:
          // a labelled line of the canonical text holds the boilerplate after its label
          if (!leftoverBoilerplate.remove(line.rule().equals("boilerplate:labelled")
              ? squash(line.text().strip().substring("Boilerplate: ".length())) : text)) {
            problems.add(line + ": not in the boilerplate");
          }
          break;
        case TAGS:
          if (line.rule().equals("tags:heading") ? !leftoverBoilerplate.remove(text) : a.tags().isEmpty()) {
            problems.add(line + ": neither tags nor a heading in the boilerplate");
          }
          break;
        case CREDITS:
          if (a.credits().isEmpty()) {
            problems.add(line + ": no credits");
          }
          break;
        case BYLINE:
          if (a.bylines().isEmpty()) {
            problems.add(line + ": no bylines");
          }
          // what an author line holds besides its people and agencies (a handle, a note in brackets, a date
          // printed again, the section or a time printed last) is boilerplate; matched after the lines whose
          // text is a boilerplate entry exactly, so that a date line of its own keeps its entry (found by
          // HostileInputPropertiesTest)
          fuzzy.add(() -> {
            for (String piece : new ArrayList<>(leftoverBoilerplate)) {
              if (text.contains(piece) && (piece.startsWith("@") || piece.startsWith("(") || piece.matches(".*\\d{4}.*")
                  || text.endsWith(" " + piece))) {
                leftoverBoilerplate.remove(piece);
              }
            }
          });
          break;
        case PUBLISHED:
          if (a.published().isEmpty() && a.updated().isEmpty()) {
            problems.add(line + ": no date");
          }
          // what a line of the article's head prints beside its date is boilerplate (matched last, as above)
          fuzzy.add(() -> {
            for (String piece : leftoverBoilerplate) {
              if (line.rule().equals("date:in-head-line") && text.contains(piece) && !text.equals(piece)) {
                leftoverBoilerplate.remove(piece);
                break;
              }
            }
          });
          break;
        default:
          break;
      }
    }
    fuzzy.forEach(Runnable::run);
    if (blocks.hasNext()) {
      problems.add("blocks left over, from " + blocks.next());
    }
    if (titles > 1) {
      problems.add(titles + " title lines");
    }
    if (!leftoverBoilerplate.isEmpty()) {
      problems.add("boilerplate no line produced: " + leftoverBoilerplate);
    }
    return problems;
  }

  /**
   * The assignments with the lines a wrap broke apart joined again: a line with the rule {@code wrap:continued}
   * is joined to the line above it, which must have its role and be the source line right before it in the
   * report. Joined with a space, or with nothing after a hyphen that ends a word ("well-" and "known").
   */
  static List<LineAssignment> joined(List<LineAssignment> lines, List<String> problems) {
    List<LineAssignment> out = new ArrayList<>(lines.size());
    for (LineAssignment line : lines) {
      if (!line.rule().equals("wrap:continued")) {
        out.add(line);
        continue;
      }
      LineAssignment above = out.isEmpty() ? null : out.get(out.size() - 1);
      if (above == null || above.role() != line.role() || above.line() >= line.line()) {
        problems.add(line + ": continues no line of its role above it");
        out.add(line);
        continue;
      }
      String a = above.text().stripTrailing();
      boolean hyphen = a.length() >= 2 && a.charAt(a.length() - 1) == '-' && Character.isLetter(a.charAt(a.length() - 2));
      out.set(out.size() - 1, new LineAssignment(above.line(), a + (hyphen ? "" : " ") + line.text().strip(),
          above.role(), above.rule()));
    }
    return out;
  }

  /** The line as the checker compares it: Unicode spaces folded, trimmed. */
  public static String squash(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean isSpace = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200b' || ch == '\ufeff'
          || ch == '\u0085'; // NEL, which the parser counts as a space
      if (isSpace) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(ch);
      }
    }
    return b.toString();
  }

  static long countNonBlank(String source) {
    long count = 0;
    for (String line : source.split("\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]", -1)) {
      if (!squash(line).isEmpty()) {
        count++;
      }
    }
    return count;
  }
}
