package io.github.jdpay.sample.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.github.jdpay.sample.order.OrderLedger;
import io.github.jdpay.sample.order.OrderNotFoundException;
import io.github.jdpay.sample.order.ShopOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The QR code of a QR order as a PNG, drawn here with ZXing: JD answers with a URL ({@code qrCode}, or the aggregate
 * {@code scanUrl}), not an image, and the payer's app scans that URL.
 */
@RestController
class QrCodeController {

    private static final int SIZE = 280;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET,
            "UTF-8",
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            2);

    private final OrderLedger ledger;

    QrCodeController(OrderLedger ledger) {
        this.ledger = ledger;
    }

    static String path(String tradeNum) {
        return "/orders/" + tradeNum + "/qr.png";
    }

    @GetMapping(path = "/orders/{tradeNum}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(@PathVariable String tradeNum) {
        ShopOrder order = this.ledger.order(tradeNum);
        String payUrl = order.payUrl();
        if (payUrl == null) {
            throw new OrderNotFoundException(tradeNum + " with a QR code");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(png(payUrl));
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE, HINTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException ex) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
