package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.EntityRecognizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of an article's texts, as the entity stage reads them before grouping: the recognizer's mentions
 * (overlapping ones dropped), then the passes over them all: a surname alone names the person introduced
 * with it ("surname-alone"), a title-case headline's names are trusted only when the body or a gazetteer
 * names them ("title-case-headline"), and a single name that is the surname of a person named in full is
 * that person ("surname-of-person"). Each found name keeps the name of the rule behind it.
 */
final class FoundNames {
  /** A surname alone, where it stands, naming the person the article introduced with it. */
  static final String SURNAME_ALONE = "surname-alone";
  /** Part of a name in a title-case headline, the part the body names. */
  static final String TITLE_CASE_HEADLINE = "title-case-headline";
  /** A single name retyped as the person whose surname it is. */
  static final String SURNAME_OF_PERSON = "surname-of-person";
  /** The rule name of the mentions of a recognizer other than the built-in one. */
  static final String RECOGNIZER = "recognizer";

  private FoundNames() {}

  /**
   * A name in text {@code block + 1} (the title is block -1), its form, the rule that found it and the weight
   * of the evidence around it that it names an organisation ({@link OrganisationEvidence}) and a person
   * ({@link PersonEvidence}; {@link PersonEvidence#UNWEIGHED} for a one-word name no guessing rule found, read
   * through {@link PersonEvidence#of(Tokens, Found)}).
   */
  record Found(int block, int start, int end, EntityType type, String form, String rule, int evidence,
      int person) {
    /** A name with no evidence weighed. */
    Found(int block, int start, int end, EntityType type, String form, String rule) {
      this(block, start, end, type, form, rule, 0, 0);
    }
  }

  /** The names of the texts, in article order, after the passes over them all. */
  static List<Found> of(List<String> texts, EntityRecognizer recognizer, Tokens tokens) {
    return of(texts, recognizer, tokens, 0, 0);
  }

  /**
   * As {@link #of(List, EntityRecognizer, Tokens)}, without the names that start in the first {@code dateline}
   * characters of text {@code datelineText}: a dateline's place and agency ("WASHINGTON (AP) — ") say where
   * and by whom the article was filed and name no entity of it ("dateline", not a rule of its own: nothing is
   * found there).
   */
  static List<Found> of(List<String> texts, EntityRecognizer recognizer, Tokens tokens, int datelineText,
      int dateline) {
    List<FamilyNames> families = new ArrayList<>(1);
    List<Found> found = recognise(texts, recognizer, tokens, datelineText, dateline, families);
    if (found.isEmpty()) {
      return found;
    }
    // the family names of the names found: the surnames alone added since are single words, which open none
    return surnamesArePeople(titleMentions(found, texts.get(0), tokens.of(0)), families.get(0).words(), tokens);
  }

  // In a headline written in title case every word is capitalised, so a name there is only trusted when the
  // body names it too (or a gazetteer does).
  private static List<Found> titleMentions(List<Found> found, String title, List<Words.Word> words) {
    if (!NameShapes.titleCase(words)) {
      return found;
    }
    // the body's names, then their last words, each with the type the body first gives it
    Map<String, EntityType> body = new HashMap<>();
    for (Found f : found) {
      if (f.block() >= 0) {
        body.putIfAbsent(f.form(), f.type());
      }
    }
    for (Found f : found) {
      if (f.block() >= 0) {
        body.putIfAbsent(f.form().substring(f.form().lastIndexOf(' ') + 1), f.type());
      }
    }
    Gazetteer g = Gazetteer.INSTANCE;
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.block() >= 0 || body.containsKey(f.form()) || g.place(f.form()) != null || g.organisation(f.form()) != null) {
        kept.add(f);
        continue;
      }
      // "Cheerful Quent Wins Vote": the title-case words around a name the body uses are not part of it (a
      // run has at most ten words, so trying its sub-runs stays cheap)
      String[] parts = f.form().split(" ");
      search:
      for (int a = 0; a < parts.length; a++) {
        for (int b = parts.length; b > a; b--) {
          if (a == 0 && b == parts.length) {
            continue;
          }
          String sub = String.join(" ", java.util.Arrays.asList(parts).subList(a, b));
          int at = title.indexOf(sub, f.start());
          if (body.containsKey(sub) && at >= 0 && at + sub.length() <= f.end()) {
            // "Russia Sends Troops": the part is what the body makes it, a place, not what the run was read as
            kept.add(new Found(f.block(), at, at + sub.length(), body.get(sub), sub, TITLE_CASE_HEADLINE));
            break search;
          }
        }
      }
    }
    return kept;
  }

  // A single name that is the surname of a person the article names in full is that person: "Hamilton" after
  // "Lewis Hamilton" is not the city, "Trump" in a headline is not an organisation; unless the evidence of its
  // mentions for a place or a body outweighs that for the person (SurnameWeights), or it names a country.
  private static List<Found> surnamesArePeople(List<Found> found, Set<String> families, Tokens tokens) {
    Set<String> surnames = new HashSet<>();
    Gazetteer g = Gazetteer.INSTANCE;
    for (String family : families) {
      if (g.place(family) == null && g.organisation(family) == null) {
        surnames.add(family); // "Xi" after "Xi Jinping", unless "Jordan" may be the country
      }
    }
    for (Found f : found) {
      int space = f.form().lastIndexOf(' ');
      if (f.type().equals(EntityType.PERSON) && space > 0
          && (f.block() >= 0 || Gazetteer.INSTANCE.firstName(f.form().substring(0, f.form().indexOf(' '))))) {
        surnames.add(f.form().substring(space + 1));
      }
    }
    Set<String> others = SurnameWeights.otherThanPerson(found, surnames, tokens);
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean surname = !f.type().equals(EntityType.PERSON) && f.form().indexOf(' ') < 0
          && surnames.contains(f.form()) && !NameShapes.isAcronym(f.form()) && !others.contains(f.form());
      out.add(surname ? new Found(f.block(), f.start(), f.end(), EntityType.PERSON, f.form(), SURNAME_OF_PERSON,
          f.evidence(), f.person()) : f);
    }
    return out;
  }

  // The mentions of a recognizer other than the built-in one, under one rule name.
  private static List<RuleMention> fromRecognizer(List<EntityRecognizer.Mention> mentions) {
    List<RuleMention> named = new ArrayList<>(mentions.size());
    for (EntityRecognizer.Mention m : mentions) {
      named.add(new RuleMention(m.start(), m.end(), m.type(), RECOGNIZER));
    }
    return named;
  }

  // The names found, with the surnames alone that name people introduced in full; adds to families the family
  // names among the names found (worked out once: they look for each first word in the whole article).
  private static List<Found> recognise(List<String> texts, EntityRecognizer recognizer, Tokens tokens,
      int datelineText, int dateline, List<FamilyNames> families) {
    Set<String> surnames = new HashSet<>();
    // per text, the indices of its capitalised words (empty without the built-in recognizer): they outlive
    // the recognizer context, whose tables are let go before the surnames are looked for (issue 19)
    List<int[]> capitals = new ArrayList<>();
    List<Found> found = named(texts, recognizer, tokens, surnames, capitals, datelineText, dateline);
    FamilyNames family = FamilyNames.of(found, tokens.placed());
    families.add(family);
    surnames.addAll(family.words()); // "Xi" of "Xi Jinping" alone names him too
    // a surname alone, wherever it stands, names the person introduced with it
    List<Found> all = new ArrayList<>(found);
    int next = 0; // found is in article order: walk it beside the words
    for (int t = 0; t < texts.size() && !surnames.isEmpty(); t++) {
      int block = t - 1;
      List<Words.Word> words = tokens.of(t);
      int[] caps = capitals.isEmpty() ? null : capitals.get(t);
      int count = caps != null ? caps.length : words.size();
      for (int k = 0; k < count; k++) {
        Words.Word w = words.get(caps != null ? caps[k] : k);
        while (next < found.size() && (found.get(next).block() < block
            || found.get(next).block() == block && found.get(next).end() <= w.start())) {
          next++;
        }
        if (w.length() == 0 || !Character.isUpperCase(w.charAt(0))) {
          continue; // a surname is capitalised; most words need no look-up
        }
        // the first mention not ending before the word overlaps it unless it starts after the word: a mention
        // may start inside a word ("R-Texas" gives "Texas"), and a surname laid over it would overlap it
        boolean inside = next < found.size() && found.get(next).block() == block && found.get(next).start() < w.end();
        if (!inside && surnames.contains(w.core())) {
          all.add(new Found(block, w.start(), w.end(), EntityType.PERSON, w.core(), SURNAME_ALONE));
        }
      }
    }
    all.sort(Comparator.comparingInt(Found::block).thenComparingInt(Found::start));
    return all;
  }

  // The names the recognizer finds in each text, in article order, adding to surnames the last word of every
  // person's name of two words or more outside the title, and to capitals the context's capitalised words.
  private static List<Found> named(List<String> texts, EntityRecognizer recognizer, Tokens tokens,
      Set<String> surnames, List<int[]> capitals, int datelineText, int dateline) {
    List<Found> found = new ArrayList<>();
    RecognizerContext context = null;
    if (recognizer == RuleBasedRecognizer.INSTANCE) {
      List<List<Words.Word>> all = new ArrayList<>(texts.size());
      for (int t = 0; t < texts.size(); t++) {
        all.add(tokens.of(t));
      }
      context = RecognizerContext.of(all);
      capitals.addAll(context.capitals);
    }
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      List<RuleMention> mentions = context != null
          ? RuleBasedRecognizer.INSTANCE.recognize(tokens.of(t), context, context.capitals(t))
          : fromRecognizer(recognizer.recognize(text));
      mentions.sort(Comparator.comparingInt(RuleMention::start));
      int last = 0;
      for (RuleMention m : mentions) {
        if (m.start() < last || m.end() > text.length()) {
          continue; // overlapping or outside the text: dropped, as documented
        }
        if (t == datelineText && m.start() < dateline) {
          continue; // "NEW YORK, Nov. 3 (UPI) — ": where and by whom it was filed
        }
        int start = m.start();
        int end = m.end();
        while (start < end && Text.isSpace(text.charAt(start))) {
          start++;
        }
        while (end > start && Text.isSpace(text.charAt(end - 1))) {
          end--;
        }
        if (start == end) {
          continue;
        }
        String form = Text.collapse(text.substring(start, end));
        found.add(new Found(t - 1, start, end, m.type(), form, m.rule(), m.evidence(), m.person()));
        last = m.end();
      }
    }
    if (context != null && !context.works.isEmpty()) {
      found = withoutWorks(found, context.works);
    }
    if (context != null && !context.titles.isEmpty()) {
      found = withoutTitles(found, context.titles, texts);
    }
    if (context != null && !context.products.isEmpty()) {
      found = withoutProducts(found, context.products, context.speaking);
    }
    for (Found f : found) {
      if (f.block() >= 0 && f.type().equals(EntityType.PERSON) && f.form().indexOf(' ') > 0) {
        surnames.add(f.form().substring(f.form().lastIndexOf(' ') + 1));
      }
    }
    return found;
  }

  // The names that end where a title the article names elsewhere ends, inside the same words ("Quiet Marrows"
  // in "The Quiet Marrows opened" after "liked The Quiet Marrows"), or that are the whole title, with or without
  // its leading article ("Quiet Marrows wins"; not a first name alone), as for the works. Each title's endings after a space are looked
  // up by the name's form; the text before the name is then compared.
  private static List<Found> withoutTitles(List<Found> found, Set<String> titles, List<String> texts) {
    Map<String, List<String>> byEnding = new HashMap<>();
    Set<String> whole = new HashSet<>(titles);
    for (String title : titles) {
      String rest = withoutArticle(title);
      // "The Marco" in a jibe: a first name alone after the article stays the person's elsewhere
      if (rest != null && !(rest.indexOf(' ') < 0 && Gazetteer.INSTANCE.firstName(rest))) {
        whole.add(rest);
      }
      for (int k = title.indexOf(' '); k > 0; k = title.indexOf(' ', k + 1)) {
        byEnding.computeIfAbsent(title.substring(k + 1), e -> new ArrayList<>(1)).add(title);
      }
    }
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean inTitle = whole.contains(f.form());
      List<String> ending = inTitle ? null : byEnding.get(f.form());
      if (ending != null) {
        String text = texts.get(f.block() + 1);
        for (String title : ending) {
          int at = f.end() - title.length();
          inTitle |= at >= 0 && text.regionMatches(at, title, 0, title.length());
        }
      }
      if (!inTitle) {
        kept.add(f);
      }
    }
    return kept;
  }

  // The names that only the weakest rules typed (one unknown word capitalised twice, unknown words together)
  // and that the article uses as a product's elsewhere ("the Velora technology"), unless they speak somewhere
  // ("Velora said"), as a body does
  private static List<Found> withoutProducts(List<Found> found, Set<String> products, Set<String> speaking) {
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean weak = f.rule().equals(SingleNameRule.NAME) || f.rule().equals(UnknownNamesRule.NAME);
      if (!weak || !products.contains(f.form()) || speaking.contains(f.form())) {
        kept.add(f);
      }
    }
    return kept;
  }

  // The names that are not the title of a work the article names elsewhere ("The Dragon Waiting provokes"
  // after "the book The Dragon Waiting"), with or without its leading article.
  private static List<Found> withoutWorks(List<Found> found, Set<String> works) {
    Set<String> titles = new HashSet<>();
    for (String w : works) {
      titles.add(w);
      String rest = withoutArticle(w);
      if (rest != null) {
        titles.add(rest);
      }
    }
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      if (!titles.contains(f.form())) {
        kept.add(f);
      }
    }
    return kept;
  }

  // A title without the article that opens it ("Quiet Marrows" of "The Quiet Marrows"), or null when none does.
  private static String withoutArticle(String title) {
    int space = title.indexOf(' ');
    return space > 0 && AttributionWords.ARTICLES.contains(title.substring(0, space).toLowerCase(java.util.Locale.ROOT))
        ? title.substring(space + 1) : null;
  }
}
