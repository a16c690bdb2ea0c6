package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.adjective;
import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.dated;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.nickname;
import static io.github.newsdoc.parser.internal.NameShapes.pluralAcronym;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.startsName;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.parser.EntityRecognizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in {@link EntityRecognizer}: runs of capitalised words, cut into gazetteer names (places,
 * organisations), organisation names by their head word ("… Ministry", "Institute for …"), acronyms, and
 * people (name words with a first name, a title, a role or a surname that speaks elsewhere: "President
 * Putin", "economist Ken Mayland"). Titles, honorifics and demonyms before a name are not part of it; groups,
 * plurals and compound adjectives are no names. A single unknown name inside a sentence is a place by its
 * context ("in Dingolfing"), a person when titled or a first name, an organisation when the article
 * capitalises it inside sentences twice, and nothing when the article also writes it in lower case.
 *
 * <p>Each of these is a small named rule; {@link NameRules} lists them in the order they are tried, and every
 * mention records the rule that found it. Within an article, a {@link RecognizerContext} read once beforehand
 * supplies the facts about the whole article (two passes over the words, then one over each text; every rule
 * looks at a bounded window, so the time is linear in the words).
 */
public final class RuleBasedRecognizer implements EntityRecognizer {
  /** The shared instance; it holds no state. */
  public static final RuleBasedRecognizer INSTANCE = new RuleBasedRecognizer();

  private RuleBasedRecognizer() {}

  @Override
  public List<Mention> recognize(String text) {
    List<Words.Word> words = Words.of(text, 0, text.length());
    Words.shareLowerCase(words, new LowerForms());
    RecognizerContext ctx = RecognizerContext.of(List.of(words));
    List<RuleMention> found = recognize(words, ctx, ctx.capitals(0));
    List<Mention> mentions = new ArrayList<>(found.size());
    for (RuleMention m : found) {
      mentions.add(m.mention());
    }
    return mentions;
  }

  /**
   * Recognizes names in a text already split into words, knowing the article around it; {@code capitals} are
   * the indices of its capitalised words. Each mention names its rule.
   */
  List<RuleMention> recognize(List<Words.Word> words, RecognizerContext ctx, int[] capitals) {
    NameScan scan = new NameScan(words, ctx);
    int i = 0;
    int c = 0; // the next capitalised word: a name starts at no other
    next:
    while (i < words.size()) {
      while (c < capitals.length && capitals[c] < i) {
        c++;
      }
      if (c == capitals.length) {
        break;
      }
      i = capitals[c];
      if (lone(words, i)) {
        i++; // "The", "But", "He" opening a sentence: a run of one word no rule takes
        continue;
      }
      for (NameRule<NameScan> rule : NameRules.TEXT) {
        NameRule.Match m = rule.tryAt(scan, i);
        if (m.matched()) {
          i = m.next();
          continue next;
        }
      }
      int j = Math.max(runEnd(words, i), KnownNames.end(words, i));
      NameRun run = new NameRun(scan, words, i, j);
      boolean read = false;
      for (NameRule<NameRun> rule : NameRules.WHOLE) {
        if (rule.tryAt(run, i).matched()) {
          read = true;
          break;
        }
      }
      if (!read) {
        NameRun.read(scan, words, i, j);
      }
      i = j;
    }
    OrganisationListRule.apply(words.isEmpty() ? "" : words.get(0).source(), scan.out);
    return scan.out;
  }

  // Whether the capitalised word at i is a word that is never a name's ("The", "But", "He") and the run it
  // opens ends with it: no rule finds a name there (the words that open a run without being part of a name
  // are passed over, NameRun#skipOpening), so the run is not read at all.
  private static boolean lone(List<Words.Word> words, int i) {
    return EntityWords.NOT_NAMES.contains(words.get(i)) && !words.get(i).parenthesised()
        && (i + 1 == words.size() || !capitalisedWord(words.get(i + 1))
            && !EntityWords.CONNECTORS.contains(words.get(i + 1)));
  }

  /**
   * The end of the run of capitalised words that starts a name at i: at most ten words, on across connectors
   * that join a name ("Council on Foreign Relations", "Bank of England"), a nickname, a possessive inside an
   * organisation's name; ended by a stop, a parenthesis, a party tag, a date or a compound adjective.
   */
  private static int runEnd(List<Words.Word> words, int i) {
    int j = i + 1;
    while (j < words.size() && j - i < 10 && (!stops(words.get(j - 1)) || nickname(words, j - 1))
        && (!possessive(words.get(j - 1)) || nickname(words, j - 1)
            || words.get(j - 1).trailing().startsWith("'") && NameContexts.orgAhead(words, j)
            || words.get(j - 1).trailing().startsWith("’") && NameContexts.orgAhead(words, j)
            // "St. Mary's Hospital": a saint's possessive names the body after it
            || j - 2 == i && Names.SAINTS.contains(words.get(i)) && NameContexts.orgAhead(words, j))
        && !words.get(j).parenthesised()) {
      Words.Word w = words.get(j);
      String lower = w.lower();
      if (Names.SAINTS.contains(w) && !(j + 1 < words.size() && capitalisedWord(words.get(j + 1)))) {
        break; // "115 Spring St. in SoHo": a street, not a saint
      }
      // a party tag ends a name: "Sen. Dana Whitlow R-Texas said"
      if (!PartyTagRule.partyTagged(w) && !pluralAcronym(w)
          && (startsName(w) || capitalisedWord(w) && !adjective(w) && !dated(w))
          || NameShapes.channelNumber(words, j)) { // "BBC Radio 4", "Channel 4 News"
        j++;
      } else if (joins(words, i, j, lower)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  // Whether the word in lower case at j, a connector, joins the capitalised words before and after it.
  private static boolean joins(List<Words.Word> words, int i, int j, String lower) {
    Words.Word w = words.get(j);
    Gazetteer g = Gazetteer.INSTANCE;
    return EntityWords.CONNECTORS.contains(w) && !w.stops() && j + 1 < words.size()
        && !((lower.equals("and") || lower.equals("&")) && (Names.isOrgHead(words.get(j - 1))
            // "the Civil Liberties Union of Ohio and Demos": a place ends a name before "and"
            || j - 2 >= i && words.get(j - 2).lower().equals("of") && KeyFacts.place(words.get(j - 1))))
        // "the resort of Porto Alegre for the World Social Forum": a place's whole name takes no "for" after it
        && !(lower.equals("for") && KnownNames.placeOnly(words, i, j))
        // "in" and "on" join only an organisation's name: "Council on Foreign Relations", not
        // "Democrats in Congress"
        && (!lower.equals("in") && !lower.equals("on") || Names.isOrgHead(words.get(j - 1))
            // but "the Wilson Center in Washington" is in the place, and so is "Harbour University in
            // Dunmore", a place no gazetteer knows: "in" goes on only to another head ("Media in Retail Group")
            && !(lower.equals("in") && (KeyFacts.place(words.get(j + 1))
                || !NameContexts.orgAhead(words, j + 1))))
        && (capitalisedWord(words.get(j + 1)) && !dated(words.get(j + 1))
            || !lower.equals("and") && EntityWords.CONNECTORS.contains(words.get(j + 1))
                && !words.get(j + 1).stops() && j + 2 < words.size() && capitalisedWord(words.get(j + 2))
            // "the House Education and the Workforce Committee": a body's name goes on to its head word
            || lower.equals("and") && words.get(j + 1).lower().equals("the") && !words.get(j + 1).stops()
                && j + 2 < words.size() && NameContexts.orgAhead(words, j + 2)
                && NameContexts.plainOrgHeadIn(words, i, j) && KnownNames.whole(words, i, j) == 0);
  }
}
