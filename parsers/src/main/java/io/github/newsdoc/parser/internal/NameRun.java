package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.initialOfName;
import static io.github.newsdoc.parser.internal.NameShapes.isInitial;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.listInitial;
import static io.github.newsdoc.parser.internal.NameShapes.nickname;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.sentenceInitial;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;

import java.util.List;

/**
 * A run of capitalised words {@code [from, to)} being cut into names: the words that open it without being
 * part of a name are passed over (honorifics, titles, words of grammar), then the {@link NameRules#RUN run
 * rules} are tried once and the {@link NameRules#WORD word rules} at each word in turn. The run remembers
 * whether a title stands before the current word ("President …") and, per word, the facts several rules ask
 * (a first name? the longest known name? how far do name words go?), so that each is worked out once.
 */
final class NameRun {
  final NameScan scan;
  final List<Words.Word> words;
  final int from;
  int to;
  /** The current word. */
  int p;
  /** Whether a title, an honorific or a role stands before the current word. */
  boolean titled;

  private int firstNameAt = -1;
  private boolean firstName;
  private int knownAt = -1;
  private long known;
  private int wholeAt = -1;
  private int whole;
  private int nameEndAt = -1;
  private int nameEnd;
  private boolean person;

  NameRun(NameScan scan, List<Words.Word> words, int from, int to) {
    this.scan = scan;
    this.words = words;
    this.from = from;
    this.to = to;
    this.p = from;
  }

  /** Cuts the run {@code words[from, to)} into names. */
  static void read(NameScan scan, List<Words.Word> words, int from, int to) {
    new NameRun(scan, words, from, to).read();
  }

  /** As {@link #read(NameScan, List, int, int)}, a title standing before the run when {@code titled}. */
  static void read(NameScan scan, List<Words.Word> words, int from, int to, boolean titled) {
    NameRun run = new NameRun(scan, words, from, to);
    run.titled = titled;
    run.read();
  }

  private void read() {
    // trailing connectors are not part of a name
    while (to > from && EntityWords.CONNECTORS.contains(words.get(to - 1))) {
      to--;
    }
    skipOpening();
    if (p >= to) {
      return;
    }
    for (NameRule<NameRun> rule : NameRules.RUN) {
      if (rule.tryAt(this, p).matched()) {
        return;
      }
    }
    while (p < to) {
      if (Names.inTitlePair(words, p)) {
        titled = true; // "… and Lt Col Dana Whitlow": a title of two words inside the run, no part of a name
        p++;
        continue;
      }
      NameRule.Match m = NameRule.Match.none();
      for (NameRule<NameRun> rule : NameRules.WORD) {
        m = rule.tryAt(this, p);
        if (m.matched()) {
          break;
        }
      }
      if (m.matched()) {
        titled &= m.keepsTitle();
        p = m.next();
      } else {
        titled = false;
        p++;
      }
    }
  }

  // Passes over the words that open the run without being part of a name.
  private void skipOpening() {
    RecognizerContext ctx = scan.ctx;
    titled |= from > 0 && EntityWords.ROLES.contains(words.get(from - 1)) && !words.get(from - 1).stops();
    boolean orgRun = NameContexts.isOrganisationRun(words, p, to);
    while (p < to && !(p == from && (initialOfName(words, p) || listInitial(words, p)))
        && (Names.isHonorific(words.get(p))
        // "the Rt Hon Peter Crane", "Det Supt Mira Osei": a title of two words ("Hon Hai" is a name)
        || Names.inTitlePair(words, p)
        // "May Department Stores": a month's name can start an organisation's
        || EntityWords.NOT_NAMES.contains(words.get(p))
            && !(orgRun && p == from && EntityWords.MONTHS.contains(words.get(p)))
        // "Republicans ...", but not "Republican National Committee" nor a name a gazetteer knows whole
        // ("Liberal Democrats", whose words are groups' words)
        || !orgRun && KeyFacts.group(words.get(p)) && KnownNames.lengthAt(words, p, to) < 2
        || EntityWords.CONNECTORS.containsCore(words.get(p))
        // a common word opening a sentence: "Shares in ...", when the article writes "shares" too
        || p == from && to - p > 1 && sentenceInitial(words, p) && ctx.lowerWords.contains(words.get(p).lower())
        // a verb of saying in the past opening a sentence before its subject: "Stated Brennick: …", "Added
        // Ruiz: …" (not "Ask Jeeves", a name in the imperative)
        || p == from && to - p > 1 && sentenceInitial(words, p) && !stops(words.get(p))
            && words.get(p).lower().endsWith("ed") && AttributionWords.SPEECH.contains(words.get(p).lower())
            && !Gazetteer.INSTANCE.firstName(words.get(p))
        // "Singer Knight", "Notice Trump": a word opening the sentence before a surname the article gives a
        // person elsewhere, itself no first name
        || p == from && to - p == 2 && sentenceInitial(words, p) && !stops(words.get(p))
            && ctx.titledNames.contains(bare(words.get(p + 1))) && !ctx.titledNames.contains(words.get(p).core())
            && !Gazetteer.INSTANCE.firstName(words.get(p)) && !isInitial(words.get(p))
            && Names.isNameWord(words.get(p)) && !orgRun
        // "Singer Alex Kapranos was …", "Enter Stuart R. Kaplan, …": a word opening the sentence before a first
        // name that opens a person's name, itself no first name and no part of a name the gazetteer knows
        || p == from && to - p > 2 && sentenceInitial(words, p) && !stops(words.get(p)) && !orgRun
            && !Gazetteer.INSTANCE.firstName(words.get(p)) && !isInitial(words.get(p))
            && KnownNames.lengthAt(words, p, to) < 2 && firstName(p + 1))) {
      // "Governor Orvel Major", though the article writes "governor" too
      titled |= Names.isHonorific(words.get(p)) || EntityWords.ROLES.contains(words.get(p));
      p++;
    }
  }

  /** Records a name a rule found. */
  void emit(NameRule<?> rule, int start, int end, EntityType type) {
    scan.emit(rule, start, end, type);
  }

  /** The article around the run. */
  RecognizerContext ctx() {
    return scan.ctx;
  }

  /**
   * Whether the word at q is a first name before more of a person's name: "Chad Johnson", "Georgia Smith" (a
   * first name, not a place), "Mervyn King", "Mark Cuban"; no longer known name starts there.
   */
  boolean firstName(int q) {
    if (firstNameAt != q) {
      firstNameAt = q;
      Gazetteer g = Gazetteer.INSTANCE;
      Words.Word w = words.get(q);
      firstName = q + 1 < to && !stops(w) && !possessive(w) && g.firstName(w)
          // a place's name can be a surname: "Miranda Richardson", "Guy Mansfield"
          && (Names.isNameWord(words.get(q + 1))
              || NameContexts.titleSurname(words, q, to)
              || isInitial(words.get(q + 1))
              || afterParticles(words, q + 1, to) > 0
              || KeyFacts.demonym(words.get(q + 1)) && (q + 2 == to || stops(words.get(q + 1))))
          && KnownNames.lengthAt(words, q, to) < 2;
    }
    return firstName;
  }

  /** Whether the words from q to the run's end are one name the gazetteer knows: their length, or 0. */
  int whole(int q) {
    if (wholeAt != q) {
      wholeAt = q;
      whole = KnownNames.whole(words, q, to);
    }
    return whole;
  }

  /** The longest known name at q (see {@link KnownNames#longest}); none at a first name. */
  long known(int q) {
    if (knownAt != q) {
      knownAt = q;
      known = firstName(q) ? 0 : KnownNames.longest(words, q, to);
    }
    return known;
  }

  /**
   * Whether the words at q are a person's by what stands before or around them: a first name, a title, or a
   * surname that speaks elsewhere in the article ("Salem said": "Huda Salem" is no city).
   */
  boolean person(int q) {
    nameEnd(q);
    return person;
  }

  /**
   * The end of the name words from q: at most five, initials and a nickname inside, a demonym or a title word
   * as a surname after a first name, and no place's name after the first unless it is a person's.
   */
  int nameEnd(int q) {
    if (nameEndAt == q) {
      return nameEnd;
    }
    RecognizerContext ctx = scan.ctx;
    Words.Word w = words.get(q);
    boolean first = firstName(q);
    person = first || titled
        || q + 1 < to && !stops(w) && ctx.titledNames.contains(bare(words.get(q + 1)))
        || q + 2 < to && !stops(w) && !stops(words.get(q + 1)) && ctx.titledNames.contains(bare(words.get(q + 2)));
    int e = q;
    while (true) {
      e = nameWordsEnd(q, e, first);
      // "Luiz Inacio Lula da Silva", "Ursula von der Leyen": a particle in a person's surname goes on to it
      int f = person ? afterParticles(words, e, to) : -1;
      if (f < 0 || f - q >= 6) {
        break;
      }
      e = f;
    }
    if (!person && e > q && e < to && !stops(words.get(e - 1)) && KeyFacts.place(words.get(e))) {
      // "Dahlys Hamilton, 45,", "Dahlys Hamilton said she …": a place's name after name words is a surname
      // when the words around the whole name say it is a person's
      person = true;
      int whole = nameWordsEnd(q, q, false);
      if (whole > e && PersonEvidence.of(words, q, whole) >= PersonEvidence.STRONG) {
        e = whole;
      } else {
        person = false;
      }
    }
    nameEndAt = q;
    nameEnd = e;
    return e;
  }

  // The end of the name words from e on, in the name that starts at q.
  private int nameWordsEnd(int q, int e, boolean first) {
    Gazetteer g = Gazetteer.INSTANCE;
    while (e < to && e - q < 5 && (e == q || !stops(words.get(e - 1)) || nickname(words, e - 1))
        && (Names.isNameWord(words.get(e)) && !EntityWords.NOT_NAMES.contains(words.get(e))
            || isInitial(words.get(e)) && e + 1 < to && (Names.isNameWord(words.get(e + 1)) || isInitial(words.get(e + 1)))
            // "Mark Cuban": a demonym can be a surname, last after a first name
            || e == q + 1 && first && KeyFacts.demonym(words.get(e))
                && (e + 1 == to || stops(words.get(e)))
            || e == q + 1 && (first || person) && NameContexts.titleSurname(words, q, to))
        && (e == q || person || !KeyFacts.place(words.get(e)))) {
      e++;
    }
    return e;
  }

  /**
   * After a name word at k - 1, one or two lower-case surname particles and a name word: the index of that
   * name word ("Lula da Silva", "von der Leyen"), or -1.
   */
  static int afterParticles(List<Words.Word> words, int k, int to) {
    if (k <= 0 || k >= to || stops(words.get(k - 1)) || possessive(words.get(k - 1))) {
      return -1;
    }
    int f = k;
    while (f < to && f - k < 2 && Character.isLowerCase(words.get(f).first()) && !stops(words.get(f))
        && EntityWords.SURNAME_PARTICLES.contains(words.get(f).lower())) {
      f++;
    }
    return f > k && f < to && Names.isNameWord(words.get(f)) ? f : -1;
  }
}
