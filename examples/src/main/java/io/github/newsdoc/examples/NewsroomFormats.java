package io.github.newsdoc.examples;

import io.github.newsdoc.format.HtmlWriter;
import io.github.newsdoc.format.JsonLdWriter;
import io.github.newsdoc.format.NinjsReader;
import io.github.newsdoc.format.NinjsWriter;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's newsroom formats: parses an article and writes it as IPTC ninjs, schema.org JSON-LD and an
 * annotated HTML page into a folder, then reads the ninjs back.
 */
public final class NewsroomFormats {
  private NewsroomFormats() {}

  /**
   * Arguments: the article file (default {@code examples/samples/harbour-strike.txt}) and the folder to write
   * into (default the working directory). Prints whether the ninjs read back to the article.
   */
  public static void main(String[] args) throws IOException {
    Path story = Path.of(args.length > 0 ? args[0] : "examples/samples/harbour-strike.txt");
    Path out = Path.of(args.length > 1 ? args[1] : ".");
    // README-BEGIN
    Article article = Newsdoc.parseFile(story);
    Files.writeString(out.resolve("story.ninjs.json"), NinjsWriter.standard().withPrettyPrinting().write(article));
    Files.writeString(out.resolve("story.jsonld"), JsonLdWriter.standard().withPrettyPrinting().write(article));
    Files.writeString(out.resolve("story.html"), HtmlWriter.standard().write(article));
    Article back = NinjsReader.read(Files.readString(out.resolve("story.ninjs.json")));
    System.out.println(back.equals(article.withBoilerplate())); // true: ninjs carries all but the boilerplate
    // README-END
  }
}
