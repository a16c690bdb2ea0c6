package io.github.newsdoc.parser;

/** The part of an article a source line was read as. */
public enum LineRole {
  /** The headline. */
  TITLE,
  /** A line giving the publication or update time ({@code "Published: March 3, 2024 at 5:12 p.m."}, {@code "Updated 14:05 GMT"}). */
  PUBLISHED,
  /** An author line ({@code "By Jane Doe, Staff Writer"}). */
  BYLINE,
  /** A paragraph of the body. */
  PARAGRAPH,
  /** The text of a photo or video caption, possibly ending with its credit. */
  CAPTION,
  /** A line holding only a caption's credit ({@code "Image source, Getty Images"}). */
  CAPTION_CREDIT,
  /** The lower-case keyword line printed above a caption. */
  CAPTION_KEYWORDS,
  /** A line of subject tags ({@code "Published under: Belarus , NATO"}) or the heading of a tag list. */
  TAGS,
  /** A line crediting agencies or reporters ({@code "With reporting by Reuters and AFP"}). */
  CREDITS,
  /** Site chrome, promotion or footer text, kept in {@link io.github.newsdoc.model.Article#boilerplate()}. */
  BOILERPLATE
}
