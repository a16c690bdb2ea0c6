package io.github.newsdoc.parser.internal;

/**
 * One step of a parse: it reads what earlier stages put in the {@link Doc} and adds its own part. The
 * order of the stages is written in one place, {@link Pipeline}; each stage's Javadoc says what it needs
 * and what it adds.
 */
interface Stage {
  /** The stage's name, as provenance and in messages: {@code "lines"}, {@code "quotes"}. */
  String name();

  /** Reads what the stage needs from {@code doc} and adds what it finds. */
  void apply(Doc doc);
}
