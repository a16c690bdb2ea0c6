/**
 * newsdoc core: the immutable news document model and its JSON form.
 *
 * <p>{@link io.github.newsdoc.model} holds the model; {@link io.github.newsdoc.json} reads and writes it
 * as JSON following the documented contract and its JSON Schema.
 */
module io.github.newsdoc.core {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports io.github.newsdoc.model;
  exports io.github.newsdoc.json;
  exports io.github.newsdoc.format;

  opens io.github.newsdoc.model to tools.jackson.databind;
}
