package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;
import io.github.newsdoc.parser.EntityRecognizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the names a recognizer finds into one {@link Entity} per referent and links attributions to them.
 *
 * <p>People: a surname alone ("Lukashenko") joins the last person of that surname; spellings that differ in
 * a final vowel ("Lukashenko", "Lukashenka") are one surname, and first names must share their initial
 * ("Viktor"/"Viktar"). Organisations: an acronym joins its expansion when the text ties them ("Institute for
 * the Study of War (ISW)") or the gazetteer knows the pair (NATO). Places: other names of a place join it
 * ("U.S.", "United States"). Country-as-government metonymy ("Washington", "Moscow", "the Kremlin") is kept
 * as the place or body named, not resolved to a government. An entity's name is its fullest form in the
 * article; the other forms are its aliases.
 */
public final class EntityStage {
  private static final Set<String> TITLE_HEADS = WordList.load("title-heads");

  /** The rule name of the mentions of a recognizer other than the built-in one. */
  static final String RECOGNIZER = "recognizer";

  private EntityStage() {}

  /** Returns the article with its entities, its attributions linked to them. */
  public static Article apply(Article article, EntityRecognizer recognizer) {
    return apply(article, recognizer, QuoteStage.tokens(article));
  }

  /** Returns the article with its entities, reading words from {@code tokens} (title and blocks). */
  public static Article apply(Article article, EntityRecognizer recognizer, Tokens tokens) {
    List<String> texts = tokens.texts();
    List<Found> found = recognise(texts, recognizer, tokens);
    if (found.isEmpty()) {
      return article.withEntities();
    }
    found = surnamesArePeople(titleMentions(found, texts.get(0), tokens.of(0)));
    List<Cluster> clusters = cluster(found, texts);
    List<Entity> entities = new ArrayList<>(clusters.size());
    Map<String, String> idByForm = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      Cluster c = clusters.get(i);
      String id = "e" + (i + 1);
      entities.add(c.entity(id));
      for (String form : c.forms.keySet()) {
        idByForm.putIfAbsent(form, id);
      }
    }
    // the first person whose name ends with a word, for speakers the forms do not name (one look-up per quote)
    Map<String, String> personByLast = new HashMap<>();
    for (Entity e : entities) {
      if (e.type().equals(EntityType.PERSON)) {
        personByLast.putIfAbsent(e.name().substring(e.name().lastIndexOf(' ') + 1), e.id());
      }
    }
    List<Quote> quotes = new ArrayList<>(article.quotes().size());
    for (Quote q : article.quotes()) {
      quotes.add(q.attribution().map(a -> q.withAttribution(link(a, idByForm, personByLast))).orElse(q));
    }
    // quotes linked to entities of an earlier pass would not validate against the new entities: drop them
    // first (most articles have none, and are validated once less)
    boolean linked = false;
    for (Quote q : article.quotes()) {
      linked |= q.attribution().flatMap(Attribution::entity).isPresent();
    }
    return (linked ? article.withQuotes() : article).withEntities(entities).withQuotes(quotes);
  }

  // In a headline written in title case every word is capitalised, so a name there is only trusted when the
  // body names it too (or a gazetteer does).
  private static List<Found> titleMentions(List<Found> found, String title, List<Words.Word> words) {
    long capitalised = words.stream().filter(Words.Word::capitalised).count();
    if (words.size() < 4 || capitalised * 10 < words.size() * 7) {
      return found;
    }
    Set<String> body = new HashSet<>();
    for (Found f : found) {
      if (f.block() >= 0) {
        body.add(f.form());
        body.add(f.form().substring(f.form().lastIndexOf(' ') + 1));
      }
    }
    Gazetteer g = Gazetteer.INSTANCE;
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.block() >= 0 || body.contains(f.form()) || g.place(f.form()) != null || g.organisation(f.form()) != null) {
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
          if (body.contains(sub) && at >= 0 && at + sub.length() <= f.end()) {
            kept.add(new Found(f.block(), at, at + sub.length(), f.type(), sub));
            break search;
          }
        }
      }
    }
    return kept;
  }

  // A single name that is the surname of a person the article names in full is that person: "Hamilton" after
  // "Lewis Hamilton" is not the city, "Trump" in a headline is not an organisation.
  private static List<Found> surnamesArePeople(List<Found> found) {
    Set<String> surnames = new HashSet<>();
    for (Found f : found) {
      int space = f.form().lastIndexOf(' ');
      if (f.type().equals(EntityType.PERSON) && space > 0
          && (f.block() >= 0 || Gazetteer.INSTANCE.firstName(f.form().substring(0, f.form().indexOf(' '))))) {
        surnames.add(f.form().substring(space + 1));
      }
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean surname = !f.type().equals(EntityType.PERSON) && f.form().indexOf(' ') < 0
          && surnames.contains(f.form()) && !NameShapes.isAcronym(f.form());
      out.add(surname ? new Found(f.block(), f.start(), f.end(), EntityType.PERSON, f.form()) : f);
    }
    return out;
  }

  private static Attribution link(Attribution a, Map<String, String> idByForm, Map<String, String> personByLast) {
    String id = idByForm.get(a.speaker());
    if (id == null) {
      // a person whose name ends with the speaker's last word ("Lukashenko" for "Alexander Lukashenko")
      id = personByLast.get(a.speaker().substring(a.speaker().lastIndexOf(' ') + 1));
    }
    return id == null ? a.withEntity(Optional.empty()) : a.withEntity(id);
  }

  private record Found(int block, int start, int end, EntityType type, String form) {}

  // The mentions of a recognizer other than the built-in one, under one rule name.
  private static List<RuleMention> fromRecognizer(List<EntityRecognizer.Mention> mentions) {
    List<RuleMention> named = new ArrayList<>(mentions.size());
    for (EntityRecognizer.Mention m : mentions) {
      named.add(new RuleMention(m.start(), m.end(), m.type(), RECOGNIZER));
    }
    return named;
  }

  private static List<Found> recognise(List<String> texts, EntityRecognizer recognizer, Tokens tokens) {
    List<Found> found = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    RecognizerContext context = null;
    if (recognizer == RuleBasedRecognizer.INSTANCE) {
      List<List<Words.Word>> all = new ArrayList<>(texts.size());
      for (int t = 0; t < texts.size(); t++) {
        all.add(tokens.of(t));
      }
      context = RecognizerContext.of(all);
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
        found.add(new Found(t - 1, start, end, m.type(), form));
        last = m.end();
        if (t > 0 && m.type().equals(EntityType.PERSON) && form.indexOf(' ') > 0) {
          surnames.add(form.substring(form.lastIndexOf(' ') + 1));
        }
      }
    }
    // a surname alone, wherever it stands, names the person introduced with it
    List<Found> all = new ArrayList<>(found);
    int next = 0; // found is in article order: walk it beside the words
    for (int t = 0; t < texts.size() && !surnames.isEmpty(); t++) {
      String text = texts.get(t);
      int block = t - 1;
      List<Words.Word> words = tokens.of(t);
      int[] capitals = context != null ? context.capitals(t) : null;
      int count = capitals != null ? capitals.length : words.size();
      for (int k = 0; k < count; k++) {
        Words.Word w = words.get(capitals != null ? capitals[k] : k);
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
          all.add(new Found(block, w.start(), w.end(), EntityType.PERSON, w.core()));
        }
      }
    }
    all.sort(Comparator.comparingInt(Found::block).thenComparingInt(Found::start));
    return all;
  }

  /** One referent's mentions and the forms used for it. */
  private static final class Cluster {
    final EntityType type;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final List<Span> mentions = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    String firstInitial;

    Cluster(EntityType type) {
      this.type = type;
    }

    void add(Found f, List<String> texts) {
      forms.merge(f.form(), 1, Integer::sum);
      mentions.add(Span.of(f.block(), f.start(), f.end()));
      if (type.equals(EntityType.PERSON)) {
        if (f.form().indexOf(' ') > 0 && firstInitial == null) {
          firstInitial = initial(f.form());
        }
        for (String title : titlesBefore(texts.get(f.block() + 1), f.start())) {
          if (!titles.contains(title)) {
            titles.add(title);
          }
        }
      }
    }

    // The fullest form: the most words, the first used among equals.
    String name() {
      String best = null;
      for (String form : forms.keySet()) {
        if (best == null || Text.words(form) > Text.words(best)) {
          best = form;
        }
      }
      return best;
    }

    Entity entity(String id) {
      String name = name();
      List<String> aliases = new ArrayList<>();
      for (String form : forms.keySet()) {
        if (!form.equals(name)) {
          aliases.add(form);
        }
      }
      return Entity.builder().id(id).type(type).name(name).addAllAliases(aliases).addAllTitles(titles)
          .addAllMentions(mentions).build();
    }
  }

  private static List<Cluster> cluster(List<Found> found, List<String> texts) {
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byKey = new HashMap<>();
    Map<String, List<Cluster>> bySurname = new HashMap<>();
    Map<String, String> acronyms = acronyms(found, texts);
    // "Hillary" alone names the one person of the article with that first name ("Hillary Clinton")
    Map<String, String> surnameByFirst = new HashMap<>();
    for (Found f : found) {
      int space = f.form().indexOf(' ');
      if (f.type().equals(EntityType.PERSON) && space > 0) {
        String first = f.form().substring(0, space);
        String surname = surnameKey(f.form().substring(f.form().lastIndexOf(' ') + 1));
        String known = surnameByFirst.putIfAbsent(first, surname);
        if (known != null && !known.equals(surname)) {
          surnameByFirst.put(first, ""); // two people share it: it names neither
        }
      }
    }
    for (Found f : found) {
      Cluster c;
      if (f.type().equals(EntityType.PERSON)) {
        c = person(f, bySurname, clusters, surnameByFirst);
      } else {
        String key = key(f, acronyms);
        c = byKey.get(key);
        if (c == null) {
          c = new Cluster(f.type());
          byKey.put(key, c);
          clusters.add(c);
        }
      }
      c.add(f, texts);
    }
    // no two entities share a name: a later one with the name of an earlier one joins it
    Map<String, Cluster> byName = new HashMap<>();
    List<Cluster> merged = new ArrayList<>();
    for (Cluster c : clusters) {
      Cluster same = byName.get(c.name());
      if (same == null) {
        byName.put(c.name(), c);
        merged.add(c);
      } else {
        c.forms.forEach((form, n) -> same.forms.merge(form, n, Integer::sum));
        same.mentions.addAll(c.mentions);
        same.mentions.sort(Comparator.naturalOrder());
      }
    }
    return shortNames(merged);
  }

  // Words after a company's or a body's short name that leave it the same body: "Menatep Group", "Nissan
  // Motor", "Harvard University" (not a channel of it: "Fox News", "BBC Sport" are other bodies).
  private static final Set<String> SUFFIXES = WordList.load("organisation-suffixes");

  /**
   * An organisation named by one word is the one organisation of the article whose name is that word and
   * suffixes only ("Menatep" and "Menatep Group"); with two such, it joins neither.
   */
  private static List<Cluster> shortNames(List<Cluster> clusters) {
    Map<String, Cluster> byShort = new HashMap<>();
    for (Cluster c : clusters) {
      String name = c.name();
      int space = name.indexOf(' ');
      if (!c.type.equals(EntityType.ORGANIZATION) || space < 0) {
        continue;
      }
      boolean suffixes = true;
      for (String word : name.substring(space + 1).split(" ")) {
        suffixes &= SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
      }
      if (suffixes) {
        String shortName = name.substring(0, space);
        byShort.put(shortName, byShort.containsKey(shortName) ? null : c);
      }
    }
    if (byShort.isEmpty()) {
      return clusters;
    }
    List<Cluster> kept = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      Cluster longer = c.type.equals(EntityType.ORGANIZATION) && c.forms.size() == 1 ? byShort.get(c.name()) : null;
      if (longer == null || longer == c) {
        kept.add(c);
        continue;
      }
      c.forms.forEach((form, n) -> longer.forms.merge(form, n, Integer::sum));
      longer.mentions.addAll(c.mentions);
      longer.mentions.sort(Comparator.naturalOrder());
    }
    return kept;
  }

  private static Cluster person(Found f, Map<String, List<Cluster>> bySurname, List<Cluster> clusters,
      Map<String, String> surnameByFirst) {
    String form = f.form();
    String surname = surnameKey(form.substring(form.lastIndexOf(' ') + 1));
    boolean full = form.indexOf(' ') > 0;
    String byFirst = full ? null : surnameByFirst.get(form);
    if (byFirst != null && !byFirst.isEmpty() && !bySurname.containsKey(surname)
        && Gazetteer.INSTANCE.firstName(form)) {
      surname = byFirst;
    }
    String initial = full ? initial(form) : null;
    List<Cluster> same = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
    for (int i = same.size() - 1; i >= 0; i--) {
      Cluster c = same.get(i);
      if (!full || c.firstInitial == null || c.firstInitial.equals(initial)) {
        return c;
      }
    }
    Cluster c = new Cluster(EntityType.PERSON);
    same.add(c);
    clusters.add(c);
    return c;
  }

  private static String initial(String form) {
    return fold(form.substring(0, 1));
  }

  // "Lukashenko" and "Lukashenka" are one surname: folded, without final vowels.
  static String surnameKey(String surname) {
    String s = fold(surname);
    int end = s.length();
    while (end > 3 && "aeiouy".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT); // nothing to decompose: most names, and every call for an initial
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static String key(Found f, Map<String, String> acronyms) {
    String form = f.form().startsWith("the ") || f.form().startsWith("The ") ? f.form().substring(4) : f.form();
    String full = acronyms.get(form);
    if (full != null) {
      form = full;
    }
    Gazetteer g = Gazetteer.INSTANCE;
    String canonical = f.type().equals(EntityType.LOCATION) ? g.place(form) : g.organisation(form);
    return f.type() + ":" + Gazetteer.key(canonical != null ? canonical : form);
  }

  // "Institute for the Study of War (ISW)": the acronym in parentheses right after a name stands for it.
  private static Map<String, String> acronyms(List<Found> found, List<String> texts) {
    Map<String, String> acronyms = new HashMap<>();
    for (int i = 0; i + 1 < found.size(); i++) {
      Found a = found.get(i);
      Found b = found.get(i + 1);
      if (a.block() != b.block() || !NameShapes.isAcronym(b.form())) {
        continue;
      }
      String between = texts.get(a.block() + 1).substring(a.end(), b.start()).strip();
      if (between.equals("(")) {
        acronyms.put(b.form(), a.form());
      }
    }
    // "Democratic National Committee" ... "DNC": an acronym made of a name's initials stands for it
    Map<String, String> byInitials = new HashMap<>();
    for (Found f : found) {
      if (f.type().equals(EntityType.ORGANIZATION) && f.form().indexOf(' ') > 0) {
        String initials = initials(f.form());
        if (initials.length() >= 2) {
          byInitials.putIfAbsent(initials, f.form());
        }
      }
    }
    Gazetteer g = Gazetteer.INSTANCE;
    for (Found f : found) {
      // only an organisation's acronym the gazetteers do not know: "US" is the United States, not the
      // "Union State" of the same article
      if (f.type().equals(EntityType.ORGANIZATION) && NameShapes.isAcronym(f.form())
          && !acronyms.containsKey(f.form()) && g.place(f.form()) == null && g.organisation(f.form()) == null) {
        String full = byInitials.get(f.form().replace(".", ""));
        if (full != null) {
          acronyms.put(f.form(), full);
        }
      }
    }
    return acronyms;
  }

  // The capitals that start a name's words, connectors left out: "Democratic National Committee" gives "DNC".
  private static String initials(String form) {
    StringBuilder b = new StringBuilder();
    for (String word : form.split(" ")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        b.append(word.charAt(0));
      }
    }
    return b.toString();
  }

  // "Defense Minister Major General Viktor Khrenin": the title words right before a name, in groups that end
  // with a head word ("Defense Minister", "Major General"); demonyms and honorifics are not titles.
  static List<String> titlesBefore(String text, int start) {
    // most names follow a word in lower case or punctuation: no title, and nothing to split
    int b = start;
    while (b > 0 && Text.isSpace(text.charAt(b - 1))) {
      b--;
    }
    int a = b;
    while (a > 0 && !Text.isSpace(text.charAt(a - 1))) {
      a--;
    }
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    if (a == b || !Character.isUpperCase(text.charAt(a))) {
      return List.of();
    }
    List<Words.Word> words = Words.of(text, Math.max(0, start - 120), start);
    int i = words.size();
    while (i > 0 && !words.get(i - 1).stops() && words.get(i - 1).capitalised()
        && Names.isTitleWord(words.get(i - 1).lower()) && words.size() - i < 6) {
      i--;
    }
    List<String> titles = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int k = i; k < words.size(); k++) {
      Words.Word w = words.get(k);
      if (Gazetteer.INSTANCE.demonym(w.core()) != null || Names.DEMONYMS.contains(w.lower())) {
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(w.core());
      if (TITLE_HEADS.contains(w.lower())) {
        titles.add(current.toString());
        current.setLength(0);
      }
    }
    return titles;
  }
}
