package io.github.newsdoc.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The IPTC's JSON Schema of ninjs 3.1, read from {@code ../shared/specs/ninjs} beside the repository (or
 * {@code -Dnewsdoc.ninjs-schema=FILE}); the schema is the IPTC's (MIT licence), so it is not copied into this
 * repository. Tests that need it are skipped, by assumption, when it is absent.
 *
 * <p>Formats are asserted ({@code uri}, {@code date-time}), not only annotated. The schema's one outside
 * reference, GeoJSON for a place's {@code geoJSON}, is resolved to an empty schema: newsdoc writes no
 * geometry, and the validator must not go to the network.
 */
public final class NinjsSchema {
  private static Schema schema;

  private NinjsSchema() {}

  /** Where the schema file is looked for, from a module's directory. */
  public static Path file() {
    return Path.of(System.getProperty("newsdoc.ninjs-schema", "../../shared/specs/ninjs/ninjs-schema_3.1.json"));
  }

  /** The schema; skips the calling test when the file is absent. */
  public static synchronized Schema get() {
    Path file = file();
    assumeTrue(Files.isRegularFile(file), "no ninjs schema at " + file.toAbsolutePath());
    if (schema == null) {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(config)
              .schemas(Map.of("https://geojson.org/schema/GeoJSON.json", "{}")));
      try (InputStream in = Files.newInputStream(file)) {
        schema = registry.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /** The schema's complaints about a document, one line each; empty when it is valid. */
  public static List<String> errors(String json) {
    List<Error> errors = get().validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
