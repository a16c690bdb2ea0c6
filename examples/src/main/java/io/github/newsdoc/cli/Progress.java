package io.github.newsdoc.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error: files and megabytes done, the rate and the time left. Drawn only
 * when standard error is a terminal (and not {@code --quiet}), at most four times a second, and not at all
 * for a run that ends within its first second.
 */
final class Progress {
  static final long FIRST_NANOS = 1_000_000_000L;
  static final long EVERY_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final int totalFiles;
  private final long totalBytes;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn = Long.MIN_VALUE;
  private int files;
  private long bytes;
  private int drawnWidth;

  Progress(PrintStream err, boolean enabled, int totalFiles, long totalBytes, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** One more input done, of {@code size} bytes. */
  void step(long size) {
    files++;
    bytes += size;
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start >= FIRST_NANOS && (lastDrawn == Long.MIN_VALUE || now - lastDrawn >= EVERY_NANOS)) {
      draw(line(now));
      lastDrawn = now;
    }
  }

  /** Clears the line, so that a message can be printed; the next step draws it again. */
  void clear() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /** Clears the line at the end of the run. */
  void done() {
    clear();
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = bytes / 1e6 / seconds;
    StringBuilder b = new StringBuilder("newsdoc: ")
        .append(files).append('/').append(totalFiles).append(" files, ")
        .append(String.format(Locale.ROOT, "%.1f/%.1f MB, %.1f MB/s", bytes / 1e6, totalBytes / 1e6, rate));
    if (bytes > 0 && totalBytes > bytes) {
      long left = Math.round((totalBytes - bytes) / (bytes / seconds));
      b.append(", ETA ").append(left / 60).append(':').append(String.format(Locale.ROOT, "%02d", left % 60));
    }
    return b.toString();
  }

  private void draw(String line) {
    String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
    err.print("\r" + padded);
    err.flush();
    drawnWidth = line.length();
  }
}
