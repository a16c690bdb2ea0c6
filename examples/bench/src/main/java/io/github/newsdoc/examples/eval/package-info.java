/** Evaluation tools that score the parser against the annotated corpora of the shared corpus folder. */
package io.github.newsdoc.examples.eval;
