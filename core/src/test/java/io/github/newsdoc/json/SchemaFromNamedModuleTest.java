package io.github.newsdoc.json;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 9, first part: the schema must be reachable when newsdoc-core is a named module. The tests run on
 * the class path, so this one loads core (target/classes, which holds module-info.class) and Jackson into a
 * module layer of their own.
 */
class SchemaFromNamedModuleTest {
  static Path locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void newsJsonSchemaWorksFromTheNamedModuleWhereGetResourceDoesNot() throws Exception {
    Path core = locationOf(NewsJson.class);
    Path setup = core.resolve("module-info.class");
    assertTrue(Files.exists(setup), "core is compiled as a module: " + setup);
    ModuleFinder finder = ModuleFinder.of(core, locationOf(JsonMapper.class),
        locationOf(tools.jackson.core.JsonParser.class),
        locationOf(com.fasterxml.jackson.annotation.JsonProperty.class));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("io.github.newsdoc.core"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    Module module = layer.findModule("io.github.newsdoc.core").orElseThrow();
    Class<?> newsJson = layer.findLoader("io.github.newsdoc.core").loadClass("io.github.newsdoc.json.NewsJson");
    assertTrue(newsJson.getModule().isNamed());
    assertEquals(module, newsJson.getModule());

    // What users tried: from outside the module, the resource is encapsulated.
    assertNull(layer.findLoader("io.github.newsdoc.core").getResource(ArticleJson.SCHEMA_RESOURCE.substring(1)));

    Method schema = newsJson.getMethod("schema");
    String text = (String) schema.invoke(null);
    assertNotNull(text);
    JsonNode node = JsonMapper.builder().build().readTree(text);
    assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asString());
    assertTrue(node.get("$defs").has("jsonLinesRecord"));
    assertEquals(text, NewsJson.schema(), "the same text on the class path");
  }
}
