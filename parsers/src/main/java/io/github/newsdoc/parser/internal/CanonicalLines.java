package io.github.newsdoc.parser.internal;

/**
 * Lines of the canonical text that say outright what they hold, whatever lines of other articles look like:
 * the writer labels each boilerplate line, so that a line removed as site chrome only by its place on a page
 * (a menu entry, a headline printed again) is read back as boilerplate, not as a paragraph.
 */
public final class CanonicalLines {
  /** The label before each boilerplate line of the canonical text. */
  public static final String BOILERPLATE_LABEL = "Boilerplate: ";
  /** The rule name of a labelled boilerplate line. */
  public static final String BOILERPLATE_RULE = "boilerplate:labelled";

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
}
