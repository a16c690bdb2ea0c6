package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;

import com.google.common.collect.ImmutableListMultimap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles an article gives the people it names, so that a description resolves to the person it stands for
 * ("the Belarusian leader" to Alexander Lukashenko). A role is learned where the narration gives it beside a
 * name:
 * <ul>
 *   <li>as a title before the name: {@code Belarusian leader Alexander Lukashenko}, {@code Ukraine's top
 *       diplomat Dmytro Kuleba};
 *   <li>in an apposition after it: {@code Alexander Lukashenko, the Belarusian leader,}, {@code Ivo Marek,
 *       head of the agency,};
 *   <li>in an apposition before it: {@code the Belarusian leader, Alexander Lukashenko,};
 *   <li>as an age after it: {@code Sue Patel, 67,} makes her {@code the 67-year-old}.
 * </ul>
 * A role is its head noun and the words that qualify it, in lower case. A description names a role when its
 * head is the role's and each of its other words qualifies the role too, and the role has no qualifier that
 * makes it another role unless the description says it ("vice", "former", "opposition":
 * {@code attribution/role-changers}); among such roles the one given last before the description wins, then the
 * first given after it. Failing that, a description whose last words name a kind of role ("the Varnian leader",
 * "the top diplomat": {@code attribution/role-kinds}) names a role of that kind with its other words as
 * qualifiers ("Varnian President Tomas Keller"); a bare kind ("the leader") names none. An indefinite
 * description ("a top diplomat") is someone new: only a role given beside it or after it resolves it.
 */
final class Roles {
  /** A role the article gives a person: its head noun, its qualifying words, and where it is given. */
  record Role(String head, Set<String> qualifiers, String person, int block, int offset) {}

  // How far from the name's start an indefinite description in apposition to it stands, in characters.
  private static final int APPOSITION_REACH = 80;

  // The most words a role's phrase holds beside its head.
  private static final int MAX_QUALIFIERS = 4;

  private final List<Role> roles;

  private Roles(List<Role> roles) {
    this.roles = roles;
  }

  /** The roles given beside the people {@code people} finds in the narration of the texts {@code tokens} holds. */
  static Roles of(Tokens tokens, List<PersonIndex.Mention> people) {
    List<Role> roles = new ArrayList<>();
    for (PersonIndex.Mention m : people) {
      List<Words.Word> words = tokens.of(m.block() + 1);
      int first = Text.lastWhere(words.size(), k -> words.get(k).start() < m.start()) + 1;
      int last = first;
      while (last < words.size() && words.get(last).end() <= m.end()) {
        last++;
      }
      if (first == last) {
        continue;
      }
      addTitle(roles, words, first, m);
      addAppositionAfter(roles, words, last, m);
      addAppositionBefore(roles, words, first, last, m);
    }
    return new Roles(roles);
  }

  /** Every role given, in article order. */
  List<Role> all() {
    return roles;
  }

  /**
   * The person a description stands for ({@code words}: the description without its determiner, "Belarusian
   * leader"), at offset {@code offset} of block {@code block}; null when no role of the article fits it.
   */
  String resolve(List<Words.Word> words, int block, int offset) {
    return resolve(words, block, offset, false);
  }

  /**
   * As {@link #resolve(List, int, int)}; an {@code indefinite} description ("a Varnian diplomat") introduces
   * someone new: it resolves to the person it stands in apposition to, a role given in its own block right
   * beside it ("Ivo Marek, a Varnian diplomat, said", "said another diplomat, Ivo Marek"), or to one the
   * article names with that role after it ("a union leader said …" before "Dock union leader Ada Marsh"),
   * never to a person named with the role before it.
   */
  String resolve(List<Words.Word> words, int block, int offset, boolean indefinite) {
    if (words.isEmpty() || words.size() > MAX_QUALIFIERS + 1) {
      return null;
    }
    if (indefinite) {
      Roles near = new Roles(roles.stream()
          .filter(r -> r.block() == block && Math.abs(offset - r.offset()) <= APPOSITION_REACH
              || r.block() > block || r.block() == block && r.offset() > offset).toList());
      return near.roles.isEmpty() ? null : near.resolve(words, block, offset, false);
    }
    for (Words.Word w : words) {
      if (aged(w)) {
        // "the 67-year-old", "the 43-year-old man": the person the article gave that age
        return resolve(w.lower(), Set.of(), block, offset);
      }
    }
    String head = words.get(words.size() - 1).lower();
    Set<String> qualifiers = new HashSet<>();
    for (Words.Word w : words.subList(0, words.size() - 1)) {
      qualifiers.add(keyOf(w));
    }
    String person = resolve(head, qualifiers, block, offset);
    return person != null ? person : resolveKind(words, block, offset);
  }

  // "the Varnian leader" for "Varnian President Tomas Keller", "the top diplomat" for "Foreign Minister Ivo
  // Marek": the description's last words name a kind of role (attribution/role-kinds), and its other words
  // qualify the role too.
  private String resolveKind(List<Words.Word> words, int block, int offset) {
    for (int s = 0; s < words.size(); s++) {
      StringBuilder kind = new StringBuilder();
      for (Words.Word w : words.subList(s, words.size())) {
        kind.append(kind.length() == 0 ? "" : " ").append(w.lower());
      }
      List<List<String>> kinds = KINDS.get(kind.toString());
      if (kinds.isEmpty()) {
        continue;
      }
      if (s == 0 && s + 1 == words.size()) {
        // a bare kind ("the leader", "the diplomat") may be of any body ("The leader of the club, Ana Ruiz,"):
        // only a qualified one ("the Varnian leader") or a kind of two words ("the top diplomat") is resolved
        return null;
      }
      Set<String> own = new HashSet<>();
      for (Words.Word w : words.subList(0, s)) {
        own.add(keyOf(w));
      }
      List<Match> matches = new ArrayList<>(kinds.size());
      for (List<String> role : kinds) {
        Set<String> qualifiers = new HashSet<>(own);
        qualifiers.addAll(role.subList(0, role.size() - 1));
        matches.add(new Match(role.get(role.size() - 1), qualifiers));
      }
      return resolveAny(matches, block, offset);
    }
    return null;
  }

  // A role a description fits: its head, and the qualifiers the role must have.
  private record Match(String head, Set<String> qualifiers) {}

  private String resolve(String head, Set<String> qualifiers, int block, int offset) {
    return resolveAny(List.of(new Match(head, qualifiers)), block, offset);
  }

  private String resolveAny(List<Match> matches, int block, int offset) {
    Role before = null;
    Role after = null;
    for (Role r : roles) {
      if (!fits(r, matches)) {
        continue;
      }
      boolean earlier = r.block() < block || r.block() == block && r.offset() <= offset;
      if (earlier) {
        before = r; // roles are in article order: the last one before wins
      } else if (after == null) {
        after = r;
      }
    }
    Role found = before != null ? before : after;
    return found == null ? null : found.person();
  }

  private static boolean fits(Role r, List<Match> matches) {
    for (Match m : matches) {
      if (r.head().equals(m.head()) && r.qualifiers().containsAll(m.qualifiers()) && !changed(r, m.qualifiers())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a description names someone by age: "67-year-old", "43-year-old man". */
  static boolean aged(List<Words.Word> description) {
    for (Words.Word w : description) {
      if (aged(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean aged(Words.Word w) {
    String lower = w.lower();
    return lower.endsWith(AGED) && isAge(lower.substring(0, lower.length() - AGED.length()));
  }

  // An age given after a name ("67" in "Sue Patel, 67,"): one to three digits.
  private static boolean isAge(Words.Word w) {
    return isAge(w.core());
  }

  private static boolean isAge(String s) {
    return Text.digits(s, 3);
  }

  // How an age is written as a description: "67-year-old".
  private static final String AGED = "-year-old";

  // Whether the role says it is another role than the description names: "Vice President X" for "the
  // president", "former minister X" for "the minister".
  private static boolean changed(Role r, Set<String> qualifiers) {
    for (String q : r.qualifiers()) {
      if (CHANGERS.contains(q) && !qualifiers.contains(q)) {
        return true;
      }
    }
    return false;
  }

  // "Belarusian leader Alexander Lukashenko": a title or a role right before the name, and the words that
  // qualify it before that.
  private static void addTitle(List<Role> roles, List<Words.Word> words, int first, PersonIndex.Mention m) {
    int h = complementStart(words, first) - 1;
    if (h < 0 || words.get(h).stops() || !isRoleNoun(words.get(h).lower())) {
      return;
    }
    int from = h;
    while (from > 0 && h - from < MAX_QUALIFIERS && qualifies(words.get(from - 1))) {
      from--;
    }
    roles.add(role(words, from, h, m));
  }

  // Where a title's complement of names before the name starts ("to Britain" in "China's ambassador to
  // Britain Liu Xiaming", "of the Harbour Board" in "chair of the Harbour Board Ana Ruiz"): a preposition
  // after the title, an optional "the" and capitalised words up to the name; {@code first} when there is none.
  private static int complementStart(List<Words.Word> words, int first) {
    int k = first - 1;
    while (k >= 0 && first - k <= MAX_QUALIFIERS && words.get(k).capitalised() && !words.get(k).stops()) {
      if (Names.isTitleWord(words.get(k)) || isRoleNoun(words.get(k).lower())) {
        return first; // "aide to President Ana Ruiz": the title nearest the name is hers, not the one before
      }
      k--;
    }
    if (k == first - 1 || k < 1) {
      return first;
    }
    if (words.get(k).lower().equals("the") && !words.get(k).stops()) {
      k--;
    }
    return k >= 1 && TITLE_LINKS.contains(words.get(k).lower()) && !words.get(k).stops() ? k : first;
  }

  // The prepositions that join a title to the body or place it serves: "ambassador to", "head of".
  static final Set<String> TITLE_LINKS = Set.of("to", "of", "for", "at");

  // "Alexander Lukashenko, the Belarusian leader," or "Ivo Marek, head of the agency,": a phrase after the
  // name's comma, opened by a determiner or a possessive, or headed by a title, up to the next stop or "of".
  private static void addAppositionAfter(List<Role> roles, List<Words.Word> words, int last,
      PersonIndex.Mention m) {
    if (last >= words.size() || !words.get(last - 1).trailing().startsWith(",")) {
      return;
    }
    int from = last;
    if (isAge(words.get(from)) && words.get(from).stops()) {
      // "Sue Patel, 67, said": the article can call her "the 67-year-old" later
      roles.add(new Role(words.get(from).core() + AGED, Set.of(), m.name(), m.block(), m.start()));
      return;
    }
    boolean opened = Names.DETERMINERS.contains(words.get(from).lower()) || possessive(words.get(from));
    if (opened && Names.DETERMINERS.contains(words.get(from).lower())) {
      from++;
    }
    if (from >= words.size() || !qualifies(words.get(from))) {
      return;
    }
    int h = from;
    while (h + 1 < words.size() && h - from < MAX_QUALIFIERS && !words.get(h).stops() && qualifies(words.get(h + 1))) {
      h++;
    }
    Words.Word head = words.get(h);
    boolean ends = head.stops() || h + 1 == words.size() || STOPS.contains(words.get(h + 1).lower());
    if (!ends || head.capitalised() && !isRoleNoun(head.lower()) || !(opened || isRoleNoun(head.lower()))) {
      return;
    }
    roles.add(role(words, from, h, m));
  }

  // "the Belarusian leader, Alexander Lukashenko,": a phrase opened by a determiner that ends with a comma
  // right before the name.
  private static void addAppositionBefore(List<Role> roles, List<Words.Word> words, int first, int last,
      PersonIndex.Mention m) {
    int h = first - 1;
    while (h >= 1 && (Names.isHonorific(words.get(h)) || Names.inTitlePair(words, h))
        && !words.get(h).stops()) {
      h--; // "the chairman, Sir Ian Webb,", "the Bishop of Hexford, the Rt Rev Alan Marsh,"
    }
    if (h < first - 1 && h >= 1 && words.get(h).lower().equals("the") && !words.get(h).stops()) {
      h--;
    }
    if (h < 1 || !words.get(h).trailing().startsWith(",")) {
      return;
    }
    boolean titled = h < first - 1 || words.get(h).capitalised();
    if (titled && !words.get(last - 1).stops()) {
      // "… talks with the government, Mr Straw said": a clause ends at the comma, no role opens there; an
      // apposition closes with the name ("its chairman, Sir Ian Webb, said", "said its chairman, Sir Ian Webb.")
      return;
    }
    Set<String> complement = new HashSet<>();
    if (words.get(h).capitalised() && !isRoleNoun(words.get(h).lower())) {
      // "The Bishop of Hexford, …": a role with the body or place it serves, named after it
      int k = h;
      while (k > 0 && h - k < MAX_QUALIFIERS && words.get(k).capitalised() && !words.get(k - 1).stops()) {
        complement.add(keyOf(words.get(k)));
        k--;
      }
      if (k < 1 || !TITLE_LINKS.contains(words.get(k).lower()) || !isRoleNoun(words.get(k - 1).lower())) {
        return;
      }
      h = k - 1;
    }
    int from = h;
    while (from > 0 && h - from <= MAX_QUALIFIERS && !words.get(from - 1).stops()
        && !Names.DETERMINERS.contains(words.get(from - 1).lower()) && qualifies(words.get(from - 1))) {
      from--;
    }
    if (from == 0 || !Names.DETERMINERS.contains(words.get(from - 1).lower()) || words.get(from - 1).stops()) {
      return;
    }
    if (titled && from >= 2 && !words.get(from - 2).stops()
        && !AttributionWords.SPEECH.contains(words.get(from - 2).lower())) {
      // "A spokeswoman for the Bishop of Hexford, Ruth Dale,", "The niece of the Mayor, Ann Webb,": the role is
      // another's, whom the phrase before it names; only a role that opens its clause ("The Bishop of Hexford,
      // the Rt Rev Alan Marsh,") or follows the cue ("said its chairman, Sir Ian Webb.") is the name's
      return;
    }
    roles.add(role(words, from, h, m, complement));
  }

  private static Role role(List<Words.Word> words, int from, int head, PersonIndex.Mention m) {
    return role(words, from, head, m, Set.of());
  }

  // A role of the words from `from` to its head, qualified by them and by the words that name what it serves.
  private static Role role(List<Words.Word> words, int from, int head, PersonIndex.Mention m, Set<String> served) {
    Set<String> qualifiers = new HashSet<>(served);
    for (int k = from; k < head; k++) {
      qualifiers.add(keyOf(words.get(k)));
    }
    return new Role(words.get(head).lower(), Set.copyOf(qualifiers), m.name(), m.block(), m.start());
  }

  // A word that can qualify a role: not a function word or a verb of speech, and no stop inside the phrase.
  private static boolean qualifies(Words.Word w) {
    String lower = w.lower();
    return !lower.isEmpty() && !STOPS.contains(lower) && !Names.DETERMINERS.contains(lower)
        && !AttributionWords.SPEECH.contains(lower)
        && !Names.PRONOUNS.contains(lower) && Character.isLetter(lower.charAt(0));
  }

  // A noun that names a role before a name: a title ("leader", "minister") or a job ("economist").
  static boolean isRoleNoun(String lower) {
    return Names.TITLE_WORDS.contains(lower) || EntityWords.ROLES.contains(lower)
        || AttributionContext.PERSON_HEADS.contains(lower);
  }

  // the words that make a role another role ("vice", "former")
  private static final Set<String> CHANGERS = WordList.load("attribution/role-changers");
  // the kinds of role ("leader") and the roles of each kind ("prime minister" as ["prime", "minister"])
  private static final ImmutableListMultimap<String, List<String>> KINDS = kinds(WordList.load("attribution/role-kinds"));

  private static ImmutableListMultimap<String, List<String>> kinds(Set<String> lines) {
    ImmutableListMultimap.Builder<String, List<String>> kinds = ImmutableListMultimap.builder();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("attribution/role-kinds: no tab in '" + line + "'");
      }
      for (String role : line.substring(tab + 1).split(";")) {
        kinds.put(line.substring(0, tab).strip(), List.of(role.strip().split(" ")));
      }
    }
    return kinds.build();
  }

  // the words a role's phrase does not reach across
  private static final Set<String> STOPS = WordList.load("attribution/role-phrase-stops");
}
