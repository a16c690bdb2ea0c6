package io.github.newsdoc.cli;

/** Prints what {@link Terminal} and {@code System.console()} say; run by {@link ProgressTest} under script(1). */
public final class TerminalProbe {
  private TerminalProbe() {}

  public static void main(String[] args) {
    System.out.println("stderr terminal: " + Terminal.stderrIsTerminal() + ", console: " + (System.console() != null));
  }
}
