#!/usr/bin/env bash
# Compares, module by module, how many tests two or more Maven runs executed and skipped, read from their logs:
#
#   .ci/test-counts.sh target/ci-boot35.log target/ci-boot4.log target/ci-boot41.log
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

logs=("$@")
declare -a all
for i in "${!logs[@]}"; do
    all[i]="$(counts "${logs[i]}")"
done
modules="$(printf '%s\n' "${all[@]}" | awk 'NF { print $1 }' | sort -u)"

status=0
passed=0 failed=0 skipped=0
printf '%-34s' "tests (skipped)"
for log in "${logs[@]}"; do printf ' %24s' "${log}"; done
printf '\n'
for module in ${modules}; do
    printf '%-34s' "${module}"
    first=""
    for i in "${!logs[@]}"; do
        read -r _ t s f <<<"$(awk -v m="${module}" '$1 == m' <<<"${all[i]}")" || true
        t="${t:-0}" s="${s:-0}" f="${f:-0}"
        printf ' %24s' "${t} (${s})"
        if [ -z "${first}" ]; then
            first="${t} ${s}"
        elif [ "${first}" != "${t} ${s}" ]; then
            echo >&2
            echo "test-counts: ${module} ran ${first% *} tests (${first#* } skipped) in ${logs[0]} but ${t} (${s} skipped) in ${logs[i]}" >&2
            status=1
        fi
        passed=$((passed + t - s - f))
        failed=$((failed + f))
        skipped=$((skipped + s))
    done
    printf '\n'
done
echo "generations: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "${status}"
