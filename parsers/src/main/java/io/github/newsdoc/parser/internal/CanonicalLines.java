package io.github.newsdoc.parser.internal;

/**
 * Lines of the canonical text that say outright what they hold, whatever lines of other articles look like:
 * the writer labels each boilerplate line, so that a line removed as site chrome only by its place on a page
 * (a menu entry, a headline printed again) is read back as boilerplate, not as a paragraph; and it labels
 * the title, so that a title some rule would claim when it stands alone (a date, a caption's shape) is read
 * back as the title.
 */
public final class CanonicalLines {
  /** The label before each boilerplate line of the canonical text. */
  public static final String BOILERPLATE_LABEL = "Boilerplate: ";
  /** The rule name of a labelled boilerplate line. */
  public static final String BOILERPLATE_RULE = "boilerplate:labelled";
  /** The label before the title, the canonical text's first line. */
  public static final String TITLE_LABEL = "Title: ";
  /** The rule name of a labelled title. */
  public static final String TITLE_RULE = "title:labelled";

  private CanonicalLines() {}

  /** Whether a line, without the spaces at its ends, is a labelled boilerplate line. */
  public static boolean isLabelledBoilerplate(String stripped) {
    return stripped.length() > BOILERPLATE_LABEL.length() && stripped.startsWith(BOILERPLATE_LABEL)
        && !Text.strip(stripped.substring(BOILERPLATE_LABEL.length())).isEmpty();
  }

  /** The boilerplate a labelled line holds. */
  public static String unlabel(String stripped) {
    return Text.strip(stripped.substring(BOILERPLATE_LABEL.length()));
  }

  /** Whether a first line, without the spaces at its ends, is a labelled title. */
  public static boolean isLabelledTitle(String stripped) {
    return stripped.length() > TITLE_LABEL.length() && stripped.startsWith(TITLE_LABEL)
        && !Text.strip(stripped.substring(TITLE_LABEL.length())).isEmpty();
  }

  /** The title a labelled line holds, as it stands: no site suffix is cut from it. */
  public static String unlabelTitle(String stripped) {
    return Text.strip(stripped.substring(TITLE_LABEL.length()));
  }
}
