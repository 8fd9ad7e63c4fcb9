package io.github.jdpay.protocol.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.exception.JdPayStatementException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.statement.StatementColumns;
import io.github.jdpay.model.statement.StatementRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement reader on files written here: GBK inside a zip, columns found by header, every bad file typed. */
class StatementReaderTest {

    private final StatementReader reader = new StatementReader(StatementColumns.ASSUMED);

    private List<StatementRow> read(byte[] zip) {
        List<StatementRow> rows = new ArrayList<>();
        long count = this.reader.read(new ByteArrayInputStream(zip), rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void rowsAreTypedByHeaderNameWhateverTheOrderAndOtherColumns() {
        String csv = "交易时间,备注,交易金额,京东订单号,商户订单号,交易类型\r\n"
                + "2026-12-02 10:00:01,\"茶, 250g\",12.34,J1,`T1,支付\r\n"
                + "\r\n"
                + "2026-12-02 11:00:00,\"说\"\"好\"\"的\",\"1,000.00\",J2,=\"T2\",支付\r\n"
                + "2026-12-02 12:00:00,,-5.00,J3,R1,退款\r\n"
                + "#合计,3,1007.34,,,\r\n";

        List<StatementRow> rows = read(StatementFiles.zip("20261202ordercreate_110210007001.csv", csv));

        assertThat(rows).extracting(StatementRow::tradeNum).containsExactly("T1", "T2", "R1");
        assertThat(rows)
                .extracting(StatementRow::amount)
                .containsExactly(Money.ofFen(1234), Money.ofFen(100_000), Money.ofFen(500));
        assertThat(rows.get(0).column("备注")).isEqualTo("茶, 250g");
        assertThat(rows.get(0).column("京东订单号")).isEqualTo("J1");
        assertThat(rows.get(0).tradeTime()).isEqualTo("2026-12-02 10:00:01");
        assertThat(rows.get(1).column("备注")).isEqualTo("说\"好\"的");
        assertThat(rows.get(2).tradeType()).isEqualTo("退款");
        assertThat(rows.get(2).line()).isEqualTo(5);
    }

    @Test
    void otherColumnNamesCanBeGiven() {
        StatementReader english = new StatementReader(new StatementColumns("out_trade_no", "fee", "type", "time"));
        List<StatementRow> rows = new ArrayList<>();

        english.read(new ByteArrayInputStream(StatementFiles.zip("day.csv", "fee,out_trade_no\n0.01,T9\n")), rows::add);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.tradeNum()).isEqualTo("T9");
            assertThat(row.amount()).isEqualTo(Money.ofFen(1));
            assertThat(row.tradeType()).isNull();
        });
    }

    enum Bad {
        NOT_A_ZIP("not a zip", "商户订单号,交易金额\nT1,1.00\n".getBytes(StandardCharsets.UTF_8)),
        TRUNCATED_ZIP("corrupt", truncated()),
        NO_CSV_IN_ZIP("without a .csv", zipOf("readme.txt", "hello")),
        NOT_GBK("not GBK", zipBytes("s.csv", new byte[] {'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x20, '\n'})),
        EMPTY_CSV("no header", zipOf("s.csv", "")),
        NO_AMOUNT_COLUMN("no column 交易金额", zipOf("s.csv", "商户订单号,金额\nT1,1.00\n")),
        TWICE_NAMED("twice", zipOf("s.csv", "商户订单号,交易金额,商户订单号\nT1,1.00,T1\n")),
        SHORT_ROW("line 3: the row has 1 columns", zipOf("s.csv", "商户订单号,交易金额\nT1,1.00\nT2\n")),
        BAD_AMOUNT("line 2: 交易金额 is not an amount", zipOf("s.csv", "商户订单号,交易金额\nT1,1.001\n")),
        NO_TRADE_NUM("no 商户订单号", zipOf("s.csv", "商户订单号,交易金额\n,1.00\n")),
        OPEN_QUOTE("never closed", zipOf("s.csv", "商户订单号,交易金额\n\"T1,1.00\n"));

        final String message;

        final byte[] file;

        Bad(String message, byte[] file) {
            this.message = message;
            this.file = file;
        }

        private static byte[] zipOf(String name, String csv) {
            return StatementFiles.zip(name, csv);
        }

        private static byte[] zipBytes(String name, byte[] content) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            StatementFiles.zip(out, name, content);
            return out.toByteArray();
        }

        private static byte[] truncated() {
            StringBuilder csv = new StringBuilder("商户订单号,交易金额\n");
            for (int i = 0; i < 2000; i++) {
                csv.append("T").append(i).append(",1.00\n");
            }
            byte[] whole = StatementFiles.zip("s.csv", csv.toString());
            return Arrays.copyOf(whole, whole.length / 2);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Bad.class)
    void aBadFileIsATypedErrorThatSaysWhy(Bad bad) {
        assertThatExceptionOfType(JdPayStatementException.class)
                .isThrownBy(() -> this.reader.read(new ByteArrayInputStream(bad.file), row -> {}))
                .withMessageContaining(bad.message);
    }
}
