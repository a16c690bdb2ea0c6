package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.List;

/**
 * The title of a work, which is no entity: a run after a noun such as "show" or "album" ("the show Shark
 * Tank", "her new album Blue Harbour"), or after such a noun and "called", "titled" or "such as" ("the book
 * was called The Harbour Waits", "films such as The Quiet Ones"), or alone between quotation marks ("“Shark Tank”", "''Meet the
 * Press''") when no gazetteer knows it, or a run with a capitalised word of grammar inside a sentence ("a
 * role in The Quiet Marrows", "Do The Right Thing"), which only a title capitalises (kept in the context's
 * titles: where the same words stand again, the name found in them is dropped too). Tried on a whole run before it is read. The title is kept in the
 * context's works, and {@link FoundNames} drops the same words wherever else the recognizer took them for a
 * name ("The Dragon Waiting provokes …" after "the book The Dragon Waiting").
 */
final class TitleOfWorkRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "title-of-work";
  }

  @Override
  public Match tryAt(NameRun r, int from) {
    if (afterWorkNoun(r.words, from)) {
      // named as a work: the same words are no name elsewhere in the article either
      r.scan.ctx.works.add(Text.collapse(Names.join(r.words.subList(from, r.to), r.words.get(from).source())));
      return Match.to(r.to);
    }
    int title = titleStart(r, from);
    if (title >= 0) {
      // the names joined to it are read as ever: "Ana Ruiz for The Marrows", "The Marrows and Ana Ruiz"
      if (title > from) {
        NameRun.read(r.scan, r.words, from, title);
      }
      int end = titleEnd(r.words, title, r.to);
      // where the same words stand again, at a sentence's start (where the capital says nothing), the name
      // the recognizer finds in them goes too
      r.scan.ctx.titles.add(Text.collapse(Names.join(r.words.subList(title, end), r.words.get(title).source())));
      if (end + 1 < r.to) {
        NameRun.read(r.scan, r.words, end + 1, r.to);
      }
      return Match.to(r.to);
    }
    return quotedTitle(r.words, from, r.to) ? Match.to(r.to) : Match.none();
  }

  /**
   * Whether a capitalised word of grammar stands inside a sentence in the run, first or later ("a role in The
   * Quiet Marrows", "the drama Call Me Tomorrow", "Do The Right Thing"): sentences write such words in lower
   * case, titles of works capitalise them. Not in a text written in title case, nor when the title holds a
   * name the gazetteer knows ("The Hague", "The Economist") or an organisation's head word ("The OpEd
   * Project").
   */
  static boolean openedAsTitle(NameRun r, int from) {
    return titleStart(r, from) >= 0;
  }

  // The first word of the title in the run, or -1 when it holds none. The capitalised words of grammar before
  // the run's first name word, which the recognizer passes over, are part of it ("The" of "The Last Marrows");
  // after a lower-case word that joined the run ("Ana Ruiz for The Marrows") it starts at the word of grammar.
  private static int titleStart(NameRun r, int from) {
    List<Words.Word> words = r.words;
    int b = from;
    while (b > 0 && from - b < 3 && EntityWords.NOT_NAMES.contains(words.get(b - 1)) && titleWord(words.get(b - 1))
        && !stops(words.get(b - 1))) {
      b--;
    }
    int t = -1;
    for (int k = b; k < r.to && t < 0; k++) {
      Words.Word w = words.get(k);
      if (EntityWords.TITLE_OPENERS.contains(w.lower()) && titleWord(w)
          && (k > b ? !stops(words.get(k - 1)) : !NameShapes.sentenceInitial(words, k))) {
        t = k > b && !capitalisedWord(words.get(k - 1)) ? k : b;
      }
    }
    if (t < 0 || r.scan.titleCase()) {
      return -1;
    }
    int e = titleEnd(words, t, r.to);
    if (e - t < 2 || NameContexts.isOrganisationRun(words, t, e)) {
      return -1;
    }
    for (int k = t; k < e; k++) {
      // "The LSE": an acronym is a body's or a place's short name, seldom a title's word
      if (KnownNames.longest(words, k, e) != 0 || Names.isOrgHead(words.get(k))
          || NameShapes.isAcronym(NameShapes.bare(words.get(k)))) {
        return -1;
      }
    }
    return t;
  }

  // The end of the title that starts at t: the run's end, or a lower-case "and" that joins another name to it
  // ("The Marrows and Ana Ruiz")
  private static int titleEnd(List<Words.Word> words, int t, int to) {
    for (int e = t + 1; e < to; e++) {
      String lower = words.get(e).lower();
      if ((lower.equals("and") || lower.equals("&")) && !capitalisedWord(words.get(e))) {
        return e;
      }
    }
    return to;
  }

  // "The", "It": a capital, then lower-case letters only ("IT" is an acronym)
  private static boolean titleWord(Words.Word w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // Whether a closing quotation mark follows the word: '"', '”' or "''".
  private static boolean closed(Words.Word last) {
    int n = last.trailingLength();
    for (int k = 0; k < n; k++) {
      char c = last.trailingChar(k);
      if (c == '"' || c == '\u201d') {
        return true;
      }
    }
    return n >= 2 && last.trailingChar(0) == '\'' && last.trailingChar(1) == '\'';
  }

  // "the hit show Shark Tank", "her new album Blue Harbour": a work's noun right before the run; or a work's
  // noun, then "called" or "titled" ("the book was called The Harbour Waits", "a film titled Blue Harbour"),
  // or works' noun and "such as" ("films such as The Quiet Ones"), the noun at most three words before
  private static boolean afterWorkNoun(List<Words.Word> words, int from) {
    // the title's own article may stand between: "called The Harbour Waits"
    int b = from > 1 && AttributionWords.ARTICLES.contains(words.get(from - 1).lower()) ? from - 1 : from;
    if (b > 1 && !stops(words.get(b - 1)) && naming(words, b - 1)) {
      for (int k = b - 2; k >= 0 && b - k <= 4 && !stops(words.get(k)); k--) {
        Words.Word w = words.get(k);
        // the noun or its singular (made only for a word ending in s: most words are neither)
        if (EntityWords.WORK_NOUNS.contains(w) && !EntityWords.WORK_NOUNS_AMBIGUOUS.contains(w)
            || w.lower().endsWith("s") && workNoun(w.lower().substring(0, w.lower().length() - 1))) {
          return true;
        }
      }
    }
    if (from > 1 && EntityWords.WORK_NOUNS.contains(words.get(from - 1)) && !stops(words.get(from - 1))) {
      // the noun is one ("the hit show", "her new album"), not a verb ("polls show Ruiz ahead")
      for (int k = from - 2; k >= 0 && from - k <= 4 && !stops(words.get(k)); k--) {
        if (Names.DETERMINERS.contains(words.get(k).lower()) || possessive(words.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether a (lower-case) word is a work's noun that names nothing else: "film", not "program"
  private static boolean workNoun(String lower) {
    return EntityWords.WORK_NOUNS.contains(lower) && !EntityWords.WORK_NOUNS_AMBIGUOUS.contains(lower);
  }

  // "called", "titled", "entitled", or "as" after "such"
  private static boolean naming(List<Words.Word> words, int k) {
    String lower = words.get(k).lower();
    return lower.equals("called") || lower.equals("titled") || lower.equals("entitled")
        || lower.equals("as") && k > 0 && words.get(k - 1).lower().equals("such") && !stops(words.get(k - 1));
  }

  // "“Shark Tank”", "''Meet the Press''": alone between quotation marks, and no known name
  private static boolean quotedTitle(List<Words.Word> words, int from, int to) {
    Words.Word first = words.get(from);
    return first.quoted() && closed(words.get(to - 1)) && !KnownNames.organisation(words, from, to)
        && Gazetteer.INSTANCE.place(Names.join(words.subList(from, to), first.source())) == null;
  }
}
