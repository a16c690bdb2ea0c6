/**
 * JMH benchmarks of parsing. Run {@code java -cp examples/bench/target/newsdoc-bench.jar
 * io.github.newsdoc.examples.bench.ParseBench} from the repository root (with {@code ../shared/corpus} beside
 * it, or {@code -Dnewsdoc.corpus=DIR}); it prints JMH's figures and the throughput in MB/s.
 */
package io.github.newsdoc.examples.bench;
