package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPayTransportException;
import io.github.jdpay.model.UniOrderTradeType;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/** The edges of the rule that only a call which may be repeated rides a pooled connection. */
class ConnectionReuseTest {

    private ChurningServer jd = new ChurningServer(ChurningServer.Mode.KEEP_ALIVE)
            .answer("uniorder", ReplayServer.jdAnswer("R1"))
            .answer("getUserRelation", ReplayServer.jdAnswer("R2"));

    @AfterEach
    void stop() {
        this.jd.close();
    }

    private JdPayTemplate template() {
        return new ConnectionChurnTest().template(this.jd);
    }

    @Test
    void readOnlyCallsToAGatewayThatKeepsConnectionsReuseThem() throws Exception {
        JdPayTemplate template = template();

        List<Throwable> failures = ConnectionChurnTest.concurrently(() -> template.getUserRelation("user-1"));

        assertThat(failures).isEmpty();
        assertThat(this.jd.requests("getUserRelation"))
                .isEqualTo(ConnectionChurnTest.THREADS * ConnectionChurnTest.ROUNDS);
        // At most one connection per thread calling at once, not one per call.
        assertThat(this.jd.connections()).isBetween(1, 2 * ConnectionChurnTest.THREADS);
    }

    @Test
    void aPaymentNeverRidesAPooledConnection() {
        JdPayTemplate template = template();

        template.getUserRelation("user-1");
        template.uniOrder(ConnectionChurnTest.order(), UniOrderTradeType.QR);
        template.getUserRelation("user-1");
        template.uniOrder(ConnectionChurnTest.order(), UniOrderTradeType.QR);

        // The second query reused the first one's connection; each uniorder had one of its own.
        assertThat(this.jd.connections()).isEqualTo(3);
        assertThat(this.jd.requests("uniorder")).isEqualTo(2);
    }

    @Test
    void aPaymentThatReachedTheGatewayAndGotNoAnswerIsOutcomeUnknownAndNotSentAgain() {
        this.jd.mode(ChurningServer.Mode.CLOSE_WITHOUT_ANSWER);

        assertThatThrownBy(() -> template().uniOrder(ConnectionChurnTest.order(), UniOrderTradeType.QR))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> {
                    assertThat(ex.getOperation()).isEqualTo("uniorder");
                    assertThat(ex.getTradeNum()).isEqualTo("1486346954111");
                });
        assertThat(this.jd.requests("uniorder")).isEqualTo(1);
    }

    @Test
    void aPaymentOnAConnectionTheGatewayClosedAfterReadingItIsNotSentAgain() {
        JdPayTemplate template = template();
        template.getUserRelation("user-1");
        this.jd.mode(ChurningServer.Mode.CLOSE_WITHOUT_ANSWER);

        assertThatThrownBy(() -> template.uniOrder(ConnectionChurnTest.order(), UniOrderTradeType.QR))
                .isInstanceOf(JdPayOutcomeUnknownException.class);
        assertThat(this.jd.requests("uniorder")).isEqualTo(1);
    }

    @Test
    void aQueryThatGotNoAnswerIsTriedAsOftenAsThePolicySays() {
        this.jd.mode(ChurningServer.Mode.CLOSE_WITHOUT_ANSWER);

        assertThatThrownBy(() -> template().getUserRelation("user-1"))
                .isInstanceOf(JdPayTransportException.class)
                .isNotInstanceOf(JdPayOutcomeUnknownException.class);
        assertThat(this.jd.requests("getUserRelation")).isEqualTo(3);
    }

    @Test
    void theRequestFactorySetCarriesEveryCall() {
        List<String> created = new CopyOnWriteArrayList<>();
        SimpleClientHttpRequestFactory simple = new SimpleClientHttpRequestFactory();
        ClientHttpRequestFactory own = (URI uri, HttpMethod method) -> {
            created.add(uri.getPath());
            return simple.createRequest(uri, method);
        };
        JdPayTemplate template = JdPayTemplate.builder()
                .endpoints(this.jd.endpoints())
                .requestFactory(own)
                .clock(TestTemplates.CLOCK)
                .merchant(TestTemplates.merchant().build())
                .build();

        template.uniOrder(ConnectionChurnTest.order(), UniOrderTradeType.QR);
        template.getUserRelation("user-1");

        assertThat(created).containsExactly("/service/uniorder", "/service/getUserRelation");
    }
}
