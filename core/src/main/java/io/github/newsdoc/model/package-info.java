/**
 * The news document model: an {@link io.github.newsdoc.model.Article} with its ordered
 * {@link io.github.newsdoc.model.Block blocks}, {@link io.github.newsdoc.model.Quote quotes},
 * {@link io.github.newsdoc.model.Attribution attributions} and {@link io.github.newsdoc.model.Entity entities}.
 *
 * <p>Every type is immutable and null-hostile. Instances are made with builders
 * ({@code Article.builder()}) or factories ({@code Paragraph.of("…")}) and changed into copies with
 * {@code with*} methods. Invariants are checked when an instance is built; a violated one throws
 * {@link java.lang.IllegalArgumentException} whose message names the field and the bad value.
 *
 * <h2>Positions</h2>
 * Positions ({@link io.github.newsdoc.model.Position}, {@link io.github.newsdoc.model.Span}) point into the
 * text of one block by its index in {@link io.github.newsdoc.model.Article#blocks()}, or into the title
 * with the block index {@value io.github.newsdoc.model.Position#TITLE}. Offsets are Java {@code String}
 * indices, that is UTF-16 code units, so a character outside the Basic Multilingual Plane counts as two.
 */
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    depluralize = true,
    allowedClasspathAnnotations = {java.lang.Override.class})
package io.github.newsdoc.model;

import org.immutables.value.Value;
