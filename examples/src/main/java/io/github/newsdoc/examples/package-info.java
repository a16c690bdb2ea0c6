/**
 * Runnable examples of the newsdoc API. This package is not published and carries no API contract: copy
 * from it freely.
 */
package io.github.newsdoc.examples;
