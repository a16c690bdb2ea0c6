package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The site's own name in an author line: a name most of whose words the site's name holds ("Por Ana Ruiz,
 * Gazeta Vale Norte" on the Gazeta Vale's page, the site's name as its browser-title line prints it) is the
 * outlet, which goes to the credits, not a second author.
 */
final class SiteOutlets {
  private SiteOutlets() {}

  /**
   * The reading with the names the site's name holds moved from the people to the credits; unchanged when no
   * name is the site's, or when every name is (then the line names no one else to keep).
   */
  static Bylines.Reading withoutSite(Bylines.Reading reading, Optional<String> site) {
    if (site.isEmpty() || reading.people().size() < 2) {
      return reading;
    }
    Set<String> siteWords = new HashSet<>(Arrays.asList(site.get().toLowerCase(Locale.ROOT).split(" ")));
    List<Byline> kept = new ArrayList<>();
    List<String> outlets = new ArrayList<>(reading.credits());
    for (Byline b : reading.people()) {
      String[] words = b.name().toLowerCase(Locale.ROOT).split(" ");
      long shared = Arrays.stream(words).filter(siteWords::contains).count();
      if (2 * shared > words.length) {
        outlets.add(b.name());
      } else {
        kept.add(b);
      }
    }
    return kept.size() == reading.people().size() || kept.isEmpty() ? reading
        : new Bylines.Reading(List.copyOf(kept), List.copyOf(outlets), reading.date(), reading.rest(), reading.weak());
  }
}
