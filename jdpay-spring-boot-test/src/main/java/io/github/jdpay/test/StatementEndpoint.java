package io.github.jdpay.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.jdpay.protocol.statement.BillSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * JD's bill service ({@code /bapi/api/download.do}): checks the form's {@code md5} with the bill key, and answers the
 * day's statement of the named merchant as a zip holding a GBK CSV of every payment and refund the simulator has seen
 * that day (China Standard Time), JD Pay 2.0 and aggregate alike. Refusals are answered as text, not as a zip.
 */
final class StatementEndpoint extends SimulatorEndpoint {

    static final String PATH = "/bapi/api/download.do";

    static final String HEADER = "交易时间,商户订单号,京东订单号,交易金额,交易类型,商户号\r\n";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    private static final Pattern NAME = Pattern.compile("([0-9]{8})ordercreate_([0-9A-Za-z]{1,32})\\.zip");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<OrderBook> books;

    private final BillSigner signer;

    private final int maxBodyBytes;

    StatementEndpoint(SimulatorFaults faults, List<OrderBook> books, String billKey, int maxBodyBytes) {
        super(faults);
        this.books = books;
        this.signer = BillSigner.md5(billKey);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    @Nullable
    String operation(HttpExchange exchange) {
        return exchange.getRequestURI().getPath().equals(PATH) ? "download" : null;
    }

    @Override
    Reply process(HttpExchange exchange, String operation, FaultPlan plan) throws IOException {
        if (!HttpIo.isPost(exchange)) {
            return Reply.methodNotAllowed("POST");
        }
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        if (body == null) {
            return Reply.text(200, "{\"code\":\"9003\",\"message\":\"报文超过长度限制\"}");
        }
        Map<String, String> form = HttpIo.parseForm(new String(body, StandardCharsets.UTF_8));
        String data = form.getOrDefault("data", "");
        String md5 = form.getOrDefault("md5", "");
        if (data.isEmpty() || !this.signer.sign(data).equalsIgnoreCase(md5) || plan.is(Fault.Kind.BAD_SIGNATURE)) {
            return Reply.text(200, "{\"code\":\"9001\",\"message\":\"验签失败\"}");
        }
        Matcher name = fileName(data);
        if (name == null) {
            return Reply.text(200, "{\"code\":\"9002\",\"message\":\"文件不存在\"}");
        }
        LocalDate day = LocalDate.parse(name.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        return new Reply(200, "application/zip", zip(name.group(0), csv(name.group(2), day)), null);
    }

    private static @Nullable Matcher fileName(String data) {
        try {
            JsonNode file = JSON.readTree(Base64.getDecoder().decode(data));
            Matcher name = NAME.matcher(file.path("name").asText());
            return name.matches() ? name : null;
        } catch (IOException | IllegalArgumentException ex) {
            return null;
        }
    }

    private String csv(String merchant, LocalDate day) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (OrderBook book : this.books) {
            List<SimulatedRefund> refunds = new ArrayList<>();
            for (SimulatedOrder order : book.all()) {
                Instant paidAt = order.paidAt();
                if (order.merchant().equals(merchant) && paidAt != null && isOn(paidAt, day)) {
                    row(csv, paidAt, order.tradeNum(), order.orderId(), order.amount(), "支付", merchant);
                }
                refunds.addAll(order.refunds());
            }
            for (SimulatedRefund refund : refunds) {
                if (refund.merchant().equals(merchant) && refund.succeeded() && isOn(refund.createdAt(), day)) {
                    String kind = refund.revoke() ? "撤销" : "退款";
                    row(csv, refund.createdAt(), refund.tradeNum(), "", refund.amount(), kind, merchant);
                }
            }
        }
        return csv.toString();
    }

    private static boolean isOn(Instant instant, LocalDate day) {
        return instant.atZone(CHINA).toLocalDate().equals(day);
    }

    private static void row(
            StringBuilder csv, Instant at, String tradeNum, String orderId, long fen, String kind, String merchant) {
        csv.append(TIME.format(at))
                .append(',')
                .append(tradeNum)
                .append(',')
                .append(orderId)
                .append(',');
        csv.append(fen / 100)
                .append('.')
                .append(String.format("%02d", fen % 100))
                .append(',');
        csv.append(kind).append(',').append(merchant).append("\r\n");
    }

    private static byte[] zip(String fileName, String csv) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(fileName.replace(".zip", ".csv")));
            zip.write(csv.getBytes(Charset.forName("GBK")));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
