#!/bin/sh
# Finds the largest input (in whole MB) that parses under a heap limit, by bisection over forked JVMs.
# Usage, from the repository root after `mvn -B package -DskipTests`:
#   examples/scripts/heap-limit.sh clean|stray [XMX_MB] [MAX_MB] [parse|analyze]
# parse (the default) keeps only the article; analyze also reports every line's role.
# Prints the largest size that parsed and the heap it had per input byte. Needs ../shared/corpus (or
# -Dnewsdoc.corpus) for the articles the inputs are made of.
set -eu
kind=${1:-clean}
xmx=${2:-256}
hi=${3:-64}
mode=${4:-parse}
jar=examples/bench/target/newsdoc-bench.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -cp "$jar" io.github.newsdoc.examples.bench.HeapProbe make "$kind" "$hi" "$tmp/in.txt"
lo=0
while [ $((hi - lo)) -gt 1 ]; do
  mid=$(((lo + hi) / 2))
  head -c $((mid * 1000000)) "$tmp/in.txt" > "$tmp/try.txt"
  if java -Xmx${xmx}m -XX:+ExitOnOutOfMemoryError -cp "$jar" io.github.newsdoc.examples.bench.HeapProbe "$mode" "$tmp/try.txt"; then
    lo=$mid
  else
    hi=$mid
  fi
done
echo "$kind ($mode): largest that parsed under -Xmx${xmx}m: $lo MB; heap per input byte: $(awk "BEGIN { if ($lo > 0) printf \"%.1f\", $xmx * 1.048576 / $lo; else print \"-\" }")"
