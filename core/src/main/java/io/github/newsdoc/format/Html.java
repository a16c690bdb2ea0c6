package io.github.newsdoc.format;

/** HTML escaping of text and attribute values. */
final class Html {
  private Html() {}

  /**
   * The text with {@code & < > " '} as character references, safe inside an element or a quoted
   * attribute value.
   */
  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r;
      switch (c) {
        case '&':
          r = "&amp;";
          break;
        case '<':
          r = "&lt;";
          break;
        case '>':
          r = "&gt;";
          break;
        case '"':
          r = "&quot;";
          break;
        case '\'':
          r = "&#39;";
          break;
        default:
          r = null;
      }
      if (r != null && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (r != null) {
        b.append(r);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
