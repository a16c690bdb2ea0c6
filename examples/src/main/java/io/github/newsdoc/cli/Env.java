package io.github.newsdoc.cli;

import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * What a run takes from its surroundings, replaced in tests.
 *
 * @param stdin standard input, read for the argument {@code -}
 * @param stderrTerminal whether standard error is a terminal (the progress line is drawn only then)
 * @param cores the default of {@code --jobs}
 * @param clock nanoseconds, for the progress line
 */
record Env(InputStream stdin, boolean stderrTerminal, int cores, LongSupplier clock) {
  static Env system() {
    return new Env(System.in, Terminal.stderrIsTerminal(), Runtime.getRuntime().availableProcessors(),
        System::nanoTime);
  }
}
