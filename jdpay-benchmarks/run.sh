#!/usr/bin/env bash
# Builds the benchmark jar and runs the codec benchmarks, then prints a Markdown summary: each codec call beside the
# sum of its primitives, the ratio, issue 8's target and PASS/MISS, and bytes allocated per operation.
#
#   jdpay-benchmarks/run.sh                        # default run: 3 rounds, about 7 minutes on 2 cores
#   jdpay-benchmarks/run.sh --long                 # 5 rounds of 3 warm-up + 10 measured iterations of 1 s
#   jdpay-benchmarks/run.sh --quick                # every benchmark once, briefly, in one JVM: they run and their
#                                                  # set-up checks hold (CI); the figures are no measurement
#   jdpay-benchmarks/run.sh --out target/perf.md   # also write the summary to a file
#   jdpay-benchmarks/run.sh --include 'Decode'     # only the benchmarks whose name matches the regex
#
# Other flags: --rounds N, --forks N, --warmup N, --iterations N, --millis N. For plain JMH (any of its options, such as
# -prof stack), run the jar itself: java -jar jdpay-benchmarks/target/benchmarks.jar -h
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl jdpay-benchmarks -am package -DskipTests
exec java -cp jdpay-benchmarks/target/benchmarks.jar io.github.jdpay.benchmarks.Summary "$@"
