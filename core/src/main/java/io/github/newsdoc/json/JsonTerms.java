package io.github.newsdoc.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's messages in the terms of the JSON document: properties, objects, strings, arrays and
 * integers, never the Java classes behind them (such as the generated {@code Article$Json}).
 */
final class JsonTerms {
  private static final Pattern QUOTED_TYPE = Pattern.compile("`([\\w.$]+)(<[^`]*>)?`");
  private static final Pattern CLASS_NOTE = Pattern.compile("\\s*\\((?:of )?class [\\w.$]+\\)");
  private static final Pattern TOKEN_NOTE = Pattern.compile("\\s*\\(token `?JsonToken\\.\\w+`?\\)");
  private static final Pattern CHAIN_NOTE = Pattern.compile("\\s*\\(through reference chain:[^)]*\\)");
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*)(?:\\$\\w+)*");

  private JsonTerms() {}

  /** The problem of {@code e}, first worded by {@code problem}, in JSON terms. */
  static String of(JacksonException e, String problem) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      TreeSet<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      return "unknown property '" + u.getPropertyName() + "'"
          + (known.isEmpty() ? "" : " (known here: " + String.join(", ", known) + ")");
    }
    return of(problem);
  }

  /** {@code message} with Java type names replaced by JSON ones. */
  static String of(String message) {
    String m = CHAIN_NOTE.matcher(message).replaceAll("");
    m = CLASS_NOTE.matcher(m).replaceAll("");
    m = TOKEN_NOTE.matcher(m).replaceAll("");
    Matcher quoted = QUOTED_TYPE.matcher(m);
    StringBuilder b = new StringBuilder();
    while (quoted.find()) {
      quoted.appendReplacement(b, Matcher.quoteReplacement(jsonType(quoted.group(1))));
    }
    quoted.appendTail(b);
    Matcher qualified = QUALIFIED.matcher(b.toString());
    StringBuilder c = new StringBuilder();
    while (qualified.find()) {
      qualified.appendReplacement(c, Matcher.quoteReplacement(jsonType(qualified.group())));
    }
    qualified.appendTail(c);
    return c.toString();
  }

  private static String jsonType(String javaType) {
    switch (javaType) {
      case "java.lang.String":
      case "char":
      case "java.lang.Character":
        return "string";
      case "int":
      case "long":
      case "short":
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.lang.Short":
      case "java.util.OptionalInt":
        return "integer";
      case "double":
      case "float":
      case "java.lang.Double":
      case "java.lang.Float":
        return "number";
      case "boolean":
      case "java.lang.Boolean":
        return "boolean";
      case "java.time.LocalDate":
        return "date string (YYYY-MM-DD)";
      case "io.github.newsdoc.model.PublicationTime":
        return "ISO-8601 date or date-time string";
      case "java.util.List":
      case "java.util.Set":
      case "java.util.Collection":
        return "array";
      case "java.util.Optional":
        return "value";
      default:
        break;
    }
    int dot = javaType.lastIndexOf('.');
    String simple = javaType.substring(dot + 1);
    int dollar = simple.indexOf('$');
    if (dollar >= 0) {
      simple = simple.substring(0, dollar);
    }
    if (simple.startsWith("Abstract")) {
      simple = simple.substring("Abstract".length());
    }
    if (simple.isEmpty()) {
      return "value";
    }
    return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1) + " object";
  }
}
