package io.github.jdpay.benchmarks.startup;

import java.util.List;

/** The sample shop's start-ups that are compared: each adds command-line arguments to the same launch. */
enum Variant {

    /** The JD Pay auto-configurations excluded; a stand-in for the one JD Pay bean the shop's own code takes. */
    WITHOUT(
            "sample without the JD Pay auto-configurations",
            List.of(
                    "--spring.main.sources=" + JdPayStandIns.class.getName(),
                    "--spring.autoconfigure.exclude=io.github.jdpay.autoconfigure.JdPayAutoConfiguration,"
                            + "io.github.jdpay.autoconfigure.JdPayAggregateAutoConfiguration,"
                            + "io.github.jdpay.autoconfigure.JdPayNotifyAutoConfiguration,"
                            + "io.github.jdpay.test.autoconfigure.JdPaySimulatorAutoConfiguration",
                    "--jdpay.simulator.enabled=false")),

    /** The starter as a shop runs it in production: keys, clients, notify endpoint and JDBC store, no simulator. */
    STARTER(
            "sample with the starter (simulator off, JD key configured)",
            List.of(
                    "--jdpay.simulator.enabled=false",
                    "--jdpay.jd-public-key=classpath:jdpay-test/simulator-only-jd-public.pem")),

    /** The sample as it ships: the starter and the embedded simulator playing JD. */
    SIMULATOR("sample as shipped (starter + embedded simulator)", List.of());

    final String label;

    final List<String> arguments;

    Variant(String label, List<String> arguments) {
        this.label = label;
        this.arguments = arguments;
    }
}
