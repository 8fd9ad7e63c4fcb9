#!/usr/bin/env bash
# Compares, module by module, how many tests two Maven runs executed and skipped, read from their logs:
#
#   .ci/test-counts.sh target/ci-boot35.log target/ci-boot4.log
#
# Fails when the counts differ, so that no test is left out silently on one Spring Boot generation (an engine that
# finds nothing on JUnit 6, a test class that no longer compiles into the run). The logs, not the XML reports: a class
# with both JUnit Jupiter tests and jqwik properties gets one report file, which holds only one engine's count.
set -euo pipefail

# Prints "module tests skipped failed" for each module whose Surefire run is in the log $1.
counts() {
    awk '
        /--- surefire:[^ ]+:test \(default-test\) @ / { module = $NF == "---" ? $(NF - 1) : $NF }
        /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ && module != "" {
            gsub(/,/, "")
            for (i = 1; i <= NF; i++) {
                if ($i == "run:") t = $(i + 1)
                if ($i == "Failures:") f = $(i + 1)
                if ($i == "Errors:") e = $(i + 1)
                if ($i == "Skipped:") s = $(i + 1)
            }
            print module, t, s, f + e
            module = ""
        }' "$1"
}

first="$(counts "$1")"
second="$(counts "$2")"
modules="$(printf '%s\n%s\n' "${first}" "${second}" | awk 'NF { print $1 }' | sort -u)"

status=0
passed=0 failed=0 skipped=0
printf '%-34s %20s %20s\n' "tests (skipped)" "$1" "$2"
for module in ${modules}; do
    read -r _ t1 s1 f1 <<<"$(awk -v m="${module}" '$1 == m' <<<"${first}")" || true
    read -r _ t2 s2 f2 <<<"$(awk -v m="${module}" '$1 == m' <<<"${second}")" || true
    t1="${t1:-0}" s1="${s1:-0}" f1="${f1:-0}" t2="${t2:-0}" s2="${s2:-0}" f2="${f2:-0}"
    printf '%-34s %20s %20s\n' "${module}" "${t1} (${s1})" "${t2} (${s2})"
    if [ "${t1}" != "${t2}" ] || [ "${s1}" != "${s2}" ]; then
        echo "test-counts: ${module} ran ${t1} tests (${s1} skipped) in $1 but ${t2} (${s2} skipped) in $2" >&2
        status=1
    fi
    passed=$((passed + t1 - s1 - f1 + t2 - s2 - f2))
    failed=$((failed + f1 + f2))
    skipped=$((skipped + s1 + s2))
done
echo "both: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "${status}"
