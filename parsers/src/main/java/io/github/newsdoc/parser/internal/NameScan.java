package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/** One text read by the entity rules: its words, what the article around it says, and the names found. */
final class NameScan {
  final List<Words.Word> words;
  final RecognizerContext ctx;
  final List<RuleMention> out = new ArrayList<>();
  private Boolean shouting;
  private Boolean titleCase;

  NameScan(List<Words.Word> words, RecognizerContext ctx) {
    this.words = words;
    this.ctx = ctx;
  }

  /**
   * Records a name a rule found, with the weight of the evidence around it that it is an organisation's
   * ({@link OrganisationEvidence}) and a person's ({@link PersonEvidence}), whatever its type, for the entity its
   * mentions make up (0 where no stage reads it: organisation evidence only for the names the guessing rules
   * found, person evidence for those and for one-word names); a person's one name takes the regnal number
   * after it ("Edward IV"). The person evidence of a one-word name another rule found is left {@link
   * PersonEvidence#UNWEIGHED}: only {@link SurnameWeights} reads it, of a few names (about 100 of the 40,000
   * such names of the shared corpus), and weighs it then ({@link PersonEvidence#of(Tokens, FoundNames.Found)}).
   */
  void emit(NameRule<?> rule, int start, int end, EntityType type) {
    int p = wordAt(start);
    int q = wordAt(end);
    boolean inside = p < q && q <= words.size();
    // weighed only where it is read: the guessed names typing weighs (OrganisationTyping, PersonTyping), and
    // one-word names, which may be a person's surname or a place (SurnameWeights, which weighs them when asked)
    String name = rule.name();
    int evidence = inside && OrganisationTyping.GUESSES.contains(name) ? OrganisationEvidence.of(words, p, q) : 0;
    int person = !inside ? 0 : PersonTyping.GUESSES.contains(name) ? PersonEvidence.of(words, p, q)
        : q - p == 1 ? PersonEvidence.UNWEIGHED : 0;
    out.add(new RuleMention(start, type == EntityType.PERSON ? withRegnalNumber(start, end, q) : end, type,
        rule.name(), evidence, person));
  }

  private int wordAt(int offset) {
    return wordAt(words, offset);
  }

  // The first word that starts at or after the offset, found by halving (the words are in order); a store's
  // words are probed by index, without making a view of each.
  static int wordAt(List<Words.Word> words, int offset) {
    WordStore store = words instanceof WordStore s ? s : null;
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if ((store != null ? store.start(mid) : words.get(mid).start()) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // "King Edward IV", "Malcolm X": a roman numeral right after a person's one name is part of it. After a name
  // of more words ("Harry Hurt III") it is left out, so that the surname stays the name's last word for the
  // grouping of mentions and speakers. lo is the index of the first word after the name (wordAt of its end).
  private int withRegnalNumber(int start, int end, int lo) {
    if (lo == 0 || lo == words.size()) {
      return end;
    }
    Words.Word last = words.get(lo - 1);
    Words.Word next = words.get(lo);
    if (last.start() != start || last.end() != end || NameShapes.stops(last) || NameShapes.possessive(last)
        || !NameShapes.regnalNumber(next)) {
      return end;
    }
    return NameShapes.end(next);
  }

  /**
   * Whether the text is mostly in capitals (a shouted headline, a transcript's labels), so that it has no
   * acronyms to trust; counted once, when an unknown acronym first asks, and only as far as the answer is open.
   */
  boolean shouting() {
    if (shouting == null) {
      int upper = 0;
      int lower = 0;
      if (!words.isEmpty()) {
        // the letters of the words' cores: between them stand only spaces and punctuation, read in one pass
        String text = words.get(0).source();
        int end = words.get(words.size() - 1).runEnd();
        // the count stops once the letters left could no longer put the capitals ahead: a paragraph of prose
        // is told apart well before its end
        for (int k = words.get(0).runStart(); k < end && lower - upper < end - k; k++) {
          char ch = text.charAt(k);
          if (Character.isUpperCase(ch)) {
            upper++;
          } else if (Character.isLowerCase(ch)) {
            lower++;
          }
        }
      }
      shouting = upper > lower;
    }
    return shouting;
  }

  /**
   * Whether the text is written in title case (a headline, a list's heading), most of its words capitalised, so
   * that a capitalised word of grammar inside it says nothing; counted once, when first asked.
   */
  boolean titleCase() {
    if (titleCase == null) {
      titleCase = words.size() < 4 || NameShapes.titleCase(words); // too few words to tell: say nothing either
    }
    return titleCase;
  }
}
