package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.isAcronym;

import java.util.ArrayList;
import java.util.List;

/**
 * Names joined by a slash or a hyphen inside one word are cut apart and each read on its own: "a New York
 * Times/CBS News poll", "Reuters/Ipsos", "a Washington Post-ABC News poll". A slash always cuts between
 * capitals; a hyphen only between two names the gazetteers know (or acronyms), since "Rolls-Royce" or
 * "Baden-Baden" is one name. Tried on a whole run before it is read; the parts are read as runs.
 */
final class JoinedNamesRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "joined-names";
  }

  @Override
  public Match tryAt(NameRun r, int from) {
    return cut(r.scan, r.words, from, r.to) ? Match.to(r.to) : Match.none();
  }

  // Whether the run was cut and read.
  private static boolean cut(NameScan scan, List<Words.Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      Words.Word w = words.get(k);
      int cut = joint(w);
      if (cut < 0) {
        continue;
      }
      Words.Word[] parts = w.splitAt(cut);
      List<Words.Word> local = new ArrayList<>(to - from + 3);
      int lo = Math.max(0, from - 2);
      local.addAll(words.subList(lo, k));
      local.add(parts[0]);
      local.add(parts[1]);
      local.addAll(words.subList(k + 1, Math.min(words.size(), to + 2)));
      int a = from - lo;
      int m = k - lo + 1; // the first word of the second name
      int b = to - lo + 1;
      if (w.charAt(cut) == '-' && !((KnownNames.organisation(local, a, m) || KnownNames.organisation(local, m, b))
          && organisationLike(local, a, m) && organisationLike(local, m, b) && KnownNames.whole(words, from, to) == 0)) {
        return false;
      }
      NameRun.read(scan, local, a, m);
      if (!cut(scan, local, m, b)) {
        NameRun.read(scan, local, m, b);
      }
      return true;
    }
    return false;
  }

  // Where a slash or hyphen joins two capitalised names inside the word, or -1.
  private static int joint(Words.Word w) {
    for (int k = 1; k + 1 < w.length(); k++) {
      char c = w.charAt(k);
      if ((c == '/' || c == '-') && Character.isLetterOrDigit(w.charAt(k - 1)) && Character.isUpperCase(w.charAt(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  // Whether words [from, to) look like an organisation's name: known, an acronym, or with a head word.
  private static boolean organisationLike(List<Words.Word> words, int from, int to) {
    return to - from == 1 && isAcronym(words.get(from).core()) || KnownNames.organisation(words, from, to)
        || NameContexts.isOrganisationRun(words, from, to);
  }
}
