package io.github.newsdoc.parser;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the article files below a path: a file is itself; a directory gives every {@code *.txt} file at any
 * depth, in path order. Symbolic links are followed; a link back to a directory being walked (a loop) is
 * reported once and not entered. A directory that cannot be listed is reported and the walk goes on.
 *
 * <pre>{@code
 * ArticleSources.Listing found = ArticleSources.walk(Path.of("corpus"));
 * found.problems().forEach(System.err::println);   // corpus/private: permission denied
 * found.sources().forEach(s -> System.out.println(s.name()));   // bbc/001.txt
 * }</pre>
 */
public final class ArticleSources {
  /** Opens a directory's listing; replaced in tests to simulate failures. */
  interface Lister {
    DirectoryStream<Path> open(Path dir) throws IOException;
  }

  /**
   * What a walk found.
   *
   * @param sources the files to parse, in path order
   * @param problems the paths that could not be read, in the order met
   */
  public record Listing(List<Source> sources, List<SourceProblem> problems) {
    /** Copies the lists. */
    public Listing {
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }
  }

  private final Lister lister;
  private final List<Source> sources = new ArrayList<>();
  private final List<SourceProblem> problems = new ArrayList<>();

  private ArticleSources(Lister lister) {
    this.lister = lister;
  }

  /** Lists the article files below {@code root} (see the class comment). Never throws for I/O. */
  public static Listing walk(Path root) {
    return walk(root, Files::newDirectoryStream);
  }

  static Listing walk(Path root, Lister lister) {
    Objects.requireNonNull(root, "root");
    ArticleSources walk = new ArticleSources(lister);
    walk.start(root);
    walk.sources.sort((a, b) -> a.path().compareTo(b.path()));
    return new Listing(walk.sources, walk.problems);
  }

  /** Whether a file name is that of an article: it ends in {@code .txt}, in any case. */
  public static boolean isArticleName(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  /**
   * Says in a few words why an I/O operation failed: {@code permission denied}, {@code no such file or
   * directory}, {@code not a directory}, {@code file name too long}, … (the exceptions of
   * {@code java.nio.file} often carry only the path as their message).
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      String r = ((FileSystemException) e).getReason();
      return r.isEmpty() ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private void start(Path root) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (IOException e) {
      problems.add(new SourceProblem(root, Files.isSymbolicLink(root) ? "broken symbolic link" : reason(e)));
      return;
    }
    if (!a.isDirectory()) {
      sources.add(Source.of(root));
      return;
    }
    Deque<Object> ancestors = new ArrayDeque<>();
    ancestors.push(key(root, a));
    walk(root, root, ancestors);
  }

  private void walk(Path root, Path dir, Deque<Object> ancestors) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = lister.open(dir)) {
      listing.forEach(entries::add);
    } catch (IOException e) {
      problems.add(new SourceProblem(dir, reason(e)));
      return;
    } catch (java.nio.file.DirectoryIteratorException e) {
      problems.add(new SourceProblem(dir, reason(e.getCause())));
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(entry, BasicFileAttributes.class);
      } catch (IOException e) {
        boolean link = Files.isSymbolicLink(entry);
        if (link || isArticleName(entry.getFileName().toString())) {
          problems.add(new SourceProblem(entry, link ? "broken symbolic link" : reason(e)));
        }
        continue;
      }
      if (a.isDirectory()) {
        Object key = key(entry, a);
        if (ancestors.contains(key)) {
          problems.add(new SourceProblem(entry, "symbolic link loop: not followed"));
          continue;
        }
        ancestors.push(key);
        walk(root, entry, ancestors);
        ancestors.pop();
      } else if (isArticleName(entry.getFileName().toString()) && (a.isRegularFile() || a.isOther())) {
        sources.add(new Source(name(root, entry), entry));
      }
    }
  }

  private static String name(Path root, Path file) {
    StringBuilder b = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part);
    }
    return b.toString();
  }

  // The identity of a directory: its file key where the file system has one, else its real path.
  private static Object key(Path dir, BasicFileAttributes a) {
    if (a.fileKey() != null) {
      return a.fileKey();
    }
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}
