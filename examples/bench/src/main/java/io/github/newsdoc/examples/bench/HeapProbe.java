package io.github.newsdoc.examples.bench;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ParseReport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;

/**
 * Makes large inputs and parses them, to find how much heap a parse needs: run {@code parse} under a
 * small {@code -Xmx} with growing inputs ({@code examples/scripts/heap-limit.sh} does the search).
 *
 * <pre>
 * HeapProbe make clean|stray MEGABYTES FILE   writes an input of MEGABYTES x 10^6 bytes
 * HeapProbe parse FILE                        parses it with limits raised to its size; exit 0 when it parsed
 * HeapProbe analyze FILE                      the same with a report of every line's role (ArticleParser.analyze)
 * </pre>
 *
 * <p>{@code clean}: the corpus's clean articles run together, as UTF-8. {@code stray}: the same with one
 * byte in eight replaced by a byte that is not UTF-8 (0x80 to 0xFF), as a mis-saved windows-1252 page
 * could be at worst.
 */
public final class HeapProbe {
  private HeapProbe() {}

  /** See the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("make")) {
      make(args[1], Long.parseLong(args[2]) * 1_000_000L, Path.of(args[3]));
    } else if (args.length == 2 && (args[0].equals("parse") || args[0].equals("analyze"))) {
      parse(Path.of(args[1]), args[0].equals("analyze"));
    } else {
      System.err.println("usage: HeapProbe make clean|stray MEGABYTES FILE | HeapProbe parse|analyze FILE");
      System.exit(2);
    }
  }

  static void make(String kind, long size, Path file) throws IOException {
    List<String> articles = Corpus.cleanArticles();
    Random random = new Random(19);
    boolean stray = kind.equals("stray");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      long written = 0;
      for (int i = 0; written < size; i++) {
        byte[] bytes = (articles.get(i % articles.size()) + "\n\n").getBytes(StandardCharsets.UTF_8);
        if (stray) {
          for (int k = 0; k < bytes.length; k += 8) {
            if (bytes[k] != '\n') {
              bytes[k] = (byte) (0x80 + random.nextInt(0x80));
            }
          }
        }
        int n = (int) Math.min(bytes.length, size - written);
        out.write(bytes, 0, n);
        written += n;
      }
    }
  }

  static void parse(Path file, boolean report) throws IOException {
    long size = Files.size(file);
    AtomicLong peak = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
            used += pool.getCollectionUsage().getUsed();
          }
        }
        peak.accumulateAndGet(used, Math::max);
      }, null, null);
    }
    int limit = (int) Math.min(Integer.MAX_VALUE, size + 1);
    ArticleParser parser = ArticleParser.builder().maxInputLength(limit).maxLineLength(limit).maxLines(limit).build();
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    ParseReport full = report ? parser.analyze(file) : null;
    Article a = report ? full.article() : parser.parse(file);
    int problems = report ? full.problems().size() : -1;
    long ms = (System.nanoTime() - start) / 1_000_000;
    long cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "parsed %d bytes in %d ms (%d ms of CPU): %d blocks, %d quotes, %d entities, %d problems; "
        + "max heap %d MB; most heap live after a collection %d MB (%.1f bytes per input byte)%n",
        size, ms, cpuMs, a.blocks().size(), a.quotes().size(), a.entities().size(), problems,
        rt.maxMemory() >> 20, peak.get() >> 20, (double) peak.get() / size);
  }
}
