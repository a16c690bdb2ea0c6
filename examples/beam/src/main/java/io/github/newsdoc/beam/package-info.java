/**
 * An Apache Beam pipeline for archives larger than one machine: {@link io.github.newsdoc.beam.ParseArticleFn}
 * parses matched files into JSON Lines records and dead letters; {@link io.github.newsdoc.beam.NewsdocPipeline}
 * runs it from the command line on any Beam runner. An example, built outside newsdoc's published jars: no API
 * contract.
 */
package io.github.newsdoc.beam;
