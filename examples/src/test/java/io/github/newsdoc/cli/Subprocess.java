package io.github.newsdoc.cli;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Starts the command in a JVM of its own, for what only a real process shows (locale, pipes, devices). */
final class Subprocess {
  private Subprocess() {}

  static String classPath() {
    return Stream.of(NewsdocCli.class, Article.class, ArticleParser.class, tools.jackson.databind.ObjectMapper.class,
            tools.jackson.core.JsonParser.class, com.fasterxml.jackson.annotation.JsonProperty.class,
            com.google.common.collect.ImmutableSet.class)
        .map(Subprocess::location).distinct().collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A process builder for {@code newsdoc args…} with an empty environment, as {@code env -i} gives. */
  static ProcessBuilder newsdoc(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classPath());
    command.add(NewsdocCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    return builder;
  }
}
