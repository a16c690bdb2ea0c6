/**
 * The {@code newsdoc} command line: parses article files and writes their JSON or canonical text. Run
 * {@code java -jar newsdoc.jar --help}. Not an API.
 */
package io.github.newsdoc.cli;
