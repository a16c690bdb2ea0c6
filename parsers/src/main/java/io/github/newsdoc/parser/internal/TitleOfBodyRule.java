package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.List;

/**
 * A title with "of" or "for" and the body or the place it is held in, opening a run: "Secretary of State",
 * "President of the European Parliament", "Chief Executive of Varden Hospitals Trust". The title is no
 * organisation's name; what follows it is read as a run of its own, titled when a title word ends the title
 * ("Secretary of State Kerry"). The title's words are title words, the last before "of" a head word of titles
 * ("secretary", "director", "head"), so that "House of Representatives" or "Office of the Secretary" is not one.
 */
final class TitleOfBodyRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "title-of-body";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    int k = titleWords(words, p, r.to, true);
    if (k == p || k + 1 >= r.to || !EntityClusters.TITLE_HEADS.contains(words.get(k - 1).lower()) || !ofOrFor(words.get(k))
        // "White House Chief of Staff": a known name among the title's words is read as the other runs are
        || KnownNames.lengthAt(words, p, k) >= 2) {
      return Match.none();
    }
    // "of" or "for", perhaps "the", title words ("Secretary of State for Culture"), again
    boolean titled = false;
    while (k < r.to && ofOrFor(words.get(k))) {
      k++;
      if (k < r.to && words.get(k).lower().equals("the") && !stops(words.get(k))) {
        k++;
      }
      int t = titleWords(words, k, r.to, false);
      titled = t > k;
      k = t;
    }
    if (k < r.to) {
      NameRun.read(r.scan, words, k, r.to, titled);
    }
    return Match.to(r.to);
  }

  // The end of the title words from k on, none ending a sentence; demonyms among them only before "of" ("US
  // Secretary of State", but "President of the European Parliament").
  private static int titleWords(List<Words.Word> words, int k, int to, boolean demonyms) {
    while (k < to && (demonyms ? Names.isTitleWord(words.get(k)) : Names.TITLE_WORDS.contains(words.get(k)))
        && !EntityWords.CONNECTORS.contains(words.get(k)) && !stops(words.get(k))) {
      k++;
    }
    return k;
  }

  private static boolean ofOrFor(Words.Word w) {
    String lower = w.lower();
    return (lower.equals("of") || lower.equals("for")) && !stops(w);
  }
}
