package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.Cues.isModifier;
import static io.github.newsdoc.parser.internal.Phrases.withLetters;
import static io.github.newsdoc.parser.internal.Sentences.WINDOW;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a description stands for ("the minister", "the Belarusian leader", "the 67-year-old"): the fuller
 * phrase the article used for it before ("the official" after "a NATO official"), the person it gives that
 * role ({@link Roles}), or, for an age with none given, the person named last. One article's; made by its
 * {@link AttributionContext}.
 */
final class Descriptions {
  /** A description's fullest wording, and whether it names a person ("the minister" → "Ines Cole"). */
  record Description(String text, boolean person) {}

  // How many blocks back a description ("the official") is looked up.
  private static final int LOOKBACK = 10;

  private final List<String> texts;
  private final Tokens tokens;
  private final PersonIndex people;
  private final Map<String, Description> descriptions = new HashMap<>();

  Descriptions(List<String> texts, Tokens tokens, PersonIndex people) {
    this.texts = texts;
    this.tokens = tokens;
    this.people = people;
  }

  /**
   * The fullest wording of a description ({@code subject}, at block {@code block}) and whether it names a person.
   * A description that counts ("one survey respondent", "another respondent") keeps its count unless it names
   * a person: the count tells one unnamed speaker from the next.
   */
  Description describe(List<Words.Word> subject, int block, String text) {
    Description d = fullest(subject, block, text);
    Words.Word first = subject.get(0);
    if (!d.person() && subject.size() > 1 && AttributionWords.COUNTING.contains(first.lower())
        && !d.text().toLowerCase(Locale.ROOT).startsWith(first.lower() + " ")) {
      return new Description(first.lower() + " " + d.text(), false);
    }
    return d;
  }

  private Description fullest(List<Words.Word> subject, int block, String text) {
    List<Words.Word> noun = subject;
    if (Names.DETERMINERS.contains(noun.get(0).lower())) {
      noun = withLetters(noun.subList(1, noun.size())); // not "the , only": a description starts with a word
    }
    String own = noun.isEmpty() ? Names.join(subject, text) : Names.join(noun, text);
    Description d;
    if (noun.size() != 1) {
      d = new Description(own, false);
    } else {
      String head = noun.get(0).lower();
      d = descriptions.computeIfAbsent(head + "@" + block, k -> fuller(head, own, block, subject.get(0).start()));
    }
    if (!d.person() && !noun.isEmpty()) {
      // "the Belarusian leader" after "Alexander Lukashenko, the Belarusian leader,": the person given the role;
      // "a Varnian diplomat" or "another diplomat" is someone new: only a name in apposition beside it or named
      // with the role after it resolves it (Roles#resolve), never a person named with the role before
      boolean indefinite = indefinite(subject.get(0));
      String person = roles().resolve(noun, block, subject.get(0).start(), indefinite);
      if (person != null) {
        return new Description(person, true);
      }
      String body = organisation(subject, noun, block);
      if (body != null) {
        return new Description(body, false);
      }
      if (Roles.aged(noun) && !indefinite) {
        // "the 36-year-old said", no age given before: an epithet for the person named last, as a pronoun is
        PersonIndex.Mention m = people.lastBefore(block, subject.get(0).start());
        if (m != null) {
          return new Description(m.name(), true);
        }
      }
    }
    return d;
  }

  // An indefinite description ("a top diplomat", "another official", "one Varnian diplomat") introduces someone
  // new: no role the article gave a person before it, and no age, resolves it.
  private static boolean indefinite(Words.Word first) {
    String lower = first.lower();
    return INDEFINITE.contains(lower) || AttributionWords.COUNTING.contains(lower);
  }

  private static final Set<String> INDEFINITE = Set.of("a", "an", "any");

  // "the production company" after "Dick Clark Productions", "the agency" after "the Harbour Safety Agency":
  // a definite description in lower case whose last word is an organisation's head names the organisation the article
  // named last (in the blocks looked back over) whose name holds that head or another of the description's
  // words, in either number; null when none does.
  private String organisation(List<Words.Word> subject, List<Words.Word> noun, int block) {
    Words.Word head = noun.get(noun.size() - 1);
    if (!subject.get(0).lower().equals("the") || noun.size() > 3 || !Names.isOrgHead(head)) {
      return null;
    }
    for (Words.Word w : noun) {
      if (w.capitalised()) {
        return null; // "the Green Party" is a name of its own, not a description of one named before
      }
    }
    Set<String> stems = new HashSet<>();
    for (Words.Word w : noun) {
      if (w.length() >= 4) {
        stems.add(singular(w.lower()));
      }
    }
    FoundNames.Found f = people.organisationBefore(block, subject.get(0).start(), block - LOOKBACK, form -> {
      for (String word : form.split(" ")) {
        if (stems.contains(singular(word.toLowerCase(java.util.Locale.ROOT)))) {
          return true;
        }
      }
      return false;
    });
    return f == null ? null : f.form();
  }

  private static String singular(String lower) {
    return lower.length() > 4 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
  }

  // The roles the article gives the people it names, read on the first description.
  private Roles roles;
  Roles roles() {
    if (roles == null) {
      roles = Roles.of(tokens, people.mentions());
    }
    return roles;
  }

  private Description fuller(String head, String own, int block, int before) {
    Description best = new Description(own, false);
    for (int t = Math.max(0, block + 1 - LOOKBACK); t <= block + 1 && t < texts.size(); t++) {
      String other = texts.get(t);
      if (other == null) {
        continue;
      }
      int to = t == block + 1 ? before : other.length();
      List<Words.Word> words = tokens.range(t, Math.max(0, to - 5 * WINDOW), to);
      for (int i = 1; i < words.size(); i++) {
        if (!words.get(i).lower().equals(head) || words.get(i).parenthesised()) {
          continue; // not "Royal Academy of Dance (RAD)": an acronym in parentheses has no fuller run before it
        }
        int start = i;
        while (start > 0 && i - start < 5 && !words.get(start - 1).stops()
            && !Names.DETERMINERS.contains(words.get(start - 1).lower())
            && (words.get(start - 1).capitalised() || isModifier(words.get(start - 1).lower()))) {
          start--;
        }
        int after = i + 1;
        while (after < words.size() && after - i <= 3 && !words.get(after - 1).stops()
            && Names.isNameWord(words.get(after))) {
          after++;
        }
        if (after - i > 2 || after - i == 2 && people.knowsSurname(words.get(i + 1).core())) {
          best = new Description(people.fullest(Names.join(words.subList(i + 1, after), other)), true);
        } else if (start < i) {
          best = new Description(Names.join(words.subList(start, i + 1), other), false);
        }
      }
    }
    return best;
  }
}
