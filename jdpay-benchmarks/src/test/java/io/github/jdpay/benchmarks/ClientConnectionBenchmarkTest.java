package io.github.jdpay.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both ways of the client benchmark run a whole uniorder: JD's signed answer is opened and read. */
class ClientConnectionBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"pooled", "fresh"})
    void eachWayReadsJdsAnswer(String connections) throws Exception {
        ClientConnectionBenchmark benchmark = new ClientConnectionBenchmark();
        benchmark.connections = connections;
        benchmark.setUp();
        try {
            UniOrderResponse first = benchmark.uniOrder();
            UniOrderResponse second = benchmark.uniOrder();

            assertThat(first.orderId()).isEqualTo("1029148637575787617463");
            assertThat(second.amount()).isEqualTo(Money.ofFen(15800));
        } finally {
            benchmark.tearDown();
        }
    }
}
