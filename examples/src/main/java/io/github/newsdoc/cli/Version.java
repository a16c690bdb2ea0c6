package io.github.newsdoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of newsdoc, from {@code version.properties}, which the build fills in. */
final class Version {
  private Version() {}

  static String get() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
