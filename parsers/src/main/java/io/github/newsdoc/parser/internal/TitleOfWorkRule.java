package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.List;

/**
 * The title of a work, which is no entity: a run after a noun such as "show" or "album" ("the show Shark
 * Tank", "her new album Blue Harbour"), or alone between quotation marks ("“Shark Tank”", "''Meet the
 * Press''") when no gazetteer knows it. Tried on a whole run before it is read.
 */
final class TitleOfWorkRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "title-of-work";
  }

  @Override
  public Match tryAt(NameRun r, int from) {
    return titleOfWork(r.words, from, r.to) ? Match.to(r.to) : Match.none();
  }

  private static boolean titleOfWork(List<Words.Word> words, int from, int to) {
    if (from > 1 && EntityWords.WORK_NOUNS.contains(words.get(from - 1).lower()) && !stops(words.get(from - 1))) {
      // the noun is one ("the hit show", "her new album"), not a verb ("polls show Ruiz ahead")
      for (int k = from - 2; k >= 0 && from - k <= 4 && !stops(words.get(k)); k--) {
        if (Names.DETERMINERS.contains(words.get(k).lower()) || possessive(words.get(k))) {
          return true;
        }
      }
    }
    Words.Word first = words.get(from);
    String trailing = words.get(to - 1).trailing();
    boolean closed = trailing.indexOf('"') >= 0 || trailing.indexOf('\u201d') >= 0 || trailing.startsWith("''");
    return first.quoted() && closed && !KnownNames.organisation(words, from, to)
        && Gazetteer.INSTANCE.place(Names.join(words.subList(from, to), first.source())) == null;
  }
}
