#!/usr/bin/env bash
# Checks a release dry-run's staging repository (./mvnw -B -Prelease deploy -DaltDeploymentRepository=...):
#
#   .ci/check-release.sh target/staging-deploy
#
# Every published artifact is there with what Maven Central requires: the BOM its POM; the starter, the
# auto-configuration and the test kit their jar, sources jar, javadoc jar and POM. Every POM is flattened (no parent,
# no ${...}) and carries name, description, url, license, scm and developers. Nothing else is published (not the
# sample, the benchmarks or the build's parent). Prints one line per artifact; fails on the first gap it reports.
set -euo pipefail

staging="${1:?staging directory}"
group="io/github/jdpay"
published=(jdpay-bom jdpay-spring-boot-starter jdpay-spring-boot-autoconfigure jdpay-spring-boot-test)
status=0

fail() {
    echo "check-release: $*" >&2
    status=1
}

# The newest file of an artifact with that suffix (a snapshot deploy names files by timestamp).
newest() {
    find "${staging}/${group}/$1" -name "$1-*$2" | sort | tail -n 1
}

printf '%-34s %-5s %-5s %-7s %-7s %s\n' artifact pom jar sources javadoc version
for artifact in "${published[@]}"; do
    pom="$(newest "${artifact}" .pom)"
    if [ -z "${pom}" ]; then
        fail "${artifact}: no POM in ${staging}"
        continue
    fi
    version="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "${pom}" | head -n 1)"
    if grep -q '\${' "${pom}"; then
        fail "${artifact}: POM keeps a property reference: $(grep -m 1 '\${' "${pom}")"
    fi
    if grep -q '<parent>' "${pom}"; then
        fail "${artifact}: POM is not flattened (it names a parent)"
    fi
    for element in name description url licenses scm developers; do
        grep -Eq "<${element}[ >]" "${pom}" || fail "${artifact}: POM has no <${element}>"
    done
    packaging="$(sed -n 's|^  <packaging>\(.*\)</packaging>$|\1|p' "${pom}")"
    jar=- sources=- javadoc=-
    if [ "${packaging:-jar}" = jar ]; then
        jar=no sources=no javadoc=no
        file="$(newest "${artifact}" "[0-9].jar")" && [ -s "${file}" ] && jar=yes
        file="$(newest "${artifact}" -sources.jar)" && [ -s "${file}" ] && sources=yes
        file="$(newest "${artifact}" -javadoc.jar)" && [ -s "${file}" ] && javadoc=yes
        for kind in jar sources javadoc; do
            [ "${!kind}" = yes ] || fail "${artifact}: no ${kind} jar"
        done
    fi
    printf '%-34s %-5s %-5s %-7s %-7s %s\n' "${artifact}" yes "${jar}" "${sources}" "${javadoc}" "${version}"
done

# The library's javadoc and sources are real ones, not placeholders like the starter's.
library="$(newest jdpay-spring-boot-autoconfigure -javadoc.jar)"
if [ -n "${library}" ] && ! jar tf "${library}" | grep -q 'io/github/jdpay/client/JdPayTemplate.html'; then
    fail "jdpay-spring-boot-autoconfigure: javadoc jar has no page for JdPayTemplate"
fi
library="$(newest jdpay-spring-boot-autoconfigure -sources.jar)"
if [ -n "${library}" ] && ! jar tf "${library}" | grep -q 'io/github/jdpay/client/JdPayTemplate.java'; then
    fail "jdpay-spring-boot-autoconfigure: sources jar has no JdPayTemplate.java"
fi

extra="$(find "${staging}/${group}" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort \
    | grep -vxF "$(printf '%s\n' "${published[@]}")" || true)"
if [ -n "${extra}" ]; then
    fail "published but should not be: ${extra//$'\n'/ }"
fi
if [ "${status}" = 0 ]; then
    echo "check-release: ${#published[@]} artifacts complete in ${staging}, nothing else published"
fi
exit "${status}"
