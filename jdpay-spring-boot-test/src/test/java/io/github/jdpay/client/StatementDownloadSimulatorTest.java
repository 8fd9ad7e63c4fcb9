package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.client.statement.JdPayLedger;
import io.github.jdpay.client.statement.JdPayStatementClient;
import io.github.jdpay.exception.JdPayStatementException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.model.statement.Discrepancy;
import io.github.jdpay.model.statement.Reconciliation;
import io.github.jdpay.model.statement.StatementRow;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The day's statement from the simulator's bill service, for the trades it has seen, read and reconciled. */
class StatementDownloadSimulatorTest {

    /** Noon in Beijing on the day the statements are asked for, so no test runs across midnight there. */
    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");

    private static final LocalDate TODAY = LocalDate.ofInstant(NOON, ZoneId.of("Asia/Shanghai"));

    private final JdPaySimulator jd = JdPaySimulator.builder()
            .testMerchant()
            .clock(Clock.fixed(NOON, ZoneId.of("UTC")))
            .start();

    private final JdPayTemplate jdPay = SimulatorTemplates.testMerchantTemplate(this.jd);

    @AfterEach
    void stop() {
        this.jd.close();
    }

    private JdPayStatementClient statements(String billKey) {
        // tag::statement-client[]
        JdPayStatementClient statements = JdPayStatementClient.builder()
                .url(URI.create(this.jd.statementUrl()))
                .merchantNo(TestMerchant.MERCHANT_NO)
                .owner(TestMerchant.MERCHANT_NO)
                .billKey(billKey)
                .build();
        // end::statement-client[]
        return statements;
    }

    @Test
    void theStatementListsTheDaysPaymentsAndRefundsAndReconciles() {
        this.jdPay.uniOrder(SimulatorTemplates.order("st-1", 1999), UniOrderTradeType.GEN);
        this.jdPay.uniOrder(SimulatorTemplates.order("st-2", 500), UniOrderTradeType.GEN);
        this.jdPay.uniOrder(SimulatorTemplates.order("st-3", 700), UniOrderTradeType.GEN);
        this.jd.pay("st-1");
        this.jd.pay("st-2");
        this.jdPay.refund(RefundRequest.builder()
                .tradeNum("st-1-r")
                .originalTradeNum("st-1")
                .amount(Money.ofFen(999))
                .build());
        List<StatementRow> rows = new ArrayList<>();

        JdPayStatementClient statements = statements(TestMerchant.BILL_KEY);
        long count = statements.download(TODAY, rows::add);
        // tag::reconcile[]
        JdPayLedger ledger = (day, trade) -> {
            trade.accept("st-1", Money.ofFen(1999));
            trade.accept("st-1-r", Money.ofFen(999));
            trade.accept("st-2", Money.ofFen(550));
            trade.accept("st-9", Money.ofFen(100));
        };
        Reconciliation day = statements.reconcile(TODAY, ledger);
        // end::reconcile[]

        assertThat(count).isEqualTo(3);
        assertThat(rows).extracting(StatementRow::tradeNum).containsExactlyInAnyOrder("st-1", "st-2", "st-1-r");
        assertThat(rows)
                .filteredOn(row -> row.tradeNum().equals("st-1-r"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.tradeType()).isEqualTo("退款");
                    assertThat(row.amount()).isEqualTo(Money.ofFen(999));
                    assertThat(row.column("商户号")).isEqualTo(TestMerchant.MERCHANT_NO);
                });
        assertThat(day.matched()).isEqualTo(2);
        assertThat(day.mismatched()).containsExactly(new Discrepancy("st-2", Money.ofFen(550), Money.ofFen(500)));
        assertThat(day.missing()).containsExactly(new Discrepancy("st-9", Money.ofFen(100), null));
        assertThat(day.extraCount()).isZero();
        assertThat(statements(TestMerchant.BILL_KEY).download(TODAY.minusDays(1), row -> {}))
                .isZero();
    }

    @Test
    void aWrongBillKeyGetsJdsRefusalAsATypedError() {
        assertThatExceptionOfType(JdPayStatementException.class)
                .isThrownBy(() -> statements("another-key-1").download(TODAY, row -> {}))
                .withMessageContaining("验签失败");
    }
}
