package io.github.jdpay.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks measure what they claim: messages of the stated sizes that really seal and open. */
class BenchmarkFixturesTest {

    @ParameterizedTest
    @CsvSource({"1024, 600B, 500, 700", "2048, 600B, 500, 700", "1024, 64KB, 65536, 70000", "2048, 64KB, 65536, 70000"})
    void requestsHaveTheStatedSizeAndSealIntoOpenableEnvelopes(int bits, String request, int min, int max)
            throws Exception {
        EncodeBenchmark benchmark = new EncodeBenchmark();
        benchmark.keyBits = bits;
        benchmark.request = request;
        benchmark.setUp();

        byte[] envelope = benchmark.seal();
        JdPayMessage opened = Messages.codec(KeyPairs.ofBits(bits)).open(JdPayEnvelope.parse(envelope));

        assertThat(benchmark.unsignedLength()).isBetween(min, max);
        assertThat(opened.text("tradeNum")).isEqualTo("20261125093015000123");
        assertThat(benchmark.rsa()).hasSize(bits / 8);
        assertThat(benchmark.tripleDes().length % 8).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048})
    void notificationIsAboutOneKilobyteAndOpens(int bits) throws Exception {
        DecodeBenchmark benchmark = new DecodeBenchmark();
        benchmark.keyBits = bits;
        benchmark.setUp();

        JdPayMessage message = benchmark.open();

        assertThat(benchmark.documentLength()).isBetween(950, 1250);
        assertThat(message.text("status")).isEqualTo("2");
        assertThat(message.root().child("payList").children("pay")).hasSize(2);
        assertThat(benchmark.rsa()).hasSize(64);
        assertThat(benchmark.sha256()).hasSize(32);
    }
}
