/**
 * The parser's stages. Not exported and not an API: anything here may change without notice.
 */
package io.github.newsdoc.parser.internal;
