package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.LineRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's biography after the article's prose ({@code "Jane Doe covers health policy for …"}, {@code "—
 * Jo Park and Jane Doe are reporters on the city desk."}), which is not a paragraph of the article: it goes to
 * the boilerplate, with the author's name or the label ({@code "About the author"}) printed over it. When no
 * author line names the author, a writer's biography as the last line under the prose does (its name goes to
 * the bylines, {@link ArticleAssembler}).
 */
final class AuthorBios {
  /** The rule of an author's bio under the article. */
  static final String BIO_RULE = "byline:bio";

  // What a biography says of its people, right after their names (and an address in brackets).
  private static final Pattern BIO_VERB = Pattern.compile(
      "(?: \\([^()]{1,80}\\))?(?:, [^,]{1,60},)?,? (?:is|are|was|were|covers?|writes?|reports?|joined|"
          + "ha(?:s|ve) (?:been|written|covered|reported)|lives?)\\b.*");
  // A label a page prints before an author's biography: "About the author:", "Author bio:".
  private static final Pattern BIO_LABEL = Pattern.compile("(?i)(?:about the (?:author|writer|reporter)s?|author bio)[:.]? *");

  // A person's name (two or three capitalised words), perhaps an address or handle in brackets, then what a
  // biography says of them: group 2 is set by a verb of the writer's trade.
  private static final Pattern WRITER_BIO = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2})(?: \\([^()]{1,60}\\))?,? (?:(covers|writes|reports)\\b|is )");

  // Where the clause that says what the person is ends.
  private static final Pattern CLAUSE_END = Pattern.compile(",|;| (?:who|whose|that|which|told|said|when)\\b");

  private AuthorBios() {}

  /**
   * Makes boilerplate of the unclaimed lines after the article's prose that begin with the names of the
   * article's authors and say what they are or cover, or that name an author and an e-mail address. With
   * {@code nameAuthor} (the last pass over a page or scraped article, once every author line is read), when
   * no line names an author, a writer's biography as the last unclaimed line names the author.
   */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules, Object[] values, LineRole[] valueRoles,
      boolean nameAuthor) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == LineRole.BYLINE && values[i] instanceof Bylines.Reading) {
        for (Byline b : ((Bylines.Reading) values[i]).people()) {
          names.add(b.name());
        }
      }
    }
    if (names.isEmpty()) {
      if (nameAuthor) {
        unnamed(lines, roles, rules, values, valueRoles);
      }
      return;
    }
    long total = 0;
    for (int i = 0; i < roles.length; i++) {
      total += roles[i] == null ? Text.words(lines.get(i).text()) : 0;
    }
    long before = 0;
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] != null) {
        continue;
      }
      String t = lines.get(i).text();
      long words = Text.words(t);
      // after the prose: far less unclaimed text follows the line than stands before it
      if (before > 2 * (total - before - words) && words <= 120 && isBio(t, names)) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = BIO_RULE;
        int above = i - 1;
        if (above >= 0 && roles[above] == null && (names.stream().anyMatch(n -> n.equalsIgnoreCase(lines.get(above)
            .text())) || BIO_LABEL.matcher(lines.get(above).text()).matches())) {
          roles[above] = LineRole.BOILERPLATE; // the author's name, or the label, over the biography
          rules[above] = BIO_RULE;
        }
      }
      before += words;
    }
  }

  // Without an author line, a biography that is the last unclaimed line of the page, after the prose, opens with
  // a person's name and says they write or report ("Jo Park (@jopark) is a staff writer at …") names the author:
  // it goes to the boilerplate, its name to the bylines (ArticleAssembler). The last line only: a paragraph
  // about a journalist inside the article is no biography of its author.
  private static void unnamed(List<Line> lines, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles) {
    int last = roles.length - 1;
    while (last >= 0 && roles[last] != null) {
      last--;
    }
    if (last <= 0) {
      return;
    }
    long before = 0;
    for (int i = 0; i < last; i++) {
      before += roles[i] == null ? Text.words(lines.get(i).text()) : 0;
    }
    // the name as printed (its typographic apostrophes kept, as an author line's are)
    String t = Text.collapse(lines.get(last).raw());
    String author = before >= 100 && Text.words(t) <= 120 ? writerOf(t) : null;
    if (author != null) {
      roles[last] = LineRole.BOILERPLATE;
      rules[last] = BIO_RULE;
      valueRoles[last] = LineRole.BOILERPLATE;
      values[last] = new Bylines.Reading(List.of(Byline.of(author, Optional.empty())), List.of(), Optional.empty(),
          List.of(), false);
    }
  }

  /**
   * The person a writer's biography is of, when the line is one: a name of two or three words whose first name
   * is known, perhaps an address or handle in brackets, then "is" and a writer's job ({@code "Jo Park
   * (@jopark) is a staff writer at …"}), or a verb of the trade ({@code "Jo Park covers …"}); null otherwise.
   */
  static String writerOf(String line) {
    Matcher m = WRITER_BIO.matcher(line);
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    // the job is said of the person in the first clause: "is a nurse who told the reporter" is no writer's
    Matcher clause = CLAUSE_END.matcher(line);
    String first = line.substring(m.end(), clause.find(m.end()) ? clause.start() : line.length());
    boolean trade = m.group(2) != null
        || BylineRoles.PERSON_JOB.matcher(first.substring(0, Math.min(first.length(), 80))).matches();
    return trade && BylineNames.knownFirstName(name) && BylineNames.isName(name) ? name : null;
  }

  // A biography of the authors {@code names}: it opens with one or more of them, each by the whole name (in
  // capitals too), the first name or the family name, perhaps after a label ("About the author:") or a dash,
  // and says what they are or cover.
  static boolean isBio(String line, List<String> names) {
    boolean address = BylineLines.EMAIL.matcher(line).find();
    Matcher label = BIO_LABEL.matcher(line);
    String text = label.lookingAt() ? line.substring(label.end()) : line;
    int start = 0;
    while (start < text.length() && "—–-*_•· ".indexOf(text.charAt(start)) >= 0) {
      start++; // "— Jo Park is …": a layout's dash or bullet before the biography
    }
    text = text.substring(start);
    for (String name : names) {
      if (address && name.indexOf(' ') > 0 && line.contains(name)) {
        return true; // how to reach the author: 'Have a tip? Jo Park may be reached at jpark@example.com.'
      }
    }
    int end = namesAt(text, names);
    return end > 0 && BIO_VERB.matcher(text.substring(end)).matches();
  }

  // Where the authors' names the text opens with end ("Jo Park and Jane Doe are …": after "Doe"), joined by
  // commas, "and" or "&"; 0 when it opens with none.
  private static int namesAt(String text, List<String> names) {
    int end = 0;
    int at = 0;
    while (true) {
      int n = nameAt(text, at, names);
      if (n == 0) {
        return end;
      }
      end = at + n;
      if (text.startsWith(" and ", end)) {
        at = end + 5;
      } else if (text.startsWith(" & ", end)) {
        at = end + 3;
      } else if (text.startsWith(", ", end)) {
        at = end + 2;
      } else {
        return end;
      }
    }
  }

  // The length of the longest form of an author's name (whole, first or family name) at {@code at}, ending at
  // a word's end; 0 when none is there.
  private static int nameAt(String text, int at, List<String> names) {
    int best = 0;
    for (String name : names) {
      String[] words = name.split(" ");
      for (String said : new String[] {name, words[0], words[words.length - 1]}) {
        int len = said.length();
        if (len >= 3 && len > best && text.regionMatches(true, at, said, 0, len)
            && (at + len == text.length() || !Character.isLetter(text.charAt(at + len)))) {
          best = len;
        }
      }
    }
    return best;
  }

  /**
   * Marks the author's bio lines as lines that close the article, as a footer's marker does (a bio above the
   * article's prose closes nothing: the footer asks that less of the article stand after its marker than
   * before it); whether a bio line is marked that was not before.
   */
  static boolean closing(String[] rules, boolean[] ends) {
    boolean more = false;
    for (int i = 0; i < ends.length; i++) {
      if (!ends[i] && BIO_RULE.equals(rules[i])) {
        ends[i] = true;
        more = true;
      }
    }
    return more;
  }
}
